/**
 * Reading one seed (pipeline/ingest/ingest.ts `readSeed`) while another process writes it (F10 of
 * the pipeline issue): a seed that keeps growing while it is read is skipped with one class B
 * problem instead of being published torn; a seed that stops changing is read whole.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeed } from '../../pipeline/ingest/ingest.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('read-');
});
afterEach(() => temp.cleanup());

const LIMIT = 64 * 1024 * 1024;

describe('readSeed', () => {
  it('skips a seed that grows while it is read, with one class B problem', async () => {
    const file = path.join(temp.dir, '001_0123456789abcdef.txt');
    writeFileSync(file, `2024-01-01 10:00:00\n${'A paragraph of wire copy. '.repeat(400_000)}\n`);
    // A writer appending without pause, as a feed still delivering the file would.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'a'); process.stdout.write('go\\n'); for (;;) fs.writeSync(fd, 'more ');`,
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      const read = readSeed({ abs: file, mode: 0o644 }, LIMIT);
      expect(read.bytes).toBeUndefined();
      expect(read.problem).toEqual({
        line: 0,
        col: 0,
        code: 'READ_ERROR',
        severity: 'B',
        message: 'changed while it was read (3 times); build again once it is written completely',
      });
    } finally {
      writer.kill();
    }
  });

  it('reads a seed that does not change, whole', () => {
    const file = path.join(temp.dir, '002_0123456789abcdef.txt');
    const text = '2024-01-01 10:00:00\nA paragraph.\n';
    writeFileSync(file, text);
    expect(Buffer.from(readSeed({ abs: file, mode: 0o644 }, LIMIT).bytes!).toString('utf8')).toBe(text);
  });
});
