/**
 * `npm run bench`: builds generated archives of 1,000 and 10,000 articles (add --full for
 * 100,000) from scratch, then rebuilds with no change, after changing one seed and after adding
 * 100 seeds, and reports per stage (ingest, render, index, verify) the wall time, CPU time and
 * peak memory, medians of --runs runs (default 3), plus output file count and size.
 * The rebuild with no change comes first and is the first build with a previous site: it copies
 * every unchanged page into a new folder. The two after it recycle the site before last
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
 * Usage: npm run bench [-- --sizes 1000,10000] [--full] [--runs 3] [--report file.md]
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { groupThousands } from '../../src/lib/report/progress-line.ts';
import { generateCorpus } from '../corpus/generate-corpus.ts';
import { spareDirOf } from '../../pipeline/publish/output-store.ts';
import type { StageTiming } from '../../pipeline/shared/stage-meter.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(projectRoot, '.cache', 'bench');
/** Caches a cold build must not see. */
const CACHES = ['ingest', 'enrichment', 'search-index', 'file-memo', 'pages'].map((name) => path.join(projectRoot, '.cache', name));
const STAGES = ['ingest', 'render', 'index', 'verify'] as const;
const SCENARIOS = ['cold', 'no change', 'one changed seed', '100 seeds added'] as const;

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
  },
});

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

/** Counts the files and bytes of a built site. */
async function measureOutput(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
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

/** Changes the text of one seed in the middle of the corpus; returns a function that restores it. */
async function changeOneSeed(seedsDir: string): Promise<() => Promise<void>> {
  const names = (await readdir(seedsDir)).sort();
  const file = path.join(seedsDir, names[Math.floor(names.length / 2)]!);
  const original = await readFile(file, 'utf8');
  await writeFile(file, original.replace(/\n$/, ' A correction was published the next day.\n'));
  return () => writeFile(file, original);
}

/** Adds 100 new seeds (another generator seed, so other dates and ids); returns a function that removes them. */
async function addSeeds(seedsDir: string, after: number): Promise<() => Promise<void>> {
  const added = generateCorpus(100, 4242).map((article, i) => ({
    ...article,
    file: `${String(after + i).padStart(6, '0')}${article.file.slice(6)}`,
  }));
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
        const of = (pick: (t: StageTiming) => number) => median(samples.map((s) => pick(s.stages.find((t) => t.stage === stage)!)));
        return `${of((t) => t.wallSeconds).toFixed(1)} / ${of((t) => t.cpuSeconds).toFixed(1)} / ${groupThousands(mib(of((t) => t.peakRssBytes)))}`;
      });
      const other = median(samples.map((s) => s.processSeconds - s.stages.reduce((sum, t) => sum + t.wallSeconds, 0)));
      lines.push(`| ${groupThousands(size)} | ${scenario} | ${cells.join(' | ')} | ${other.toFixed(1)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const runs = Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');
  const sizes = flags.sizes.split(',').map(Number);
  if (flags.full && !sizes.includes(100_000)) sizes.push(100_000);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes must be positive whole numbers, e.g. 1000,10000');
  await mkdir(path.join(benchDir, 'logs'), { recursive: true });
  const progressLog = path.join(benchDir, 'runs.log');
  await writeFile(progressLog, '');
  const before = describeMachine();
  console.log(`Benchmark on ${before}`);

  const results = new Map<string, BuildSample[]>();
  for (const size of sizes) {
    const seedsDir = path.join(benchDir, `corpus-${size}`);
    const outDir = path.join(benchDir, `out-${size}`);
    await generate(seedsDir, size);
    for (let run = 1; run <= runs; run++) {
      for (const scenario of SCENARIOS) {
        let restore: (() => Promise<void>) | undefined;
        if (scenario === 'cold') {
          for (const cache of CACHES) await rm(cache, { recursive: true, force: true });
          // The site and the spare the output store keeps for the next build (pipeline/publish/output-store.ts).
          await rm(outDir, { recursive: true, force: true });
          await rm(spareDirOf(projectRoot, outDir), { recursive: true, force: true });
        } else if (scenario === 'one changed seed') {
          restore = await changeOneSeed(seedsDir);
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
  const report = formatTables(results, sizes, runs, { before, after: describeMachine() });
  await mkdir(path.dirname(flags.report), { recursive: true });
  await writeFile(flags.report, report);
  console.log(`\n${report}\nWritten to ${path.relative(projectRoot, flags.report)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
