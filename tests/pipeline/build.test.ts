/**
 * The ingest contract end to end, through the real build (pipeline/build.ts as a child process,
 * --out into a temp folder, SEEDS_DIR pointing at a temp seeds folder):
 * - every class A fixture fails the build and leaves the previous output folder byte-unchanged;
 * - the bundled seed plus every class B and C fixture publishes exactly the valid articles, with
 *   one page each, and the summary and the report list every bad file with its line;
 * - --strict and STRICT=1 fail on class B and C;
 * - a build that fails midway (after render and indexing, or after rendering while Pagefind
 *   indexes) leaves the output folder unchanged and exits;
 * - the output is byte-identical under different TZ and LANG.
 * Three Astro builds in all. Run it under the shared build lock:
 *   flock /tmp/build.lock npx vitest run tests/pipeline/build.test.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildReportSchema, type BuildReport } from '../../src/lib/report/manifest.ts';
import { generateCorpus } from '../../tools/corpus/generate-corpus.ts';
import { CATALOGUE, CLASS_A_FIXTURES, CLASS_B_C_FIXTURES } from '../support/catalogue.ts';
import { addFixtures, addNeighbours, ingestDir, makeTempDir, NOW_MS, PROJECT_ROOT } from '../support/seeds-folder.ts';

const BUILD_TIMEOUT = 300_000;
/** The same "now" as the in-process ingest tests, so both agree on the future-date check. */
const SOURCE_DATE_EPOCH = String(NOW_MS / 1000);

let temp: { dir: string; cleanup: () => void };
beforeAll(() => {
  temp = makeTempDir('build-');
});
afterAll(() => temp.cleanup());

/** Runs the real build; returns its exit code and output. */
function build(seedsDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', outDir, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: seedsDir, SOURCE_DATE_EPOCH, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` (relative path → SHA-256 and mtime), symlinks included as links. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (entry.isFile()) files[rel] = `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${statSync(full).mtimeMs}`;
    else if (entry.isDirectory()) files[`${rel}/`] = 'dir';
  }
  return files;
}

/** A "previous" output folder to protect: a few files in nested folders. */
function previousOutput(name: string): string {
  const out = path.join(temp.dir, name);
  mkdirSync(path.join(out, '2024/01/05/old'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(path.join(out, '2024/01/05/old/index.html'), '<!doctype html><title>previous article</title>');
  return out;
}

/** A seeds folder with the bundled seed, the Markdown neighbour and the given fixtures. */
function seeds(name: string, fixtures: readonly string[], setup?: (dir: string) => void): string {
  const dir = path.join(temp.dir, name);
  mkdirSync(dir, { recursive: true });
  addNeighbours(dir);
  addFixtures(dir, fixtures);
  setup?.(dir);
  return dir;
}

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Every element of a parsed document, in document order. */
function elementsOf(node: ParentNode): Element[] {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [child as Element, ...elementsOf(child as Element)] : []));
}

/** The text inside an element. */
function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) => ('value' in child ? String(child.value) : 'childNodes' in child ? textOf(child as ParentNode) : ''))
    .join('');
}

function readReport(outDir: string): BuildReport {
  return BuildReportSchema.parse(JSON.parse(readFileSync(`${outDir}.report.json`, 'utf8')));
}

