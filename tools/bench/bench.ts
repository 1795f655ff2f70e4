/**
 * `npm run bench`: builds generated archives of 1,000 and 10,000 articles (add --full for
 * 100,000) from scratch, then rebuilds with no change, after changing one seed (twice) and after adding
 * 100 seeds dated the day after the newest (a day's news), and reports per stage (ingest, render, index, verify) the wall time, CPU time and
 * peak memory, medians of --runs runs (default 3), plus output file count and size.
 * The rebuild with no change leaves the live site as it is (pipeline/publish/site-record.ts), so
 * the first changed seed is the first build with a previous site and no spare: it copies every
 * unchanged page into a new folder. The builds after it recycle the site before last
 * (pipeline/render/page-reuse.ts), as every rebuild of an archive built more than once does.
 * Prints a Markdown table and writes it to .cache/bench/report.md. It measures; it asserts nothing.
 *
 * How it measures: each build is a child process running scripts/build.ts --timings, which
 * records per stage the CPU time of its whole process tree (Pagefind's indexer is a child
 * binary) from /proc at stage boundaries, and the peak resident memory of the tree from a
 * sampler thread (pipeline/shared/stage-meter.ts). "From scratch" means no ingest, enrichment or
 * search-index cache; the seed files themselves stay in the OS page cache, and Node's compile cache
 * (.cache/node-compile: compiled code, no content) is kept.
 *
 * --peer also builds each corpus, in the same runs, with what a user would otherwise pick: Debian's
 * `hugo` with a minimal site (tools/bench/peer/) plus the Pagefind CLI, and prints our builds' wall
 * times as ratios of its cold build. --dense N builds N articles all dated in one year, from
 * scratch, and reports the largest search bundle (against 10,000 pages) and the peak memory.
 *
 * Usage: npm run bench [-- --sizes 1000,10000|none] [--full] [--runs 3] [--peer] [--dense 30000] [--report file.md]
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { groupThousands } from '../../src/lib/report/progress-line.ts';
import { generateCorpus } from '../corpus/generate-corpus.ts';
import { spareDirOf } from '../../pipeline/publish/output-store.ts';
import type { StageTiming } from '../../pipeline/shared/stage-meter.ts';
import { SEARCH_BUNDLES_FILE, SearchBundlesSchema } from '../../src/lib/search/search-bundles.ts';
import { buildPeer, hugoVersion, measureOutput, preparePeer, type PeerSample } from './peer/hugo-peer.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(projectRoot, '.cache', 'bench');
/** Caches a cold build must not see. */
const CACHES = ['ingest', 'enrichment', 'stories', 'search-index', 'file-memo', 'pages'].map((name) =>
  path.join(projectRoot, '.cache', name),
);
const STAGES = ['ingest', 'render', 'index', 'verify'] as const;
const SCENARIOS = ['cold', 'no change', 'one changed seed, first rebuild', 'one changed seed', '100 seeds added'] as const;

interface BuildSample {
  stages: StageTiming[];
  /** Wall time of the whole build process, start-up included. */
  processSeconds: number;
  files?: number;
  bytes?: number;
}

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    full: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: path.join(benchDir, 'report.md') },
    peer: { type: 'boolean', default: false },
    dense: { type: 'string' },
  },
});

/** The year every article of the --dense corpus is moved to (a leap year, so 29 February stays valid). */
const DENSE_YEAR = '2024';
/** The bundle size the issue asks a dense year to stay within, whatever SEARCH_BUNDLE_PAGES is. */
const DENSE_BUNDLE_LIMIT = 10_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Writes a fresh generated corpus of `count` seeds (seed 42, as in the issue's anchors). */
async function generate(dir: string, count: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  execFileSync(process.execPath, ['tools/corpus/generate-corpus.ts', '--count', String(count), '--seed', '42', '--out', dir], {
    cwd: projectRoot,
    stdio: 'ignore',
  });
}

/** Moves every seed of `dir` into DENSE_YEAR: the same articles, all in one year. */
async function moveToOneYear(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^\d{4}/, DENSE_YEAR));
  }
}

