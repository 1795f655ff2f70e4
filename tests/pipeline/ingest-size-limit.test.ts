/**
 * S04: the size limit is checked with the walk's lstat, before a file is opened. The file system's
 * `openSync` is wrapped to record every path ingest opens; the oversized seed must not be among them.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { addNeighbours, BUNDLED_SEED, ingestDir, makeTempDir } from '../support/seeds-folder.ts';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const openSync: typeof actual.openSync = (file, ...rest) => {
    opened.push(String(file));
    return actual.openSync(file, ...rest);
  };
  return { ...actual, default: { ...actual, openSync }, openSync };
});

let cleanup = () => {};
afterEach(() => cleanup());

it('S04: an oversized seed is rejected without ever being opened', async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  addNeighbours(temp.dir);
  const huge = path.join(temp.dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 50 * 1024 * 1024);
  const verdict = await ingestDir(temp.dir);
  expect(verdict.lines).toEqual([
    'huge.txt:0:0 TOO_LARGE file is 52428800 bytes, over the 5242880-byte limit (MAX_SEED_BYTES); split it or raise the limit',
  ]);
  // The wrapper works: the seeds that were read were opened through it.
  expect(opened).toContain(path.join(temp.dir, BUNDLED_SEED));
  expect(opened).not.toContain(huge);
});
