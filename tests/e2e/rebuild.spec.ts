/**
 * Incremental rebuilds (issue 8): a build that reuses the ingest, enrichment and search-index
 * caches and the unchanged pages of the previous site (pipeline/render/page-reuse.ts) after seeds
 * were edited, added and deleted must give the same bytes as a build of the same seeds from scratch
 * (also after a correction that leaves every page's headline, whose bundle alone is indexed again).
 * No browser: this spec runs the real build script and hashes every output file.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { spareDirOf, workDirOf } from '../../pipeline/publish/output-store.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const work = path.join(projectRoot, '.cache', 'e2e', 'rebuild');
const seedsDir = path.join(work, 'seeds');
const run = promisify(execFile);

/**
 * Deletes every build cache, as on a machine that never built this archive. The records of
 * page keys (.cache/pages/) are kept: each belongs to one output folder, and the "cold" folders
 * are new, so they have none.
 */
async function clearCaches(): Promise<void> {
  for (const cache of ['ingest', 'enrichment', 'search-index'])
    await rm(path.join(projectRoot, '.cache', cache), { recursive: true, force: true });
}

/**
 * Forgets every earlier build into `outDir`: its spare site and page records live in the project's
 * work folder and outlive the output folder (a build recycles them when they match), so a build
 * "from scratch" must not find those an earlier run of this spec left.
 */
