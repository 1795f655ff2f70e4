/**
 * Search that forgives and explains (issue 20), in Chromium against the generated site (400
 * articles over 25 years, several search bundles): typo correction, exclusion, OR, field terms,
 * case- and accent-blind filter URLs, day ranges (and wrong ones explained), the timeline and its
 * bars, richer results, export, the header's search box and the entity pages' search links.
 * Expected figures come from the generator's labels or from plain searches on the same page.
 */
import type { Page } from '@playwright/test';
import { generateCorpus, type GeneratedLabel } from '../../tools/corpus/generate-corpus.ts';
import { expect, test } from './fixtures.ts';
import { facetGroup } from './search-helpers.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

test.skip(!E2E_SITES.some((site) => site.name === 'generated'), 'needs the generated site');

const LABELS: GeneratedLabel[] = generateCorpus(400, 7).map((article) => article.label);
const earthquakes = LABELS.filter((label) => label.topic === 'earthquake');
const status = (page: Page) => page.getByRole('status');

/** The number of results the status line reports ("67 results for …"). */
async function count(page: Page, path: string): Promise<number> {
  await page.goto(siteUrl('generated', path));
  await expect(status(page)).toHaveText(/^(No results|[\d,]+ results?)/);
  const text = (await status(page).textContent()) ?? '';
  return text.startsWith('No results') && !text.includes('showing') ? 0 : Number(/([\d,]+) results?/.exec(text)![1]!.replace(/,/g, ''));
}

/** Article id prefixes of every result, pressing "Show more" until all are listed; partial matches ("Missing: …") left out. */
async function allIds(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: /Show more results/ });
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await expect(page.locator('#search-results > li')).not.toHaveCount(before);
  }
  const hrefs = await page
    .locator('#search-results > li:not(.result--partial) .result__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => /-([0-9a-f]{8})\/(?:#.*)?$/.exec(href)?.[1] ?? href);
}

/** The counts the timeline's bars say they hold. */
async function barCounts(page: Page): Promise<number[]> {
  const labels = await page
    .locator('#search-timeline button[data-range]')
    .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? ''));
  return labels.map((label) => Number(/: ([\d,]+) results?$/.exec(label)![1]!.replace(/,/g, '')));
}
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

test('a one-letter typo finds the word’s results and offers the corrected search', async ({ page }) => {
  await page.goto(siteUrl('generated', 'search/?q=eartquake'));
  await expect(status(page)).toHaveText(`No results for “eartquake”; showing ${earthquakes.length} results for “earthquake”.`);
  const suggestion = page.locator('#search-suggestion a[data-suggestion]');
  await expect(suggestion).toHaveText('earthquake');
  await expect(suggestion).toHaveAttribute('href', '/search/?q=earthquake');
  await suggestion.click();
  await expect(status(page)).toHaveText(`${earthquakes.length} results for “earthquake”.`);
  await expect(page.locator('#search-suggestion')).toBeHidden();
  // Prefixes still match as you type: no correction is asked for.
  expect(await count(page, 'search/?q=earthq')).toBe(earthquakes.length);
  await expect(page.locator('#search-suggestion')).toBeHidden();
});

test('a typo that Pagefind finds only as a short prefix is corrected too', async ({ page }) => {
  // Pagefind searches a word it lacks as its longest indexed prefix: "interst" as "in", every article.
  const interest = await count(page, 'search/?q=interest');
  await page.goto(siteUrl('generated', 'search/?q=interst'));
  await expect(status(page)).toHaveText(`No results for “interst”; showing ${interest} results for “interest”.`);
  await expect(page.locator('#search-suggestion a[data-suggestion]')).toHaveText('interest');
  // The reader's own word stays one click away, searched exactly and not corrected again.
  const exact = page.locator('#search-suggestion a[data-exact]');
  await expect(exact).toHaveText('"interst"');
  await exact.click();
  await expect(status(page)).toHaveText('No results for “"interst"”.');
  await expect(page.locator('#search-suggestion')).toBeHidden();
  // A word found whole, or as the start of longer words, is left alone, also among several words.
  const football = await count(page, 'search/?q=football');
  expect(await count(page, 'search/?q=footbal')).toBe(football);
  await expect(page.locator('#search-suggestion')).toBeHidden();
  await page.goto(siteUrl('generated', 'search/?q=gas+pipeline'));
  await expect(status(page)).toHaveText(/^[\d,]+ results for “gas pipeline”\.$/);
  await expect(page.locator('#search-suggestion')).toBeHidden();
});