/**
 * Waits until the site a build replaced is deleted (the build leaves that to a background
 * process, pipeline/build.ts), so each build is measured without the last one's clean-up.
 */
async function waitForDeletions(outDir: string): Promise<void> {
  const prefix = `.${path.basename(outDir)}.previous-`;
  while ((await readdir(path.dirname(outDir)).catch(() => [] as string[])).some((name) => name.startsWith(prefix))) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs one build as a child process; its log goes to `logFile`, its progress lines to our stderr. */
async function runBuild(seedsDir: string, outDir: string, logFile: string): Promise<BuildSample> {
  await waitForDeletions(outDir);
  // Writes still queued from the last step (a generated corpus, a deleted site) are flushed first:
  // on this machine's virtual disk they slowed the next build by up to 40 %.
  if (process.platform !== 'win32') execFileSync('sync');
  const timingsFile = path.join(benchDir, 'timings.json');
  await rm(timingsFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', outDir, '--timings', timingsFile], {
    cwd: projectRoot,
    env: { ...process.env, SEEDS_DIR: seedsDir, HOST_LIMITS: process.env.HOST_LIMITS ?? 'none' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const log: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const processSeconds = (performance.now() - started) / 1000;
  await writeFile(logFile, Buffer.concat(log));
  if (code !== 0) throw new Error(`build failed (exit ${code}); log: ${logFile}`);
  const { stages } = JSON.parse(await readFile(timingsFile, 'utf8')) as { stages: StageTiming[] };
  return { stages, processSeconds };
}

/** Changes the text of one seed in the middle of the corpus, adding `sentence`; returns a function that restores it. */
async function changeOneSeed(seedsDir: string, sentence: string): Promise<() => Promise<void>> {
  const names = (await readdir(seedsDir)).sort();
  const file = path.join(seedsDir, names[Math.floor(names.length / 2)]!);
  const original = await readFile(file, 'utf8');
  await writeFile(file, original.replace(/\n$/, ` ${sentence}\n`));
  return () => writeFile(file, original);
}

/**
 * Adds 100 new seeds (another generator seed, so other texts and ids) dated through the day after
 * the newest seed, as a day's news arrives; returns a function that removes them.
 */
async function addSeeds(seedsDir: string, after: number): Promise<() => Promise<void>> {
  let newest = '';
  for (const name of await readdir(seedsDir)) {
    const stamp = (await readFile(path.join(seedsDir, name), 'utf8')).slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(stamp) && stamp > newest) newest = stamp;
  }
  const next = new Date(`${newest}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const day = next.toISOString().slice(0, 10);
  const added = generateCorpus(100, 4242).map((article, i) => {
    const minutes = i * 14;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
    return {
      file: `${String(after + i).padStart(6, '0')}${article.file.slice(6)}`,
      text: article.text.replace(/^[^\n]*/, `${day} ${time}`),
    };
  });
  for (const article of added) await writeFile(path.join(seedsDir, article.file), article.text);
  return async () => {
    for (const article of added) await rm(path.join(seedsDir, article.file), { force: true });
  };
}

function describeMachine(): string {
  const load = os.loadavg().map((value) => value.toFixed(2));
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return `${os.availableParallelism()} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, commit ${commit}; load average ${load.join(' / ')} (1/5/15 min)`;
}

function formatTables(
  results: Map<string, BuildSample[]>,
  sizes: number[],
  runs: number,
  machine: { before: string; after: string },
): string {
  const lines: string[] = [];
  lines.push(`Medians of ${runs} run(s). Before: ${machine.before}. After: ${machine.after}.`, '');
  lines.push('| articles | build | wall (s) | CPU (s) | peak memory (MiB) | vs cold wall | output files | output size (MB) |');
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const coldWall = median((results.get(`${size}|cold`) ?? []).map((s) => s.processSeconds));
    for (const scenario of SCENARIOS) {
      const samples = results.get(`${size}|${scenario}`);
      if (!samples?.length) continue;
      const wall = median(samples.map((s) => s.processSeconds));
      const cpu = median(samples.map((s) => s.stages.reduce((sum, t) => sum + t.cpuSeconds, 0)));
      const peak = median(samples.map((s) => Math.max(...s.stages.map((t) => t.peakRssBytes))));
      const files = samples[0]!.files;
      const bytes = samples[0]!.bytes;
      lines.push(
        `| ${groupThousands(size)} | ${scenario} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${groupThousands(mib(peak))} | ${scenario === 'cold' ? '' : `${Math.round((100 * wall) / coldWall)} %`} | ${files === undefined ? '' : groupThousands(files)} | ${bytes === undefined ? '' : (bytes / 1e6).toFixed(0)} |`,
      );
    }
  }
  lines.push('', 'Per stage (wall s / CPU s / peak MiB); "other" is start-up and work between stages (pre-flight, reports).', '');
  lines.push(`| articles | build | ${STAGES.join(' | ')} | other |`);
  lines.push(`| ---: | --- | ${STAGES.map(() => '---').join(' | ')} | --- |`);
  for (const size of sizes) {
    for (const scenario of SCENARIOS) {
      const samples = results.get(`${size}|${scenario}`);
      if (!samples?.length) continue;
      const cells = STAGES.map((stage) => {
        // A rebuild that finds the live site current runs no render or index stage: zero.
        const none: StageTiming = { stage, wallSeconds: 0, cpuSeconds: 0, peakRssBytes: 0 };
        const of = (pick: (t: StageTiming) => number) => median(samples.map((s) => pick(s.stages.find((t) => t.stage === stage) ?? none)));
        return `${of((t) => t.wallSeconds).toFixed(1)} / ${of((t) => t.cpuSeconds).toFixed(1)} / ${groupThousands(mib(of((t) => t.peakRssBytes)))}`;
      });
      const other = median(samples.map((s) => s.processSeconds - s.stages.reduce((sum, t) => sum + t.wallSeconds, 0)));
      lines.push(`| ${groupThousands(size)} | ${scenario} | ${cells.join(' | ')} | ${other.toFixed(1)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const seconds = (value: number) => value.toFixed(1);

/** The peer's table (medians) and our builds as ratios of its cold build's wall time. */
function formatPeer(results: Map<string, BuildSample[]>, peers: Map<number, PeerSample[]>, sizes: number[], version: string): string {
  const lines = [
    '',
    `Peer: ${version}, minimal templates (tools/bench/peer/site), then the Pagefind CLI (node_modules); content written from the seeds beforehand, untimed.`,
    '',
    '| articles | peer step | wall (s) | CPU (s) | peak memory (MiB) | output files | output size (MB) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const size of sizes) {
    const samples = peers.get(size) ?? [];
    if (samples.length === 0) continue;
    const step = (pick: (sample: PeerSample) => { wallSeconds: number; cpuSeconds: number; peakRssBytes: number }) => [
      seconds(median(samples.map((sample) => pick(sample).wallSeconds))),
      seconds(median(samples.map((sample) => pick(sample).cpuSeconds))),
      groupThousands(mib(median(samples.map((sample) => pick(sample).peakRssBytes)))),
    ];
    const total = (sample: PeerSample) => ({
      wallSeconds: sample.hugo.wallSeconds + sample.pagefind.wallSeconds,
      cpuSeconds: sample.hugo.cpuSeconds + sample.pagefind.cpuSeconds,
      peakRssBytes: Math.max(sample.hugo.peakRssBytes, sample.pagefind.peakRssBytes),
    });
    lines.push(`| ${groupThousands(size)} | hugo | ${step((sample) => sample.hugo).join(' | ')} | | |`);
    lines.push(`| ${groupThousands(size)} | pagefind CLI | ${step((sample) => sample.pagefind).join(' | ')} | | |`);
    lines.push(
      `| ${groupThousands(size)} | **hugo + pagefind, cold** | ${step(total).join(' | ')} | ${groupThousands(samples[0]!.files)} | ${(samples[0]!.bytes / 1e6).toFixed(0)} |`,
    );
  }
  lines.push('', '| articles | our build | wall (s) | ÷ hugo + pagefind cold |', '| ---: | --- | ---: | ---: |');
  for (const size of sizes) {
    const samples = peers.get(size) ?? [];
    if (samples.length === 0) continue;
    const peer = median(samples.map((sample) => sample.hugo.wallSeconds + sample.pagefind.wallSeconds));
    for (const scenario of SCENARIOS) {
      const ours = results.get(`${size}|${scenario}`);
      if (!ours?.length) continue;
      const wall = median(ours.map((sample) => sample.processSeconds));
      lines.push(`| ${groupThousands(size)} | ${scenario} | ${seconds(wall)} | ${(wall / peer).toFixed(2)}× |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

interface DenseSample {
  sample: BuildSample;
  bundles: number;
  largestBundle: number;
}

/** The dense-year builds: wall time, peak memory of every process of the build, and the bundles. */
function formatDense(count: number, samples: DenseSample[]): string {
  const peak = median(samples.map(({ sample }) => Math.max(...sample.stages.map((t) => t.peakRssBytes))));
  const largest = Math.max(...samples.map((s) => s.largestBundle));
  return [
    '',
    `Dense year: ${groupThousands(count)} articles all dated ${DENSE_YEAR}, cold, medians of ${samples.length} run(s).`,
    '',
    '| articles | wall (s) | peak memory, all processes (MiB) | search bundles | largest bundle (pages) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${groupThousands(count)} | ${seconds(median(samples.map(({ sample }) => sample.processSeconds)))} | ${groupThousands(mib(peak))} | ${samples[0]!.bundles} | ${groupThousands(largest)} (${largest <= DENSE_BUNDLE_LIMIT ? 'within' : 'over'} ${groupThousands(DENSE_BUNDLE_LIMIT)}) |`,
    '',
  ].join('\n');
}

/** Clears every cache and the site a cold build must not see. */
async function clearForCold(outDir: string): Promise<void> {
  for (const cache of CACHES) await rm(cache, { recursive: true, force: true });
  // The site and the spare the output store keeps for the next build (pipeline/publish/output-store.ts).
  await rm(outDir, { recursive: true, force: true });
  await rm(spareDirOf(projectRoot, outDir), { recursive: true, force: true });
}

async function main(): Promise<void> {
  const runs = Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  // `--sizes none` runs only the --dense build.
  const sizes = flags.sizes === 'none' ? [] : flags.sizes.split(',').map(Number);
  if (flags.full && !sizes.includes(100_000)) sizes.push(100_000);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes must be positive whole numbers, e.g. 1000,10000');
  await mkdir(path.join(benchDir, 'logs'), { recursive: true });
  const progressLog = path.join(benchDir, 'runs.log');
  await writeFile(progressLog, '');
  const before = describeMachine();
  console.log(`Benchmark on ${before}`);

  const peerVersion = flags.peer ? hugoVersion() : undefined;
  if (flags.peer && !peerVersion) throw new Error("--peer needs Debian's hugo: apt-get install -y hugo");
  const dense = flags.dense === undefined ? undefined : Number(flags.dense);
  if (dense !== undefined && (!Number.isInteger(dense) || dense < 1))
    throw new Error('--dense must be a positive whole number of articles');

  const results = new Map<string, BuildSample[]>();
  const peers = new Map<number, PeerSample[]>();
  for (const size of sizes) {
    const seedsDir = path.join(benchDir, `corpus-${size}`);
    const outDir = path.join(benchDir, `out-${size}`);
    await generate(seedsDir, size);
    if (peerVersion) await preparePeer(seedsDir, path.join(benchDir, `peer-${size}`));
    for (let run = 1; run <= runs; run++) {
      for (const scenario of SCENARIOS) {
        let restore: (() => Promise<void>) | undefined;
        if (scenario === 'cold') {
          if (peerVersion) {
            // The peer's cold build, in the same run, just before ours.
            const peer = await buildPeer(path.join(benchDir, `peer-${size}`), projectRoot);
            peers.set(size, [...(peers.get(size) ?? []), peer]);
            const line = `${groupThousands(size)} articles, peer (hugo + pagefind), run ${run}/${runs}: ${seconds(peer.hugo.wallSeconds)} + ${seconds(peer.pagefind.wallSeconds)} s wall`;
            console.log(line);
            await appendFile(progressLog, `${line}\n`);
          }
          await clearForCold(outDir);
        } else if (scenario === 'one changed seed, first rebuild') {
          restore = await changeOneSeed(seedsDir, 'A correction was published the next day.');
        } else if (scenario === 'one changed seed') {
          // The same seed corrected again: one seed differs from the live site, which now has a spare to recycle.
          restore = await changeOneSeed(seedsDir, 'A second correction was published two days later.');
        } else if (scenario === '100 seeds added') {
          restore = await addSeeds(seedsDir, size);
        }
        const logFile = path.join(benchDir, 'logs', `${size}-${scenario.replaceAll(' ', '-')}-${run}.log`);
        const sample = await runBuild(seedsDir, outDir, logFile);
        if (scenario === 'cold') Object.assign(sample, await measureOutput(outDir));
        await restore?.();
        const key = `${size}|${scenario}`;
        results.set(key, [...(results.get(key) ?? []), sample]);
        const line = `${groupThousands(size)} articles, ${scenario}, run ${run}/${runs}: ${sample.processSeconds.toFixed(1)} s wall, peak ${groupThousands(mib(Math.max(...sample.stages.map((t) => t.peakRssBytes))))} MiB (load ${os.loadavg()[0]!.toFixed(2)})`;
        console.log(line);
        await appendFile(progressLog, `${line}\n`);
      }
    }
  }
  const denseSamples: DenseSample[] = [];
  if (dense !== undefined) {
    const seedsDir = path.join(benchDir, `corpus-dense-${dense}`);
    const outDir = path.join(benchDir, `out-dense-${dense}`);
    await generate(seedsDir, dense);
    await moveToOneYear(seedsDir);
    for (let run = 1; run <= runs; run++) {
      await clearForCold(outDir);
      const sample = await runBuild(seedsDir, outDir, path.join(benchDir, 'logs', `dense-${dense}-${run}.log`));
      const { bundles } = SearchBundlesSchema.parse(JSON.parse(await readFile(path.join(outDir, SEARCH_BUNDLES_FILE), 'utf8')));
      const largestBundle = Math.max(...bundles.map((bundle) => bundle.pages));
      denseSamples.push({ sample, bundles: bundles.length, largestBundle });
      const line = `${groupThousands(dense)} articles in one year, cold, run ${run}/${runs}: ${seconds(sample.processSeconds)} s wall, peak ${groupThousands(mib(Math.max(...sample.stages.map((t) => t.peakRssBytes))))} MiB, ${bundles.length} bundles, largest ${groupThousands(largestBundle)} pages`;
      console.log(line);
      await appendFile(progressLog, `${line}\n`);
    }
  }
  const machine = { before, after: describeMachine() };
  let report = sizes.length > 0 ? formatTables(results, sizes, runs, machine) : `Before: ${machine.before}. After: ${machine.after}.\n\n`;
  if (peerVersion) report += formatPeer(results, peers, sizes, peerVersion);
  if (dense !== undefined) report += formatDense(dense, denseSamples);
  await mkdir(path.dirname(flags.report), { recursive: true });
  await writeFile(flags.report, report);
  console.log(`\n${report}\nWritten to ${path.relative(projectRoot, flags.report)}.`);
  // Story detection alone, per article, at the largest size (tools/bench/bench-stories.ts); none with `--sizes none`.
  if (sizes.length > 0)
    execFileSync(
      process.execPath,
      [path.join(projectRoot, 'tools/bench/bench-stories.ts'), '--count', String(Math.max(...sizes)), '--runs', String(runs)],
      { stdio: 'inherit' },
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
