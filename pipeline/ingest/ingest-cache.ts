/**
 * The ingest cache: the Article built from each seed, keyed by a hash of the seed's path and
 * bytes, so an unchanged seed is neither parsed nor enriched again on the next build.
 *
 * Like the enrichment cache, it lives under .cache/ and is named by a fingerprint, here of
 * the code and configuration that shape an Article: any change to src/lib/, the ingest
 * scripts, the lockfile or the configuration starts a fresh cache. Unlike it, entries are
 * whole articles (about 4 kB each), so the store is an append-only NDJSON log read line by
 * line: no single string or file write holds the whole corpus, and a build that changed one
 * seed appends one line. The log is rewritten (temporary file, then rename) once most of it
 * is stale. A damaged line is a cache miss, never an error.
 *
 * Only articles built without any problem are stored, so every warning is reported again on
 * the next build; and a cached article dated after "now" plus the allowance is parsed again,
 * so the future-date check keeps working as the clock (or SOURCE_DATE_EPOCH) moves.
 *
 * Beside the log, a stat file remembers each seed's key with the file's identity from the walk
 * (device, inode, size, modification and change times), so a seed whose identity is unchanged
 * is not even read (opening 10,000 files took about 0.7 s). Like git's index, it trusts only
 * identities older than a few seconds when the build started: a file written again within the
 * same timestamp tick could otherwise keep its times. The change time, which no program can set,
 * catches a file rewritten with its old modification time restored.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../../src/lib/article-schema.ts';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import { sourceDigest } from '../shared/source-digest.ts';

/** Bump when the stored line format changes. */
const FORMAT_VERSION = 1;
/** Logs kept in .cache/ingest/ (one per corpus and configuration); older ones are deleted. */
const MAX_LOGS = 12;
/** The stat file beside a log: `<fingerprint>.identities.json`. */
const IDENTITIES_SUFFIX = '.identities.json';
/** Source files whose every byte can change what an Article looks like. */
const CODE_FOLDERS = ['src/lib'];
const CODE_FILES = [
  'pipeline/ingest/ingest.ts',
  'pipeline/ingest/enrichment-cache.ts',
  'pipeline/ingest/ingest-cache.ts',
  'package-lock.json',
];

/** What the walk's lstat says about a seed file; equal identities mean unchanged bytes. */
export interface SeedIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface IngestCache {
  /** The key of one seed: a hash of its path (relative to the seeds folder) and bytes. */
  keyOf(rel: string, bytes: Uint8Array): string;
  /** The key the seed at `rel` had in an earlier build, if its file's identity has not changed since. */
  keyOfUnchanged(rel: string, identity: SeedIdentity): string | undefined;
  /** Remembers that the file at `rel`, with this identity, has `key` (and its article is cached). */
  noteIdentity(rel: string, identity: SeedIdentity, key: string): void;
  /** The article cached under `key`, or undefined (absent, damaged, or now dated in the future). */
  get(key: string): Article | undefined;
  /** Stores the article built for `key` (serialised at once, so later edits to it are not stored). */
  set(key: string, article: Article): void;
  /** Appends what is new, or rewrites the log when most of it is stale. */
  save(): Promise<void>;
  readonly stats: { hits: number; misses: number };
  readonly file: string;
}

export interface IngestCacheOptions {
  /** "Now" of this build, for the future-date check on hits. */
  nowMs: number;
  /** The real time at the start of the build, which file times are compared with (default: the clock). */
  clockMs?: number;
}

/** Hash of the code and configuration an Article depends on. */
async function fingerprint(projectRoot: string, config: ArchiveConfig): Promise<string> {
  const hash = createHash('sha256').update(`ingest-cache v${FORMAT_VERSION}\n${JSON.stringify(config)}\n`);
  hash.update(await sourceDigest(projectRoot, { folders: CODE_FOLDERS, files: CODE_FILES, only: (file) => file.endsWith('.ts') }));
  return hash.digest('hex').slice(0, 16);
}

/** Reads the log into key → article JSON; later lines win, damaged lines are skipped. */
async function readLog(file: string): Promise<{ entries: Map<string, string>; lines: number }> {
  const entries = new Map<string, string>();
  let lines = 0;
  try {
    const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of input) {
      lines++;
      // Each line is {"k":"<key>","a":<article JSON>}; the article stays a string until it is used.
      const match = /^\{"k":"([A-Za-z0-9_-]{43})","a":(\{.*\})\}$/.exec(line);
      if (match) entries.set(match[1]!, match[2]!);
    }
  } catch {
    // No log yet, or an unreadable one: start empty.
  }
  return { entries, lines };
}

/** Identities whose times are this close to the build's start are not trusted (timestamp ticks, clock skew). */
const RACY_MS = 3_000;

type StoredIdentity = [dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number, key: string];

