/**
 * The search bundles of real built sites are what Pagefind makes from the sites' own pages: the
 * build indexes search copies (src/lib/search/indexed-page.ts), or links bundles from its cache, and
 * either must give the same files, byte for byte. No browser: Pagefind runs over each bundle's
 * pages in the served site and its output is compared with the bundle the site serves.
 */
import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleGlob, SEARCH_BUNDLES_FILE, type SearchBundles } from '../../src/lib/search/search-bundles.ts';
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

/** Pagefind's bundle for the pages matching `glob` in `siteDir`, in memory. */
async function indexPages(siteDir: string, glob: string): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  try {
    await index.addDirectory({ path: siteDir, glob });
    const { files } = await index.getFiles();
    return new Map(files.map((file: BundleFile) => [file.path, Buffer.from(file.content).toString('base64')]));
  } finally {
    await index.deleteIndex();
  }
}

for (const name of ['generated', 'subpath']) {
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
        const fromPages = await indexPages(siteDir, bundleGlob(bundle));
        expect([...fromPages.keys()].sort(), bundle.path).toEqual([...served.keys()].sort());
        for (const [file, bytes] of fromPages) expect(served.get(file), `${bundle.path}${file}`).toBe(bytes);
      }
    } finally {
      await closeSearchIndexer();
    }
  });
}
