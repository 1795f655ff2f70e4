/**
 * Pagefind through its Node API over a built site. Throws on any Pagefind error,
 * and returns the number of pages indexed so the caller can check it against the manifest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexOptions {
  /** Only the HTML files matching this glob (relative to `siteDir`); default: every HTML file. */
  glob?: string;
  /** Where to write the bundle; default `<siteDir>/pagefind/`. */
  outputPath?: string;
  /**
   * Leave Pagefind's service running for other indexes (the caller closes it with
   * `closeSearchIndexer`); the index itself is always deleted, which frees its memory.
   */
  keepService?: boolean;
}

/** Stops Pagefind's service (after indexing with `keepService`). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}

/** Indexes `siteDir` and writes the bundle (to `<siteDir>/pagefind/` by default). Returns the number of searchable pages. */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<number> {
  const outputPath = options.outputPath ?? path.join(siteDir, 'pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'could not create an index'}`);
    const added = await index.addDirectory({ path: siteDir, ...(options.glob ? { glob: options.glob } : {}) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // addDirectory's page_count includes pages dropped for lacking data-pagefind-body;
    // the entry file counts what is searchable.
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    if (options.keepService) await index?.deleteIndex();
    else await pagefind.close();
  }
}
