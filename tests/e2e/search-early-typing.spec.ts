/**
 * A reader who types before the search page's script has run (a slow connection, a quick reader)
 * keeps the words and gets their results: the script must not overwrite the box with the URL's
 * empty query.
 */
import { expect, test } from './fixtures.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

test.skip(!E2E_SITES.some((site) => site.name === 'generated'), 'needs the generated site');

test('words typed before the search script runs are kept, put in the URL and searched', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the page's module script back until the reader has typed.
  await page.route(/\/_astro\/search\..*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(siteUrl('generated', 'search/'), { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Search words' });
  await box.fill('earthquake');
  release();
  await expect(page).toHaveURL(/[?&]q=earthquake(?:&|$)/);
  await expect(box).toHaveValue('earthquake');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-results .result__title a').first()).toHaveAttribute('href', /\/\d{4}\/\d{2}\/\d{2}\//);
});
