/**
 * The output store under a hostile operator (pipeline/publish/output-store.ts), through real builds
 * of a small archive (scripts/build.ts as a child process): damaged caches, edits inside the output
 * folder, outputs on other file systems and mount points, concurrent builds, a report path that is a
 * folder, unreadable seeds, and files or links where the output folder should be. Each case is
 * named for the red-team finding it covers (F1–F11 of the pipeline issue); F10 and F12 are in
 * ingest-read.test.ts and pagefind-order.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { addNeighbours, makeTempDir, NOW_MS, PROJECT_ROOT } from '../support/seeds-folder.ts';

const TIMEOUT = 300_000;
const SOURCE_DATE_EPOCH = String(NOW_MS / 1000);

let temp: { dir: string; cleanup: () => void };
let seedsDir: string;
beforeAll(() => {
  temp = makeTempDir('hostile-');
  seedsDir = path.join(temp.dir, 'seeds');
  mkdirSync(seedsDir);
  addNeighbours(seedsDir);
  for (const { file, text } of generateCorpus(12, 7)) writeFileSync(path.join(seedsDir, file), text);
});
afterAll(() => temp.cleanup());

const buildEnv = (seeds: string) => ({ ...process.env, SEEDS_DIR: seeds, SOURCE_DATE_EPOCH, TZ: 'UTC', LANG: 'C.UTF-8' });

/** Runs the real build into `out`; returns its exit code and output. */
function build(out: string, seeds = seedsDir) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv(seeds),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, not waited for. */
function buildAsync(out: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], { cwd: PROJECT_ROOT, env: buildEnv(seedsDir) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under `dir` → SHA-256 of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}

/** The article pages of a built site. */
const articlePages = (dir: string) => Object.keys(tree(dir)).filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));

/** Mounts a tmpfs at `dir` (made if missing); false where this machine does not allow it. */
function mountTmpfs(dir: string, options = 'size=64m'): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}
const unmount = (dir: string) => spawnSync('umount', [dir]);

/** The cached search bundles' packs. */
const cachedBundles = () => {
  const root = path.join(PROJECT_ROOT, '.cache', 'search-index');
  return existsSync(root)
    ? readdirSync(root)
        .filter((name) => name.endsWith('.pack'))
        .map((name) => path.join(root, name))
    : [];
};

/** A clean build's site, for comparisons: built once, into its own folder. */
let clean: Record<string, string>;
beforeAll(() => {
  const out = path.join(temp.dir, 'clean');
  expect(build(out).status).toBe(0);
  clean = tree(out);
}, TIMEOUT);

describe('damaged caches', () => {
  it(
    'F1: truncating a cached bundle never reaches the live site, and the next build repairs the cache',
    () => {
      const out = path.join(temp.dir, 'f1');
      expect(build(out).status).toBe(0);
      expect(build(out).status).toBe(0);
      const live = path.join(out, 'pagefind', 'pagefind-entry.json');
      const before = readFileSync(live, 'utf8');
      const packs = cachedBundles();
      expect(packs.length).toBeGreaterThan(0);
      for (const file of packs) writeFileSync(file, readFileSync(file).subarray(0, -10));
      expect(readFileSync(live, 'utf8'), 'the live file is not the cache file').toBe(before);
      // Into another folder, so the build cannot keep a live site as it is: the bundle is indexed again.
      const other = path.join(temp.dir, 'f1-other');
      const rebuilt = build(other);
      expect(rebuilt.status, rebuilt.stderr).toBe(0);
      expect(rebuilt.stdout).toMatch(/0 copied from the cache, 1 indexed/);
      expect(tree(other)).toEqual(clean);
      const again = build(path.join(temp.dir, 'f1-again'));
      expect(again.stdout, 'the cache was repaired').toMatch(/1 copied from the cache, 0 indexed/);
      expect(JSON.parse(readFileSync(live, 'utf8'))).toEqual(JSON.parse(before));
    },
    TIMEOUT,
  );

  it(
    'F2: garbage in a cached bundle is a miss: the build succeeds and indexes again',
    () => {
      expect(cachedBundles().length).toBeGreaterThan(0);
      for (const file of cachedBundles()) writeFileSync(file, '{"count": 1, "fil');
      // Into a folder of its own, so the build cannot keep a live site as it is: the bundle is indexed again.
      const out = path.join(temp.dir, 'f2');
      const rebuilt = build(out);
      expect(rebuilt.status, rebuilt.stderr).toBe(0);
      expect(rebuilt.stdout).toMatch(/0 copied from the cache, 1 indexed/);
      expect(tree(out)).toEqual(clean);
    },
    TIMEOUT,
  );
});

