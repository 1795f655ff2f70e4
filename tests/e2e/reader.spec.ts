import { expect, test } from './fixtures.ts';
import { siteUrl } from './sites.ts';

const HEADLINE = 'Russian-Chinese partnership is not directed against third countries';

test('a reader opens the home page, follows the article and sees headline and date', async ({ page }) => {
  await page.goto(siteUrl('bundled'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page).toHaveURL(/\/2024\/09\/12\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  const time = page.locator('article time');
  await expect(time).toHaveAttribute('datetime', '2024-09-12T23:28:21+00:00');
  await expect(time).toHaveText('12 September 2024, 23:28');
  await expect(page.locator('article p', { hasText: 'Maria Zakharova' }).first()).toBeVisible();
});

test('search for "Zakharova" finds the article and its link works', async ({ page }) => {
  await page.goto(siteUrl('bundled', 'search/'));
  await page.getByLabel('Search words').fill('Zakharova');
  const result = page.locator('#search-results .result__title a').first();
  await expect(result).toHaveText(HEADLINE);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
});

test.describe('a missing page', () => {
  test.use({ allowedHttpErrors: [siteUrl('bundled', 'no/such/page/')] });

  test('an unknown address shows the 404 page', async ({ page }) => {
    const response = await page.goto(siteUrl('bundled', 'no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
