import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article-schema.ts';
import { resolveConfig } from '../../src/lib/config.ts';
import { openIngestCache } from '../../scripts/ingest-cache.ts';

const config = resolveConfig({ SEEDS_DIR: 'seeds' });
const NOW = Date.parse('2024-06-01T00:00:00Z');

/** A minimal article: the cache stores whatever it is given, so only publishedAt matters here. */
function article(id: string, publishedAt = '2024-05-01T10:00:00+00:00'): Article {
  return { id, publishedAt, headline: `Headline ${id}` } as unknown as Article;
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ingest-cache-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('openIngestCache', () => {
  it('returns on the next build what this build stored, keyed by path and bytes', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW });
    const key = first.keyOf('a.txt', Buffer.from('2024-05-01 10:00:00\nText.\n'));
    expect(first.get(key)).toBeUndefined();
    first.set(key, article('a'));
    await first.save();

    const second = await openIngestCache(root, config, { nowMs: NOW });
    expect(second.get(key)).toEqual(article('a'));
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
    // Same bytes under another path, or other bytes under the same path: a miss.
    expect(second.get(second.keyOf('b.txt', Buffer.from('2024-05-01 10:00:00\nText.\n')))).toBeUndefined();
    expect(second.get(second.keyOf('a.txt', Buffer.from('2024-05-01 10:00:00\nText!\n')))).toBeUndefined();
  });

  it('stores the article as it was when stored, not later edits', async () => {
    const cache = await openIngestCache(root, config, { nowMs: NOW });
    const stored = article('a');
    cache.set('k'.repeat(43), stored);
    (stored as { headline: string }).headline = 'edited';
    await cache.save();
    const reopened = await openIngestCache(root, config, { nowMs: NOW });
    expect(reopened.get('k'.repeat(43))?.headline).toBe('Headline a');
  });

  it('misses an article now dated beyond the future allowance, so the date check runs again', async () => {
    const cache = await openIngestCache(root, config, { nowMs: NOW });
    cache.set('f'.repeat(43), article('f', '2024-09-01T00:00:00+00:00'));
    await cache.save();
    const earlier = await openIngestCache(root, config, { nowMs: NOW - 200 * 86_400_000 });
    expect(earlier.get('f'.repeat(43))).toBeUndefined();
    const later = await openIngestCache(root, config, { nowMs: NOW + 200 * 86_400_000 });
    expect(later.get('f'.repeat(43))?.id).toBe('f');
  });

  it('keeps a separate cache per configuration', async () => {
    const utc = await openIngestCache(root, config, { nowMs: NOW });
    utc.set('z'.repeat(43), article('z'));
    await utc.save();
    const sofia = await openIngestCache(root, resolveConfig({ SEEDS_DIR: 'seeds', ARCHIVE_TIME_ZONE: 'Europe/Sofia' }), { nowMs: NOW });
    expect(sofia.file).not.toBe(utc.file);
    expect(sofia.get('z'.repeat(43))).toBeUndefined();
  });

  it('skips damaged lines and appends new entries instead of rewriting', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW });
    first.set('a'.repeat(43), article('a'));
    first.set('b'.repeat(43), article('b'));
    await first.save();
    await writeFile(first.file, `${await readFile(first.file, 'utf8')}{"k":"broken\nnot json at all\n`);

    const second = await openIngestCache(root, config, { nowMs: NOW });
    expect(second.get('a'.repeat(43))?.id).toBe('a');
    expect(second.get('b'.repeat(43))?.id).toBe('b');
    second.set('c'.repeat(43), article('c'));
    await second.save();
    const lines = (await readFile(second.file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(5); // two entries, two damaged lines, one appended entry
  });

  it('rewrites the log with only the entries in use once most of it is stale', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW });
    for (const id of ['a', 'b', 'c', 'd']) first.set(id.repeat(43), article(id));
    await first.save();

    const second = await openIngestCache(root, config, { nowMs: NOW });
    second.get('a'.repeat(43));
    second.set('e'.repeat(43), article('e'));
    await second.save();
    const ids = (await readFile(second.file, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { a: Article }).a.id);
    expect(ids).toEqual(['a', 'e']);
  });
});
