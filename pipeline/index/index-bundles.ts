/**
 * The index stage: groups the article pages into search bundles by date, at most
 * SEARCH_BUNDLE_PAGES pages each (src/lib/search/search-bundles.ts), indexes each bundle as its own Pagefind index
 * (pipeline/index/pagefind-bundle.ts; two at a time in one Pagefind service, each deleted once written),
 * so memory is bounded by two bundles rather than the archive, and writes search-bundles.json
 * for the search page. Pagefind is given each article's document built from the article's data
 * (src/lib/search/indexed-document.ts), not its rendered page, so indexing needs no page and runs
 * while Astro renders.
 *
 * A bundle whose documents come from the same article data, code and configuration as in an
 * earlier build is written from its pack in .cache/search-index/ instead of indexed again (into a
 * recycled site, only its files whose bytes differ). What Pagefind reads
 * of an article (its body, title, date and filters) comes from the article alone, not from related
 * articles or listings, so the key leaves those out (the build's `indexedData`); Pagefind's output
 * depends only on its input, so the copy is what indexing would write. tests/e2e/rebuild.spec.ts
 * checks it byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import path from 'node:path';
import { planBundles, SEARCH_BUNDLES_FILE, type SearchBundle, type SearchBundles } from '../../src/lib/search/search-bundles.ts';
import { startProgress } from '../shared/progress.ts';
import { closeSearchIndexer, indexBundle, writeBundle, type BundleFile } from './pagefind-bundle.ts';

/** Bundles indexed at the same time. */
const BUNDLES_AT_ONCE = 2;
/** Cached bundles kept (most recently used first); each is a few MB per thousand pages. */
const MAX_CACHED_BUNDLES = 32;

export interface IndexBundlesOptions {
  projectRoot: string;
  /** Most pages per bundle (SEARCH_BUNDLE_PAGES). */
  maxPages: number;
  /** Name every bundle by its years, even a single one (partitioned builds). */
  named: boolean;
  /** Digest of the source and configuration that render pages (pipeline/render/page-reuse.ts). */
  fingerprint: string;
  /** Digest of what the page (`YYYY/MM/DD/slug/index.html`) gives Pagefind, from the article's data. */
  indexedData: (page: string) => string;
  /** The HTML Pagefind indexes for the article page (`YYYY/MM/DD/slug/index.html`). */
  document: (page: string) => string;
  /** When the article of the page was published, in milliseconds: orders the parts of a day too large for one bundle. */
  publishedAt: (page: string) => number;
  /** Told the pages of each bundle once nothing more is asked of them (indexed, or taken from the cache), so their data can be freed. */
  release?: (pages: readonly string[]) => void;
  /**
   * The site folder is a recycled earlier site (pipeline/render/page-reuse.ts) holding these
   * bundles (folder → cache key): a bundle with this build's key stays, every other file under
   * pagefind/ is deleted first.
   */
  inPlace?: { [folder: string]: string };
}

export interface IndexBundlesResult {
  /** Searchable pages over all bundles. */
  indexed: number;
  bundles: SearchBundle[];
  /** Bundles copied from the cache (or kept in place) rather than indexed. */
  reused: number;
  /** Bundle folder → its key in the search-index cache, for the next build's `inPlace`. */
  keys: { [folder: string]: string };
}

/**
 * Hash of everything a bundle's content depends on: Pagefind, its options, the code and
 * configuration that render pages (`options.fingerprint`) and every page's path and indexed data.
 */
