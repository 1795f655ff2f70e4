/**
 * The enrichment cache: per-article results (entities, agencies) keyed by a hash of the
 * article's text, so unchanged articles are not analysed again. One JSON file per
 * algorithm version under .cache/enrichment/; a rule change (ENRICHMENT_VERSION) or another
 * compromise release starts a new file. Written atomically (temporary file, then rename).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENRICHMENT_VERSION, type Enricher, type Enrichment } from '../../src/lib/enrichment/enrichment-types.ts';
import { createEnrichmentPool, poolSize, type EnrichmentPool } from './enrichment-pool.ts';
import { writeJsonAtomic } from '../shared/write-atomic.ts';

/**
 * compromise's version, read from its package.json: importing compromise itself takes 0.4 s, which
 * a build whose articles are all cached never needs (misses are analysed on worker threads).
 */
function compromiseVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('compromise'));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'compromise' && manifest.version) return manifest.version;
    } catch {
      // No package.json here: look further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('compromise: package.json not found');
    dir = parent;
  }
}

/** Entries kept when saving: the ones used by this run first, then older ones up to this many. */
const MAX_ENTRIES = 250_000;

export interface EnrichmentCache {
  /** Cached enrichment: looks the text up, analyses it on a miss with `analyse` (given to openEnrichmentCache). */
  enrich: Enricher;
  /** The same, analysing misses on a pool of worker threads, so this thread never loads the tagger. */
  enrichAsync(paragraphs: readonly string[]): Promise<Enrichment>;
  /** Starts a worker now, so the tagger is loaded by the time the first miss arrives. */
  prestart(): void;
  /** Stops the workers without saving (ingest failed). */
  close(): Promise<void>;
  /** Writes the cache back when anything new was analysed, and stops the workers. */
  save(): Promise<void>;
  stats: { hits: number; misses: number };
  file: string;
}

/** The cache file for the current algorithm and compromise versions. */
export function enrichmentCacheFile(projectRoot: string): string {
  return path.join(projectRoot, '.cache', 'enrichment', `v${ENRICHMENT_VERSION}-compromise-${compromiseVersion()}.json`);
}

/** Content hash of an article's paragraphs (paragraph breaks included). */
export function contentHash(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const paragraph of paragraphs) hash.update(paragraph).update('\u0000');
  return hash.digest('base64url').slice(0, 27);
}

/**
 * Opens (or starts) the cache; an unreadable or foreign file is ignored and replaced. `analyse`
 * (`enrichText`) serves misses of the synchronous `enrich`; without it, only `enrichAsync` analyses.
 */
export async function openEnrichmentCache(projectRoot: string, options: { analyse?: Enricher } = {}): Promise<EnrichmentCache> {
  const file = enrichmentCacheFile(projectRoot);
  let stored: Record<string, Enrichment> = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { version?: number; entries?: Record<string, Enrichment> };
    if (parsed.version === ENRICHMENT_VERSION && parsed.entries && typeof parsed.entries === 'object') stored = parsed.entries;
  } catch {
    // No cache yet, or a damaged one: start empty.
  }
  const previous = new Map(Object.entries(stored));
  const used = new Map<string, Enrichment>();
  const stats = { hits: 0, misses: 0 };
  const lookup = (key: string): Enrichment | undefined => {
    const cached = used.get(key) ?? previous.get(key);
    if (!cached) return undefined;
    stats.hits++;
    used.set(key, cached);
    // Copies, so a caller that edits its article never edits the cache.
    return structuredClone(cached);
  };
  const enrich: Enricher = (paragraphs) => {
    const key = contentHash(paragraphs);
    const cached = lookup(key);
    if (cached) return cached;
    if (!options.analyse) throw new Error('openEnrichmentCache: synchronous enrich() needs the analyse option');
    stats.misses++;
    const fresh = options.analyse(paragraphs);
    used.set(key, structuredClone(fresh));
    return fresh;
  };
  let pool: EnrichmentPool | undefined;
  const enrichAsync = async (paragraphs: readonly string[]): Promise<Enrichment> => {
    const key = contentHash(paragraphs);
    const cached = lookup(key);
    if (cached) return cached;
    stats.misses++;
    pool ??= createEnrichmentPool(poolSize());
    const fresh = await pool.enrich(paragraphs);
    used.set(key, structuredClone(fresh));
    return fresh;
  };
  const prestart = () => {
    pool ??= createEnrichmentPool(poolSize());
    pool.prestart();
  };
  const save = async () => {
    await pool?.close();
    pool = undefined;
    if (stats.misses === 0) return;
    const entries: Record<string, Enrichment> = Object.fromEntries(used);
    let count = used.size;
    for (const [key, value] of previous) {
      if (count >= MAX_ENTRIES) break;
      if (used.has(key)) continue;
      entries[key] = value;
      count++;
    }
    await writeJsonAtomic(file, { version: ENRICHMENT_VERSION, entries });
  };
  const close = async () => {
    await pool?.close();
    pool = undefined;
  };
  return { enrich, enrichAsync, prestart, close, save, stats, file };
}
