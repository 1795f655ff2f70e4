/**
 * Catalogue cases that cannot be plain files in git, created in a temp folder by the test:
 * symbolic links, names that differ only by case or normalisation, editor litter, FIFOs,
 * missing or empty seeds folders, oversized files. Every case sits beside the bundled seed and a
 * good Markdown neighbour, which must still publish; every problem line is asserted exactly.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addNeighbours, BUNDLED_SEED, ingestDir, makeTempDir, NEIGHBOUR, statuses } from '../support/seeds-folder.ts';

const SEED = '2024-01-05 10:00:00\nThe ministry said the bridge would open in March.\n';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** A seeds folder with the neighbours, plus whatever `setup` creates in it. */
async function ingestWith(setup: (dir: string) => void, env: Record<string, string> = {}) {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  addNeighbours(dir);
  setup(dir);
  const verdict = await ingestDir(dir, env);
  const status = statuses(verdict);
  expect(status[BUNDLED_SEED]).toBe('published');
  expect(status[NEIGHBOUR]).toBe('published');
  const { walked, published, skipped, ignored } = verdict.counts;
  expect(walked).toBe(published + skipped + ignored);
  return { verdict, status, dir, lines: verdict.lines };
}

describe('file names', () => {
  it('F02: A.txt and a.txt are a class A collision naming both files', async () => {
    const { verdict, lines, status } = await ingestWith((dir) => {
      writeFileSync(path.join(dir, 'A.txt'), SEED);
      writeFileSync(path.join(dir, 'a.txt'), SEED);
    });
    expect(lines).toEqual([
      'A.txt:0:0 FILE_NAME_COLLISION name differs from "a.txt" only in letter case or Unicode normalisation; they cannot coexist on macOS or Windows',
      'a.txt:0:0 FILE_NAME_COLLISION name differs from "A.txt" only in letter case or Unicode normalisation; they cannot coexist on macOS or Windows',
    ]);
    expect([status['A.txt'], status['a.txt']]).toEqual(['skipped:FILE_NAME_COLLISION', 'skipped:FILE_NAME_COLLISION']);
    expect(verdict.failure).toBe('2 integrity problem(s) (class A)');
  });

  it('F02: names equal after Unicode normalisation (NFC café vs NFD café) collide too', async () => {
    const { lines } = await ingestWith((dir) => {
      writeFileSync(path.join(dir, 'caf\u00e9.txt'), SEED);
      writeFileSync(path.join(dir, 'cafe\u0301.txt'), SEED);
    });
    expect(lines).toEqual([
      'cafe\u0301.txt:0:0 FILE_NAME_COLLISION name differs from "caf\u00e9.txt" only in letter case or Unicode normalisation; they cannot coexist on macOS or Windows',
      'caf\u00e9.txt:0:0 FILE_NAME_COLLISION name differs from "cafe\u0301.txt" only in letter case or Unicode normalisation; they cannot coexist on macOS or Windows',
    ]);
  });

  it('F08: editor litter and hidden files are ignored and counted, never parsed', async () => {
    const names = ['.DS_Store', 'a.txt~', '.#a.txt', '#a.txt#', 'a.txt.swp', 'notes.bak', 'Thumbs.db'];
    const { verdict, lines, status } = await ingestWith((dir) => {
      for (const name of names) writeFileSync(path.join(dir, name), '\u0000binary');
      mkdirSync(path.join(dir, '.git/objects'), { recursive: true });
      writeFileSync(path.join(dir, '.git/objects/pack.txt'), 'not a seed');
    });
    expect(lines).toEqual([]);
    expect(Object.fromEntries(Object.entries(status).filter(([, s]) => s.startsWith('ignored:')))).toEqual({
      '#a.txt#': 'ignored:editor backup or temporary file',
      '.#a.txt': 'ignored:hidden file',
      '.DS_Store': 'ignored:hidden file',
      '.git/': 'ignored:hidden folder',
      'Thumbs.db': 'ignored:not a seed (.txt or .md)',
      'a.txt.swp': 'ignored:editor backup or temporary file',
      'a.txt~': 'ignored:editor backup or temporary file',
      'notes.bak': 'ignored:editor backup or temporary file',
    });
    expect(verdict.counts).toEqual({ walked: 10, published: 2, skipped: 0, ignored: 8 });
  });

  it('F16: a newline in a file name cannot forge a second problem line', async () => {
    const { lines } = await ingestWith((dir) => writeFileSync(path.join(dir, 'evil\n000_x.txt:1:1 FAKE.txt'), ''));
    expect(lines).toEqual([
      'evil\\u000A000_x.txt:1:1 FAKE.txt:1:1 EMPTY_FILE empty file; a seed needs a timestamp on line 1 and paragraphs below it',
    ]);
  });

  it('F18: a FIFO is ignored without being opened (opening it would block)', async () => {
    const { status } = await ingestWith((dir) => execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]));
    expect(status['pipe.txt']).toBe('ignored:not a regular file');
  });
});

