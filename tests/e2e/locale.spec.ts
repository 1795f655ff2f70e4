/**
 * A site whose config file sets fr-FR reads as French on the article, day and search pages, and
 * the file's title is every page's title (issue 21).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { E2E_SITES, siteUrl } from './sites.ts';

const HEADLINE = 'Russian-Chinese partnership is not directed against third countries';

test('the article page gives its date, navigation and built-in words in French', async ({ page }) => {
  await page.goto(siteUrl('french'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Derniers articles');
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page).toHaveURL(/\/2024\/09\/12\/[a-z0-9-]+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  const time = page.locator('article time');
  await expect(time).toHaveAttribute('datetime', '2024-09-12T23:28:21+00:00');
  await expect(time).toHaveText('12 septembre 2024, 23:28');
  const breadcrumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
  await expect(breadcrumbs.getByRole('link')).toHaveText(['Archives', '2024', 'Septembre', '12 septembre 2024']);
  await expect(page.locator('.article__sources-label')).toHaveText('Sources citées :');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link')).toHaveText(['À la une', 'Archives', 'Recherche']);
});

test('the day page has a French heading, calendar and times', async ({ page }) => {
  await page.goto(siteUrl('french', '2024/09/12/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeudi 12 septembre 2024');
  await expect(page).toHaveTitle(/^12 septembre 2024 · /);
  const calendar = page.locator('table.calendar');
  await expect(calendar.locator('caption')).toHaveText('Septembre 2024');
  await expect(calendar.locator('thead abbr').first()).toHaveAttribute('title', 'lundi');
  await expect(calendar.locator('thead abbr').first()).toHaveText('lun.');
  await expect(page.locator('.page-lede')).toHaveText('1 article');
  await expect(page.locator('.card time')).toHaveText('23:28');
});

test('the search page is labelled in French and finds the article', async ({ page }) => {
  await page.goto(siteUrl('french', 'search/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechercher dans les archives');
  await expect(page.getByLabel('Trier par')).toBeVisible();
  await page.getByLabel('Mots recherchés').fill('Zakharova');
  const result = page.locator('#search-results .result__title a').first();
  await expect(result).toHaveText(HEADLINE);
  await result.click();
  await expect(page.locator('article time')).toHaveText('12 septembre 2024, 23:28');
});

test("every page carries the config file's title", () => {
  const site = E2E_SITES.find((candidate) => candidate.name === 'french')!;
  const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(site.outDir, file), 'utf8'))?.[1];
    expect(title, file).toMatch(/(^| · )Archives de presse$/);
  }
});
