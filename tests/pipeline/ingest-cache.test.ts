import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article-schema.ts';
import { resolveConfig } from '../../src/lib/config.ts';
import { openIngestCache } from '../../pipeline/ingest/ingest-cache.ts';

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

describe('seed identities', () => {
  const CLOCK = Date.parse('2026-11-28T12:00:00Z');
  const old = { dev: 1, ino: 42, size: 120, mtimeMs: CLOCK - 86_400_000, ctimeMs: CLOCK - 86_400_000 };
  const key = 'k'.repeat(43);

  it('gives the key of a seed whose file identity has not changed, so it is not read again', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    first.set(key, article('a'));
    first.noteIdentity('a.txt', old, key);
    await first.save();
    const second = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK + 60_000 });
    expect(second.keyOfUnchanged('a.txt', { ...old })).toBe(key);
    expect(second.keyOfUnchanged('b.txt', { ...old })).toBeUndefined();
  });

  it('misses when any part of the identity changed: inode, size, modification or change time, device', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    first.noteIdentity('a.txt', old, key);
    await first.save();
    const second = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    for (const change of [{ ino: 43 }, { size: 121 }, { mtimeMs: old.mtimeMs + 1 }, { ctimeMs: old.ctimeMs + 0.5 }, { dev: 2 }])
      expect(second.keyOfUnchanged('a.txt', { ...old, ...change })).toBeUndefined();
  });

  it('does not trust an identity written within seconds of the build start (a rewrite could keep its times)', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    first.noteIdentity('recent.txt', { ...old, mtimeMs: CLOCK - 1_000, ctimeMs: CLOCK - 1_000 }, key);
    first.noteIdentity('touched.txt', { ...old, ctimeMs: CLOCK - 500 }, key);
    await first.save();
    const second = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK + 60_000 });
    expect(second.keyOfUnchanged('recent.txt', { ...old, mtimeMs: CLOCK - 1_000, ctimeMs: CLOCK - 1_000 })).toBeUndefined();
    expect(second.keyOfUnchanged('touched.txt', { ...old, ctimeMs: CLOCK - 500 })).toBeUndefined();
  });

  it('keeps only the identities this build used, and survives a damaged stat file', async () => {
    const first = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    first.noteIdentity('a.txt', old, key);
    await first.save();
    const second = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    await second.save(); // a.txt was not seen: deleted from the seeds
    const third = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    expect(third.keyOfUnchanged('a.txt', old)).toBeUndefined();
    await writeFile(third.file.replace(/\.ndjson$/, '.identities.json'), '{"a.txt": [1, 2');
    const fourth = await openIngestCache(root, config, { nowMs: NOW, clockMs: CLOCK });
    expect(fourth.keyOfUnchanged('a.txt', old)).toBeUndefined();
  });
});
