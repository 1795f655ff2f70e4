/**
 * `npm run bench:search`: how heavy and how fast search is at 10,000 articles. Generates a corpus,
 * builds it, then reports the Pagefind bundle's size and file count, and, in headless Chromium with
 * a cold cache per run, the bytes transferred for loading the search page plus the first query
 * (counted by the server, so requests from Pagefind's worker are included; text gzip-compressed as
 * static hosts serve it), the time from the last keystroke to the first result on screen, and to
 * the typed query's own results (the status names the query they answer).
 * A benchmark, not a test: it prints figures and never fails on them.
 * Usage: npm run bench:search [-- --count 10000 --runs 3 --skip-build --query "gas pipeline" --requests]
 * (`--query` measures only that query; `--requests` lists every response of the last run, in order.)
 */
import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, median, serveSite } from '../search-harness.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = path.join(projectRoot, '.cache', 'bench-search');
/** Plain words, a one-letter typo (corrected from the vocabulary shards), OR and exclusion. */
const QUERIES = [
  'earthquake',
  'gas pipeline',
  'Zakharova',
  'interest rates',
  'football championship',
  'eartquake',
  'earthquake OR wildfire',
  'summit -sanctions',
];
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY_MS = 100;

/** Total bytes and count of files under a folder. */
async function folderSize(dir: string, filter: (file: string) => boolean = () => true): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!filter(file)) continue;
    bytes += (await stat(file)).size;
    files++;
  }
  return { bytes, files };
}

