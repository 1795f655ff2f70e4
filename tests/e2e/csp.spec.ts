/**
 * The production Content-Security-Policy, enforced: on the `subpath` site served with the headers
 * of its generated `_headers` file (Netlify, Cloudflare Pages) and on the `bundled` site, which
 * has only the `<meta>` policy (GitHub Pages). Search works and no `securitypolicyviolation` fires.
 */
import { test as plainTest, type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { siteUrl } from './sites.ts';

const ARTICLE_PATH = /\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/;

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Records every CSP violation of every document the page loads, before any of its scripts run. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** The violations recorded on the current document, once everything it loads has loaded. */
async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => window.cspViolations);
}

/** Opens the first article the home page links, searches for its headline and follows the result, checking for violations on every page. */
async function browseAndSearch(page: Page, home: string): Promise<void> {
  await page.goto(home);
  expect(await violations(page), 'home page').toEqual([]);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const article = hrefs.find((href) => ARTICLE_PATH.test(href))!;
  await page.goto(article);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  expect(await violations(page), 'article page').toEqual([]);

  await page.goto(`${home}search/`);
  await page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /search/i }))
    .first()
    .fill(headline);
  const result = page.getByRole('main').getByRole('link', { name: headline, exact: true }).first();
  await expect(result).toBeVisible();
  expect(await violations(page), 'search page with results').toEqual([]);
  await result.click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(new URL(article).pathname);
  expect(await violations(page), 'article page opened from the results').toEqual([]);

  // Every page the site header and footer link to: listings, archives, whatever the site grows.
  // Feeds are left out: Chromium's XML viewer styles them inline, which the policy rightly blocks.
  await page.goto(home);
  const chrome = await page
    .locator('header a[href], footer a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  for (const href of new Set(chrome.filter((href) => href.startsWith(home) && href.endsWith('/')))) {
    await page.goto(href);
    expect(await violations(page), href).toEqual([]);
  }
}

test.describe('with the _headers of Netlify and Cloudflare Pages', () => {
  const home = siteUrl('subpath');

  test('pages carry the policy and the security headers', async ({ request }) => {
    const headers = (await request.get(home)).headers();
    expect(headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  test('only content-hashed files are cached for a year', async ({ page, request }) => {
    await page.goto(`${home}search/`);
    const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
    const immutable = 'public, max-age=31536000, immutable';
    expect((await request.get(new URL(stylesheet!, home).href)).headers()['cache-control']).toBe(immutable);
    const entry = (await (await request.get(`${home}pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { hash: string }>;
    };
    const [language] = Object.values(entry.languages);
    expect((await request.get(`${home}pagefind/pagefind.${language!.hash}.pf_meta`)).headers()['cache-control']).toBe(immutable);
    for (const path of ['', 'search/', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js'])
      expect((await request.get(`${home}${path}`)).headers()['cache-control'], path || 'home page').toBeUndefined();
  });

  test('a reader browses and searches with the policy enforced and nothing is blocked', async ({ page }) => {
    await recordViolations(page);
    await browseAndSearch(page, home);
  });
});

test.describe('with only the <meta> policy, as on GitHub Pages', () => {
  const home = siteUrl('bundled');

  test('a reader browses and searches and nothing is blocked', async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto(home);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    // frame-ancestors is ignored in <meta>, and Chromium reports it as an error.
    expect(policy).not.toContain('frame-ancestors');
    await browseAndSearch(page, home);
  });
});

// The recorder itself: without this, a recorder that never records would pass every test above.
plainTest('the violation recorder sees inline code the policy blocks', async ({ page }) => {
  await recordViolations(page);
  await page.goto(siteUrl('subpath'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  // One report per policy: the header's and the <meta> one.
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src-elem blocked inline'));
  await expect(page).not.toHaveTitle('injected');
});
