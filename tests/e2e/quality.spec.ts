/**
 * Quality gates over the built files of every e2e site (no browser needed): html-validate on every
 * page, internal links, no JavaScript outside the search page, and the feeds, sitemap and
 * robots.txt parsed and checked against their formats' required fields.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { checkLinks, readPage } from '../../pipeline/publish/check-links.ts';
import { E2E_SITES, type E2ESite } from './sites.ts';

const origin = (site: E2ESite) => `http://127.0.0.1:${site.port}`;
const siteRoot = (site: E2ESite) => `${origin(site)}${site.basePath}`;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/** Number of published articles, from the build's article pages (YYYY/MM/DD/<slug>/index.html). */
async function articleCount(dir: string): Promise<number> {
  return (await htmlFiles(dir)).filter((file) => /^\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/index\.html$/.test(file)).length;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link'].includes(name),
});

for (const site of E2E_SITES) {
  test.describe(`built site "${site.name}"`, () => {
    test('every page passes html-validate (html-validate:recommended, see .htmlvalidate.mjs)', async () => {
      test.setTimeout(180_000);
      // The file-system loader reads the project's .htmlvalidate.mjs (the default loader would not).
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const files = await htmlFiles(site.outDir);
      expect(files.length).toBeGreaterThan(3);
      const errors: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(path.join(site.outDir, file));
        for (const result of report.results)
          for (const message of result.messages)
            errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
      console.log(`html-validate: ${files.length} page(s) of "${site.name}", ${errors.length} error(s)`);
      expect(errors).toEqual([]);
    });

    test('every internal link, asset, feed and sitemap URL resolves', async () => {
      const report = await checkLinks(site.outDir, { basePath: site.basePath, siteUrl: origin(site) });
      console.log(
        `links: ${report.internal} internal link(s) in ${report.pages} page(s) of "${site.name}", ${report.problems.length} broken`,
      );
      expect(report.pages).toBeGreaterThan(3);
      expect(report.problems).toEqual([]);
    });

    test('article and listing pages ship no JavaScript (JSON-LD data only)', async () => {
      const offenders: string[] = [];
      let articlesWithJsonLd = 0;
      for (const file of await htmlFiles(site.outDir)) {
        if (file === 'search/index.html') continue; // The one page that needs a script.
        const { scripts } = readPage(await readFile(path.join(site.outDir, file), 'utf8'));
        for (const script of scripts)
          if (script.type !== 'application/ld+json' || script.src) offenders.push(`${file}: <script type="${script.type}">`);
        if (/^\d{4}\/\d{2}\/\d{2}\/(?!page\/)[^/]+\/index\.html$/.test(file) && scripts.some((s) => s.type === 'application/ld+json'))
          articlesWithJsonLd++;
      }
      expect(offenders).toEqual([]);
      expect(articlesWithJsonLd).toBe(await articleCount(site.outDir));
    });

    test('RSS 2.0 feed has its required fields and absolute URLs', async () => {
      const { rss } = xml.parse(await readFile(path.join(site.outDir, 'rss.xml'), 'utf8'));
      expect(rss['@_version']).toBe('2.0');
      const channel = rss.channel;
      expect(channel.title).toBeTruthy();
      expect(channel.link[0]).toBe(siteRoot(site));
      expect(typeof channel.description).toBe('string');
      expect(channel['atom:link']['@_href']).toBe(`${siteRoot(site)}rss.xml`);
      expect(channel.item.length).toBe(Math.min(50, await articleCount(site.outDir)));
      for (const item of channel.item) {
        expect(item.title).toBeTruthy();
        expect(item.link[0]).toMatch(new RegExp(`^${siteRoot(site)}\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+/$`));
        expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
        expect(item.guid['#text']).toBe(item.link[0]);
      }
    });

    test('Atom feed has the fields RFC 4287 requires', async () => {
      const { feed } = xml.parse(await readFile(path.join(site.outDir, 'atom.xml'), 'utf8'));
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe(siteRoot(site));
      expect(feed.title['#text']).toBeTruthy();
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(feed.author.name).toBeTruthy();
      expect(feed.link.find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href']).toBe(`${siteRoot(site)}atom.xml`);
      expect(feed.entry.length).toBe(Math.min(50, await articleCount(site.outDir)));
      for (const entry of feed.entry) {
        expect(entry.id).toMatch(new RegExp(`^${siteRoot(site)}`));
        expect(entry.title['#text']).toBeTruthy();
        expect(entry.updated).toMatch(/[+-]\d{2}:\d{2}$/);
        expect(entry.link[0]['@_href']).toBe(entry.id);
        expect(entry.content['@_type']).toBe('html');
      }
    });

    test('JSON Feed 1.1 has its required fields', async () => {
      const feed = JSON.parse(await readFile(path.join(site.outDir, 'feed.json'), 'utf8'));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBeTruthy();
      expect(feed.home_page_url).toBe(siteRoot(site));
      expect(feed.feed_url).toBe(`${siteRoot(site)}feed.json`);
      expect(feed.items.length).toBe(Math.min(50, await articleCount(site.outDir)));
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(item.url).toBe(item.id);
        expect(typeof item.content_html).toBe('string');
        expect(item.date_published).toMatch(/[+-]\d{2}:\d{2}$/);
      }
    });

    test('sitemap.xml lists every article and date page; robots.txt points at it', async () => {
      const text = await readFile(path.join(site.outDir, 'sitemap.xml'), 'utf8');
      const { urlset } = xml.parse(text);
      expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const locs: string[] = urlset.url.map((url: { loc: string }) => url.loc);
      expect(new Set(locs).size).toBe(locs.length);
      expect(locs).toContain(siteRoot(site));
      expect(locs.every((loc) => loc.startsWith(siteRoot(site)))).toBe(true);
      const articles = locs.filter((loc) => /\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/.test(loc));
      expect(articles.length).toBe(await articleCount(site.outDir));
      const robots = await readFile(path.join(site.outDir, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${siteRoot(site)}sitemap.xml`);
    });
  });
}
