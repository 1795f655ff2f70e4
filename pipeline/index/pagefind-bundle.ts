/**
 * Pagefind through its Node API, over documents built from the articles (the build) or over a
 * built site's pages (the search evaluation). Throws on any Pagefind error, and returns the number
 * of pages indexed so the caller can check it against the manifest.
 *
 * The bundle's files are taken from Pagefind in memory and written here, one after another:
 * Pagefind writing them itself (one fragment file per page, from many threads into one folder)
 * made indexing a bundle of 5,000 pages take 4.9 s after adding the pages, against 2.3 s this way
 * (2.1 s for Pagefind to build the index and hand it over, 0.2 s to write its 5,000 files).
 * Before they are written, the chunk bounds in the bundle's metadata are mended (./chunk-bounds.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { walkFilesSync } from '../shared/walk-files.ts';
import { mendChunkBounds } from './chunk-bounds.ts';

export interface SearchIndexOptions {
  /** The HTML files to index (relative to `siteDir`, `/`-separated); default: every HTML file. */
  pages?: readonly string[];
  /** Where to write the bundle; default `<siteDir>/pagefind/`. */
  outputPath?: string;
  /** Told the paths (inside the bundle, `/`-separated) of the files written. */
  onWritten?: (files: readonly string[]) => void;
}

export interface BundleFile {
  /** Path inside the bundle, `/`-separated. */
  path: string;
  content: Uint8Array;
}

/**
 * Writes a bundle's files into `outputPath`. A file already there with the same bytes is kept: the
 * folder may hold this bundle as an earlier build indexed it (a recycled site), and after one
 * edited article all but a few of its 5,000 fragments are the same. Any other file there is
 * replaced, and files the bundle no longer has are deleted.
 */
export function writeBundle(files: readonly BundleFile[], outputPath: string): void {
  const earlier = new Set(walkFilesSync(outputPath));
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..'))
      throw new Error(`Pagefind: unexpected file path ${JSON.stringify(file.path)}`);
    const target = path.join(outputPath, ...parts);
    if (earlier.delete(file.path)) {
      if (readFileSync(target).equals(file.content)) continue;
      unlinkSync(target);
    }
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.content);
  }
  for (const file of earlier) {
    unlinkSync(path.join(outputPath, file));
    // Folders left empty go too (an earlier plan's bundles under a plain pagefind/).
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) {
      const absolute = path.join(outputPath, folder);
      if (readdirSync(absolute).length > 0) break;
      rmdirSync(absolute);
    }
  }
}

/** Stops Pagefind's service (after `indexBundle`, which leaves it running for the next bundle). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}

/**
 * Indexes `pages` (URL paths relative to the site, `/`-separated, such as
 * `2024/09/12/slug/index.html`), whose HTML `read` gives, as one bundle written into `outputPath`;
 * returns the number of searchable pages. Pagefind numbers pages in the order it is given them,
 * and its own folder walk follows the file system's directory order, so the same site gave
 * different bundles on ext4 and on tmpfs: pages are given in sorted order, so the bundle is the
 * same on any file system.
 */
export async function indexBundle(
  pages: readonly string[],
  read: (page: string) => string,
  outputPath: string,
  onWritten?: (files: readonly BundleFile[]) => void,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'could not create an index'}`);
  try {
    // Sent without waiting for each answer: Pagefind's service reads its messages on one thread
    // and handles them one at a time in the order they arrive (pagefind/src/service/mod.rs), so
    // the pages keep their order while the next ones are encoded and decoded.
    const sorted = [...pages].sort();
    const added = await Promise.all(sorted.map((page) => index.addHTMLFile({ sourcePath: page, content: read(page) })));
    added.forEach((result, i) => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${sorted[i]}: ${result.errors.join('; ')}`);
    });
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
    const files = mendChunkBounds(bundle.files);
    writeBundle(files, outputPath);
    onWritten?.(files);
    return searchablePages(files);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * The searchable pages of a bundle, from its entry file (addDirectory's page count includes pages
 * dropped for lacking data-pagefind-body).
 */
function searchablePages(files: readonly BundleFile[]): number {
  const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind: no pagefind-entry.json in the bundle');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes the HTML pages of `siteDir` and writes the bundle (to `<siteDir>/pagefind/` by default). Returns the number of searchable pages. */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<number> {
  const outputPath = options.outputPath ?? path.join(siteDir, 'pagefind');
  const pages = options.pages ?? walkFilesSync(siteDir).filter((file) => file.endsWith('.html'));
  try {
    return await indexBundle(
      pages,
      (page) => readFileSync(path.join(siteDir, page), 'utf8'),
      outputPath,
      options.onWritten && ((files) => options.onWritten!(files.map((file) => file.path))),
    );
  } finally {
    await pagefind.close();
  }
}