async function bundleKey(pages: readonly string[], bundlePath: string, options: IndexBundlesOptions): Promise<string> {
  const hash = createHash('sha256');
  const pagefindPackage = await readFile(path.join(options.projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8');
  hash.update(`${(JSON.parse(pagefindPackage) as { version: string }).version}\n${bundlePath}\n${options.fingerprint}\n`);
  // The code that turns Pagefind's output into the bundle's files.
  for (const file of ['pagefind-bundle.ts', 'chunk-bounds.ts'])
    hash.update(await readFile(path.join(options.projectRoot, 'pipeline', 'index', file)));
  for (const page of pages) hash.update(`${page}\0${options.indexedData(page)}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** Bump when the layout of a cache entry changes: entries of another version are misses. */
const PACK_VERSION = 1;

const PackHeaderSchema = z.object({
  version: z.literal(PACK_VERSION),
  /** Searchable pages of the bundle. */
  count: z.number().int().nonnegative(),
  /** The bundle's files in the order their bytes follow the header: path (`/`-separated), length, SHA-256. */
  files: z.array(z.tuple([z.string(), z.number().int().nonnegative(), z.string()])),
});

/** A bundle from the cache: its searchable pages and its files. */
interface CachedBundle {
  count: number;
  files: BundleFile[];
}

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/**
 * The cached bundle in the pack `file`, or undefined when there is none or it is damaged (an
 * unreadable or malformed header, a file cut short or changed): a damaged entry is a miss,
 * indexed again and replaced. A pack is one file, a line of JSON (PackHeaderSchema) then the
 * bundle's files back to back: one file to write and read instead of one per page of the bundle.
 */
function readCachedBundle(file: string): CachedBundle | undefined {
  try {
    const pack = readFileSync(file);
    const newline = pack.indexOf(10);
    if (newline < 0) return undefined;
    const header = PackHeaderSchema.safeParse(JSON.parse(pack.subarray(0, newline).toString('utf8')));
    if (!header.success) return undefined;
    const files: BundleFile[] = [];
    let offset = newline + 1;
    for (const [filePath, length, digest] of header.data.files) {
      const content = pack.subarray(offset, offset + length);
      if (content.length !== length || digestOf(content) !== digest) return undefined;
      files.push({ path: filePath, content });
      offset += length;
    }
    return offset === pack.length ? { count: header.data.count, files } : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a bundle just indexed as the pack `file`: written under a temporary name and renamed, so a half-written pack is never read. */
function storeBundle(file: string, files: readonly BundleFile[], count: number): void {
  const header = { version: PACK_VERSION, count, files: files.map((entry) => [entry.path, entry.content.length, digestOf(entry.content)]) };
  const temporary = `${file}.${process.pid}.tmp`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...files.map((entry) => entry.content)]));
  renameSync(temporary, file);
}

/** Keeps the most recently used cached bundles, deletes the rest. */
async function pruneCache(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  if (names.length <= MAX_CACHED_BUNDLES) return;
  const dated = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await stat(path.join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  for (const { name } of dated.slice(MAX_CACHED_BUNDLES)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
}

/** A bundle of this build: its pages, where it goes, and its entry in the search-index cache. */
interface PlannedBundle {
  bundle: SearchBundle;
  /** Site files (`YYYY/MM/DD/slug/index.html`), sorted. */
  pages: string[];
  outputPath: string;
  /** Its pack in the search-index cache (`<key>.pack`). */
  cached: string;
  /** The cached bundle; undefined when the cache has no sound bundle with this key. */
  entry: CachedBundle | undefined;
}

/**
 * The pages of each bundle of a plan, oldest first: a bundle takes the pages of its days, and the
 * parts of a day too large for one bundle take its pages in publication order (then by path).
 */
function pagesOfBundles(
  bundles: readonly SearchBundle[],
  pagesByDay: ReadonlyMap<string, string[]>,
  publishedAt: (page: string) => number,
) {
  const days = [...pagesByDay.keys()].sort();
  const ordered = new Map<string, string[]>();
  const inTimeOrder = (day: string) => {
    let pages = ordered.get(day);
    if (!pages) {
      pages = [...pagesByDay.get(day)!].sort((a, b) => publishedAt(a) - publishedAt(b) || (a < b ? -1 : a > b ? 1 : 0));
      ordered.set(day, pages);
    }
    return pages;
  };
  const taken = new Map<string, number>();
  return [...bundles]
    .reverse()
    .map((bundle) => {
      if (bundle.part !== undefined) {
        const start = taken.get(bundle.firstDay) ?? 0;
        taken.set(bundle.firstDay, start + bundle.pages);
        return inTimeOrder(bundle.firstDay)
          .slice(start, start + bundle.pages)
          .sort();
      }
      return days
        .filter((day) => day >= bundle.firstDay && day <= bundle.lastDay)
        .flatMap((day) => pagesByDay.get(day)!)
        .sort();
    })
    .reverse();
}

/** The bundles of the article pages at `permalinks`, each with its entry in the search-index cache. */
async function planIndex(siteDir: string, permalinks: readonly string[], options: IndexBundlesOptions): Promise<PlannedBundle[]> {
  const pagesByDay = new Map<string, string[]>();
  for (const permalink of permalinks) {
    // `/YYYY/MM/DD/slug/`: the day in the archive's time zone.
    const day = permalink.slice(1, 11).replaceAll('/', '-');
    const list = pagesByDay.get(day) ?? [];
    list.push(`${permalink.slice(1)}index.html`);
    pagesByDay.set(day, list);
  }
  const counts = new Map([...pagesByDay].map(([day, pages]) => [day, pages.length]));
  const cacheDir = path.join(options.projectRoot, '.cache', 'search-index');
  const bundles = planBundles(counts, options.maxPages, options.named);
  const pagesOf = pagesOfBundles(bundles, pagesByDay, options.publishedAt);
  return Promise.all(
    bundles.map(async (bundle, i): Promise<PlannedBundle> => {
      const pages = pagesOf[i]!;
      const cached = path.join(cacheDir, `${await bundleKey(pages, bundle.path, options)}.pack`);
      return { bundle, pages, outputPath: path.join(siteDir, bundle.path), cached, entry: readCachedBundle(cached) };
    }),
  );
}

/**
 * Indexes the article pages at `permalinks` (site-relative, `/YYYY/MM/DD/slug/`) of the site
 * in `siteDir`, bundle by bundle, and writes `<siteDir>/search-bundles.json`. The pages need not
 * exist yet: Pagefind reads `options.document`, and only `pagefind/` and the bundle list are written.
 */
export async function indexBundles(
  siteDir: string,
  permalinks: readonly string[],
  options: IndexBundlesOptions,
): Promise<IndexBundlesResult> {
  const planned = await planIndex(siteDir, permalinks, options);
  const bundles = planned.map((plan) => plan.bundle);
  const cacheDir = path.join(options.projectRoot, '.cache', 'search-index');
  const progress = startProgress('index', { total: permalinks.length, unit: 'pages' });
  let indexed = 0;
  let reused = 0;
  if (options.inPlace) {
    // Bundles are `pagefind/` itself (a single unnamed bundle) or `pagefind/<years>/`. The folder
    // of every bundle of this plan stays, whether it is indexed again or comes from the cache:
    // writeBundle keeps the files whose bytes are unchanged and deletes the rest.
    const kept = new Set(planned.map((plan) => plan.bundle.path));
    if (!kept.has('pagefind/')) {
      for (const entry of await readdir(path.join(siteDir, 'pagefind'), { withFileTypes: true }).catch(() => []))
        if (!(entry.isDirectory() && kept.has(`pagefind/${entry.name}/`)))
          await rm(path.join(siteDir, 'pagefind', entry.name), { recursive: true, force: true });
    }
  }
  const fresh = planned.filter((plan) => plan.entry === undefined);
  for (const plan of planned) if (plan.entry !== undefined) options.release?.(plan.pages);
  // Pagefind is given the bundles to index first; cached bundles are written while it works.
  // Two bundles at a time, in one Pagefind service: the service handles one message at a time, so
  // this gains only the overlap of one bundle's writing with the other's indexing; each bundle's
  // index is deleted (its memory freed) as soon as it is written.
  let next = 0;
  const indexing = Promise.all(
    Array.from({ length: Math.min(BUNDLES_AT_ONCE, fresh.length) }, async () => {
      while (next < fresh.length) {
        const { pages, outputPath, cached } = fresh[next++]!;
        let written: readonly BundleFile[] = [];
        const count = await indexBundle(pages, options.document, outputPath, (files) => (written = files));
        options.release?.(pages);
        storeBundle(cached, written, count);
        indexed += count;
        progress.tick(pages.length);
      }
    }),
  );
  try {
    for (const { pages, outputPath, cached, entry } of planned) {
      if (entry === undefined) continue;
      // Into a recycled site's folder, only the files that differ are written.
      writeBundle(entry.files, outputPath);
      // Marks the entry as recently used for pruning: real time, not the build's (reproducible) "now".
      // eslint-disable-next-line no-restricted-syntax
      const now = Date.now() / 1000;
      await utimes(cached, now, now);
      indexed += entry.count;
      reused++;
      progress.tick(pages.length);
      entry.files = []; // its bytes are on disk now: freed
    }
    await indexing;
  } finally {
    // Settled first, so a failed write does not close the service under a running index.
    await indexing.catch(() => undefined);
    await closeSearchIndexer();
  }
  progress.done();
  console.log(
    `Search index: ${bundles.length} bundle(s), ${reused} copied from the cache, ${bundles.length - reused} indexed (SEARCH_BUNDLE_PAGES=${options.maxPages}).`,
  );
  const list: SearchBundles = { version: 2, bundles };
  // Indexing runs while Astro renders: the site folder may not exist yet.
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(siteDir, SEARCH_BUNDLES_FILE), `${JSON.stringify(list, null, 1)}\n`);
  await pruneCache(cacheDir);
  const keys = Object.fromEntries(planned.map((plan) => [plan.bundle.path, path.basename(plan.cached)]));
  return { indexed, bundles, reused, keys };
}
