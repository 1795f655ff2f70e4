/**
 * `npm run build`: ingest → Astro render → Pagefind index → verify → replace dist/ atomically.
 * Flags: --strict (or STRICT=1) fails on any problem; --out <dir> writes elsewhere than dist/
 * (used by the test suite to build several sites side by side); --timings <file> writes the
 * per-stage wall time, CPU time and peak memory as JSON (used by `npm run bench`); --partition
 * <years|shared> (or PARTITION) builds one partition of the site for `npm run combine`
 * (docs/scale-partitions.md).
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig, type ArchiveConfig } from '../src/lib/config.ts';
import { checkSite } from '../src/lib/manifest.ts';
import { groupThousands } from '../src/lib/progress-line.ts';
import { withBase } from '../src/lib/urls.ts';
import { formatSummary, ingestWithVerdict, reportFor, reportPathFor, writeReport, type IngestVerdict } from './ingest-report.ts';
import { buildNow } from './now.ts';
import { listAndAudit, writeHostFiles, type EarlyAudit } from './host-files.ts';
import { confirmOutput, runPreflight } from './preflight.ts';
import { indexBundles, startIndexing } from './index-bundles.ts';
import { closeSearchIndexer } from './search-index.ts';
import { maxBundlePages, partitionScope, readPartition, writePartitionManifest } from './partition-build.ts';
import { openPageReuse, renderFingerprint, spareFolderOf } from './incremental-pages.ts';
import { prerenderHooks } from './prerender-hooks.ts';
import { findRelatedOffThread } from './related-worker.ts';
import { relatedInputsOf, withRelated } from '../src/lib/link-articles.ts';
import { openFileMemo } from './file-memo.ts';
import { ARTICLE_PAGE, openSearchCopies } from './search-copies.ts';
import { walkFilesOffThread } from './walk-files.ts';
import { startPageAuditor } from './page-auditor.ts';
import type { AuditFinding } from '../src/lib/html-audit.ts';
import type { Article } from '../src/lib/article-schema.ts';
import { createStageMeter, formatStageTimings, type StageMeter } from './stage-meter.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
    partition: { type: 'string' },
  },
});
const distDir = path.resolve(projectRoot, flags.out);
// One work folder per output folder, so builds into different outputs never share state.
const distHash = createHash('sha256').update(distDir).digest('hex').slice(0, 12);
const workDir = path.join(projectRoot, '.cache', 'build', distHash);
// The cache keys of the pages in the output folder, for incremental rendering.
const pageRecordFile = path.join(projectRoot, '.cache', 'pages', `${distHash}.json`);
const dataFile = path.join(workDir, 'articles.json');
// The new site is staged, and the old one parked, beside the output folder: the same file
// system, so the swap is a rename wherever --out points.
const stagingDir = path.join(path.dirname(distDir), `.${path.basename(distDir)}.staging`);
const previousDir = spareFolderOf(distDir);
// The build report goes beside the output folder, never inside it (dist → dist.report.json).
const reportFile = reportPathFor(distDir);

/** URLs (under the base path) of the article pages among a site's files: `YYYY/MM/DD/<slug>/index.html`. */
function articlePages(files: readonly string[], basePath: string): string[] {
  return files.filter((file) => ARTICLE_PAGE.test(file)).map((file) => withBase(basePath, `/${file.slice(0, -'index.html'.length)}`));
}

/**
 * Test-only failure injection: BUILD_FAIL_AT=render|index|verify makes the build fail after that
 * stage, exactly as a real failure there would, so tests can prove the output folder is left untouched.
 */
function failIfInjected(stage: 'render' | 'index' | 'verify'): void {
  if (process.env.BUILD_FAIL_AT === stage) throw new Error(`Build stopped after ${stage}: failure injected by BUILD_FAIL_AT=${stage}.`);
}

