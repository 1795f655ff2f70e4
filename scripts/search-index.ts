/**
 * Pagefind through its Node API over a built site. Throws on any Pagefind error,
 * and returns the number of pages indexed so the caller can check it against the manifest.
 *
 * The bundle's files are taken from Pagefind in memory and written here, one after another:
 * Pagefind writing them itself (one fragment file per page, from many threads into one folder)
 * made indexing a bundle of 5,000 pages take 4.9 s after adding the pages, against 2.3 s this way
 * (2.1 s for Pagefind to build the index and hand it over, 0.2 s to write its 5,000 files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
  /** Called once Pagefind has been handed the pages: from then on it works in its own process. */
  onStarted?: () => void;
  /** Told the paths (inside the bundle, `/`-separated) of the files written. */
  onWritten?: (files: readonly string[]) => void;
}

export interface BundleFile {
  /** Path inside the bundle, `/`-separated. */
  path: string;
  content: Uint8Array;
}

/** Writes a bundle's files into `outputPath`, replacing any there. */
export function writeBundle(files: readonly BundleFile[], outputPath: string): void {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..'))
      throw new Error(`Pagefind: unexpected file path ${JSON.stringify(file.path)}`);
    const target = path.join(outputPath, ...parts);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.content);
  }
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
    const adding = index.addDirectory({ path: siteDir, ...(options.glob ? { glob: options.glob } : {}) });
    options.onStarted?.();
    const added = await adding;
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
    writeBundle(bundle.files, outputPath);
    options.onWritten?.(bundle.files.map((file) => file.path));
    // addDirectory's page_count includes pages dropped for lacking data-pagefind-body;
    // the entry file counts what is searchable.
    const entryFile = bundle.files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind: no pagefind-entry.json in the bundle');
    const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    if (options.keepService) await index?.deleteIndex();
    else await pagefind.close();
  }
}