describe('class A fails the build and leaves the output folder untouched', () => {
  const generated: [string, (dir: string) => void, string][] = [
    [
      'F02 A.txt and a.txt',
      (dir) => ['A.txt', 'a.txt'].forEach((name) => writeFileSync(path.join(dir, name), '2024-01-05 10:00:00\nText.\n')),
      'A.txt:0:0 FILE_NAME_COLLISION',
    ],
    ['F11 a symlink outside', (dir) => symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt')), 'passwd.txt:0:0 SYMLINK'],
  ];
  const cases: [string, (dir: string) => void, string][] = [
    ...CLASS_A_FIXTURES.map((fixture): [string, (dir: string) => void, string] => {
      const firstA = CATALOGUE.find(([name]) => name === fixture)![1].find((line) => line.startsWith('A '))!;
      return [fixture, (dir) => addFixtures(dir, [fixture]), firstA.slice(2)];
    }),
    ...generated,
  ];

  it.each(cases)(
    '%s',
    (name, setup, expectedLine) => {
      const out = previousOutput(`out-A-${name.replace(/\W+/g, '-')}`);
      const before = snapshot(out);
      const result = build(seeds(`seeds-A-${name.replace(/\W+/g, '-')}`, [], setup), out);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Build stopped: \d+ integrity problem\(s\) \(class A\)\. .+ was not changed; report: /m);
      // The summary closes the output and names the file and line.
      expect(result.stdout).toContain(`  error   ${expectedLine}`);
      expect(snapshot(out)).toEqual(before);
      const report = readReport(out);
      expect(report.outcome).toBe('failed');
      expect(report.problems.filter((p) => p.severity === 'A').length).toBeGreaterThan(0);
    },
    BUILD_TIMEOUT,
  );

  it(
    'F15: a missing seeds folder',
    () => {
      const out = previousOutput('out-A-missing');
      const before = snapshot(out);
      const result = build(path.join(temp.dir, 'no-such-folder'), out);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`  error   .:0:0 NO_INPUT seeds folder "${path.join(temp.dir, 'no-such-folder')}" does not exist`);
      expect(snapshot(out)).toEqual(before);
    },
    BUILD_TIMEOUT,
  );
});

describe('--strict and STRICT=1 fail on class B and C', () => {
  it.each([
    ['--strict', {}, ['--strict']],
    ['STRICT=1', { STRICT: '1' }, []],
  ])(
    '%s',
    (_name, env, args) => {
      const out = previousOutput(`out-strict-${args.length}`);
      const before = snapshot(out);
      const result = build(seeds(`seeds-strict-${args.length}`, ['T06_feb30.txt', 'T05_trailing_spaces.txt']), out, env, args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Build stopped: --strict: 2 problem\(s\) in class B or C\./m);
      expect(result.stdout).toContain('  skipped T06_feb30.txt:1:9 TIMESTAMP_RANGE day 30 is out of range for February 2024');
      expect(result.stdout).toContain(
        '  warning T05_trailing_spaces.txt:1:20 TIMESTAMP_TRAILING_SPACE trailing whitespace after the timestamp removed',
      );
      expect(snapshot(out)).toEqual(before);
    },
    BUILD_TIMEOUT,
  );
});