async function main(): Promise<void> {
  // V8's on-disk compile cache for what loads from here on: Astro (0.7 s to import), the site's
  // bundle it builds, and the worker threads (through the environment). Never required: Node
  // reports rather than throws when it cannot enable it. NODE_COMPILE_CACHE chooses another folder.
  const compileCache = enableCompileCache(process.env.NODE_COMPILE_CACHE ?? path.join(projectRoot, '.cache', 'node-compile'));
  if (compileCache.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
  const config = resolveConfig({ ...process.env, ...(flags.strict ? { STRICT: '1' } : {}) });
  const started = performance.now();
  const meter = createStageMeter();

  // A crash between the two renames of an earlier swap left the old site parked: put it back.
  if (!(await exists(distDir)) && (await exists(previousDir))) await rename(previousDir, distDir);
  // Old sites whose background deletion was interrupted (the machine stopped) are deleted again.
  for (const name of await readdir(path.dirname(distDir)).catch(() => [] as string[]))
    if (name.startsWith(`${path.basename(previousDir)}-`) && name.endsWith('.deleting'))
      deleteDetached(path.join(path.dirname(distDir), name));

  // The site before last, which this build will likely recycle (scripts/incremental-pages.ts),
  // is listed on another thread while ingest works: 0.3 s of folder reads off the critical path.
  const spareListing = (await exists(pageRecordFile.replace(/\.json$/, '.spare.json'))) ? walkFilesOffThread(previousDir) : undefined;
  spareListing?.catch(() => undefined); // openPageReuse lists the folder itself then

  // No telemetry: builds must work offline and give the same output everywhere.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const ingesting = meter.measure('ingest', () =>
    ingestWithVerdict(config, projectRoot, { nowMs: buildNow(), relatedLater: true, prestartTagger: true }),
  );
  // Astro takes about 0.7 s to import: it loads while ingest waits for files and the tagger
  // (started first, so the tagger's worker loads alongside).
  const astro = import('astro');
  astro.catch(() => undefined); // a failed import is reported where it is awaited, if ingest succeeds
  const verdict = await ingesting;
  try {
    await buildSite(config, verdict, meter, started, astro, spareListing);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The half-built site goes; the output folder was never touched. Retries: pages still being
    // written when a render failed can land in a folder while it is being deleted.
    await rm(stagingDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    await writeReport(reportFile, reportFor(verdict, 'failed', message));
    // The summary closes the output: counts, then every problem with its file and line.
    console.log(formatSummary(verdict));
    throw new Error(
      `${message} ${path.relative(projectRoot, distDir) || '.'}/ was not changed; report: ${path.relative(projectRoot, reportFile)}`,
    );
  }
}

/**
 * Digest of what an article page gives Pagefind, by page file (`YYYY/MM/DD/slug/index.html`):
 * the article without its related articles, which the page shows outside the indexed body.
 */
function indexedDataOf(articles: readonly Article[]): (page: string) => string {
  const byPage = new Map(
    articles.map(({ related: _related, ...indexed }) => [
      `${indexed.permalink.slice(1)}index.html`,
      createHash('sha256').update(JSON.stringify(indexed)).digest('base64url'),
    ]),
  );
  return (page) => byPage.get(page) ?? 'missing';
}

/** What the deploy audit's findings depend on besides a file's bytes: its code and the site's address. */
async function auditSalt(config: ArchiveConfig): Promise<string> {
  const hash = createHash('sha256').update(`${config.siteUrl}\n${config.basePath}\n`);
  for (const file of ['src/lib/html-audit.ts', 'scripts/host-files.ts']) hash.update(await readFile(path.join(projectRoot, file)));
  return hash.digest('hex').slice(0, 32);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Everything after ingest: render, index, verify, swap; throws on the first failure. */
async function buildSite(
  config: ArchiveConfig,
  verdict: IngestVerdict,
  meter: StageMeter,
  started: number,
  astro: Promise<typeof import('astro')>,
  spareListing: Promise<string[]> | undefined,
): Promise<void> {
  if (verdict.failure) throw new Error(`Build stopped: ${verdict.failure}.`);
  const preflight = runPreflight(verdict.articles, config, process.env);
  const partition = readPartition(flags.partition, process.env);
  const scope = partitionScope(partition, verdict.articles, verdict.manifest, config.basePath);

  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  // Related articles are found on a worker thread while Astro bundles the site; its pages read the
  // articles only once they are written with them (prerender-hooks' dataReady).
  const dataReady = findRelatedOffThread(relatedInputsOf(verdict.articles)).then(async (related) => {
    verdict.articles = withRelated(verdict.articles, related);
    await writeFile(dataFile, JSON.stringify(verdict.articles));
  });
  dataReady.catch(() => undefined); // reported where it is awaited
  process.env.ARCHIVE_DATA_FILE = dataFile;

  const { build } = await astro;
  const fingerprint = await renderFingerprint(projectRoot, config, process.env);
  const indexedData = indexedDataOf(verdict.articles);
  // What Pagefind reads of each article page, kept between builds (scripts/search-copies.ts).
  const copies = await openSearchCopies(projectRoot, distHash, fingerprint, indexedData);
  const maxPages = maxBundlePages(process.env);
  const indexOptions = { projectRoot, maxPages, named: partition !== undefined, fingerprint, indexedData, copies };
  // Pagefind reads the current search copies of bundles with few changed pages while Astro renders;
  // no page is rendered (so no copy written) before it has read them.
  const indexing = startIndexing(stagingDir, scope.permalinks, { ...indexOptions, early: true });
  const pagefindRead = indexing.then(
    (start) => start.read,
    () => undefined, // reported in the index stage
  );
  let prechecked = new Map<string, AuditFinding[]>();
  const rendering = meter.measure('render', async () => {
    // The staging folder: the site before the live one, recycled (scripts/incremental-pages.ts), or a new folder.
    const folders = { outputDir: distDir, stagingDir, spareDir: previousDir };
    const reuse = await openPageReuse(folders, pageRecordFile, fingerprint, process.env, spareListing);
    if (reuse.discard) await discardInBackground(reuse.discard);
    // Pages are audited for static hosts as they are rendered, on a worker thread, which also writes their search copies.
    const auditor = startPageAuditor(stagingDir, new URL(config.siteUrl).origin, config.basePath, copies.dir);
    try {
      await build({
        root: projectRoot,
        outDir: stagingDir,
        logLevel: 'warn',
        // A recycled staging folder keeps its unchanged pages (Astro would empty it); a new one is empty.
        vite: { build: { emptyOutDir: false } },
        integrations: [
          prerenderHooks({
            keepPage: scope.keepPage,
            reusePage: reuse.canReuse,
            onPage: auditor.audit,
            dataReady: Promise.all([dataReady, pagefindRead]).then(() => undefined),
          }),
        ],
      });
      await dataReady; // written even when Astro listed no pages: the partition manifest and report use it
    } catch (error) {
      // A running worker would keep the failed build from exiting.
      await auditor.stop();
      throw error;
    }
    const rendered = await auditor.finish();
    prechecked = rendered.findings;
    copies.written(rendered.copied);
    await reuse.linkInto();
    const { pages, reused, kept } = reuse.counts();
    console.log(
      reuse.reason && reused === 0
        ? `Render: every page rendered (${reuse.reason}).`
        : `Render: ${groupThousands(pages - reused)} page(s) rendered, ${groupThousands(reused)} unchanged page(s) reused from the previous build` +
            (reuse.recycledBundles ? ` (${groupThousands(kept)} kept in place in the recycled site before it).` : '.'),
    );
    return reuse;
  });
  let reuse: Awaited<typeof rendering>;
  try {
    reuse = await rendering;
    failIfInjected('render');
  } catch (error) {
    // Pagefind's service, reading early bundles, would keep the failed build from exiting.
    await indexing.catch(() => undefined);
    await closeSearchIndexer();
    throw error;
  }

  // The deploy audit reads the rendered pages while Pagefind, a process of its own, indexes them:
  // both cores work. Its time is counted in the index stage; its findings are reported in verify.
  let audit: Promise<EarlyAudit> | undefined;
  // Findings per file, kept across builds: pages linked from the previous site are not read again.
  const auditMemo = await openFileMemo<AuditFinding[]>(projectRoot, `deploy-audit-${distHash}`, await auditSalt(config));
  const search = await meter.measure('index', async () => {
    // The audit starts once Pagefind has its pages, so its work on this thread does not delay Pagefind's start.
    let startAudit!: () => void;
    audit = new Promise<void>((resolve) => (startAudit = resolve)).then(() =>
      listAndAudit(stagingDir, config, { memo: auditMemo, prechecked }),
    );
    const [result] = await Promise.all([
      indexBundles(stagingDir, scope.permalinks, {
        ...indexOptions,
        start: await indexing,
        onStarted: startAudit,
        ...(reuse.recycledBundles ? { inPlace: reuse.recycledBundles } : {}),
      }),
      audit,
    ]);
    return result;
  });
  const indexed = search.indexed;
  failIfInjected('index');

  await meter.measure('verify', async () => {
    // Audit for static hosts, write _headers and .nojekyll, and check the output against host limits
    // (for a partition, the prediction is for the whole site: `npm run combine` checks the sum).
    const { output, files } = await writeHostFiles(stagingDir, config, audit);
    if (!partition) confirmOutput(preflight, output, config.strict);
    else await writePartitionManifest(stagingDir, partition, { ...verdict, projectRoot, config, scope, bundles: search.bundles });
    await verifyAndPublish(
      scope.manifest,
      articlePages(
        files.map((file) => file.path),
        config.basePath,
      ),
      indexed,
    );
    await auditMemo.save();
  });
  await reuse.save(search.keys);
  await meter.close();
  console.log(formatStageTimings(meter.timings));
  if (flags.timings) await writeFile(flags.timings, `${JSON.stringify({ stages: meter.timings }, null, 2)}\n`);

  await writeReport(reportFile, reportFor(verdict, 'published'));
  // The summary closes the output: counts, then every problem with its file and line.
  console.log(formatSummary(verdict));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${verdict.counts.published} article(s) into ${path.relative(projectRoot, distDir)}/ in ${seconds} s; ${indexed} page(s) in the search index; report: ${path.relative(projectRoot, reportFile)}.`,
  );
}

/**
 * Checks the staged site against the manifest (exactly one page per published article, one search
 * record each), then swaps it in place of the output folder.
 */
async function verifyAndPublish(manifest: IngestVerdict['manifest'], pages: string[], indexed: number): Promise<void> {
  const failures = checkSite(manifest, pages, indexed);
  if (failures.length > 0) throw new Error(`Verify: ${failures.join('; ')}.`);
  failIfInjected('verify');

  // Swap the finished site in; a failure above leaves the output folder as it was. The replaced
  // site stays beside it as the spare, which the next build recycles (scripts/incremental-pages.ts).
  await discardInBackground(previousDir); // only there if a build stopped before recycling it
  await rename(distDir, previousDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(stagingDir, distDir);
}

/**
 * Deletes a folder after the build has finished: it is renamed to a name of its own (so no later
 * build can meet it half-deleted) and removed by a detached process. Deleting the old site
 * (30,000 files at 10,000 articles) took 2–4 s, and the new site does not wait for it.
 */
async function discardInBackground(dir: string): Promise<void> {
  const doomed = `${dir}-${randomUUID().slice(0, 8)}.deleting`;
  const moved = await rename(dir, doomed).then(
    () => true,
    () => false,
  );
  if (moved) deleteDetached(doomed);
}

/** Starts a detached process that deletes `dir`, and does not wait for it. */
function deleteDetached(dir: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
