/**
 * Listing pages that stay put (issue 17): numbered listing pages count from the oldest end, so
 * adding the next day's articles leaves every numbered page that already had a newer one
 * byte-identical (home, years, entities), and the rebuild reuses them instead of rendering them
 * again. Only the listings the new articles join or neighbour change: their day, month and the
 * day and month before. No browser: this spec runs the real build script and hashes the output.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { workDirOf } from '../../pipeline/publish/output-store.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const work = path.join(projectRoot, '.cache', 'e2e', 'stable-pages');
const seedsDir = path.join(work, 'seeds');
const site = path.join(work, 'site');
const run = promisify(execFile);

async function build(): Promise<string> {
  const { stdout } = await run(process.execPath, ['scripts/build.ts', '--out', site], {
    cwd: projectRoot,
    env: { ...process.env, SEEDS_DIR: seedsDir, PAGE_SIZE: '3', SOURCE_DATE_EPOCH: '1767225600', HOST_LIMITS: 'none', PROGRESS: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Every numbered listing page (`…/page/<n>/index.html`) with a hash of its bytes. */
async function numberedPages(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const entry of await readdir(site, { recursive: true })) {
    const file = entry.split(path.sep).join('/');
    if (!/(?:^|\/)page\/\d+\/index\.html$/.test(file)) continue;
    pages.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(site, file)))
        .digest('hex'),
    );
  }
  return pages;
}

/** `2024/05/page/3/index.html` → listing `2024/05/`, number 3. */
const parse = (file: string) => {
  const [, listing, number] = /^(.*?)page\/(\d+)\/index\.html$/.exec(file)!;
  return { listing: listing!, number: Number(number) };
};

test('adding the next day’s articles leaves full numbered listing pages byte-identical', async () => {
  test.setTimeout(300_000);
  await rm(work, { recursive: true, force: true });
  await rm(workDirOf(projectRoot, site), { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  const corpus = generateCorpus(120, 41);
  for (const { file, text } of corpus) await writeFile(path.join(seedsDir, file), text);
  await build();
  const before = await numberedPages();

  // Five articles on the day after the newest one, as a day's news arrives.
  const newest = corpus
    .map(({ text }) => text.slice(0, 10))
    .sort()
    .at(-1)!;
  const next = new Date(`${newest}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const day = next.toISOString().slice(0, 10);
  for (const [i, { file, text }] of generateCorpus(5, 43).entries())
    await writeFile(
      path.join(seedsDir, `${String(200 + i).padStart(6, '0')}${file.slice(6)}`),
      text.replace(/^[^\n]*/, `${day} 0${i}:30:00`),
    );
  const log = await build();
  const after = await numberedPages();

  // The listings the new articles join or neighbour: their day and month, the newest day and month before.
  const joined = new Set([`${day.replaceAll('-', '/')}/`, `${day.slice(0, 7).replace('-', '/')}/`]);
  const neighbours = new Set([`${newest.replaceAll('-', '/')}/`, `${newest.slice(0, 7).replace('-', '/')}/`]);
  // A new year would also change the year before's link to the next year.
  if (day.slice(0, 4) !== newest.slice(0, 4)) neighbours.add(`${newest.slice(0, 4)}/`);
  const newestNumber = new Map<string, number>();
  for (const file of before.keys()) {
    const { listing, number } = parse(file);
    newestNumber.set(listing, Math.max(number, newestNumber.get(listing) ?? 0));
  }
  const stable = [...before.keys()].filter((file) => {
    const { listing, number } = parse(file);
    return number < newestNumber.get(listing)! && !joined.has(listing) && !neighbours.has(listing);
  });
  const families = new Set(stable.map((file) => (/^\d{4}\//.test(file) ? 'date' : file.startsWith('page/') ? 'home' : file.split('/')[0])));
  expect([...families].sort(), 'full numbered pages of every kind of listing').toEqual(expect.arrayContaining(['date', 'home', 'places']));
  for (const file of stable) expect(after.get(file), `${file} is unchanged`).toBe(before.get(file));

  // The rebuild reused unchanged pages rather than rendering them again (at least as many as the
  // numbered pages that stayed put; article pages change with their related articles).
  const reused = /Render: [\d,]+ page\(s\) rendered, ([\d,]+) unchanged page\(s\) reused/.exec(log)?.[1];
  expect(Number(reused?.replace(/,/g, '')), 'pages reused').toBeGreaterThanOrEqual(stable.length);
});
