/**
 * `npm run bench:enrichment`: enrichment time per 1,000 articles. Generates a corpus with
 * tools/corpus/generate-corpus.ts (or reads --seeds <dir>), then times, over --runs runs, the
 * per-article extraction without cache, the same with a warm content-hash cache, and the
 * archive-wide pass (people across articles + related articles). Prints medians, and the cold
 * CPU time per article that the speed target (at most 1 ms) is about.
 * Usage: npx node tools/bench/bench-enrichment.ts [--count 1000] [--runs 3] [--seeds <dir>]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/lib/article-schema.ts';
import { enrichText, linkArticles } from '../../src/lib/enrichment/enrich.ts';
import { openEnrichmentCache } from '../../pipeline/ingest/enrichment-cache.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: flags } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, seeds: { type: 'string' } },
});
const count = Number(flags.count);
const runs = Number(flags.runs);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let seedsDir = flags.seeds ? path.resolve(flags.seeds) : undefined;
const scratch = await mkdtemp(path.join(tmpdir(), 'bench-enrichment-'));
if (!seedsDir) {
  seedsDir = path.join(scratch, 'seeds');
  execFileSync(process.execPath, [path.join(projectRoot, 'tools/corpus/generate-corpus.ts'), '--count', String(count), '--out', seedsDir], {
    stdio: 'ignore',
  });
}

// Plain-text seeds: line 1 is the timestamp, the rest are paragraphs.
const files = (await readdir(seedsDir, { recursive: true })).filter((name) => name.endsWith('.txt')).sort();
const corpus = await Promise.all(
  files.map(async (file, i) => {
    const lines = (await readFile(path.join(seedsDir, file), 'utf8')).split(/\r?\n/);
    const paragraphs = lines.slice(1).filter((line) => line.trim() !== '');
    const [date = '2024-01-01', time = '00:00:00'] = lines[0]!.split(' ');
    return { id: `a${String(i).padStart(7, '0')}`, publishedAt: `${date}T${time}+00:00`, paragraphs };
  }),
);
const perThousand = (ms: number) => (ms / corpus.length) * 1000;

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const cold: number[] = [];
const coldCpu: number[] = [];
const warm: number[] = [];
const linking: number[] = [];
let comparisons = 0;
for (let run = 0; run < runs; run++) {
  let started = performance.now();
  const cpu = process.cpuUsage();
  const enriched = corpus.map((article) => enrichText(article.paragraphs));
  cold.push(performance.now() - started);
  coldCpu.push(cpuMs(cpu));

  // A warm cache: every article already analysed in a previous build.
  const cacheRoot = path.join(scratch, `cache-${run}`);
  const filling = await openEnrichmentCache(cacheRoot, { analyse: enrichText });
  for (const article of corpus) filling.enrich(article.paragraphs);
  await filling.save();
  const cache = await openEnrichmentCache(cacheRoot, { analyse: enrichText });
  started = performance.now();
  for (const article of corpus) cache.enrich(article.paragraphs);
  warm.push(performance.now() - started);

  const articles = corpus.map((article, i): Article => ({
    id: article.id,
    sourceFile: `${article.id}.txt`,
    format: 'txt',
    publishedAt: article.publishedAt,
    date: { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
    headline: article.paragraphs[0]!.slice(0, 100),
    summary: '',
    paragraphs: article.paragraphs,
    ...enriched[i]!,
    related: [],
    slug: article.id,
    permalink: `/2024/01/01/${article.id}/`,
    wordCount: 0,
  }));
  started = performance.now();
  comparisons = linkArticles(articles).comparisons;
  linking.push(performance.now() - started);
}
await rm(scratch, { recursive: true, force: true });

const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Enrichment of ${corpus.length} articles from ${flags.seeds ?? 'tools/corpus/generate-corpus.ts'}, median of ${runs} run(s):`);
console.log(
  `  per-article extraction, no cache   ${format(median(cold))}  (${format(perThousand(median(cold)))} per 1,000 articles; ${format(perThousand(median(coldCpu)))} CPU)`,
);
console.log(
  `  cold enrichment CPU per article      ${(median(coldCpu) / corpus.length).toFixed(2)} ms  (target: at most 1 ms; quality of the same rules: npm run eval:enrichment)`,
);
console.log(`  per-article extraction, warm cache ${format(median(warm))}  (${format(perThousand(median(warm)))} per 1,000 articles)`);
console.log(
  `  archive-wide pass (people, related) ${format(median(linking))}  (${format(perThousand(median(linking)))} per 1,000 articles; ${(comparisons / corpus.length).toFixed(0)} comparisons per article)`,
);
