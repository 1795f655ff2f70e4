/**
 * Incremental rebuilds (issue 8): a build that reuses the ingest and search-index caches after
 * seeds changed must give the same bytes as a build of the same seeds from scratch.
 * No browser: this spec runs the real build script three times and hashes every output file.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../../scripts/generate-corpus.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const work = path.join(projectRoot, '.cache', 'e2e', 'rebuild');
const seedsDir = path.join(work, 'seeds');
const run = promisify(execFile);

/** Deletes every build cache, as on a machine that never built this archive. */
async function clearCaches(): Promise<void> {
  for (const cache of ['ingest', 'enrichment', 'search-index'])
    await rm(path.join(projectRoot, '.cache', cache), { recursive: true, force: true });
}

/** Builds the seeds into `outDir`; returns the build's output. */
async function build(outDir: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['scripts/build.ts', '--out', outDir], {
    cwd: projectRoot,
    // Small bundles, so a change touches one bundle and the others come from the cache.
    env: {
      ...process.env,
      SEEDS_DIR: seedsDir,
      SEARCH_BUNDLE_PAGES: '40',
      SOURCE_DATE_EPOCH: '1767225600',
      HOST_LIMITS: 'none',
      PROGRESS: 'off',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Every file under `dir` with a hash of its bytes, by relative path. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return files;
}

test('a rebuild from caches after changing and adding seeds equals a build from scratch', async () => {
  test.setTimeout(300_000);
  await rm(work, { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  const corpus = generateCorpus(150, 31);
  for (const { file, text } of corpus) await writeFile(path.join(seedsDir, file), text);

  await clearCaches();
  await build(path.join(work, 'first'));

  // One seed edited (its last paragraph grows); ten added, all in the newest year, as news arrives.
  const edited = corpus[75]!;
  await writeFile(path.join(seedsDir, edited.file), edited.text.replace(/\n$/, ' A correction was published the next day.\n'));
  const added = generateCorpus(10, 32);
  for (const [i, { file, text }] of added.entries())
    await writeFile(path.join(seedsDir, `${String(150 + i).padStart(6, '0')}${file.slice(6)}`), text.replace(/^\d{4}/, '2024'));

  const warmLog = await build(path.join(work, 'warm'));
  const reused = /Search index: (\d+) bundle\(s\), (\d+) copied from the cache/.exec(warmLog);
  expect(reused, 'the index step reports its bundles').not.toBeNull();
  // Related links changed on pages all over the archive; only the bundles of the edited and added articles are indexed again.
  expect(Number(reused![2]), 'unchanged bundles came from the cache').toBeGreaterThan(0);
  expect(Number(reused![2]), 'changed bundles were indexed again').toBeLessThan(Number(reused![1]));

  await clearCaches();
  await build(path.join(work, 'cold'));

  const warm = await hashTree(path.join(work, 'warm'));
  const cold = await hashTree(path.join(work, 'cold'));
  expect(Object.keys(warm).length).toBeGreaterThan(160);
  expect(warm).toEqual(cold);
});