describe('a build over the bundled seed plus every class B and C fixture', () => {
  let seedsDir: string;
  let out: string;
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    seedsDir = seeds('seeds-b-c', CLASS_B_C_FIXTURES);
    out = path.join(temp.dir, 'out-b-c');
    result = build(seedsDir, out);
  }, BUILD_TIMEOUT);

  it('publishes exactly the articles ingest accepts, one page each, and nothing else', async () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = await ingestDir(seedsDir, { SOURCE_DATE_EPOCH });
    const report = readReport(out);
    expect(report.outcome).toBe('published');
    expect(report.manifest).toEqual(expected.manifest);
    const published = report.manifest.filter((entry) => entry.status === 'published');
    expect(published.length).toBe(expected.articles.length);
    expect(report.counts.published + report.counts.skipped + report.counts.ignored).toBe(report.counts.walked);
    for (const entry of published) expect(existsSync(path.join(out, entry.url!, 'index.html')), entry.file).toBe(true);
    const articlePages = readdirSync(out, { recursive: true }).filter((file) =>
      /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(String(file)),
    );
    expect(articlePages.length).toBe(published.length);
    // The report sits beside the output folder, never inside it.
    expect(readdirSync(out).some((name) => name.endsWith('.report.json'))).toBe(false);
  });

  it('lists every skipped file with its line in the summary that closes the output', () => {
    const report = readReport(out);
    const summary = result.stdout.slice(result.stdout.lastIndexOf('Seeds ('));
    for (const problem of report.problems) {
      expect(summary).toContain(`${problem.file}:${problem.line}:${problem.col} ${problem.code} `);
    }
    for (const entry of report.manifest.filter((e) => e.status.startsWith('skipped:'))) {
      expect(summary).toMatch(new RegExp(`  skipped ${entry.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ `));
    }
    expect(summary.trimEnd().split('\n').at(-1)).toMatch(/^Built \d+ article\(s\) into .+; report: .+\.report\.json\.$/);
  });

  it('escapes markup from seeds wherever it lands on the page', () => {
    const report = readReport(out);
    const page = (file: string) =>
      parse(readFileSync(path.join(out, report.manifest.find((e) => e.file === file)!.url!, 'index.html'), 'utf8'));
    for (const file of ['C01_script.txt', 'C02_img_onerror.txt', 'C03_title_markup.md', 'C04_jsonld_script.md', 'C07_raw_html.md']) {
      const elements = elementsOf(page(file));
      // Parsed as a browser would: seed text never becomes an element, an event handler or script code.
      expect(
        elements.filter((el) => ['iframe', 'style', 'img', 'b'].includes(el.nodeName)).map((el) => el.nodeName),
        file,
      ).toEqual([]);
      expect(
        elements.flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name))),
        file,
      ).toEqual([]);
      const scripts = elements.filter((el) => el.nodeName === 'script').map(textOf);
      expect(
        scripts.filter((code) => /alert\(/.test(code) && !/^\s*[{[]/.test(code)),
        file,
      ).toEqual([]);
      // JSON-LD may carry the title, but "</script>" inside it is written as \u003c/script>.
      for (const json of scripts.filter((code) => /^\s*[{[]/.test(code))) expect(json, file).not.toContain('</');
    }
    const title = elementsOf(page('C03_title_markup.md')).find((el) => el.nodeName === 'title')!;
    expect(textOf(title)).toMatch(/^<\/title><script>alert\(1\)<\/script> "quoted" & <b>bold<\/b>/);
  });

  it(
    'T16: is byte-identical when built under another TZ and LANG',
    () => {
      const other = path.join(temp.dir, 'out-b-c-kiritimati');
      const second = build(seedsDir, other, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
      expect(second.status, second.stderr).toBe(0);
      const contents = (dir: string) =>
        Object.fromEntries(Object.entries(snapshot(dir)).map(([file, value]) => [file, value.split(' ')[0]]));
      expect(contents(other)).toEqual(contents(out));
      expect(readFileSync(`${other}.report.json`, 'utf8')).toBe(readFileSync(`${out}.report.json`, 'utf8'));
    },
    BUILD_TIMEOUT,
  );
});

describe('a build that fails midway', () => {
  it(
    'after rendering and indexing (BUILD_FAIL_AT=index) leaves the output folder byte-unchanged and cleans up',
    () => {
      const out = previousOutput('out-midway');
      const before = snapshot(out);
      const result = build(seeds('seeds-midway', []), out, { BUILD_FAIL_AT: 'index' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Build stopped after index: failure injected by BUILD_FAIL_AT=index\. .+ was not changed/m);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(temp.dir).filter((name) => name.startsWith('.out-midway'))).toEqual([]);
      expect(readReport(out).outcome).toBe('failed');
    },
    BUILD_TIMEOUT,
  );

  it(
    'while Pagefind indexes a bundle as Astro renders (a correction, then BUILD_FAIL_AT=render) exits with the error and leaves the output unchanged',
    () => {
      // Twenty articles in one bundle: a correction to one makes Pagefind index the bundle again,
      // which it does while Astro renders (pipeline/build.ts).
      const corpus = generateCorpus(20, 41);
      const dir = seeds('seeds-early', [], (dir) => corpus.forEach(({ file, text }) => writeFileSync(path.join(dir, file), text)));
      const out = path.join(temp.dir, 'out-early');
      const correct = (n: number) => {
        const { file, text } = corpus[n]!;
        writeFileSync(path.join(dir, file), text.replace(/\n$/, ` A correction (${n}) was published.\n`));
      };
      expect(build(dir, out).status).toBe(0);
      correct(3);
      const corrected = build(dir, out);
      expect(corrected.status).toBe(0);
      expect(corrected.stdout).toMatch(/0 copied from the cache, 1 indexed /);

      correct(7);
      const before = snapshot(out);
      // Pagefind's service holds the bundle being indexed: the failed build must still exit.
      const result = build(dir, out, { BUILD_FAIL_AT: 'render' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Build stopped after render: failure injected by BUILD_FAIL_AT=render\. .+ was not changed/m);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(temp.dir).filter((name) => name.startsWith('.out-early.staging'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