async function readIdentities(file: string): Promise<Record<string, StoredIdentity>> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return stored && typeof stored === 'object' ? (stored as Record<string, StoredIdentity>) : {};
  } catch {
    return {}; // none yet, or damaged: every seed is read
  }
}

/** Deletes the oldest logs beyond MAX_LOGS, never the one in use. */
async function pruneLogs(folder: string, keep: string): Promise<void> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.ndjson'));
  if (names.length <= MAX_LOGS) return;
  const dated = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await stat(path.join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  for (const { name } of dated.slice(MAX_LOGS))
    if (path.join(folder, name) !== keep) {
      await rm(path.join(folder, name), { force: true });
      await rm(path.join(folder, name.replace(/\.ndjson$/, IDENTITIES_SUFFIX)), { force: true });
    }
}

/** Opens the cache for this code, configuration and seeds folder. */
export async function openIngestCache(projectRoot: string, config: ArchiveConfig, options: IngestCacheOptions): Promise<IngestCache> {
  const folder = path.join(projectRoot, '.cache', 'ingest');
  const file = path.join(folder, `${await fingerprint(projectRoot, config)}.ndjson`);
  const identitiesFile = file.replace(/\.ndjson$/, IDENTITIES_SUFFIX);
  // Real time, not the build's (reproducible) "now": it is compared with file times.
  // eslint-disable-next-line no-restricted-syntax
  const trustedBefore = (options.clockMs ?? Date.now()) - RACY_MS;
  const [{ entries: previous, lines }, identities] = await Promise.all([readLog(file), readIdentities(identitiesFile)]);
  const seenIdentities: Record<string, StoredIdentity> = {};
  // Marks the log as recently used for pruning: real time, not the build's (reproducible) "now".
  // eslint-disable-next-line no-restricted-syntax
  if (lines > 0) await utimes(file, Date.now() / 1000, Date.now() / 1000).catch(() => undefined);
  const latestAllowedMs = options.nowMs + config.futureAllowanceHours * 3_600_000;
  /** Entries this build used or built, as stored lines: what a rewrite keeps. */
  const kept = new Map<string, string>();
  const added: string[] = [];
  const stats = { hits: 0, misses: 0 };
  const line = (key: string, json: string) => `{"k":"${key}","a":${json}}`;

  return {
    file,
    stats,
    keyOf(rel, bytes) {
      return createHash('sha256').update(rel).update('\u0000').update(bytes).digest('base64url');
    },
    keyOfUnchanged(rel, identity) {
      const known = Object.hasOwn(identities, rel) ? identities[rel] : undefined;
      if (!Array.isArray(known) || known.length !== 6) return undefined;
      const [dev, ino, size, mtimeMs, ctimeMs, key] = known;
      const same =
        dev === identity.dev &&
        ino === identity.ino &&
        size === identity.size &&
        mtimeMs === identity.mtimeMs &&
        ctimeMs === identity.ctimeMs &&
        typeof key === 'string';
      return same ? key : undefined;
    },
    noteIdentity(rel, identity, key) {
      if (identity.mtimeMs >= trustedBefore || identity.ctimeMs >= trustedBefore) return;
      seenIdentities[rel] = [identity.dev, identity.ino, identity.size, identity.mtimeMs, identity.ctimeMs, key];
    },
    get(key) {
      const json = kept.get(key) ?? previous.get(key);
      if (json !== undefined) {
        try {
          const article = JSON.parse(json) as Article;
          if (Date.parse(article.publishedAt) <= latestAllowedMs) {
            stats.hits++;
            kept.set(key, json);
            return article;
          }
        } catch {
          // A damaged entry: build the article again.
        }
      }
      stats.misses++;
      return undefined;
    },
    set(key, article) {
      const json = JSON.stringify(article);
      if (kept.get(key) === json) return;
      kept.set(key, json);
      added.push(line(key, json));
    },
    async save() {
      await mkdir(folder, { recursive: true });
      const temporaryIdentities = `${identitiesFile}.${process.pid}.tmp`;
      await writeFile(temporaryIdentities, JSON.stringify(seenIdentities));
      await rename(temporaryIdentities, identitiesFile);
      if (added.length === 0) return;
      const lineCount = lines + added.length;
      if (lines > 0 && lineCount <= 2 * kept.size) {
        await appendFile(file, `${added.join('\n')}\n`);
      } else {
        // Most of the log is stale (or there is none): rewrite it with what this build used.
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, '');
        let batch: string[] = [];
        for (const [key, json] of kept) {
          batch.push(line(key, json));
          if (batch.length === 1000) {
            await appendFile(temporary, `${batch.join('\n')}\n`);
            batch = [];
          }
        }
        if (batch.length > 0) await appendFile(temporary, `${batch.join('\n')}\n`);
        await rename(temporary, file);
      }
      await pruneLogs(folder, file);
    },
  };
}
