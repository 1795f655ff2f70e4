/**
 * Incremental rendering: a page whose cache key (src/data/page-keys.ts, the `cacheKey` of its
 * getStaticPaths entry) is the one it had in the previous build is not rendered again; its file
 * in the previous output folder is hard-linked into the new site instead (a copy where links are
 * not possible). Astro still renders every page without a key (home, indexes, feeds, sitemaps).
 *
 * The keys cover data only. Everything else that shapes a page goes into one fingerprint: the
 * source (src/, public/, astro.config.mjs, the lockfile), the configuration, ENTITY_MIN_ARTICLES
 * and Node's ICU version (number formatting). A different fingerprint renders every page. The
 * record of keys is kept in .cache/pages/ per output folder, with the identity (inode) of the
 * folder it describes: an output folder replaced by something else is never reused.
 *
 * Astro 7's experimental incremental build skips pages by the same keys but keeps a second copy
 * of every page in its cache folder and copies it back into a fresh output folder; hard links
 * from the previous site cost neither (docs/scale-partitions.md has the figures).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { linkFiles } from './link-files.ts';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveConfig } from '../src/lib/config.ts';
import { sourceDigest } from './source-digest.ts';

/** Bump when the record's format changes. */
const FORMAT_VERSION = 1;
const SOURCE_FOLDERS = ['src', 'public'];
const SOURCE_FILES = ['astro.config.mjs', 'package-lock.json'];

interface Record {
  version: number;
  fingerprint: string;
  /** Inode of the output folder the keys describe. */
  folder: number;
  /** Page path (without the base path) → cache key. */
  pages: { [pathname: string]: string };
}

export interface PageReuse {
  /** For the render hook: true when the page at `pathname` can be linked from the previous site. Records every key it is given. */
  canReuse(pathname: string, cacheKey: string | undefined): boolean;
  /** Links (or copies) every reusable page from the previous site into `siteDir`; returns how many. */
  linkInto(siteDir: string): Promise<number>;
  /** After the new site is in place: records its keys for the next build. */
  save(): Promise<void>;
  /** Why nothing is reused, when nothing is. */
  reason?: string;
  /** Pages seen by canReuse (every page the build makes) and pages reused. */
  counts(): { pages: number; reused: number };
}

/** Hash of the source, configuration and runtime that shape every page. */
export async function renderFingerprint(projectRoot: string, config: ArchiveConfig, env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ config, entityMin: env.ENTITY_MIN_ARTICLES ?? '', icu: process.versions.icu, format: FORMAT_VERSION }));
  hash.update(await sourceDigest(projectRoot, { folders: SOURCE_FOLDERS, files: SOURCE_FILES }));
  return hash.digest('hex').slice(0, 32);
}

/** The output file of a page path: `/2024/09/12/slug/` → `2024/09/12/slug/index.html`. */
const pageFile = (pathname: string) => `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '');

/**
 * Opens the record of the previous build into `outputDir`. `recordFile` is where the record
 * lives; `fingerprint` is this build's renderFingerprint. PAGE_REUSE=0 turns reuse off.
 */
export async function openPageReuse(
  outputDir: string,
  recordFile: string,
  fingerprint: string,
  env: NodeJS.ProcessEnv,
): Promise<PageReuse> {
  let previous: Record | undefined;
  let reason: string | undefined;
  try {
    previous = JSON.parse(await readFile(recordFile, 'utf8')) as Record;
  } catch {
    reason = 'no previous build';
  }
  const folder = await stat(outputDir).then(
    (info) => info.ino,
    () => undefined,
  );
  if (previous && env.PAGE_REUSE === '0') reason = 'PAGE_REUSE=0';
  else if (previous && previous.version !== FORMAT_VERSION) reason = 'record format changed';
  else if (previous && previous.fingerprint !== fingerprint) reason = 'source or configuration changed';
  else if (previous && previous.folder !== folder) reason = 'output folder replaced since the last build';
  const usable = reason === undefined ? previous!.pages : {};
  const keys: { [pathname: string]: string } = {};
  const reused: string[] = [];
  let pages = 0;
  return {
    reason,
    counts: () => ({ pages, reused: reused.length }),
    canReuse(pathname, cacheKey) {
      pages++;
      if (cacheKey === undefined) return false;
      keys[pathname] = cacheKey;
      if (usable[pathname] !== cacheKey) return false;
      // The previous file must still be there (statSync: the hook filters synchronously).
      try {
        if (!statSync(path.join(outputDir, pageFile(pathname))).isFile()) return false;
      } catch {
        return false;
      }
      reused.push(pathname);
      return true;
    },
    async linkInto(siteDir) {
      linkFiles(outputDir, siteDir, reused.map(pageFile));
      return reused.length;
    },
    async save() {
      const info = await stat(outputDir);
      const record: Record = { version: FORMAT_VERSION, fingerprint, folder: info.ino, pages: keys };
      await mkdir(path.dirname(recordFile), { recursive: true });
      const temporary = `${recordFile}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(record));
      await rename(temporary, recordFile);
    },
  };
}
