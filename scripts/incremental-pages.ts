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
 *
 * The site a build replaces is not deleted but kept beside the output folder as the spare
 * (`.<out>.previous`, with its own record), and the next build recycles it as its staging folder:
 * pages whose key is the one they had there stay where they are, so a rebuild neither links 20,000
 * unchanged pages into a fresh folder (1 to 5 s on this machine's disk, depending on how recently
 * files were deleted) nor deletes 30,000 files of the replaced site. Every other file of the spare
 * is deleted before anything is written: a file is never written in place, since a page kept by a
 * hard link shares its bytes with the live site and the caches.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { linkFiles } from './link-files.ts';
import { walkFiles } from './walk-files.ts';
import path from 'node:path';
import type { ArchiveConfig } from '../src/lib/config.ts';
import { sourceDigest } from './source-digest.ts';
import { writeJsonAtomic } from './write-atomic.ts';

/** Bump when the record's format changes. */
const FORMAT_VERSION = 2;
const SOURCE_FOLDERS = ['src', 'public'];
const SOURCE_FILES = ['astro.config.mjs', 'package-lock.json'];

interface Record {
  version: number;
  fingerprint: string;
  /** Inode of the output folder the keys describe. */
  folder: number;
  /** Page path (without the base path) → cache key. */
  pages: { [pathname: string]: string };
  /** Search bundle folder (`pagefind/…/`) → its key in the search-index cache. */
  bundles: { [folder: string]: string };
}

export interface PageReuse {
  /** For the render hook: true when the page at `pathname` need not be rendered (kept in the recycled spare, or linked from the previous site). Records every key it is given. */
  canReuse(pathname: string, cacheKey: string | undefined): boolean;
  /** After rendering: deletes the spare's pages this build does not make, and links the reusable pages of the previous site into the staging folder. */
  linkInto(): Promise<void>;
  /** After the new site is in place: records its keys for the next build, and the replaced site's as the spare's. */
  save(bundles: { [folder: string]: string }): Promise<void>;
  /** The staging folder is the recycled spare: these are the keys of the search bundles in it. */
  recycledBundles?: { [folder: string]: string };
  /** Why nothing is reused, when nothing is. */
  reason?: string;
  /** Pages seen by canReuse (every page the build makes), pages reused, and of those the pages kept in the recycled spare. */
  counts(): { pages: number; reused: number; kept: number };
}

/** Where the build keeps the site it replaced, beside the output folder: `dist` → `.dist.previous`. */
export const spareFolderOf = (outputDir: string) => path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.previous`);

export interface SiteFolders {
  /** The live site, which the build replaces. */
  outputDir: string;
  /** Where the new site is built; made here, empty or recycled. */
  stagingDir: string;
  /** The site before the live one, kept by the last build (see above). */
  spareDir: string;
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

async function readRecord(file: string): Promise<Record | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record;
  } catch {
    return undefined;
  }
}

const writeRecord = (file: string, record: Record): Promise<void> => writeJsonAtomic(file, record);

const inodeOf = (dir: string) =>
  stat(dir).then(
    (info) => info.ino,
    () => undefined,
  );

/** Why a record cannot be used for the folder with inode `folder`, or undefined when it can. */
function unusable(record: Record | undefined, folder: number | undefined, fingerprint: string, env: NodeJS.ProcessEnv): string | undefined {
  if (!record) return 'no previous build';
  if (env.PAGE_REUSE === '0') return 'PAGE_REUSE=0';
  if (record.version !== FORMAT_VERSION) return 'record format changed';
  if (record.fingerprint !== fingerprint) return 'source or configuration changed';
  if (record.folder !== folder) return 'output folder replaced since the last build';
  return undefined;
}

/** Deletes a file and then its folders up to `root` while they are empty. */
function unlinkAndPrune(root: string, file: string): void {
  try {
    unlinkSync(path.join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) {
    const absolute = path.join(root, folder);
    if (readdirSync(absolute).length > 0) break;
    rmdirSync(absolute);
  }
}

/**
 * Opens the records of the previous builds and prepares the staging folder: the spare, recycled
 * when its record matches this build's `fingerprint` (renderFingerprint), else a fresh folder
 * (the spare is then returned as `discard` for the caller to delete). `recordFile` is the live
 * site's record; the spare's is beside it. PAGE_REUSE=0 turns reuse off.
 */
export async function openPageReuse(
  folders: SiteFolders,
  recordFile: string,
  fingerprint: string,
  env: NodeJS.ProcessEnv,
  /** The spare's files (`walkFiles`), listed earlier; by default it is listed here. */
  spareListing?: Promise<string[]>,
): Promise<PageReuse & { discard?: string }> {
  const { outputDir, stagingDir, spareDir } = folders;
  const spareRecordFile = recordFile.replace(/\.json$/, '.spare.json');
  const [previous, spare] = await Promise.all([readRecord(recordFile), readRecord(spareRecordFile)]);
  const reason = unusable(previous, await inodeOf(outputDir), fingerprint, env);
  const usable = reason === undefined ? previous!.pages : {};

  // A staging folder left by a build that stopped is never recycled.
  await rm(stagingDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  const spareInode = await inodeOf(spareDir);
  const recycle = spareInode !== undefined && unusable(spare, spareInode, fingerprint, env) === undefined;
  let discard: string | undefined;
  let inPlace: { [pathname: string]: string } = {};
  /** The spare's pages that are in the recycled folder. */
  const present = new Set<string>();
  if (recycle) {
    await rename(spareDir, stagingDir);
    inPlace = spare!.pages;
    // Everything but its pages and search bundles is made again by this build: deleted first.
    const pages = new Set(Object.keys(inPlace).map(pageFile));
    for (const file of (await spareListing?.catch(() => undefined)) ?? (await walkFiles(stagingDir))) {
      if (pages.has(file)) present.add(file);
      else if (!file.startsWith('pagefind/')) unlinkAndPrune(stagingDir, file);
    }
  } else if (spareInode !== undefined) {
    discard = spareDir;
  }

  const keys: { [pathname: string]: string } = {};
  const linked: string[] = [];
  let kept = 0;
  let pages = 0;
  const exists = (file: string) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  return {
    reason,
    ...(discard ? { discard } : {}),
    ...(recycle ? { recycledBundles: spare!.bundles } : {}),
    counts: () => ({ pages, reused: kept + linked.length, kept }),
    // Synchronous file system calls: the hook filters the pages synchronously.
    canReuse(pathname, cacheKey) {
      pages++;
      if (cacheKey === undefined) return false;
      keys[pathname] = cacheKey;
      const file = pageFile(pathname);
      if (recycle) {
        if (inPlace[pathname] === cacheKey && present.has(file)) {
          kept++;
          return true;
        }
        // The spare's older version goes before anything takes its place.
        unlinkAndPrune(stagingDir, file);
      }
      if (usable[pathname] !== cacheKey || !exists(path.join(outputDir, file))) return false;
      linked.push(pathname);
      return true;
    },
    async linkInto() {
      for (const pathname of Object.keys(inPlace)) if (!Object.hasOwn(keys, pathname)) unlinkAndPrune(stagingDir, pageFile(pathname));
      linkFiles(outputDir, stagingDir, linked.map(pageFile));
    },
    async save(bundles) {
      // The replaced site, now the spare, takes the live site's record when it had a usable one.
      if (reason === undefined) await rename(recordFile, spareRecordFile);
      else await rm(spareRecordFile, { force: true });
      const folder = (await stat(outputDir)).ino;
      await writeRecord(recordFile, { version: FORMAT_VERSION, fingerprint, folder, pages: keys, bundles });
    },
  };
}
