/**
 * Versions of a story in the search results (issue 20), on the labelled story-versions site
 * (real Wikinews articles filed in several versions, tests/fixtures/story-versions): one result per
 * story, "N versions" linking to the story's search, which lists exactly those versions.
 */
import { expect, test } from './fixtures.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

test.skip(!E2E_SITES.some((site) => site.name === 'stories'), 'needs the stories site');

test('a story filed in several versions is one result with "N versions", and its link lists them', async ({ page }) => {
  await page.goto(siteUrl('stories', 'search/?q=Afghan+robotics'));
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Afghan robotics”\.$/);
  const stories = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-story')));
  expect(new Set(stories).size).toBe(stories.length);
  const versions = page.locator('#search-results .result__versions').first();
  await expect(versions).toHaveText(/^\d+ versions$/);
  const count = Number(/^(\d+)/.exec((await versions.textContent())!)![1]);
  expect(count).toBeGreaterThan(1);
  const story = await page
    .locator('#search-results > li')
    .filter({ has: page.locator('.result__versions') })
    .first()
    .getAttribute('data-story');
  await versions.click();
  await expect(page).toHaveURL(new RegExp(`\\?q=story%3A${story}$`));
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results for “story:${story}”, newest first\\.$`));
  const total = Number(/^(\d+)/.exec((await page.getByRole('status').textContent())!)![1]);
  expect(total).toBeGreaterThanOrEqual(count);
  // The story's own search lists every version, none folded.
  await expect(page.locator('#search-results > li')).toHaveCount(Math.min(total, 10));
  for (const item of await page.locator('#search-results > li').all()) await expect(item).toHaveAttribute('data-story', story!);
  await expect(page.locator('#search-results .result__versions')).toHaveCount(0);
});
