/**
 * A site deployed under /archive/ and served only there (anything else is a 404): a reader browses
 * and searches without a single request leaving the sub-path, and canonical URLs, feeds and
 * sitemaps carry the sub-path too.
 */
import { expect, test } from './fixtures.ts';
import { siteUrl } from './sites.ts';

const home = siteUrl('subpath');
const origin = new URL(home).origin;
const ARTICLE_PATH = /^\/archive\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/;

test('a reader goes from the home page to an article and finds it again by search, all under /archive/', async ({ page }) => {
  const outside: string[] = [];
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(home)) outside.push(request.url());
    if (request.url().startsWith(`${home}pagefind/`)) pagefind.push(request.url());
  });

  await page.goto(home);
  // Leave each page only once it has loaded everything (a navigation cancels a pending favicon).
  await page.waitForLoadState('networkidle');
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const articleHref = hrefs.find((href) => ARTICLE_PATH.test(href));
  expect(articleHref, 'the home page links an article under /archive/').toBeDefined();
  await page.locator(`main a[href="${articleHref}"]`).first().click();
  await expect(page).toHaveURL(`${origin}${articleHref}`);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  expect(headline).not.toBe('');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${articleHref}`);
  await page.waitForLoadState('networkidle');

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${home}search/`);
  const searchBox = page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /search/i }))
    .first();
  await searchBox.fill(headline);
  const result = page.getByRole('main').getByRole('link', { name: headline, exact: true }).first();
  // The result may carry a text fragment (#:~:text=…) that highlights the match.
  await expect(result).toHaveAttribute('href', new RegExp(`^${articleHref}(?:#.*)?$`));
  await page.waitForLoadState('networkidle');
  await result.click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(articleHref);
  await page.waitForLoadState('networkidle');

  expect(
    pagefind.some((url) => url.includes('.pf_fragment')),
    'search loaded Pagefind fragments from /archive/pagefind/',
  ).toBe(true);
  expect(outside, 'requests outside /archive/').toEqual([]);
});

test('the preview server answers only under /archive/, like a host with the site in a sub-folder', async ({ request }) => {
  expect((await request.get(`${origin}/`)).status()).toBe(404);
  expect((await request.get(`${origin}/pagefind/pagefind.js`)).status()).toBe(404);
  expect((await request.get(`${home}pagefind/pagefind.js`)).status()).toBe(200);
});

test('feeds and sitemaps give every address of the site under /archive/', async ({ page, request }) => {
  await page.goto(home);
  const documents = await page
    .locator('head link[rel="alternate"][href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const robots = await request.get(`${home}robots.txt`);
  if (robots.ok()) documents.push(...[...(await robots.text()).matchAll(/^Sitemap:\s*(\S+)/gim)].map((match) => match[1]!));
  test.skip(documents.length === 0, 'this build has no feeds or sitemap yet');

  // A sitemap index lists further sitemaps: follow them too.
  const seen = new Set<string>();
  for (let next = documents.shift(); next !== undefined; next = documents.shift()) {
    const url = new URL(next, home).href;
    if (seen.has(url)) continue;
    seen.add(url);
    expect(url.startsWith(home), `${url} is under /archive/`).toBe(true);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const addresses = [...(await response.text()).matchAll(/https?:\/\/127\.0\.0\.1:\d+[^\s"'<>]*/g)].map((match) => match[0]);
    expect(addresses.length, `${url} lists addresses of the site`).toBeGreaterThan(0);
    documents.push(...addresses.filter((address) => /sitemap[^/]*\.xml$/.test(address)));
    expect(
      addresses.filter((address) => !address.startsWith(home)),
      `${url}: addresses outside /archive/`,
    ).toEqual([]);
  }
});
