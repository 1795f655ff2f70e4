import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSignatures, encodeSignatures, openStoryCache } from '../../../pipeline/ingest/story-cache.ts';
import { signatureOf } from '../../../src/lib/stories/story-signature.ts';

const paragraphs = [
  'Parliament passed the budget on Friday by 120 votes to 80.',
  'The opposition said it would challenge the vote in court.',
];

describe('encodeSignatures', () => {
  it('round-trips signatures and refuses a damaged file', () => {
    const signature = signatureOf(paragraphs);
    const entries = new Map([['k'.repeat(27), signature]]);
    const bytes = encodeSignatures(entries, signature.minhash.length);
    expect(decodeSignatures(bytes, signature.minhash.length)).toEqual(entries);
    expect(decodeSignatures(bytes.subarray(0, bytes.length - 3), signature.minhash.length).size).toBe(0);
    expect(decodeSignatures(Buffer.from('not a cache'), signature.minhash.length).size).toBe(0);
  });
});

describe('openStoryCache', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'story-cache-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('computes a signature once and reads it back in the next run', async () => {
    const first = await openStoryCache(root);
    const computed = first.signatureFor(paragraphs);
    await first.save();
    const second = await openStoryCache(root);
    expect(second.signatureFor(paragraphs)).toEqual(computed);
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('treats a damaged file as a miss', async () => {
    const first = await openStoryCache(root);
    await writeFile(first.file, 'garbage').catch(async () => {
      await first.save();
    });
    first.signatureFor(paragraphs);
    await first.save();
    await writeFile(first.file, Buffer.from([0x31, 0x59, 0x54, 0x53, 9, 0, 0, 0]));
    const second = await openStoryCache(root);
    expect(second.signatureFor(paragraphs)).toEqual(signatureOf(paragraphs));
    expect(second.stats.misses).toBe(1);
  });
});
