import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, enrichmentCacheFile, openEnrichmentCache } from '../../pipeline/ingest/enrichment-cache.ts';
import { createEnrichmentPool } from '../../pipeline/ingest/enrichment-pool.ts';
import { enrichText } from '../../src/lib/enrichment/enrich.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'enrichment-cache-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const article = ['Russian President Vladimir Putin met Xi Jinping in Beijing, TASS reported.'];

describe('openEnrichmentCache', () => {
  it('analyses an article once: the next build reads the result from the cache', async () => {
    const first = await openEnrichmentCache(root, { analyse: enrichText });
    const fresh = first.enrich(article);
    await first.save();
    expect(first.stats).toEqual({ hits: 0, misses: 1 });

    const second = await openEnrichmentCache(root, { analyse: enrichText });
    expect(second.enrich(article)).toEqual(fresh);
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
    expect(fresh.agencies).toEqual(['TASS']);
  });

  it('analyses a changed article again', async () => {
    const first = await openEnrichmentCache(root, { analyse: enrichText });
    first.enrich(article);
    await first.save();
    const second = await openEnrichmentCache(root, { analyse: enrichText });
    second.enrich([`${article[0]} Lavrov was there.`]);
    expect(second.stats).toEqual({ hits: 0, misses: 1 });
  });

  it('ignores a damaged or foreign cache file', async () => {
    await mkdir(path.dirname(enrichmentCacheFile(root)), { recursive: true });
    await writeFile(enrichmentCacheFile(root), '{"version": -1, "entries": {"x": 1}}');
    const cache = await openEnrichmentCache(root, { analyse: enrichText });
    cache.enrich(article);
    expect(cache.stats.misses).toBe(1);
    await cache.save();
    expect(JSON.parse(await readFile(enrichmentCacheFile(root), 'utf8')).entries).toHaveProperty(contentHash(article));
  });

  it('hands out copies, so editing a result never edits the cache', async () => {
    const cache = await openEnrichmentCache(root, { analyse: enrichText });
    cache.enrich(article).entities.people.push('Someone Else');
    expect(cache.enrich(article).entities.people).not.toContain('Someone Else');
  });
});

describe('enrichAsync', () => {
  it('gives what enrichText gives, on worker threads once misses are many, and caches it', async () => {
    const articles = Array.from({ length: 24 }, (_, i) => [
      `Foreign Minister Sergei Lavrov met his counterpart Wang Yi in Beijing on day ${i}, TASS reported.`,
      `Lavrov later flew to Ankara, where President Recep Tayyip Erdogan received him, quoted by Reuters (${i}).`,
    ]);
    const cache = await openEnrichmentCache(root, { analyse: enrichText });
    const results = await Promise.all(articles.map((paragraphs) => cache.enrichAsync(paragraphs)));
    expect(results).toEqual(articles.map((paragraphs) => enrichText(paragraphs)));
    expect(cache.stats).toEqual({ hits: 0, misses: 24 });
    await cache.save();
    const again = await openEnrichmentCache(root, { analyse: enrichText });
    expect(await again.enrichAsync(articles[20]!)).toEqual(results[20]);
    expect(again.stats).toEqual({ hits: 1, misses: 0 });
  });
});

describe('prestart', () => {
  it('starts one worker before the first miss, which then serves it', async () => {
    const pool = createEnrichmentPool(2);
    try {
      pool.prestart();
      pool.prestart();
      expect(pool.running()).toBe(1);
      const paragraphs = ['Prime Minister Kiril Petkov spoke in Sofia, BTA reported.'];
      expect(await pool.enrich(paragraphs)).toEqual(enrichText(paragraphs));
      expect(pool.running()).toBe(1);
    } finally {
      await pool.close();
    }
    expect(pool.running()).toBe(0);
  });

  it('is closed with the cache when nothing was analysed', async () => {
    const cache = await openEnrichmentCache(root);
    cache.prestart();
    await cache.save();
    expect(cache.stats).toEqual({ hits: 0, misses: 0 });
  });
});

describe("the build's own thread", () => {
  it('does not load the tagger: ingest, the caches and the archive-wide pass import no compromise module', async () => {
    // A resolve hook in a fresh process lists every compromise module the imports pull in.
    const hook = path.join(root, 'hook.mjs');
    await writeFile(
      hook,
      "import { registerHooks } from 'node:module';\n" +
        'registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context);' +
        " if (result.url.includes('/compromise/')) console.log('compromise:', result.url); return result; } });\n",
    );
    const projectRoot = path.resolve(import.meta.dirname, '../..');
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        hook,
        '--input-type=module',
        '-e',
        "await import('./pipeline/ingest/ingest.ts'); await import('./pipeline/ingest/enrichment-cache.ts'); await import('./src/lib/enrichment/archive-pass.ts'); console.log('imported');",
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(output.trim()).toBe('imported');
  });
});

describe('contentHash', () => {
  it('tells paragraph breaks apart', () => {
    expect(contentHash(['a b'])).not.toBe(contentHash(['a', 'b']));
  });
});