/** What a request fetched, for the byte breakdown. */
function kindOf(url: string): string {
  // Bundles live in pagefind/ or, on a large archive, pagefind/<first>_<last>/.
  if (/\/pagefind\/(?:[0-9_.-]+\/)?fragment\//.test(url)) return 'result fragments';
  if (/\/pagefind\/(?:[0-9_.-]+\/)?index\//.test(url)) return 'index chunks';
  if (/\/pagefind\/(?:[0-9_.-]+\/)?filter\//.test(url)) return 'filter chunks';
  if (/\.pf_meta/.test(url)) return 'index metadata';
  if (/\/search\/vocabulary\//.test(url)) return 'vocabulary shards';
  if (/wasm\..*\.pagefind/.test(url)) return 'Pagefind WebAssembly';
  if (/\/pagefind\//.test(url)) return 'pagefind.js, worker, entry';
  return 'page (HTML, CSS, script, icon)';
}

interface RunResult {
  query: string;
  results: number;
  loadBytes: number;
  firstQueryBytes: number;
  requests: number;
  uncompressedBytes: number;
  latencyMs: number;
  answerMs: number;
  warmLatencyMs: number;
  byKind: Map<string, number>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      'skip-build': { type: 'boolean', default: false },
      query: { type: 'string', multiple: true },
      requests: { type: 'boolean', default: false },
    },
  });
  const seedsDir = path.join(workDir, 'seeds');
  const siteDir = path.join(workDir, 'site');
  let buildSeconds = NaN;
  if (!values['skip-build']) {
    execFileSync(process.execPath, ['tools/corpus/generate-corpus.ts', '--count', values.count, '--seed', '42', '--out', seedsDir], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    const started = performance.now();
    execFileSync(process.execPath, ['scripts/build.ts', '--out', path.relative(projectRoot, siteDir)], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, SEEDS_DIR: seedsDir, BASE_PATH: '/' },
    });
    buildSeconds = (performance.now() - started) / 1000;
  }

  const bundleDir = path.join(siteDir, 'pagefind');
  const bundle = await folderSize(bundleDir);
  // Pagefind also writes its prebuilt UIs; the search page never loads them.
  const unusedUi = /pagefind-(?:component-|modular-)?ui\.(?:js|css)$|pagefind-highlight\.js$|wasm\.unknown\.pagefind$/;
  const used = await folderSize(bundleDir, (file) => !unusedUi.test(file));
  // One bundle in pagefind/, or several in pagefind/<years>/: count each kind over all of them.
  const inFolder = (name: string) => (file: string) => path.basename(path.dirname(file)) === name;
  const fragments = await folderSize(bundleDir, inFolder('fragment'));
  const indexChunks = await folderSize(bundleDir, inFolder('index'));
  const filterChunks = await folderSize(bundleDir, inFolder('filter'));
  const vocabulary = await folderSize(path.join(siteDir, 'search', 'vocabulary'));

  const queries = values.query?.length ? values.query : QUERIES;
  let lastRequests: [string, number][] = [];
  const site = await serveSite(siteDir, { gzip: true });
  const browser = await launchChromium();
  const runs: RunResult[] = [];
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      for (const query of queries) {
        // A new context has an empty HTTP cache: every run is a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        site.resetCounters();
        await page.goto(`${site.url}search/`, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        const loadBytes = site.counters().bytes;
        await page.evaluate(() => {
          const marks = { lastInput: 0, shown: [] as number[], statuses: [] as [number, string][] };
          Object.assign(window, { __bench: marks });
          document.querySelector('#search-q')!.addEventListener('input', () => (marks.lastInput = performance.now()));
          new MutationObserver(() => marks.shown.push(performance.now())).observe(document.querySelector('#search-results')!, {
            childList: true,
          });
          // The status is written once the result list is drawn: it names the query those results answer.
          const status = document.querySelector('#search-status')!;
          new MutationObserver(() => marks.statuses.push([performance.now(), status.textContent ?? ''])).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        await page.getByLabel('Search words').click();
        await page.keyboard.type(query, { delay: KEY_DELAY_MS });
        await page
          .getByRole('status')
          .filter({ hasText: `for “${query}”` })
          .waitFor();
        await page.waitForLoadState('networkidle');
        const marks = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
          lastInput: number;
          shown: number[];
          statuses: [number, string][];
        };
        const latencyMs = (marks.shown.find((time) => time >= marks.lastInput) ?? NaN) - marks.lastInput;
        // The first result on screen may answer an earlier prefix; this is the typed query's own list.
        const answered = marks.statuses.find(([time, text]) => time >= marks.lastInput && text.includes(`for “${query}”`));
        const answerMs = (answered?.[0] ?? NaN) - marks.lastInput;
        const counters = site.counters();
        lastRequests = [...counters.byPath];
        const byKind = new Map<string, number>();
        for (const [url, bytes] of counters.byPath) byKind.set(kindOf(url), (byKind.get(kindOf(url)) ?? 0) + bytes);
        const results = Number(/([\d,]+) results?/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);

        // A second query on the warm page: what every search after the first costs.
        await page.evaluate(() => ((window as unknown as { __bench: { shown: number[] } }).__bench.shown = []));
        await page.getByLabel('Search words').fill('');
        await page.keyboard.type('summit', { delay: KEY_DELAY_MS });
        await page.getByRole('status').filter({ hasText: 'for “summit”' }).waitFor();
        const warm = (await page.evaluate(() => (window as unknown as { __bench: { lastInput: number; shown: number[] } }).__bench)) as {
          lastInput: number;
          shown: number[];
        };
        const warmLatencyMs = (warm.shown.find((time) => time >= warm.lastInput) ?? NaN) - warm.lastInput;
        runs.push({
          query,
          results,
          loadBytes,
          firstQueryBytes: counters.bytes,
          requests: counters.requests,
          uncompressedBytes: counters.uncompressed,
          latencyMs,
          answerMs,
          warmLatencyMs,
          byKind,
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }

  const of = (query: string) => runs.filter((run) => run.query === query);
  const medianOf = (list: RunResult[], key: keyof RunResult) => median(list.map((run) => Number(run[key])));
  const lines = [
    `## Search benchmark: ${Number(values.count).toLocaleString('en-GB')} generated articles`,
    '',
    '| measure | value | target |',
    '| --- | ---: | ---: |',
    ...(Number.isFinite(buildSeconds) ? [`| full build (ingest, render, index) | ${buildSeconds.toFixed(0)} s | |`] : []),
    `| Pagefind bundle on disk, all files | ${mb(bundle.bytes)} in ${bundle.files.toLocaleString('en-GB')} files | |`,
    `| … that the search page can fetch (no prebuilt UIs) | ${mb(used.bytes)} in ${used.files.toLocaleString('en-GB')} files | |`,
    `| … of which index chunks / fragments / filters | ${kb(indexChunks.bytes)} (${indexChunks.files}) / ${mb(fragments.bytes)} (${fragments.files}) / ${kb(filterChunks.bytes)} (${filterChunks.files}) | |`,
    `| vocabulary shards on disk | ${kb(vocabulary.bytes)} in ${vocabulary.files} files | |`,
    `| search page load, transferred (median) | ${kb(medianOf(runs, 'loadBytes'))} | |`,
    `| page load + first query, transferred (median; worst query) | ${kb(medianOf(runs, 'firstQueryBytes'))}; ${kb(Math.max(...queries.map((q) => medianOf(of(q), 'firstQueryBytes'))))} | ≤ 300 KB |`,
    `| … uncompressed (median) | ${kb(medianOf(runs, 'uncompressedBytes'))} | |`,
    `| last keystroke → first result on screen, cold page (median) | ${medianOf(runs, 'latencyMs').toFixed(0)} ms | ≤ 300 ms |`,
    `| last keystroke → the typed query's own results, cold page (median; worst query) | ${medianOf(runs, 'answerMs').toFixed(0)} ms; ${Math.max(...queries.map((q) => medianOf(of(q), 'answerMs'))).toFixed(0)} ms | ≤ 300 ms |`,
    `| last keystroke → first result on screen, next query (median) | ${medianOf(runs, 'warmLatencyMs').toFixed(0)} ms | ≤ 300 ms |`,
    '',
    `Per query (median of ${values.runs} cold runs; typing at ${KEY_DELAY_MS} ms per key; HTTP/1.1 on localhost, text gzip-compressed):`,
    '',
    '| query | results | requests | page load + first query | uncompressed | keystroke → first result | → its own results |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...queries.map(
      (query) =>
        `| ${query} | ${of(query)[0]!.results.toLocaleString('en-GB')} | ${medianOf(of(query), 'requests')} | ${kb(medianOf(of(query), 'firstQueryBytes'))} | ${kb(medianOf(of(query), 'uncompressedBytes'))} | ${medianOf(of(query), 'latencyMs').toFixed(0)} ms | ${medianOf(of(query), 'answerMs').toFixed(0)} ms |`,
    ),
  ];
  const kinds = [...new Set(runs.flatMap((run) => [...run.byKind.keys()]))];
  lines.push(
    '',
    'Where the bytes of page load + first query go (median over all runs):',
    '',
    '| part | transferred |',
    '| --- | ---: |',
    ...kinds.map((kind) => `| ${kind} | ${kb(median(runs.map((run) => run.byKind.get(kind) ?? 0)))} |`),
  );
  if (values.requests)
    lines.push(
      '',
      `Responses of the last run (“${queries.at(-1)}”), in order of completion:`,
      '',
      '| request | kind | transferred |',
      '| --- | --- | ---: |',
      ...lastRequests.map(([url, bytes]) => `| ${url} | ${kindOf(url)} | ${kb(bytes)} |`),
    );
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
