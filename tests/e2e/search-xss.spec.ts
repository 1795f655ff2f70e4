/**
 * Hostile text on the search page: markup in headlines, summaries and bodies (seeds in
 * tests/fixtures/search-xss/) and in filter values from a shared URL renders literally, and
 * nothing runs. The site is served under /news/, so result links must carry the base path.
 */
import { expect, test } from './fixtures.ts';
import { facetGroup } from './search-helpers.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

test.skip(!E2E_SITES.some((site) => site.name === 'search-xss'), 'needs the search-xss site');

const HOSTILE = '<img src=x onerror=alert("filter")>';

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test('filter values from the URL show as text, in the facets and the status', async ({ page }) => {
  const query = `q=onerror&agency=${encodeURIComponent(HOSTILE)}&person=${encodeURIComponent(HOSTILE)}&place=${encodeURIComponent('</legend><script>alert(1)</script>')}`;
  await page.goto(siteUrl('search-xss', `search/?${query}`));
  await expect(page.getByRole('status')).toHaveText('No results for “onerror”.');
  await expect(facetGroup(page, 'Agency').getByRole('checkbox', { name: `${HOSTILE} (0)` })).toBeChecked();
  await expect(facetGroup(page, 'People').getByRole('checkbox', { name: `${HOSTILE} (0)` })).toBeChecked();
  await expect(facetGroup(page, 'Places').getByRole('checkbox', { name: '</legend><script>alert(1)</script> (0)' })).toBeChecked();
  expect(await page.locator('#search-facets img, #search-facets script').count()).toBe(0);

  // Unticking the hostile values finds both articles again.
  // (An unticked value that matches nothing leaves the list, so click rather than assert it unticked.)
  for (const group of ['Agency', 'People'])
    await facetGroup(page, group)
      .getByRole('checkbox', { name: `${HOSTILE} (0)` })
      .click();
  await page.getByRole('checkbox', { name: /<\/legend>/ }).click();
  await expect(page.getByRole('status')).toHaveText('2 results for “onerror”.');
  await expect(page).toHaveURL(/\/news\/search\/\?q=onerror$/);
});

test('headlines, excerpts and summaries with markup render literally, and result links keep the base path', async ({ page }) => {
  await page.goto(siteUrl('search-xss', 'search/?q=onerror'));
  await expect(page.getByRole('status')).toHaveText('2 results for “onerror”.');
  const links = page.locator('#search-results .result__title a');
  await expect(links.filter({ hasText: 'Hostile headline <img src=x onerror=alert("title")> in a title' })).toHaveCount(1);
  // The excerpt leaves out the headline (which holds the <img> text here) and shows the rest literally.
  await expect(page.locator('#search-results .result__excerpt', { hasText: 'and <b> entities' })).toHaveCount(1);
  await expect(page.locator('#search-results .result__excerpt', { hasText: '<img src=x onerror=alert("body")>' })).toHaveCount(1);
  await expect(page.locator('#search-results mark', { hasText: /onerror/ }).first()).toBeVisible();
  expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
  for (const href of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? '')))
    expect(href).toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}\//);

  // Every facet value the enrichment derived from these texts is shown as text too.
  const facetText = await page.locator('#search-facets').innerText();
  expect(facetText).not.toMatch(/^\s*$/);
  expect(await page.locator('#search-facets img').count()).toBe(0);

  // Browsing a date range without words shows the front-matter summary, literally.
  await page.goto(siteUrl('search-xss', 'search/?from=2023-01&to=2023-12'));
  await expect(page.getByRole('status')).toHaveText('1 result, newest first.');
  await expect(page.locator('#search-results .result__excerpt')).toHaveText('Summary with <img src=x onerror=alert("summary")> markup');

  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile headline <img src=x onerror=alert("title")> in a title');
});

// Odd and hostile queries (issue 20): each renders as text, never throws (the fixture fails the
// test on any console or page error), and ends in a clear state: results, or "No results".
for (const [name, q, expected] of [
  ['a script tag', '<script>alert(1)</script>', /^No results for “<script>alert\(1\)<\/script>”\.$/],
  ['a lone quote', '"', /^No results for “"”\.$/],
  ['an unbalanced phrase', '"onerror', /^2 results for “"onerror”\.$/],
  ['OR OR', 'OR OR', /^No results for “OR OR”\.$/],
  ['a dangling operator', 'onerror OR', /^No results for “onerror OR”\.$|^2 results/],
  ['an exclusion of everything', 'onerror -onerror', /^No results for “onerror -onerror”\.$/],
  ['a lone minus and an empty field', '- person: onerror', /^\d+ results? for “- person: onerror”\.$|^No results/],
  ['an unknown field', 'onerror javascript:alert(1)', /results? for “onerror javascript:alert\(1\)”\.$/],
  ['a 5,000-character query, cut to 200', `onerror ${'x'.repeat(4992)}`, /^(No results|2 results) for “onerror x{192}”\.$/],
] as const) {
  test(`a query with ${name} renders as text and ends in a clear state`, async ({ page }) => {
    await page.goto(siteUrl('search-xss', 'search/'));
    await page.getByLabel('Search words').fill(q);
    await page.getByLabel('Search words').press('Enter');
    await expect(page.getByRole('status')).toHaveText(expected);
    expect(
      await page
        .locator('#search-results script, #search-results img, #search-notes img, #search-notes script, #search-suggestion img')
        .count(),
    ).toBe(0);
    // Whatever was read differently is said in words.
    for (const note of await page.locator('#search-notes li').allTextContents()) expect(note.length).toBeGreaterThan(10);
  });
}

test('a hostile field term and date bound are explained as text', async ({ page }) => {
  await page.goto(
    siteUrl(
      'search-xss',
      `search/?q=${encodeURIComponent('onerror person:"<img src=x onerror=alert(1)>"')}&from=${encodeURIComponent('<b>x</b>')}`,
    ),
  );
  await expect(page.getByRole('status')).toHaveText(/results? for “onerror person:"<img src=x onerror=alert\(1\)>"”\.$|^No results/);
  await expect(page.locator('#search-notes')).toContainText('No person in the archive is called “<img src=x onerror=alert(1)>”');
  await expect(page.locator('#search-notes')).toContainText('“<b>x</b>” is not a date');
  expect(await page.locator('#search-notes img, #search-notes b').count()).toBe(0);
  // The wrong bound stays in the URL, visible and removable with "Clear dates".
  await page.getByRole('button', { name: 'Clear dates' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.locator('#search-notes')).not.toContainText('is not a date');
});