test('-word excludes, OR unites, and facets and timeline count the combined results', async ({ page }) => {
  const all = await count(page, 'search/?q=earthquake');
  const withJapan = await count(page, 'search/?q=earthquake+japan');
  const japanIds = await allIds(page);
  expect(withJapan).toBeGreaterThan(0);
  expect(await count(page, 'search/?q=earthquake+-japan')).toBe(all - withJapan);
  const ids = await allIds(page);
  expect(ids).toHaveLength(all - withJapan);
  expect(ids.filter((id) => japanIds.includes(id))).toEqual([]);
  expect(sum(await barCounts(page))).toBe(all - withJapan);

  const wildfires = await count(page, 'search/?q=wildfire');
  const both = await count(page, 'search/?q=earthquake+wildfire');
  const either = await count(page, 'search/?q=earthquake+OR+wildfire');
  expect(either).toBe(all + wildfires - both);
  expect(new Set(await allIds(page)).size).toBe(either);
  expect(sum(await barCounts(page))).toBe(either);
  // The Year facet counts like the timeline.
  await facetGroup(page, 'Year').locator(':scope > summary').click();
  const years = await facetGroup(page, 'Year')
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => Number(/\((\d+)\)/.exec(box.closest('label')?.textContent ?? '')?.[1] ?? 0)));
  expect(sum(years)).toBe(either);
});

test('field terms filter on the facets, and filter URLs match regardless of case and accents', async ({ page }) => {
  const exact = await count(page, 'search/?person=Maria+Zakharova');
  expect(exact).toBeGreaterThan(0);
  expect(await count(page, 'search/?person=maria+zakharova')).toBe(exact);
  await expect(page).toHaveURL(/person=Maria\+Zakharova/);
  // The group is open: the URL selects one of its values.
  await expect(facetGroup(page, 'People').getByRole('checkbox', { name: /^Maria Zakharova \(/ })).toBeChecked();
  expect(await count(page, 'search/?person=MARÍA+ZAKHAROVÁ')).toBe(exact);

  expect(await count(page, 'search/?q=person:zakharova')).toBe(exact);
  expect(await count(page, 'search/?q=person:"Maria Zakharova"')).toBe(exact);
  await expect(page.locator('#search-results .result__entities').first()).toContainText('Maria Zakharova');
  // An unknown name is searched as words, and said so.
  await page.goto(siteUrl('generated', 'search/?q=earthquake+place:Atlantis'));
  await expect(page.locator('#search-notes')).toContainText('No place in the archive is called “Atlantis”, so it was searched as words.');
  // A story term lists that story's versions.
  await page.goto(siteUrl('generated', 'search/?q=earthquake'));
  const story = await page.locator('#search-results > li').first().getAttribute('data-story');
  expect(story).toMatch(/^[0-9a-f]{16}$/);
  expect(await count(page, `search/?q=story:${story}`)).toBeGreaterThanOrEqual(1);
  for (const item of await page.locator('#search-results > li').all()) await expect(item).toHaveAttribute('data-story', story!);
});

test('day ranges from the URL and the date inputs; backwards and wrong ones are explained', async ({ page }) => {
  const days = [...new Set(earthquakes.map((label) => label.timestamp.slice(0, 10)))].sort();
  const [from, to] = [days[3]!, days[days.length - 4]!];
  const inRange = earthquakes.filter((label) => label.timestamp.slice(0, 10) >= from && label.timestamp.slice(0, 10) <= to);
  expect(await count(page, `search/?q=earthquake&from=${from}&to=${to}`)).toBe(inRange.length);
  expect((await allIds(page)).sort()).toEqual(inRange.map((label) => label.id.slice(0, 8)).sort());
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);

  // Backwards: searched the right way round, and said so.
  expect(await count(page, `search/?q=earthquake&from=${to}&to=${from}`)).toBe(inRange.length);
  await expect(page.locator('#search-notes')).toContainText(`The range was given backwards (from ${to} to ${from})`);
  // Not a date: left out, and said so, never silently dropped from the URL.
  expect(await count(page, 'search/?q=earthquake&from=2019-13')).toBe(earthquakes.length);
  await expect(page.locator('#search-notes')).toContainText('“2019-13” is not a date');
  await expect(page).toHaveURL(/from=2019-13/);
  // A year as a bound.
  const year = from.slice(0, 4);
  expect(await count(page, `search/?q=earthquake&from=${year}&to=${year}`)).toBe(
    earthquakes.filter((label) => label.timestamp.startsWith(year)).length,
  );

  // Picking a day in the input.
  await page.goto(siteUrl('generated', 'search/?q=earthquake'));
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('From', { exact: true }).dispatchEvent('change');
  await page.getByLabel('To', { exact: true }).fill(to);
  await page.getByLabel('To', { exact: true }).dispatchEvent('change');
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  await expect(status(page)).toHaveText(`${inRange.length} result${inRange.length === 1 ? '' : 's'} for “earthquake”.`);
});

