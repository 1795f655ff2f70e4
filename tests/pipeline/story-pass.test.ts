import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyOf } from '../../src/lib/article-schema.ts';
import { resolveConfig } from '../../src/lib/config.ts';
import { ingestSeeds } from '../../pipeline/ingest/ingest.ts';
import { makeTempDir, NOW_MS, PROJECT_ROOT } from '../support/seeds-folder.ts';

// Counts the articles shingled: a rebuild shingles only the new ones (the story cache has the rest).
vi.mock('../../src/lib/stories/story-signature.ts', async (original) => {
  const actual = await original<typeof import('../../src/lib/stories/story-signature.ts')>();
  return { ...actual, signatureOf: vi.fn(actual.signatureOf) };
});
const { signatureOf } = await import('../../src/lib/stories/story-signature.ts');

const SET = path.join(PROJECT_ROOT, 'tests/fixtures/story-versions/seeds');
// One story (NASA, 2015-08-21): first take 13:49, agency copy 14:04, update 15:49, radio cut 17:19.
const FIRST = '032_bb9891642d78de0d.txt';
const UPDATE = '033_9a4c8b2765711158.txt';
const RADIO = '034_9f063f310ef91fe9.txt';
const AGENCY = '035_a1ce5d3a6a601a40.txt';
// Another story on another day (Korea, 2011-04-13).
const OTHER = '036_dfea1f96e95fe674.txt';
const idOf = (file: string) => file.slice(4, 20);

let root: { dir: string; cleanup: () => void };
let seeds: string;
beforeEach(() => {
  root = makeTempDir('story-pass-');
  seeds = path.join(root.dir, 'seeds');
  mkdirSync(seeds);
});
afterEach(() => root.cleanup());

const add = (...files: string[]) => files.forEach((file) => cpSync(path.join(SET, file), path.join(seeds, file)));
const storiesAfterIngest = async () => {
  vi.mocked(signatureOf).mockClear();
  const { articles } = await ingestSeeds(resolveConfig({ SEEDS_DIR: seeds }), root.dir, { nowMs: NOW_MS });
  return Object.fromEntries(articles.map((article) => [article.id, storyOf(article)]));
};

describe('the story pass in ingest', () => {
  it("fills every article's story, moves it to an earlier version that arrives later, and shingles only new articles", async () => {
    add(UPDATE, RADIO, OTHER);
    expect(await storiesAfterIngest()).toEqual({ [idOf(UPDATE)]: idOf(UPDATE), [idOf(RADIO)]: idOf(UPDATE), [idOf(OTHER)]: idOf(OTHER) });
    expect(signatureOf).toHaveBeenCalledTimes(3);

    // Unchanged: same stories, nothing shingled again.
    expect(await storiesAfterIngest()).toEqual({ [idOf(UPDATE)]: idOf(UPDATE), [idOf(RADIO)]: idOf(UPDATE), [idOf(OTHER)]: idOf(OTHER) });
    expect(signatureOf).not.toHaveBeenCalled();

    // The first take and the agency copy arrive: the first take is now the earliest version.
    add(FIRST, AGENCY);
    const stories = await storiesAfterIngest();
    expect(stories).toEqual({
      [idOf(FIRST)]: idOf(FIRST),
      [idOf(AGENCY)]: idOf(FIRST),
      [idOf(UPDATE)]: idOf(FIRST),
      [idOf(RADIO)]: idOf(FIRST),
      [idOf(OTHER)]: idOf(OTHER),
    });
    expect(signatureOf).toHaveBeenCalledTimes(2);
  }, 120_000);
});
