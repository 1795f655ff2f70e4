/**
 * Pagefind through its Node API over a built site. Throws on any Pagefind error,
 * and returns the number of pages indexed so the caller can check it against the manifest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes `siteDir` and writes the bundle to `<siteDir>/pagefind/`. Returns the number of searchable pages. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'could not create an index'}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // addDirectory's page_count includes pages dropped for lacking data-pagefind-body;
    // the entry file counts what is searchable.
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
