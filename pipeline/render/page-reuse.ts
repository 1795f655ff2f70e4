/**
 * Incremental rendering: a page whose cache key (src/data/page-keys.ts, the `cacheKey` of its
 * getStaticPaths entry) is the one it had in the previous build is not rendered again; its file
 * in the previous output folder is copied into the new site instead. Astro still renders every page without a key (home, indexes, feeds, sitemaps).
 * Endpoints with a key (the data export's months) are reused the same way.
 *
 * The keys cover data only. Everything else that shapes a page goes into one fingerprint: the
 * source (src/, public/, astro.config.mjs, the lockfile), the configuration, ENTITY_MIN_ARTICLES
 * and Node's ICU version (number formatting). A different fingerprint renders every page. The
 * record of keys is kept in .cache/pages/ per output folder, with the identity (inode) of the
 * folder it describes and of every page file in it (inode, size, modification time): an output
 * folder replaced by something else is never reused, and a page edited in place since its build
 * (any post-processing of dist/) is rendered again, so a rebuild always equals a clean build.
 *
 * Astro 7's experimental incremental build skips pages by the same keys but keeps a second copy
 * of every page in its cache folder and copies it back into a fresh output folder on every build.
 *
 * The site a build replaces is not deleted but kept as the spare (pipeline/publish/output-store.ts,
 * with its own record), and the next build recycles it as its staging folder: pages whose key is
 * the one they had there stay where they are, so a rebuild neither copies 20,000 unchanged pages
 * into a fresh folder nor deletes 30,000 files of the replaced site. Every other file of the spare
 * is deleted before anything is written.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { copyFiles } from '../shared/copy-files.ts';
import { walkFiles } from '../shared/walk-files.ts';
import path from 'node:path';
import { z } from 'zod';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import { sourceDigest } from '../shared/source-digest.ts';
import { writeJsonAtomic } from '../shared/write-atomic.ts';

/** Bump when the record's format changes. */
const FORMAT_VERSION = 3;
const SOURCE_FOLDERS = ['src', 'public'];
const SOURCE_FILES = ['astro.config.mjs', 'package-lock.json'];

type Record = z.infer<typeof RecordSchema>;

export interface PageReuse {
  /** For the render hook: true when the page at `pathname` need not be rendered (kept in the recycled spare, or copied from the previous site). Records every key it is given. */
  canReuse(pathname: string, cacheKey: string | undefined): boolean;
  /** After rendering: deletes the spare's pages this build does not make, and copies the reusable pages of the previous site into the staging folder. */
  copyInto(): Promise<void>;
  /**
   * The pages `copyInto` copied from the live site (site files, `a/b/index.html`), each with the
   * live file's identity (inode, size, modification time) when it was found unchanged: what the
   * deploy audit remembered of the live file holds for its copy (pipeline/shared/file-memo.ts).
   */
  copiedPages(): { file: string; source: { ino: number; size: number; mtimeMs: number } }[];
  /**
   * After the new site is in place: records its keys for the next build, and the spare's: the
   * replaced site's record (`previous`), or the new site's (`current`: the spare is a copy of it).
   */
  save(bundles: { [folder: string]: string }, spareHolds: 'previous' | 'current'): Promise<void>;
  /** The staging folder is the recycled spare: these are the keys of the search bundles in it. */
  recycledBundles?: { [folder: string]: string };
  /** Why nothing is reused, when nothing is. */
  reason?: string;
  /** Pages seen by canReuse (every page the build makes), pages reused, and of those the pages kept in the recycled spare. */
  counts(): { pages: number; reused: number; kept: number };
}

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

/**
 * The output file of a page path: `/2024/09/12/slug/` → `2024/09/12/slug/index.html`; an
 * endpoint named with an extension is its own file: `/data/2024/09.ndjson` → `data/2024/09.ndjson`.
 */
