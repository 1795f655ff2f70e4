/**
 * The rebuild with nothing to do (pipeline/publish/site-record.ts): on small folder trees, which
 * changes to a recorded site make it no longer current; then through the real build, that a
 * rebuild with no change leaves the output folder byte-identical without rendering, and that a
 * changed seed, a page edited in the output folder or a file added to it is built again, equal to
 * a build from scratch.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordSite, siteIsCurrent } from '../../pipeline/publish/site-record.ts';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { makeTempDir, PROJECT_ROOT } from '../support/seeds-folder.ts';

const BUILD_TIMEOUT = 300_000;

let temp: { dir: string; cleanup: () => void };
beforeAll(() => {
  temp = makeTempDir('site-record-');
});
afterAll(() => temp.cleanup());

function put(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('siteIsCurrent', () => {
  let site: string;
  let record: string;
  beforeEach(async () => {
    site = path.join(temp.dir, `site-${Math.random().toString(36).slice(2)}`);
    record = `${site}.site.json`;
    put(site, 'index.html', 'home');
    put(site, '2024/01/02/a/index.html', 'a');
    put(site, 'pagefind/pagefind-entry.json', '{}');
    await recordSite(record, site, 'key-1');
  });

  it('holds for the recorded site and key', () => {
    expect(siteIsCurrent(record, site, 'key-1')).toBe(true);
  });

  it('fails for another key, a missing or damaged record, or a replaced folder', async () => {
    expect(siteIsCurrent(record, site, 'key-2')).toBe(false);
    expect(siteIsCurrent(`${record}.missing`, site, 'key-1')).toBe(false);
    writeFileSync(`${record}.damaged`, readFileSync(record, 'utf8').slice(0, 100));
    expect(siteIsCurrent(`${record}.damaged`, site, 'key-1')).toBe(false);
    renameSync(site, `${site}.old`);
    put(site, 'index.html', 'home');
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });

  it('fails once a file is edited in place, even with its size and modification time put back', () => {
    const file = path.join(site, '2024/01/02/a/index.html');
    const { mtime } = statSync(file);
    writeFileSync(file, 'b');
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
    // Its modification time set back: its change time still moved.
    utimesSync(file, mtime, mtime);
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });

  it('fails once a file is added anywhere in the site', () => {
    put(site, '2024/01/02/a/extra.txt', 'x');
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });

  it('fails once a file is deleted', () => {
    rmSync(path.join(site, 'pagefind/pagefind-entry.json'));
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });

  it('fails once a file is replaced by another one (a new inode)', () => {
    const file = path.join(site, 'index.html');
    writeFileSync(`${file}.new`, 'home');
    renameSync(`${file}.new`, file);
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });

  it('records the same from the build’s listing as from walking the site, and the record holds just the same', async () => {
    const walked = JSON.parse(readFileSync(record, 'utf8')) as unknown;
    const listed = `${record}.listed`;
    const files = ['index.html', '2024/01/02/a/index.html', 'pagefind/pagefind-entry.json'].map((file) => {
      const info = statSync(path.join(site, file));
      return { path: file, bytes: info.size, ino: info.ino, ctimeMs: info.ctimeMs };
    });
    // A file listed without its identity (a host file) is examined when the record is made.
    files[0] = { path: 'index.html', bytes: 4 } as (typeof files)[number];
    await recordSite(listed, site, 'key-1', { files, folders: ['2024', '2024/01', '2024/01/02', '2024/01/02/a', 'pagefind'] });
    expect(JSON.parse(readFileSync(listed, 'utf8'))).toEqual(walked);
    expect(siteIsCurrent(listed, site, 'key-1')).toBe(true);
    put(site, '2024/01/extra.txt', 'x');
    expect(siteIsCurrent(listed, site, 'key-1')).toBe(false);
  });

  it('is never recorded for a site holding a link, nor without a key', async () => {
    symlinkSync('index.html', path.join(site, 'link.html'));
    await recordSite(record, site, 'key-1');
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
    rmSync(path.join(site, 'link.html'));
    await recordSite(record, site, undefined);
    expect(siteIsCurrent(record, site, 'key-1')).toBe(false);
  });
});

describe('a rebuild with nothing to do', () => {
  const seedsDir = () => path.join(temp.dir, 'seeds');
  const out = () => path.join(temp.dir, 'out');

  function build(outDir: string, env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', outDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SEEDS_DIR: seedsDir(), SOURCE_DATE_EPOCH: '1767225600', HOST_LIMITS: 'none', PROGRESS: 'off', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  /** Every file under `dir`: relative path → SHA-256, and separately its inode and modification time. */
  function snapshot(dir: string): { bytes: Record<string, string>; identities: Record<string, string> } {
    const bytes: Record<string, string> = {};
    const identities: Record<string, string> = {};
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      const rel = path.relative(dir, full);
      bytes[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
      const info = statSync(full);
      identities[rel] = `${info.ino}:${info.mtimeMs}`;
    }
    return { bytes, identities };
  }

  const corpus = generateCorpus(12, 41);

  it(
    'leaves the output folder as it is, and builds again once a seed or the output changes, equal to a build from scratch',
    () => {
      mkdirSync(seedsDir(), { recursive: true });
      for (const { file, text } of corpus) writeFileSync(path.join(seedsDir(), file), text);
      expect(build(out())).toMatch(/Render: every page rendered/);
      const built = snapshot(out());

      // No change: not a file touched (same bytes, same inodes and times).
      expect(build(out())).toMatch(/^Render: nothing changed since .+; it is left as it is/m);
      expect(snapshot(out())).toEqual(built);

      // A changed seed shows up, and the site equals a build from scratch of the changed seeds.
      const { file, text } = corpus[5]!;
      writeFileSync(path.join(seedsDir(), file), text.replace(/\n$/, ' A correction was published the next day.\n'));
      expect(build(out())).toMatch(/^Render: \d+ page\(s\) rendered/m);
      const changed = snapshot(out());
      expect(changed.bytes).not.toEqual(built.bytes);
      const fromScratch = path.join(temp.dir, 'cold');
      build(fromScratch);
      expect(changed.bytes).toEqual(snapshot(fromScratch).bytes);
      const pageOf = Object.keys(changed.bytes).find(
        (page) =>
          page.endsWith('index.html') && readFileSync(path.join(out(), page), 'utf8').includes('A correction was published the next day.'),
      );
      expect(pageOf, 'the correction is on a page').toBeDefined();

      // A page edited in the output folder, and a file added to it: built again, back to the clean build's bytes.
      writeFileSync(path.join(out(), 'index.html'), 'edited by hand');
      writeFileSync(path.join(out(), pageOf!.replace(/index\.html$/, 'stray.txt')), 'stray');
      expect(build(out())).not.toMatch(/nothing changed since/);
      expect(snapshot(out()).bytes).toEqual(changed.bytes);
      expect(build(out())).toMatch(/nothing changed since/);
      // PAGE_REUSE=0 renders every page, changed or not.
      expect(build(out(), { PAGE_REUSE: '0' })).toMatch(/Render: every page rendered \(PAGE_REUSE=0\)/);
      expect(snapshot(out()).bytes).toEqual(changed.bytes);
    },
    BUILD_TIMEOUT,
  );
});