async function forgetBuilds(outDir: string): Promise<void> {
  const workDir = workDirOf(projectRoot, outDir);
  await rm(workDir, { recursive: true, force: true });
  for (const record of ['json', 'spare.json'])
    await rm(path.join(projectRoot, '.cache', 'pages', `${path.basename(workDir)}.${record}`), { force: true });
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

/** The counts a build reports for incremental rendering: pages reused and pages rendered. */
function renderCounts(log: string): { reused: number; rendered: number } {
  const counts = /Render: ([\d,]+) page\(s\) rendered, ([\d,]+) unchanged page\(s\) reused/.exec(log);
  const number = (text?: string) => Number(text?.replace(/,/g, '') ?? 0);
  return { rendered: number(counts?.[1]), reused: number(counts?.[2]) };
}

/** How many pages a rebuild kept in place in the recycled site before last (pipeline/render/page-reuse.ts). */
function keptInPlace(log: string): number {
  return Number(/\(([\d,]+) kept in place in the recycled site/.exec(log)?.[1]?.replace(/,/g, '') ?? 0);
}

/**
 * Rebuilds `site` in place, builds the same seeds from scratch into `coldDir`, and expects the
 * same bytes; returns the in-place build's log. The replaced site, kept by the output store as the
 * spare, must be byte-unchanged: a build that wrote into it instead of into its own staging folder
 * would show there.
 */
async function rebuildEqualsCold(site: string, coldDir: string): Promise<string> {
  const before = await hashTree(site);
  const log = await build(site);
  expect(await hashTree(spareDirOf(projectRoot, site)), 'the replaced site, kept as the spare, is unchanged').toEqual(before);
  const rebuilt = await hashTree(site);
  await clearCaches();
  await forgetBuilds(coldDir);
  await build(coldDir);
  expect(rebuilt, `an in-place rebuild of ${path.basename(site)} equals a build from scratch`).toEqual(await hashTree(coldDir));
  return log;
}

test('rebuilds in place after editing, adding and deleting seeds equal builds from scratch', async () => {
  test.setTimeout(400_000);
  await rm(work, { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  const corpus = generateCorpus(150, 31);
  for (const { file, text } of corpus) await writeFile(path.join(seedsDir, file), text);
  const site = path.join(work, 'site');

  await clearCaches();
  await forgetBuilds(site);
  const firstLog = await build(site);
  expect(firstLog).toMatch(/Render: every page rendered \(/);
  const pages = Object.keys(await hashTree(site)).filter((file) => file.endsWith('.html')).length;

  // One seed edited: a new lead, so its headline and summary change on every page that shows
  // them (listings, neighbours, related articles elsewhere), and its last paragraph grows.
  const edited = corpus[75]!;
  const [timestamp, , ...rest] = edited.text.split('\n');
  const newLead = 'Harbour authorities reopened the northern shipping lane after a week of repairs, officials said on Monday.';
  await writeFile(
    path.join(seedsDir, edited.file),
    [timestamp, newLead, ...rest].join('\n').replace(/\n$/, ' A correction was published the next day.\n'),
  );
  const editLog = await rebuildEqualsCold(site, path.join(work, 'cold-after-edit'));
  const afterEdit = renderCounts(editLog);
  expect(afterEdit.reused, 'most pages were reused').toBeGreaterThan(pages / 2);
  expect(afterEdit.rendered + afterEdit.reused, 'every page was rendered or reused').toBeGreaterThanOrEqual(pages);

  // Ten seeds added, all in the newest year, as news arrives; and one on a new day late in a
  // month that has articles on two earlier days, so the first day's page changes only through
  // its month calendar (its neighbours stay the same).
  const added = generateCorpus(11, 32);
  for (const [i, { file, text }] of added.slice(0, 10).entries())
    await writeFile(path.join(seedsDir, `${String(150 + i).padStart(6, '0')}${file.slice(6)}`), text.replace(/^\d{4}/, '2024'));
  const daysByMonth = new Map<string, Set<number>>();
  for (const { text } of corpus) {
    const month = text.slice(0, 7);
    daysByMonth.set(month, (daysByMonth.get(month) ?? new Set()).add(Number(text.slice(8, 10))));
  }
  const [month, days] = [...daysByMonth].find(([, days]) => days.size >= 2 && Math.max(...days) < 28)!;
  const secondDay = [...days].sort((a, b) => a - b)[1]!;
  const newDay = Array.from({ length: 28 - secondDay }, (_, i) => secondDay + 1 + i).find((day) => !days.has(day))!;
  const lastAdded = added[10]!;
  await writeFile(
    path.join(seedsDir, `000160${lastAdded.file.slice(6)}`),
    lastAdded.text.replace(/^[^\n]*/, `${month}-${String(newDay).padStart(2, '0')} 12:00:00`),
  );
  const addLog = await rebuildEqualsCold(site, path.join(work, 'cold-after-add'));
  const bundles = /Search index: (\d+) bundle\(s\), (\d+) copied from the cache/.exec(addLog);
  expect(bundles, 'the index step reports its bundles').not.toBeNull();
  // Only the bundles of the added articles are indexed again.
  expect(Number(bundles![2]), 'unchanged bundles came from the cache').toBeGreaterThan(0);
  expect(Number(bundles![2]), 'changed bundles were indexed again').toBeLessThan(Number(bundles![1]));
  expect(renderCounts(addLog).reused).toBeGreaterThan(0);
  // From the third build on, the staging folder is the site before last, recycled.
  expect(keptInPlace(addLog), 'pages kept in place in the recycled site').toBeGreaterThan(pages / 2);

  // A seed deleted: its page, and every listing page that no longer exists, must go.
  await rm(path.join(seedsDir, corpus[20]!.file));
  const deleteLog = await rebuildEqualsCold(site, path.join(work, 'cold-after-delete'));
  expect(renderCounts(deleteLog).reused).toBeGreaterThan(pages / 2);
  expect(keptInPlace(deleteLog)).toBeGreaterThan(pages / 2);

  // A correction at the end of a seed (its headline stays): only its bundle is indexed again,
  // from the articles' data while Astro renders, and equals the bundle of a cold build.
  const corrected = corpus[100]!;
  await writeFile(path.join(seedsDir, corrected.file), corrected.text.replace(/\n$/, ' A clarification was added later.\n'));
  const correctionLog = await rebuildEqualsCold(site, path.join(work, 'cold-after-correction'));
  expect(correctionLog, 'only the corrected bundle was indexed').toMatch(/ 1 indexed \(SEARCH_BUNDLE_PAGES/);
});
