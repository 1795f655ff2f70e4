/**
 * A reader browsing the archive by time in Chromium: home → year → month → day → article →
 * previous/next → back up through the breadcrumbs; pagination; "on this day"; structured data;
 * and the design gates: axe-core with zero violations (light and dark), no horizontal scroll at
 * 320 px, the skip link, the print stylesheet.
 */
import { readdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

const built = (name: string) => E2E_SITES.some((site) => site.name === name);

/** The `datetime` of the article page's own date line. */
const articleTime = (page: Page) => page.locator('article .article__meta time').getAttribute('datetime');

/** Pages of every kind on a site, found by following links the way a reader would. */
type PageKind = 'home' | 'archive' | 'year' | 'month' | 'day' | 'article' | 'search';

async function pagesOfEveryKind(page: Page, site: string): Promise<Record<PageKind, string>> {
  await page.goto(siteUrl(site), { waitUntil: 'networkidle' });
  const year = await page.getByRole('navigation', { name: 'Browse by year' }).getByRole('link').first().getAttribute('href');
  const article = await page.locator('.card__headline a').first().getAttribute('href');
  await page.goto(new URL(article!, page.url()).href, { waitUntil: 'networkidle' });
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  const month = await crumbs.nth(2).getAttribute('href');
  const day = await crumbs.nth(3).getAttribute('href');
  const abs = (href: string | null) => new URL(href!, page.url()).href;
  return {
    home: siteUrl(site),
    archive: siteUrl(site, 'archive/'),
    year: abs(year),
    month: abs(month),
    day: abs(day),
    article: abs(article),
    search: siteUrl(site, 'search/'),
  };
}

test.describe('browsing by date on the generated archive', () => {
  test.skip(!built('generated'), 'needs the generated site');

  test('home → year → month → day → article → previous/next, and back up through the breadcrumbs', async ({ page }) => {
    await page.goto(siteUrl('generated'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');

    // Home → a year from the middle of the archive, so its articles have neighbours on both sides.
    const years = page.getByRole('navigation', { name: 'Browse by year' }).getByRole('link', { name: /^\d{4}$/ });
    const yearLink = years.nth(Math.floor((await years.count()) / 2));
    const year = (await yearLink.textContent())!.trim();
    await yearLink.click();
    await expect(page).toHaveURL(new RegExp(`/${year}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(year);
    await expect(page.locator('.page-lede')).toHaveText(/^\d+ articles?/);

    // Year → its first month with articles, from the month calendars.
    const monthLink = page.locator('.calendar--compact caption a').first();
    await monthLink.click();
    await expect(page).toHaveURL(new RegExp(`/${year}/(\\d{2})/$`));
    const month = page.url().match(/\/(\d{2})\/$/)![1]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^[A-Z][a-z]+ ${year}$`));
    const calendar = page.getByRole('table', { name: new RegExp(`${year}$`) });
    await expect(calendar).toBeVisible();

    // Month → a day with articles, from the calendar; its accessible name carries the count.
    const dayLink = calendar.getByRole('link').first();
    // Chromium puts a space around the visually hidden comma; screen readers do not voice it.
    await expect(dayLink).toHaveAccessibleName(/^\d{1,2} ?, \d+ articles?$/);
    const dayCount = Number((await dayLink.textContent())!.match(/(\d+)\s*articles?/)![1]);
    await dayLink.click();
    await expect(page).toHaveURL(new RegExp(`/${year}/${month}/(\\d{2})/$`));
    const dayUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ ${year}$`));
    await expect(page.locator('.card')).toHaveCount(Math.min(dayCount, 20));
    await expect(page.locator('table.calendar a[aria-current="date"]')).toHaveCount(1);

    // Day → its first article.
    const first = page.locator('.card__headline a').first();
    const headline = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/${year}/${month}/\\d{2}/[a-z0-9-]+/$`));
    const articleUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    const published = (await articleTime(page))!;

    // Previous (older) and next (newer) article in time, and back.
    const neighbours = page.getByRole('navigation', { name: 'Previous and next article' });
    await neighbours.locator('a[rel="prev"]').click();
    const older = (await articleTime(page))!;
    expect(Date.parse(older)).toBeLessThanOrEqual(Date.parse(published));
    await page.getByRole('navigation', { name: 'Previous and next article' }).locator('a[rel="next"]').click();
    await expect(page).toHaveURL(articleUrl);
    await page.getByRole('navigation', { name: 'Previous and next article' }).locator('a[rel="next"]').click();
    expect(Date.parse((await articleTime(page))!)).toBeGreaterThanOrEqual(Date.parse(published));
    await page.goto(articleUrl);

    // Back up: day, month, year, archive.
    const breadcrumb = () => page.getByRole('navigation', { name: 'Breadcrumb' });
    await breadcrumb().getByRole('link').nth(3).click();
    await expect(page).toHaveURL(dayUrl);
    await breadcrumb().getByRole('link').nth(2).click();
    await expect(page).toHaveURL(new RegExp(`/${year}/${month}/$`));
    await breadcrumb().getByRole('link', { name: year }).click();
    await expect(page).toHaveURL(new RegExp(`/${year}/$`));
    await breadcrumb().getByRole('link', { name: 'Archive' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
    // The archive index charts every year, and its counts add up to the whole archive.
    const counts = await page.locator('.archive-year__count').allTextContents();
    const total = counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
    await expect(page.locator('.page-lede')).toHaveText(new RegExp(`^${total} articles`));
    await expect(page.locator('.month-chart').first().locator('li')).toHaveCount(12);
  });

  test('an article links "on this day" to the same date in other years', async ({ page }) => {
    // Find an article whose date also has articles in another year, by walking the archive index.
    await page.goto(siteUrl('generated'));
    await page.locator('.card__headline a').first().click();
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      found = (await page.locator('.on-this-day').count()) > 0;
      if (!found) await page.locator('a[rel="prev"]').first().click();
    }
    expect(found, 'some article in the generated archive has an "on this day" section').toBe(true);
    const date = (await articleTime(page))!.slice(5, 10); // MM-DD
    const yearLink = page.locator('.on-this-day__year').first();
    await yearLink.click();
    await expect(page).toHaveURL(new RegExp(`/\\d{4}/${date.replace('-', '/')}/$`));
  });

  test('article pages carry canonical, Open Graph and NewsArticle data that match the page', async ({ page }) => {
    const { article } = await pagesOfEveryKind(page, 'generated');
    await page.goto(article);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(page.url());
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const headline = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', headline);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline, url: canonical, datePublished: await articleTime(page) });
    expect(data.datePublished).toMatch(/[+-]\d{2}:\d{2}$/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
  });
});

test.describe('pagination', () => {
  test.skip(!built('paged'), 'needs the paged site');

  test('the home page shows the latest articles; numbered pages count from the oldest, with newer/older links', async ({ page }) => {
    // 400 articles at 4 a page: numbered pages 1-100, page 100 holding the same four as the home page.
    await page.goto(siteUrl('paged'));
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await expect(pager.getByRole('link', { name: 'Latest page, current page' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.page-lede')).toHaveText('400 articles; the latest 4 on this page');
    const latest = await page.locator('.card__headline a').allTextContents();
    await pager.getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(siteUrl('paged', 'page/99/'));
    await expect(page.locator('.card')).toHaveCount(4);
    await expect(page).toHaveTitle(/^Latest articles, page 99 · /);
    await expect(page.locator('.page-lede')).toHaveText('Articles 393–396, counted from the oldest');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(siteUrl('paged', 'page/100/'));
    await expect(page.locator('.card__headline a')).toHaveText(latest);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(siteUrl('paged'));

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 1', exact: true }).click();
    await expect(page).toHaveURL(siteUrl('paged', 'page/1/'));
    await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older/ })).toHaveCount(0);
    await expect(page.locator('.page-lede')).toHaveText('Articles 1–4, counted from the oldest');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(siteUrl('paged', 'page/2/'));
  });

  test('a busy day is split into pages under /YYYY/MM/DD/page/n/, beside the article URLs', async ({ page }) => {
    // The busiest days of the generated corpus have more articles than the page size of 4.
    const entries = await readdir('.cache/e2e/paged', { recursive: true });
    const paged = entries.map((entry) => entry.split('\\').join('/')).find((entry) => /^\d{4}\/\d{2}\/\d{2}\/page\/2$/.test(entry));
    expect(paged, 'a day with a second page').toBeTruthy();
    const dayPath = paged!.replace(/page\/2$/, '');
    await page.goto(siteUrl('paged', dayPath));
    const total = Number((await page.locator('.page-lede').textContent())!.match(/^(\d+) articles/)![1]);
    const seen = new Set<string>();
    // From the latest page down to page 1; the latest page and the page below it may share articles.
    for (let visited = 0; ; visited++) {
      for (const href of await page.locator('.card__headline a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        seen.add(href!);
      const older = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older/ });
      if ((await older.count()) === 0) break;
      await older.click();
      await expect(page).toHaveURL(new RegExp(`/${dayPath}page/\\d+/$`));
    }
    await expect(page).toHaveURL(siteUrl('paged', `${dayPath}page/1/`));
    expect(seen.size).toBe(total);
    for (const href of seen) expect(href).toMatch(new RegExp(`^/${dayPath}[a-z0-9-]+-[0-9a-f]{8}/$|^/${dayPath}[a-z0-9-]+/$`));
  });
});

test.describe('design', () => {
  test.skip(!built('generated'), 'needs the generated site');

  test('no page scrolls sideways at 320 px, in light or dark', async ({ page }) => {
    const pages = await pagesOfEveryKind(page, 'generated');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 640 });
      for (const [kind, url] of Object.entries(pages)) {
        await page.goto(url, { waitUntil: 'networkidle' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${kind} page ${url} at 320 px (${colorScheme})`).toBeLessThanOrEqual(320);
      }
    }
  });

  test('dark mode follows prefers-color-scheme', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(siteUrl('generated'));
    expect(await background()).toBe('rgb(253, 252, 249)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(21, 22, 26)');
  });

  test('the skip link appears on focus and leads to the main content', async ({ page }) => {
    const { article } = await pagesOfEveryKind(page, 'generated');
    await page.goto(article);
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('an article prints without navigation', async ({ page }) => {
    const { article } = await pagesOfEveryKind(page, 'generated');
    await page.goto(article);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.breadcrumbs', '.article-neighbours', '.site-footer'])
      await expect(page.locator(selector).first(), selector).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.article__body')).toBeVisible();
  });
});

for (const site of ['bundled', 'generated']) {
  test.describe(`accessibility of "${site}"`, () => {
    test.skip(!built(site), `needs the ${site} site`);
    test.use({ allowedHttpErrors: [siteUrl(site, 'no/such/page/')] });

    test('axe-core finds no violations on every kind of page, light and dark', async ({ page }) => {
      test.setTimeout(120_000);
      const pages = { ...(await pagesOfEveryKind(page, site)), notFound: siteUrl(site, 'no/such/page/') };
      const violations: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const [kind, url] of Object.entries(pages)) {
          await page.goto(url, { waitUntil: 'networkidle' });
          if (kind === 'search') await page.locator('input').first().waitFor();
          const results = await new AxeBuilder({ page }).analyze();
          for (const violation of results.violations)
            violations.push(`${kind} (${colorScheme}) ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }
      }
      expect(violations).toEqual([]);
    });
  });
}
