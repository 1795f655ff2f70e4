/**
 * Ingest: walk the seeds folder (sorted, lstat-based, symlinks refused), read every seed with
 * bounded concurrency and a size limit checked before reading, parse and build validated
 * Articles, detect collisions (file names, ids, URLs), and account for every entry walked in a
 * manifest. Collects every problem; deciding what they mean for the build is ingest-report.ts's job.
 */
import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/lib/article-schema.ts';
import { articleBody, buildArticle, compareNewestFirst } from '../../src/lib/seed/build-article.ts';
import { linkArticles, normalisePeople } from '../../src/lib/enrichment/archive-pass.ts';
import { openEnrichmentCache } from './enrichment-cache.ts';
import { openIngestCache, type SeedIdentity } from './ingest-cache.ts';
import { openStoryCache } from './story-cache.ts';
import { assignStories } from '../../src/lib/stories/story-pass.ts';
import { startProgress } from '../shared/progress.ts';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import type { ManifestEntry } from '../../src/lib/report/manifest.ts';
import { quoteForMessage, type Problem } from '../../src/lib/report/problems.ts';
import { decodeSeed, parseSeed, TEXT_SEED_NAME } from '../../src/lib/seed/seed-parser.ts';
import { withBase } from '../../src/lib/archive/urls.ts';
import { buildNow } from '../shared/build-now.ts';

export type { ManifestEntry } from '../../src/lib/report/manifest.ts';

export interface IngestResult {
  /** Published articles, newest first (ties by id). */
  articles: Article[];
  /** Every problem found, in walk order. */
  problems: Problem[];
  /** One entry per entry walked, sorted by path. */
  manifest: ManifestEntry[];
  /** How many entries the walk met (files, symlinks, special files, hidden folders): the invariant's left side. */
  walked: number;
}

export interface IngestOptions {
  /** "Now" for the future-date check; defaults to SOURCE_DATE_EPOCH, else the clock. */
  nowMs?: number;
  /**
   * Leave every article's `related` empty, for the caller to fill (linkArticles' second half):
   * the build finds related articles on a worker thread while Astro bundles the site.
   */
  relatedLater?: boolean;
  /**
   * Start a tagger worker before the seeds are walked (it takes about 0.5 s to load): a rebuild
   * with one changed article then does not wait for it, and one with none spends it on another
   * core. The build asks for it; checks and tests, which often change nothing, do not.
   */
  prestartTagger?: boolean;
}

/** Seeds in flight at once (read, parsed, waiting for the tagger): enough to keep its workers busy, few enough to bound memory. */
const READ_CONCURRENCY = 16;

interface SeedFile {
  rel: string;
  abs: string;
  size: number;
  /** The walk's lstat of the file: unchanged means the ingest cache can skip reading it. */
  identity: SeedIdentity;
  /** Its permission bits, from the same lstat. */
  mode: number;
}

