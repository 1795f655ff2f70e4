import { expect, test } from './fixtures.ts';
import { siteUrl } from './sites.ts';

const HEADLINE = 'Russian-Chinese partnership is not directed against third countries';
const ARTICLE = '2024/09/12/the-russian-chinese-partnership-is-not-6f6e3719/';

test('the article page shows the sources it cites and links a person to their page, which lists the article', async ({ page }) => {
  await page.goto(siteUrl('bundled', ARTICLE));
  await expect(page.locator('.article__sources')).toHaveText('Sources cited: Reuters, TASS, BTA');
  const people = page.locator('.entity-list__group', { has: page.locator('dt', { hasText: 'People' }) }).getByRole('link');
  await expect(people).toHaveText(['Maria Zakharova', 'Vladimir Putin', 'Xi Jinping', 'Sergei Lavrov']);

  await page.getByRole('link', { name: 'Vladimir Putin' }).click();
  await expect(page).toHaveURL(siteUrl('bundled', 'people/vladimir-putin/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vladimir Putin');
  await expect(page.getByText('1 article naming Vladimir Putin')).toBeVisible();
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
});

test('an agency page lists the articles citing it, and the index links every agency', async ({ page }) => {
  await page.goto(siteUrl('bundled', 'agencies/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agencies');
  await expect(page.locator('.entity-index a')).toHaveText(['BTA', 'Reuters', 'TASS']);
  await page.getByRole('link', { name: 'TASS' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TASS');
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
});

test('the places index leads to a place page', async ({ page }) => {
  await page.goto(siteUrl('bundled', 'places/'));
  await page.getByRole('link', { name: 'United States' }).click();
  await expect(page).toHaveURL(siteUrl('bundled', 'places/united-states/'));
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
});

test("a city's page names its country and links to it", async ({ page }) => {
  await page.goto(siteUrl('bundled', 'places/moscow/'));
  await expect(page.locator('.entity-page__country')).toHaveText('In Russia.');
  await page.locator('.entity-page__country').getByRole('link', { name: 'Russia' }).click();
  await expect(page).toHaveURL(siteUrl('bundled', 'places/russia/'));
});

test('on a larger archive, a person page paginates and an article lists five related articles', async ({ page }) => {
  // The paged site has four articles a page, so entity pages hold 20 (ENTITY_PAGE_FACTOR).
  await page.goto(siteUrl('paged', 'people/'));
  const first = page.locator('.entity-index a').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('link', { name: /Older/ }).click();
  await expect(page).toHaveURL(/\/people\/[a-z0-9-]+\/page\/[0-9]+\/$/);
  await expect(page.locator('.entity-page__count')).toContainText('counted from the oldest');
  await expect(page.locator('.card').first()).toBeVisible();

  await page.locator('.card__headline a').first().click();
  await expect(page.locator('.entity-list')).toContainText(name);
  const related = page.locator('.related .card__headline a');
  await expect(related).toHaveCount(5);
  const headline = (await related.first().textContent())!.trim();
  await related.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});
