/**
 * A partitioned build assembled by `npm run combine` (issue 8): the "partitioned" site is built
 * as two year partitions (..2011 and 2012..) and the shared pages, then combined. The
 * combined site must be the one-machine site (same pages, byte for byte) and its search must
 * find articles of both partitions, in date order across the partitions' bundles.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { expect, test } from './fixtures.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

const site = E2E_SITES.find((candidate) => candidate.name === 'partitioned');
test.skip(!site, 'needs the partitioned site');

// The same arguments as the partitioned site in sites.ts.
const LABELS = generateCorpus(160, 23).map((article) => article.label);
const earthquakes = LABELS.filter((label) => label.topic === 'earthquake');

/** Every file under `dir` with a hash of its bytes, by relative path. */
function hashTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    files.set(
      rel,
      createHash('sha256')
        .update(readFileSync(path.join(dir, rel)))
        .digest('hex'),
    );
  }
  return files;
}

/** Publication dates (YYYY/MM/DD) of the result links shown, from their permalinks. */
async function resultDates(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results .result__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/(\d{4}\/\d{2}\/\d{2})\//.exec(href)?.[1] ?? href);
}

async function showAllResults(page: Page): Promise<void> {
  const items = page.locator('#search-results > li');
  const more = page.getByRole('button', { name: /^Show more results/ });
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    // The next page is loaded before the button updates: wait for it, not for the button.
    await expect(items).not.toHaveCount(before);
  }
}

test('the combined site has the same pages as a one-machine build', () => {
  const combined = hashTree(site!.outDir);
  const whole = hashTree(`${site!.outDir}.whole`);
  // Search bundles are cut differently (per partition), so they are compared through search below.
  const pages = (files: Map<string, string>) =>
    new Map([...files].filter(([file]) => !file.startsWith('pagefind/') && file !== 'search-bundles.json'));
  const differing = [...pages(whole)].filter(([file, hash]) => pages(combined).get(file) !== hash).map(([file]) => file);
  expect(differing, 'files that differ from the one-machine build').toEqual([]);
  expect([...pages(combined).keys()].sort()).toEqual([...pages(whole).keys()].sort());
  const articlePages = [...combined.keys()].filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
  expect(articlePages).toHaveLength(LABELS.length);
});

test('search finds articles of both partitions, newest first across them', async ({ page }) => {
  const bundles = (await (await page.request.get(siteUrl('partitioned', 'search-bundles.json'))).json()) as { bundles: { path: string }[] };
  expect(bundles.bundles.length, 'several bundles from two partitions').toBeGreaterThanOrEqual(4);

  await page.goto(siteUrl('partitioned', 'search/?q=earthquake&sort=newest'));
  await expect(page.getByRole('status')).toContainText(`${earthquakes.length} results for “earthquake”, newest first`);
  await showAllResults(page);
  const dates = await resultDates(page);
  expect(dates).toHaveLength(earthquakes.length);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.some((date) => date < '2012') && dates.some((date) => date >= '2012'), 'results from both partitions').toBe(true);

  await page.getByLabel('Sort by').selectOption('oldest');
  await expect(page.getByRole('status')).toContainText('oldest first');
  await showAllResults(page);
  const oldest = await resultDates(page);
  expect(oldest).toEqual([...dates].reverse());
});

test('a date range across the partition boundary finds exactly its articles', async ({ page }) => {
  const inRange = earthquakes.filter((label) => label.timestamp >= '2009-01' && label.timestamp < '2015-01');
  await page.goto(siteUrl('partitioned', 'search/?q=earthquake&from=2009-01&to=2014-12&sort=newest'));
  await expect(page.getByRole('status')).toContainText(`${inRange.length} result`);
  await showAllResults(page);
  const dates = await resultDates(page);
  expect(dates.map((date) => date.slice(0, 7).replace('/', '-')).sort()).toEqual(
    inRange.map((label) => label.timestamp.slice(0, 7)).sort(),
  );
  expect(dates).toEqual([...dates].sort().reverse());
});

test('links cross partitions: home → newest article; archive → oldest year → day → article', async ({ page }) => {
  const newest = [...LABELS].sort((a, b) => b.timestamp.localeCompare(a.timestamp))[0]!;
  const oldest = [...LABELS].sort((a, b) => a.timestamp.localeCompare(b.timestamp))[0]!;

  await page.goto(siteUrl('partitioned'));
  await page
    .locator(`a[href*="-${newest.id.slice(0, 8)}/"]`)
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${newest.timestamp.slice(0, 10).replaceAll('-', '/')}/`));
  await expect(page.locator('h1')).toBeVisible();

  const [year, month, day] = oldest.timestamp.slice(0, 10).split('-');
  await page.goto(siteUrl('partitioned', 'archive/'));
  await page.locator(`main a[href$="/${year}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/${year}/$`));
  await page.locator(`main a[href$="/${year}/${month}/${day}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/${year}/${month}/${day}/$`));
  await page
    .locator(`a[href*="-${oldest.id.slice(0, 8)}/"]`)
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${oldest.timestamp.slice(0, 10).replaceAll('-', '/')}/`));
  await expect(page.locator('h1')).toBeVisible();
});