describe('the output folder', () => {
  it(
    'F3: an edit made inside the output folder does not survive the next builds',
    () => {
      const out = path.join(temp.dir, 'f3');
      expect(build(out).status).toBe(0);
      expect(build(out).status).toBe(0); // now there is a spare to recycle as well
      const page = path.join(out, articlePages(out)[0]!);
      writeFileSync(page, `${readFileSync(page, 'utf8')}<!-- post-processed -->`);
      expect(build(out).status).toBe(0);
      expect(tree(out)).toEqual(clean);
      expect(build(out).status).toBe(0); // the edited site is now the spare
      expect(tree(out)).toEqual(clean);
    },
    TIMEOUT,
  );

  it(
    'F5: an output folder on another file system, and one that is a mount point, are published',
    () => {
      const other = path.join('/dev/shm', `news-archive-f5-${process.pid}`);
      mkdirSync(other, { recursive: true });
      try {
        const out = path.join(other, 'site');
        for (let n = 0; n < 2; n++) {
          const result = build(out);
          expect(result.status, result.stderr).toBe(0);
          expect(tree(out)).toEqual(clean);
        }
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
      const mount = path.join(temp.dir, 'f5-mount');
      if (!mountTmpfs(mount)) return; // no mount on this machine: the first half stands
      try {
        for (let n = 0; n < 2; n++) {
          const result = build(mount);
          expect(result.status, result.stderr).toBe(0);
          expect(tree(mount)).toEqual(clean);
        }
        expect(statSync(mount).dev, 'still the mount point').not.toBe(statSync(temp.dir).dev);
      } finally {
        unmount(mount);
      }
    },
    TIMEOUT,
  );

  it(
    'F7: two builds at once into one folder: the second waits for the first, both succeed',
    async () => {
      const out = path.join(temp.dir, 'f7');
      const [first, second] = await Promise.all([buildAsync(out), new Promise((r) => setTimeout(r, 300)).then(() => buildAsync(out))]);
      expect(first.status, first.stderr).toBe(0);
      expect(second.status, second.stderr).toBe(0);
      expect(`${first.stdout}${second.stdout}`).toMatch(/Waiting for another build \(process \d+, into .*\) to finish/);
      expect(tree(out)).toEqual(clean);
    },
    TIMEOUT,
  );

  it(
    'F8: a report path that is a folder stops the build before the output folder is replaced',
    () => {
      const out = path.join(temp.dir, 'f8');
      expect(build(out).status).toBe(0);
      const before = tree(out);
      rmSync(`${out}.report.json`);
      mkdirSync(`${out}.report.json`);
      const result = build(out);
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `the report path ${path.relative(PROJECT_ROOT, `${out}.report.json`)} is not a file: remove it, the build writes its report there.`,
      );
      expect(tree(out)).toEqual(before);
      expect(readdirSync(temp.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'F11: a file where the output folder should be is refused untouched; a link is followed; a read-only parent is one line',
    () => {
      const file = path.join(temp.dir, 'f11-file');
      writeFileSync(file, 'not a site');
      const refused = build(file);
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `${path.relative(PROJECT_ROOT, file)}/ is a file, not a folder: move it away, or choose another --out.`,
      );
      expect(readFileSync(file, 'utf8')).toBe('not a site');
      expect(readdirSync(temp.dir).filter((name) => name.startsWith('.f11-file'))).toEqual([]);

      const webRoot = path.join(temp.dir, 'f11-web-root');
      mkdirSync(webRoot);
      const link = path.join(temp.dir, 'f11-link');
      symlinkSync(webRoot, link);
      for (let n = 0; n < 2; n++) {
        const result = build(link);
        expect(result.status, result.stderr).toBe(0);
        expect(lstatSync(link).isSymbolicLink(), 'the link stays a link').toBe(true);
        expect(readlinkSync(link)).toBe(webRoot);
        expect(tree(webRoot)).toEqual(clean);
      }

      const readOnly = path.join(temp.dir, 'f11-read-only');
      if (!mountTmpfs(readOnly, 'ro,size=1m')) return;
      try {
        const result = build(path.join(readOnly, 'site'));
        expect(result.status).toBe(1);
        expect(result.stderr.trim()).toBe(
          `cannot write beside the output folder, in ${readOnly} (EROFS): make it writable, or choose another --out.`,
        );
      } finally {
        unmount(readOnly);
      }
    },
    TIMEOUT,
  );
});

describe('seeds', () => {
  it(
    'F9: a seed made unreadable after a cached build is skipped, not published from the cache',
    () => {
      const seeds = path.join(temp.dir, 'f9-seeds');
      mkdirSync(seeds);
      addNeighbours(seeds);
      const out = path.join(temp.dir, 'f9');
      expect(build(out, seeds).status).toBe(0);
      expect(articlePages(out)).toHaveLength(2);
      chmodSync(path.join(seeds, 'neighbour.md'), 0o000);
      const result = build(out, seeds);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        'neighbour.md:0:0 READ_ERROR cannot be read (EACCES); make it readable, or move it out of the seeds folder',
      );
      expect(articlePages(out)).toHaveLength(1);
    },
    TIMEOUT,
  );
});