const pageFile = (pathname: string) => {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return !pathname.endsWith('/') && /\.[a-z0-9]+$/i.test(trimmed) ? trimmed : `${trimmed}/index.html`.replace(/^\//, '');
};

const RecordSchema = z.object({
  version: z.number(),
  /** renderFingerprint of the build that made the folder. */
  fingerprint: z.string(),
  /** Inode of the output folder the keys describe. */
  folder: z.number(),
  /** Page path (without the base path) → cache key. */
  pages: z.record(z.string(), z.string()),
  /** Page path → identity of its file when the record was written (`fileIdentity`). */
  files: z.record(z.string(), z.string()),
  /** Search bundle folder (`pagefind/…/`) → its key in the search-index cache. */
  bundles: z.record(z.string(), z.string()),
});

/** A record, or undefined when it is missing or damaged (then nothing is reused). */
async function readRecord(file: string): Promise<Record | undefined> {
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What tells a file changed since it was recorded: inode, size and modification time. */
function fileIdentity(file: string): string | undefined {
  try {
    const info = statSync(file);
    return info.isFile() ? `${info.ino}:${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The identities of the page files of `pages` in `dir`. */
function identitiesIn(dir: string, pages: Iterable<string>): { [pathname: string]: string } {
  const files: { [pathname: string]: string } = {};
  for (const pathname of pages) {
    const identity = fileIdentity(path.join(dir, pageFile(pathname)));
    if (identity !== undefined) files[pathname] = identity;
  }
  return files;
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
  const usableFiles = reason === undefined ? previous!.files : {};

  // A staging folder left by a build that stopped is never recycled.
  await rm(stagingDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  const spareInode = await inodeOf(spareDir);
  const recycle = spareInode !== undefined && unusable(spare, spareInode, fingerprint, env) === undefined;
  let discard: string | undefined;
  let inPlace: { [pathname: string]: string } = {};
  let inPlaceFiles: { [pathname: string]: string } = {};
  /** The spare's pages that are in the recycled folder. */
  const present = new Set<string>();
  if (recycle) {
    await rename(spareDir, stagingDir);
    inPlace = spare!.pages;
    inPlaceFiles = spare!.files;
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
        // A page changed since the spare was recorded (edited in place) is rendered again.
        if (inPlace[pathname] === cacheKey && present.has(file) && fileIdentity(path.join(stagingDir, file)) === inPlaceFiles[pathname]) {
          kept++;
          return true;
        }
        // The spare's older version goes before anything takes its place.
        unlinkAndPrune(stagingDir, file);
      }
      if (usable[pathname] !== cacheKey || fileIdentity(path.join(outputDir, file)) !== usableFiles[pathname]) return false;
      linked.push(pathname);
      return true;
    },
    copiedPages() {
      return linked.map((pathname) => {
        const [ino, size, mtimeMs] = usableFiles[pathname]!.split(':').map(Number) as [number, number, number];
        return { file: pageFile(pathname), source: { ino, size, mtimeMs } };
      });
    },
    async copyInto() {
      for (const pathname of Object.keys(inPlace)) if (!Object.hasOwn(keys, pathname)) unlinkAndPrune(stagingDir, pageFile(pathname));
      copyFiles(outputDir, stagingDir, linked.map(pageFile));
    },
    async save(bundles, spareHolds) {
      const record = (dir: string): Promise<Record> =>
        stat(dir).then((info) => ({
          version: FORMAT_VERSION,
          fingerprint,
          folder: info.ino,
          pages: keys,
          files: identitiesIn(dir, Object.keys(keys)),
          bundles,
        }));
      if (spareHolds === 'current') await writeRecord(spareRecordFile, await record(spareDir));
      // The replaced site, now the spare, takes the live site's record when it had a usable one.
      else if (reason === undefined) await rename(recordFile, spareRecordFile);
      else await rm(spareRecordFile, { force: true });
      await writeRecord(recordFile, await record(outputDir));
    },
  };
}
