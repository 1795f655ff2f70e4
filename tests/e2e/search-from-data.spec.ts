/**
 * The search bundles of real built sites, which the build makes from the articles' data
 * (src/lib/search/indexed-document.ts) or copies from its cache, are what Pagefind makes from the
 * sites' own pages, byte for byte. No browser: Pagefind runs over each bundle's article pages in
 * the served site, given in sorted path order as the build gives them (Pagefind numbers pages in
 * the order it reads them), its chunk bounds are mended as the build mends them
 * (pipeline/index/chunk-bounds.ts), and its output is compared with the bundle the site serves.
 */
import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_BUNDLES_FILE, type SearchBundle, type SearchBundles } from '../../src/lib/search/search-bundles.ts';
import { mendChunkBounds } from '../../pipeline/index/chunk-bounds.ts';
import { closeSearchIndexer, type BundleFile } from '../../pipeline/index/pagefind-bundle.ts';
import * as pagefind from 'pagefind';
import { E2E_SITES } from './sites.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Every file under `dir`, path → bytes (base64, so a difference prints readably). */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

/** The article pages of `bundle`'s days in `siteDir` (`YYYY/MM/DD/<slug>/index.html`), sorted. */
async function bundlePages(siteDir: string, bundle: SearchBundle): Promise<string[]> {
  // Parts of a day too large for one bundle take its pages in publication order; these sites have none.
  expect(bundle.part, `${bundle.path} is a whole number of days`).toBeUndefined();
  const pages: string[] = [];
  for (let year = Number(bundle.firstDay.slice(0, 4)); year <= Number(bundle.lastDay.slice(0, 4)); year++) {
    const entries = await readdir(path.join(siteDir, String(year)), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries) {
      const page = `${year}/${entry.split(path.sep).join('/')}`;
      const day = page.slice(0, 10).replaceAll('/', '-');
      if (/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(page) && day >= bundle.firstDay && day <= bundle.lastDay) pages.push(page);
    }
  }
  return pages.sort();
}

/** Pagefind's bundle for `pages` of `siteDir`, read in the order given, with its chunk bounds mended, in memory. */
async function indexPages(siteDir: string, pages: readonly string[]): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page, content: await readFile(path.join(siteDir, page), 'utf8') });
      if (added.errors.length > 0) throw new Error(`${page}: ${added.errors.join('; ')}`);
    }
    const { files } = await index.getFiles();
    return new Map(mendChunkBounds(files).map((file: BundleFile) => [file.path, Buffer.from(file.content).toString('base64')]));
  } finally {
    await index.deleteIndex();
  }
}

for (const name of ['generated', 'subpath', 'search-xss']) {
  const site = E2E_SITES.find((candidate) => candidate.name === name);
  test(`every search bundle of the ${name} site is Pagefind's bundle of its pages`, async () => {
    test.skip(!site, `${name} site not built (E2E_SITES)`);
    test.setTimeout(120_000);
    const siteDir = path.join(projectRoot, site!.outDir);
    const { bundles } = JSON.parse(await readFile(path.join(siteDir, SEARCH_BUNDLES_FILE), 'utf8')) as SearchBundles;
    expect(bundles.length).toBeGreaterThan(0);
    try {
      for (const bundle of bundles) {
        const served = await filesUnder(path.join(siteDir, bundle.path));
        const fromPages = await indexPages(siteDir, await bundlePages(siteDir, bundle));
        expect([...fromPages.keys()].sort(), bundle.path).toEqual([...served.keys()].sort());
        for (const [file, bytes] of fromPages) expect(served.get(file), `${bundle.path}${file}`).toBe(bytes);
      }
    } finally {
      await closeSearchIndexer();
    }
  });
}