test('the timeline counts like the results, and a bar narrows the range, by mouse or keyboard', async ({ page }) => {
  await page.goto(siteUrl('generated', 'search/?q=earthquake'));
  await expect(status(page)).toHaveText(`${earthquakes.length} results for “earthquake”.`);
  const timeline = page.locator('#search-timeline');
  await expect(timeline.locator('figcaption')).toHaveText(/^Results per year, \d{4} to \d{4}: most in \d{4} \(\d+\)\.$/);
  expect(sum(await barCounts(page))).toBe(earthquakes.length);
  const byYear = new Map<string, number>();
  for (const label of earthquakes) byYear.set(label.timestamp.slice(0, 4), (byYear.get(label.timestamp.slice(0, 4)) ?? 0) + 1);
  const [busiest, busiestCount] = [...byYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  await timeline.getByRole('button', { name: `${busiest}: ${busiestCount} result${busiestCount === 1 ? '' : 's'}` }).click();
  await expect(page).toHaveURL(new RegExp(`from=${busiest}&to=${busiest}`));
  await expect(status(page)).toHaveText(`${busiestCount} result${busiestCount === 1 ? '' : 's'} for “earthquake”.`);
  await expect(timeline.locator('figcaption')).toHaveText(/^Results per month/);
  expect(sum(await barCounts(page))).toBe(busiestCount);

  // Keyboard: focus stays on the timeline; Enter on a month bar narrows to that month, then days show.
  const firstMonth = timeline.locator('button[data-range]:not([aria-label$=": 0 results"])').first();
  const key = (await firstMonth.getAttribute('data-range'))!;
  await firstMonth.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${key}&to=${key}`));
  await expect(timeline.locator('figcaption')).toHaveText(/^Results per day/);
  await expect(timeline.locator('button[data-range]').first()).toBeFocused();
  const inMonth = earthquakes.filter((label) => label.timestamp.startsWith(key)).length;
  expect(sum(await barCounts(page))).toBe(inMonth);
});

test('results show their time, agencies, people and places, and no excerpt repeats its headline', async ({ page }) => {
  await page.goto(siteUrl('generated', 'search/?q=earthquake'));
  await expect(status(page)).toHaveText(`${earthquakes.length} results for “earthquake”.`);
  const items = await page.locator('#search-results > li').all();
  expect(items.length).toBe(10);
  for (const item of items) {
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const headline = ((await item.locator('.result__title').textContent()) ?? '').trim();
    const excerpt = ((await item.locator('.result__excerpt').textContent()) ?? '').trim();
    expect(excerpt.length).toBeGreaterThan(0);
    expect(excerpt.toLowerCase()).not.toContain(headline.toLowerCase());
  }
  expect(await page.locator('#search-results .result__agencies').count()).toBeGreaterThan(0);
  expect(await page.locator('#search-results .result__entities').count()).toBeGreaterThan(0);
});

test('when fewer than ten articles have every word, the list goes on with articles that have some, each marked with what it lacks', async ({
  page,
}) => {
  const both = await count(page, 'search/?q=earthquake+Zakharova');
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(10);
  const partial = 10 - both;
  await expect(status(page)).toHaveText(
    `${both} result${both === 1 ? '' : 's'} for “earthquake Zakharova”; ${partial} more article${partial === 1 ? ' has' : 's have'} some of the words.`,
  );
  const items = page.locator('#search-results > li');
  await expect(items).toHaveCount(10);
  // The all-words results first, then the partial matches, each lacking one of the two words.
  const kinds = await items.evaluateAll((nodes) => nodes.map((node) => node.classList.contains('result--partial')));
  expect(kinds).toEqual([...Array<boolean>(both).fill(false), ...Array<boolean>(partial).fill(true)]);
  expect(await page.locator('#search-results > li:not(.result--partial) .result__missing').count()).toBe(0);
  for (const item of await page.locator('#search-results > li.result--partial').all()) {
    const missing = ((await item.locator('.result__missing').textContent()) ?? '').toLowerCase();
    expect(missing).toMatch(/^missing: (earthquake|zakharova)$/);
    const marked = (await item.locator('.result__excerpt mark').allTextContents()).map((text) => text.toLowerCase());
    expect(marked.some((text) => text.startsWith(missing.slice('missing: '.length)))).toBe(false);
  }
  // Counts, timeline and export cover the all-words results only.
  expect(sum(await barCounts(page))).toBe(both);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#search-export button[data-format="json"]').click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported).toMatchObject({ total: both, exported: both });
  // Under a date order, and for OR, the list is exactly the matching articles.
  expect(await count(page, 'search/?q=earthquake+Zakharova&sort=newest')).toBe(both);
  await expect(page.locator('#search-results > li')).toHaveCount(both);
  await expect(page.locator('#search-results .result__missing')).toHaveCount(0);
  await count(page, 'search/?q=earthquake+OR+Zakharova');
  await expect(page.locator('#search-results .result__missing')).toHaveCount(0);
});

test('"Download results" gives CSV and JSON of the current search', async ({ page }) => {
  const total = await count(page, 'search/?q=earthquake&agency=Reuters');
  const ids = await allIds(page);
  expect(total).toBeGreaterThan(0);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#search-export button[data-format="csv"]').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('search-earthquake.csv');
  const csv = await (await csvDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('url,time,headline,agencies,people,places');
  expect(lines).toHaveLength(total + 1);
  for (const line of lines.slice(1))
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:4602\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/,\d{4}-\d{2}-\d{2}T.*Reuters/);
  await expect(page.locator('#search-export-status')).toHaveText(`Downloaded ${total} result${total === 1 ? '' : 's'}.`);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#search-export button[data-format="json"]').click(),
  ]);
  const json = JSON.parse(await (await jsonDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(json).toMatchObject({ search: '?q=earthquake&agency=Reuters', total, exported: total, limit: 1000 });
  const exported = (json.results as { url: string; agencies: string[]; headline: string; time: string }[]).map(
    (row) => /-([0-9a-f]{8})\/$/.exec(row.url)![1],
  );
  expect(exported.sort()).toEqual([...ids].sort());
  for (const row of json.results) {
    expect(row.agencies).toContain('Reuters');
    expect(row.headline.length).toBeGreaterThan(0);
    expect(Array.isArray(row.people) && Array.isArray(row.places)).toBe(true);
  }
});

test('every page has a search box in its header, and entity pages link to their filtered search', async ({ page }) => {
  await page.goto(siteUrl('generated', 'archive/'));
  const box = page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox');
  await box.fill('earthquake');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=earthquake$/);
  await expect(status(page)).toHaveText(`${earthquakes.length} results for “earthquake”.`);

  await page.goto(siteUrl('generated', 'people/'));
  await page.locator('main a[href*="/people/maria-zakharova"]').first().click();
  const named = Number(/^(\d+) articles?/.exec((await page.locator('.entity-page__count').textContent()) ?? '')![1]);
  await page.getByRole('link', { name: 'Search within these articles' }).click();
  await expect(page).toHaveURL(/\/search\/\?person=Maria\+Zakharova$/);
  await expect(status(page)).toHaveText(`${named} result${named === 1 ? '' : 's'}, newest first.`);
});
