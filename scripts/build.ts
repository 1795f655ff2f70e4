/**
 * `npm run build`: ingest → Astro render → Pagefind index → verify → replace dist/ atomically.
 * Flags: --strict (or STRICT=1) fails on any problem; --out <dir> writes elsewhere than dist/
 * (used by the test suite to build several sites side by side).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/lib/config.ts';
import { formatSummary, ingestWithVerdict } from './ingest-report.ts';
import { writeHostFiles } from './host-files.ts';
import { confirmOutput, runPreflight } from './preflight.ts';
import { buildSearchIndex } from './search-index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } },
});
const distDir = path.resolve(projectRoot, flags.out);
// One work folder per output folder, so builds into different outputs never share state.
const workDir = path.join(projectRoot, '.cache', 'build', createHash('sha256').update(distDir).digest('hex').slice(0, 12));
const dataFile = path.join(workDir, 'articles.json');
const stagingDir = path.join(workDir, 'site');

/** Counts `index.html` files under `<dir>/YYYY/MM/DD/<slug>/`. */
async function countArticlePages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => /^\d{4}[/\\]\d{2}[/\\]\d{2}[/\\][^/\\]+[/\\]index\.html$/.test(entry)).length;
}

async function main(): Promise<void> {
  const config = resolveConfig({ ...process.env, ...(flags.strict ? { STRICT: '1' } : {}) });
  const started = performance.now();

  const verdict = await ingestWithVerdict(config, projectRoot);
  console.log(formatSummary(verdict));
  if (verdict.failure) throw new Error(`Build stopped: ${verdict.failure}. dist/ was not changed.`);
  const preflight = runPreflight(verdict.articles, config, process.env);

  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  await writeFile(dataFile, JSON.stringify(verdict.articles));
  process.env.ARCHIVE_DATA_FILE = dataFile;

  // No telemetry: builds must work offline and give the same output everywhere.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir: stagingDir, logLevel: 'warn' });

  const pages = await countArticlePages(stagingDir);
  if (pages !== verdict.counts.published)
    throw new Error(`Verify: ${pages} article page(s) rendered for ${verdict.counts.published} published article(s).`);

  const indexed = await buildSearchIndex(stagingDir);
  // Audit for static hosts, write _headers and .nojekyll, and check the output against host limits.
  confirmOutput(preflight, await writeHostFiles(stagingDir, config), config.strict);
  if (indexed !== verdict.counts.published)
    throw new Error(`Verify: Pagefind indexed ${indexed} page(s) for ${verdict.counts.published} published article(s).`);

  // Swap the finished site in with one rename; a failure above leaves dist/ as it was.
  const previous = path.join(workDir, 'previous-dist');
  await rm(previous, { recursive: true, force: true });
  await rename(distDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await mkdir(path.dirname(distDir), { recursive: true });
  await rename(stagingDir, distDir);
  await rm(previous, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${verdict.counts.published} article(s) into ${path.relative(projectRoot, distDir)}/ in ${seconds} s; ${indexed} page(s) in the search index.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
