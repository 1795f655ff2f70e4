/**
 * A dense day (issue 17): no search bundle holds more than SEARCH_BUNDLE_PAGES pages however many
 * articles share a day. indexBundles cuts a day too large for one bundle into parts in
 * publication order, each a bundle of its own, and lists them in search-bundles.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexBundles } from '../../pipeline/index/index-bundles.ts';
import { SEARCH_BUNDLES_FILE, SearchBundlesSchema } from '../../src/lib/search/search-bundles.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

const temp = makeTempDir('dense-bundles-');
afterAll(() => temp.cleanup());
const projectRoot = path.resolve(import.meta.dirname, '../..');

/** 12 articles on 1 March 2024, published in the reverse order of their slugs, and 3 on 2 March. */
const articles = [
  ...Array.from({ length: 12 }, (_, i) => ({
    permalink: `/2024/03/01/story-${String(i).padStart(2, '0')}/`,
    at: Date.UTC(2024, 2, 1, 23 - i),
  })),
  ...Array.from({ length: 3 }, (_, i) => ({ permalink: `/2024/03/02/later-${i}/`, at: Date.UTC(2024, 2, 2, i) })),
];
const byPage = new Map(articles.map((article) => [`${article.permalink.slice(1)}index.html`, article]));
const document = (page: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${page}</title></head><body><main data-pagefind-body><h1>${page}</h1><p>Copper prices report ${page}.</p></main></body></html>`;

/** The URLs of the pages a bundle folder holds, from its fragments (gzip-compressed JSON after Pagefind's signature). */
function urlsIn(bundleDir: string): string[] {
  return readdirSync(path.join(bundleDir, 'fragment'))
    .map((name) => gunzipSync(readFileSync(path.join(bundleDir, 'fragment', name))).toString('utf8'))
    .map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url)
    .sort();
}

/** The searchable pages a bundle folder holds, from its entry file. */
function pagesIn(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe('indexBundles', () => {
  it('cuts a day larger than the bundle size into parts in publication order', async () => {
    const result = await indexBundles(
      temp.dir,
      articles.map((article) => article.permalink),
      {
        projectRoot,
        maxPages: 5,
        named: false,
        fingerprint: `dense-bundles-test-${process.pid}`,
        document,
        indexedData: document,
        publishedAt: (page) => byPage.get(page)!.at,
      },
    );
    expect(result.indexed).toBe(15);
    const list = SearchBundlesSchema.parse(JSON.parse(readFileSync(path.join(temp.dir, SEARCH_BUNDLES_FILE), 'utf8')));
    expect(list.bundles.map(({ path: folder, part, pages }) => [folder, part, pages])).toEqual([
      ['pagefind/2024-03-02/', undefined, 3],
      ['pagefind/2024-03-01.3/', 3, 2],
      ['pagefind/2024-03-01.2/', 2, 5],
      ['pagefind/2024-03-01.1/', 1, 5],
    ]);
    for (const bundle of list.bundles) expect(pagesIn(path.join(temp.dir, bundle.path)), bundle.path).toBe(bundle.pages);
    // The first part holds the day's five earliest articles, which have the last five slugs.
    expect(urlsIn(path.join(temp.dir, 'pagefind/2024-03-01.1/'))).toEqual(
      ['07', '08', '09', '10', '11'].map((n) => `/2024/03/01/story-${n}/`),
    );
  }, 60_000);
});