describe('symbolic links (class A, never followed)', () => {
  it('F11: a link pointing outside the seeds folder', async () => {
    const { verdict, lines, status } = await ingestWith((dir) => symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt')));
    expect(lines).toEqual([
      'passwd.txt:0:0 SYMLINK symbolic link to "/etc/passwd" refused; seeds are read only from regular files inside the seeds folder',
    ]);
    expect(status['passwd.txt']).toBe('skipped:SYMLINK');
    expect(verdict.failure).toBe('1 integrity problem(s) (class A)');
  });

  it('F12: a link loop, a dangling link, and a link to a folder inside', async () => {
    const { lines } = await ingestWith((dir) => {
      symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
      symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
      symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
      mkdirSync(path.join(dir, 'real'));
      writeFileSync(path.join(dir, 'real/story.txt'), SEED);
      symlinkSync('real', path.join(dir, 'alias'));
    });
    expect(lines).toEqual([
      'alias:0:0 SYMLINK symbolic link to "real" refused; seeds are read only from regular files inside the seeds folder',
      'dangling.txt:0:0 SYMLINK symbolic link to "missing.txt" refused; seeds are read only from regular files inside the seeds folder',
      'loop-a.txt:0:0 SYMLINK symbolic link to "loop-b.txt" refused; seeds are read only from regular files inside the seeds folder',
      'loop-b.txt:0:0 SYMLINK symbolic link to "loop-a.txt" refused; seeds are read only from regular files inside the seeds folder',
    ]);
  });

  it('the seeds folder itself may be a link (e.g. to a data volume)', async () => {
    const { dir: target, cleanup } = makeTempDir('target-');
    cleanups.push(cleanup);
    addNeighbours(target);
    const link = `${target}-link`;
    symlinkSync(target, link);
    cleanups.push(() => execFileSync('rm', [link]));
    const verdict = await ingestDir(link);
    expect(verdict.lines).toEqual([]);
    expect(verdict.counts.published).toBe(2);
  });
});

describe('F15: no input is class A', () => {
  it.each([
    ['a missing folder', (dir: string) => path.join(dir, 'missing'), 'does not exist or is not a folder; create it or set SEEDS_DIR'],
    ['an empty folder', (dir: string) => dir, 'holds no seed files (.txt or .md)'],
    [
      'a folder of ignored files only',
      (dir: string) => {
        writeFileSync(path.join(dir, '.DS_Store'), '');
        writeFileSync(path.join(dir, 'photo.jpg'), '');
        return dir;
      },
      'holds no seed files (.txt or .md)',
    ],
  ])('%s', async (_case, setup, message) => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const seeds = setup(dir);
    const verdict = await ingestDir(seeds);
    expect(verdict.lines).toEqual([`.:0:0 NO_INPUT seeds folder "${seeds}" ${message}`]);
    expect(verdict.failure).toBe('1 integrity problem(s) (class A)');
  });
});

describe('sizes', () => {
  it('S04: a 50 MB file is rejected as too large, by its size alone', async () => {
    // Sparse: 50 MB by stat, nothing written. ingest-size-limit.test.ts proves it is never opened.
    const { lines, status } = await ingestWith((dir) => {
      writeFileSync(path.join(dir, 'huge.txt'), '');
      truncateSync(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    });
    expect(lines).toEqual([
      'huge.txt:0:0 TOO_LARGE file is 52428800 bytes, over the 5242880-byte limit (MAX_SEED_BYTES); split it or raise the limit',
    ]);
    expect(status['huge.txt']).toBe('skipped:TOO_LARGE');
  });

  it('S04: the limit is configurable with MAX_SEED_BYTES', async () => {
    const { lines } = await ingestWith((dir) => writeFileSync(path.join(dir, 'long.txt'), `${SEED}${'More text. '.repeat(500)}`), {
      MAX_SEED_BYTES: '5000',
    });
    expect(lines).toEqual([
      'long.txt:0:0 TOO_LARGE file is 5570 bytes, over the 5000-byte limit (MAX_SEED_BYTES); split it or raise the limit',
    ]);
  });

  it('S05: a 10 MB one-line file is rejected by the default size limit before it is read', async () => {
    const { lines } = await ingestWith((dir) =>
      writeFileSync(path.join(dir, 'one-line.txt'), `2024-01-05 10:00:00 ${'x'.repeat(10_000_000)}`),
    );
    expect(lines).toEqual([
      'one-line.txt:0:0 TOO_LARGE file is 10000020 bytes, over the 5242880-byte limit (MAX_SEED_BYTES); split it or raise the limit',
    ]);
  });
});
