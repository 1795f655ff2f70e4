/**
 * The enrichment cache: per-article results (entities, agencies) keyed by a hash of the
 * article's text, so unchanged articles are not analysed again. One JSON file per
 * algorithm version under .cache/enrichment/; a rule change (ENRICHMENT_VERSION) or another
 * compromise release starts a new file. Written atomically (temporary file, then rename).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nlp from 'compromise';
import { ENRICHMENT_VERSION, enrichText, type Enricher, type Enrichment } from '../src/lib/enrich.ts';
import { createEnrichmentPool, poolSize, type EnrichmentPool } from './enrichment-pool.ts';

/**
 * Misses analysed in this thread before the worker pool starts: a rebuild that changed a few
 * seeds does not pay for starting workers (each loads the tagger, about 0.3 s of CPU).
 */
const INLINE_MISSES = 8;

/** Entries kept when saving: the ones used by this run first, then older ones up to this many. */
const MAX_ENTRIES = 250_000;

export interface EnrichmentCache {
  /** Cached enrichment: looks the text up, analyses it on a miss. */
  enrich: Enricher;
  /** The same, analysing misses on a pool of worker threads once there are more than a few. */
  enrichAsync(paragraphs: readonly string[]): Promise<Enrichment>;
  /** Stops the workers without saving (ingest failed). */
  close(): Promise<void>;
  /** Writes the cache back when anything new was analysed, and stops the workers. */
  save(): Promise<void>;
  stats: { hits: number; misses: number };
  file: string;
}

/** The cache file for the current algorithm and compromise versions. */
export function enrichmentCacheFile(projectRoot: string): string {
  return path.join(projectRoot, '.cache', 'enrichment', `v${ENRICHMENT_VERSION}-compromise-${nlp.version}.json`);
}

/** Content hash of an article's paragraphs (paragraph breaks included). */
export function contentHash(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const paragraph of paragraphs) hash.update(paragraph).update('\u0000');
  return hash.digest('base64url').slice(0, 27);
}

/** Opens (or starts) the cache; an unreadable or foreign file is ignored and replaced. */
export async function openEnrichmentCache(projectRoot: string): Promise<EnrichmentCache> {
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
    stats.misses++;
    const fresh = enrichText(paragraphs);
    used.set(key, structuredClone(fresh));
    return fresh;
  };
  let pool: EnrichmentPool | undefined;
  const enrichAsync = async (paragraphs: readonly string[]): Promise<Enrichment> => {
    const key = contentHash(paragraphs);
    const cached = lookup(key);
    if (cached) return cached;
    if (stats.misses < INLINE_MISSES) return enrich(paragraphs);
    stats.misses++;
    pool ??= createEnrichmentPool(poolSize());
    const fresh = await pool.enrich(paragraphs);
    used.set(key, structuredClone(fresh));
    return fresh;
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
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ version: ENRICHMENT_VERSION, entries }));
    await rename(temporary, file);
  };
  const close = async () => {
    await pool?.close();
    pool = undefined;
  };
  return { enrich, enrichAsync, close, save, stats, file };
}
