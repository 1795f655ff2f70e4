/**
 * Reproducible builds: the same seeds, written to two folders in opposite orders with different
 * modification times, built under different TZ, LANG and LC_ALL, give byte-identical sites.
 * No browser: this spec runs the real build script twice and hashes every output file.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The corpus: generated wire copy in dated sub-folders, the bundled seed, a Markdown article, and two articles sharing one timestamp. */
async function seedFiles(): Promise<Array<{ file: string; text: string }>> {
  const generated = generateCorpus(150, 23).map(({ file, text }) => ({ file: `wire/${text.slice(0, 4)}/${file}`, text }));
  const read = (file: string) => readFile(path.join(projectRoot, file), 'utf8');
  return [
    ...generated,
    { file: '000_6f6e37195cd625da.txt', text: await read('seeds/000_6f6e37195cd625da.txt') },
    { file: 'corrections/neighbour.md', text: await read('tests/fixtures/good/neighbour.md') },
    { file: 'same-minute/001_a1b2c3d4e5f60718.txt', text: '2021-03-04 05:06:07\nTwo ministers met in Sofia on Thursday to discuss gas.\n' },
    {
      file: 'same-minute/002_b1b2c3d4e5f60718.txt',
      text: '2021-03-04 05:06:07\nTwo ministers met in Sofia on Thursday to discuss power.\n',
    },
  ];
}

/** Writes the seeds in the given order, giving each file the modification time `mtimeOf(index)`. */
async function writeSeeds(
  dir: string,
  files: ReadonlyArray<{ file: string; text: string }>,
  mtimeOf: (index: number) => Date,
): Promise<void> {
  for (const [index, { file, text }] of files.entries()) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    await utimes(target, mtimeOf(index), mtimeOf(index));
  }
}

/** Builds `seedsDir` into `outDir` with the real build script and the given locale environment. */
async function build(seedsDir: string, outDir: string, locale: Record<string, string>): Promise<void> {
  const built = run(process.execPath, ['scripts/build.ts', '--out', outDir], {
    cwd: projectRoot,
    env: {
      ...process.env,
      SEEDS_DIR: seedsDir,
      SITE_URL: 'https://news.example.org',
      BASE_PATH: '/archive/',
      SOURCE_DATE_EPOCH: '1767225600',
      ...locale,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  await built.catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`The build of ${seedsDir} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
}

/** Every file of a built site (hidden ones included) → SHA-256 of its bytes. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file).split(path.sep).join('/')] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
}

test('two builds of the same seeds under different TZ, LANG and file order give byte-identical sites', async () => {
  test.setTimeout(300_000);
  await mkdir(path.join(projectRoot, '.cache'), { recursive: true });
  const work = await mkdtemp(path.join(projectRoot, '.cache', 'reproducible-'));
  const files = await seedFiles();
  const hour = 3_600_000;
  await writeSeeds(path.join(work, 'seeds-a'), files, (index) => new Date(Date.UTC(2020, 0, 1) + index * hour));
  // Opposite creation order (folders included), and modification times running backwards.
  await writeSeeds(path.join(work, 'seeds-b'), [...files].reverse(), (index) => new Date(Date.UTC(2025, 5, 1) - index * 7 * hour));

  await build(path.join(work, 'seeds-a'), path.join(work, 'site-a'), { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
  await build(path.join(work, 'seeds-b'), path.join(work, 'site-b'), {
    TZ: 'Pacific/Kiritimati',
    LANG: 'tr_TR.UTF-8',
    LC_ALL: 'tr_TR.UTF-8',
  });

  const [a, b] = await Promise.all([hashTree(path.join(work, 'site-a')), hashTree(path.join(work, 'site-b'))]);
  expect(Object.keys(a).length, 'files in the site').toBeGreaterThan(files.length);
  expect(Object.keys(b), 'the same file names').toEqual(Object.keys(a));
  const differing = Object.keys(a).filter((file) => a[file] !== b[file]);
  expect(differing, `files that differ (both sites kept in ${path.relative(projectRoot, work)}/)`).toEqual([]);
  await rm(work, { recursive: true, force: true });
});