/** Why a file is not a seed at all, or undefined when it is one. */
function ignoreReason(name: string): string | undefined {
  if (name.startsWith('.')) return 'hidden file';
  if (name.endsWith('~') || /^#.*#$/.test(name) || /\.(?:bak|orig|rej|swp|swo|swx|tmp)$/i.test(name))
    return 'editor backup or temporary file';
  if (!/\.(?:txt|md)$/i.test(name)) return 'not a seed (.txt or .md)';
  return undefined;
}

/**
 * The id a file name gives: the hex of `NNN_<16 hex>.txt` (lower-cased); for any other name, the
 * first 16 hex digits of the SHA-256 of its stem (NFC, lower-cased), so every id is ASCII, ids
 * never share a prefix by accident (the slug's suffix is the id's first 8 digits), and non-ASCII
 * names need no percent-encoding. Only the stem counts: moving a file between folders, changing
 * the letter case of its name, or turning `.txt` into `.md` keeps its id, and so its URL.
 * Front matter's `id` overrides it.
 * @example idFromName('000_6F6E37195CD625DA.TXT') // '6f6e37195cd625da'
 */
export function idFromName(name: string): string {
  const match = TEXT_SEED_NAME.exec(name);
  if (match) return match[2]!.toLowerCase();
  const stem = name
    .replace(/\.[^.]+$/, '')
    .normalize('NFC')
    .toLowerCase();
  return createHash('sha256').update(stem).digest('hex').slice(0, 16);
}

const relative = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join('/');

/** Maps `task` over `items` with at most `limit` in flight, keeping input order in the results. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Walks `root`, sorted by name in code-unit order (identical on every file system and locale), never following a link. */
async function walk(root: string, files: SeedFile[], manifest: ManifestEntry[], problems: Problem[]): Promise<number> {
  let walked = 0;
  const visit = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (error) {
      const rel = relative(root, dir) || '.';
      problems.push({
        file: rel,
        line: 0,
        col: 0,
        code: 'READ_ERROR',
        severity: 'A',
        message: `folder cannot be listed (${(error as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    // Synchronous: metadata comes from the kernel's caches, and 10,000 lstat calls took 0.06 s in
    // a loop against about 1 s as promises through the thread pool.
    const stats = names.map((name) => {
      try {
        return lstatSync(path.join(dir, name));
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    });
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const abs = path.join(dir, name);
      const rel = relative(root, abs);
      const info = stats[i]!;
      if ('isFile' in info && info.isDirectory() && !name.startsWith('.')) {
        await visit(abs); // A folder is not an entry of its own; its contents are.
        continue;
      }
      walked++;
      if (!('isFile' in info)) {
        problems.push({ file: rel, line: 0, col: 0, code: 'READ_ERROR', severity: 'A', message: `cannot be examined (${info.code})` });
        manifest.push({ file: rel, status: 'skipped:READ_ERROR' });
      } else if (info.isSymbolicLink()) {
        await refuseSymlink(abs, rel, manifest, problems);
      } else if (info.isDirectory()) {
        manifest.push({ file: `${rel}/`, status: 'ignored:hidden folder' });
      } else if (info.isFile()) {
        const { dev, ino, size, mtimeMs, ctimeMs, mode } = info;
        files.push({ rel, abs, size, mode, identity: { dev, ino, size, mtimeMs, ctimeMs } });
      } else {
        manifest.push({ file: rel, status: 'ignored:not a regular file' });
      }
    }
  };
  await visit(root);
  return walked;
}

/** Symbolic links are never followed, wherever they point (outside, in a loop, nowhere): class A. */
async function refuseSymlink(abs: string, rel: string, manifest: ManifestEntry[], problems: Problem[]): Promise<void> {
  const target = await readlink(abs).catch(() => '?');
  problems.push({
    file: rel,
    line: 0,
    col: 0,
    code: 'SYMLINK',
    severity: 'A',
    message: `symbolic link to ${quoteForMessage(target, 80)} refused; seeds are read only from regular files inside the seeds folder`,
  });
  manifest.push({ file: rel, status: 'skipped:SYMLINK' });
}

const cannotBeRead = (code: string | undefined): Omit<Problem, 'file'> => ({
  line: 0,
  col: 0,
  code: 'READ_ERROR',
  severity: 'B',
  message: `cannot be read (${code}); make it readable, or move it out of the seeds folder`,
});

/**
 * Whether a seed could be read now, for a cache hit that does not read it: a seed nobody may read
 * (no read bit at all) is refused even when the build runs as root, so the archive does not depend
 * on who builds it.
 */
function unreadable(file: SeedFile): Omit<Problem, 'file'> | undefined {
  if ((file.mode & 0o444) === 0) return cannotBeRead('EACCES');
  try {
    accessSync(file.abs, constants.R_OK);
    return undefined;
  } catch (error) {
    return cannotBeRead((error as NodeJS.ErrnoException).code);
  }
}

/** Times a seed is read again when it changed while being read, before it is skipped. */
const READ_ATTEMPTS = 3;

/**
 * Reads a file without following a link swapped in since the walk (O_NOFOLLOW) and without
 * blocking on a FIFO (O_NONBLOCK); refuses anything that is no longer a regular file within the
 * limit. The file's size and modification time are checked again after reading: a file that
 * changed meanwhile (a writer still appending) is read again, and skipped if it keeps changing,
 * so a torn seed is never published.
 */
export function readSeed(file: Pick<SeedFile, 'abs' | 'mode'>, maxBytes: number): { bytes?: Uint8Array; problem?: Omit<Problem, 'file'> } {
  if ((file.mode & 0o444) === 0) return { problem: cannotBeRead('EACCES') };
  for (let attempt = 1; ; attempt++) {
    const read = readOnce(file.abs, maxBytes);
    if (!read.changed) return read;
    if (attempt === READ_ATTEMPTS)
      return {
        problem: {
          line: 0,
          col: 0,
          code: 'READ_ERROR',
          severity: 'B',
          message: `changed while it was read (${READ_ATTEMPTS} times); build again once it is written completely`,
        },
      };
  }
}

function readOnce(abs: string, maxBytes: number): { bytes?: Uint8Array; problem?: Omit<Problem, 'file'>; changed?: boolean } {
  // Synchronous, like the walk: seeds are small and usually in the kernel's cache, and a read as
  // promises (open, stat, read, close through the thread pool) cost the thread that feeds the
  // tagger's workers several times the system calls themselves.
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return { problem: { line: 0, col: 0, code: 'SYMLINK', severity: 'A', message: 'became a symbolic link during the build; refused' } };
    return { problem: cannotBeRead(code) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: { line: 0, col: 0, code: 'READ_ERROR', severity: 'A', message: 'is no longer a regular file' } };
    if (info.size > maxBytes) return { problem: tooLarge(info.size, maxBytes) };
    // Read at most one byte past the limit, so a file growing during the build is still caught.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { problem: tooLarge(length, maxBytes) };
    const after = fstatSync(fd);
    if (length !== info.size || after.size !== info.size || after.mtimeMs !== info.mtimeMs) return { changed: true };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): Omit<Problem, 'file'> {
  return {
    line: 0,
    col: 0,
    code: 'TOO_LARGE',
    severity: 'B',
    message: `file is ${size} bytes, over the ${maxBytes}-byte limit (MAX_SEED_BYTES); split it or raise the limit`,
  };
}

/** Files whose paths differ only by letter case or Unicode normalisation: they cannot coexist on macOS or Windows. */
function nameCollisions(files: readonly SeedFile[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = file.rel.normalize('NFC').toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), file.rel]);
  }
  const clashes = new Map<string, string[]>();
  for (const group of groups.values()) {
    if (group.length > 1)
      for (const rel of group)
        clashes.set(
          rel,
          group.filter((other) => other !== rel),
        );
  }
  return clashes;
}

const listFiles = (files: readonly string[]) => files.map((file) => quoteForMessage(file, 120)).join(', ');

/** Ingests the seeds folder named by the config (resolved against `projectRoot`). */
export async function ingestSeeds(config: ArchiveConfig, projectRoot: string, options: IngestOptions = {}): Promise<IngestResult> {
  const nowMs = options.nowMs ?? buildNow();
  const seedsDir = path.resolve(projectRoot, config.seedsDir);
  const problems: Problem[] = [];
  const manifest: ManifestEntry[] = [];
  const noInput = (message: string): IngestResult => {
    problems.push({ file: '.', line: 0, col: 0, code: 'NO_INPUT', severity: 'A', message });
    return { articles: [], problems, manifest, walked: manifest.length };
  };
  // The seeds folder itself may be a link (e.g. to a data volume); nothing inside it may.
  const rootInfo = await stat(seedsDir).catch(() => undefined);
  if (!rootInfo?.isDirectory())
    return noInput(`seeds folder ${quoteForMessage(seedsDir, 200)} does not exist or is not a folder; create it or set SEEDS_DIR`);

  // Entities and agencies are cached by content hash, so unchanged articles are not analysed again.
  const enrichment = await openEnrichmentCache(projectRoot);
  if (options.prestartTagger) enrichment.prestart();
  // Its workers would keep a failed ingest from exiting.
  const closeAndThrow = async (error: unknown): Promise<never> => {
    await enrichment.close();
    throw error;
  };
  const files: SeedFile[] = [];
  const walked = await walk(seedsDir, files, manifest, problems).catch(closeAndThrow);
  const candidates = files.filter((file) => {
    const reason = ignoreReason(path.posix.basename(file.rel));
    if (reason) manifest.push({ file: file.rel, status: `ignored:${reason}` });
    return !reason;
  });
  if (candidates.length === 0 && problems.length === 0) {
    await enrichment.close();
    return { ...noInput(`seeds folder ${quoteForMessage(seedsDir, 200)} holds no seed files (.txt or .md)`), walked };
  }

  const clashes = nameCollisions(candidates);
  const future = { nowMs, allowanceMs: config.futureAllowanceHours * 3_600_000 };
  // Whole articles are cached by a hash of each seed's path and bytes: unchanged seeds are not parsed again.
  const parseCache = await openIngestCache(projectRoot, config, { nowMs }).catch(closeAndThrow);
  const progress = startProgress('ingest', { total: candidates.length, unit: 'seeds' });
  const results = await mapLimited(candidates, READ_CONCURRENCY, async (file) => {
    progress.tick(); // counts seeds started: at most READ_CONCURRENCY ahead of those finished
    const at = (problem: Omit<Problem, 'file'>): Problem => ({ file: file.rel, ...problem });
    const others = clashes.get(file.rel);
    if (others) {
      const problem = at({
        line: 0,
        col: 0,
        code: 'FILE_NAME_COLLISION',
        severity: 'A',
        message: `name differs from ${listFiles(others)} only in letter case or Unicode normalisation; they cannot coexist on macOS or Windows`,
      });
      return { file, problems: [problem] };
    }
    // The size limit is checked on the walk's lstat, before the file is opened.
    if (file.size > config.maxSeedBytes) return { file, problems: [at(tooLarge(file.size, config.maxSeedBytes))] };
    const knownKey = parseCache.keyOfUnchanged(file.rel, file.identity);
    const known = knownKey === undefined ? undefined : parseCache.get(knownKey);
    if (known) {
      // A cache hit still checks that the seed can be read, as reading it would.
      const problem = unreadable(file);
      if (problem) return { file, problems: [at(problem)] };
      parseCache.noteIdentity(file.rel, file.identity, knownKey!);
      return { file, problems: [], article: known };
    }
    const read = readSeed(file, config.maxSeedBytes);
    if (!read.bytes) return { file, problems: [at(read.problem!)] };
    const cacheKey = parseCache.keyOf(file.rel, read.bytes);
    const cached = parseCache.get(cacheKey);
    if (cached) {
      parseCache.noteIdentity(file.rel, file.identity, cacheKey);
      return { file, problems: [], article: cached };
    }
    const decoded = decodeSeed(read.bytes, file.rel);
    if (decoded.text === undefined) return { file, problems: decoded.problems };
    const parsed = parseSeed(file.rel, decoded.text, idFromName(path.posix.basename(file.rel)), { timeZone: config.timeZone, future });
    if (!parsed.seed) return { file, problems: parsed.problems };
    try {
      // Enrichment (tagging) runs on worker threads when many articles are new; the rest is quick.
      const body = articleBody(parsed.seed);
      const enriched = await enrichment.enrichAsync(body.paragraphs);
      const article = buildArticle(body.seed, () => enriched);
      if (decoded.problems.length === 0 && parsed.problems.length === 0) {
        parseCache.set(cacheKey, article);
        parseCache.noteIdentity(file.rel, file.identity, cacheKey);
      }
      return { file, problems: parsed.problems, article };
    } catch (error) {
      return {
        file,
        problems: [...parsed.problems, at({ line: 0, col: 0, code: 'INVALID_ARTICLE', severity: 'B', message: describeBuildError(error) })],
      };
    }
  }).catch(closeAndThrow);
  progress.done();

  // Collisions: every article sharing an id or a URL with another is refused, each naming the others.
  const built = results.filter((result) => result.article && !result.problems.some((p) => p.severity !== 'C'));
  const byId = groupBy(built, (result) => result.article!.id);
  const byUrl = groupBy(built, (result) => result.article!.permalink);
  const articles: Article[] = [];
  for (const result of results) {
    const { file, article } = result;
    problems.push(...result.problems);
    const fileProblems = [...result.problems];
    if (article && !fileProblems.some((p) => p.severity !== 'C')) {
      const sameId = byId.get(article.id)!.filter((other) => other !== result);
      const sameUrl = byUrl.get(article.permalink)!.filter((other) => other !== result);
      const names = (group: typeof built) => listFiles(group.map((other) => other.file.rel));
      if (sameId.length > 0) {
        fileProblems.push({
          file: file.rel,
          line: 0,
          col: 0,
          code: 'ID_COLLISION',
          severity: 'A',
          message: `id "${article.id}" is also the id of ${names(sameId)}; give each article its own id (file name or front-matter id)`,
        });
      }
      if (sameUrl.length > 0) {
        fileProblems.push({
          file: file.rel,
          line: 0,
          col: 0,
          code: 'URL_COLLISION',
          severity: 'A',
          message: `URL ${article.permalink} is also the URL of ${names(sameUrl)}; ${URL_COLLISION_FIX[article.format]}`,
        });
      }
      problems.push(...fileProblems.slice(result.problems.length));
    }
    const blocking = fileProblems.find((p) => p.severity !== 'C');
    if (article && !blocking) {
      articles.push(article);
      manifest.push({ file: file.rel, status: 'published', id: article.id, url: withBase(config.basePath, article.permalink) });
    } else {
      manifest.push({ file: file.rel, status: `skipped:${blocking?.code ?? 'INVALID_ARTICLE'}` });
    }
  }
  articles.sort(compareNewestFirst);
  manifest.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  await enrichment.save();
  await parseCache.save();
  // Stories before related articles, which leave out the other versions of an article's story.
  const stories = await openStoryCache(projectRoot);
  const storied = assignStories(articles, stories.signatureFor);
  await stories.save();
  // Archive-wide enrichment: people normalised across articles, then related articles (unless the caller finds them later).
  return { articles: options.relatedLater ? normalisePeople(storied) : linkArticles(storied).articles, problems, manifest, walked };
}

/**
 * How to resolve a URL collision, by the format of the seed the problem names. A `.txt` seed has no
 * front matter: its derived slug ends in the first eight hex digits of its id, so renaming the file
 * moves its URL (see deriveSlug in src/lib/seed/slug.ts).
 */
const URL_COLLISION_FIX: Record<Article['format'], string> = {
  md: 'change a front-matter slug or date',
  txt: 'a .txt seed has no front matter: rename this file (NNN_<16 hex digits>.txt) so the first eight hex digits of its id differ, or convert it to a .md seed with a front-matter slug',
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A schema violation or unexpected error while building an article, as one readable sentence. */
function describeBuildError(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (Array.isArray(issues) && issues.length > 0) {
    return `article fails validation: ${issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || 'article'}: ${issue.message}`)
      .join('; ')}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `article could not be built: ${message.split(/\s/u).filter(Boolean).join(' ').slice(0, 300)}`;
}
