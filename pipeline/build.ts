/**
 * The build: ingest → render (Astro) → index (Pagefind) → publish, as `runBuild` below, each
 * stage owning its own overlap with the others. The output store (pipeline/publish/output-store.ts)
 * holds the build lock, owns the staging and spare sites and swaps the new site in; a failure
 * anywhere before the swap leaves the output folder as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import type { ArchiveConfig } from '../src/lib/config.ts';
import type { Article } from '../src/lib/article-schema.ts';
import { checkSite } from '../src/lib/report/manifest.ts';
import { withBase } from '../src/lib/archive/urls.ts';
import { formatSummary, ingestWithVerdict, reportFor, reportPathFor, writeReport, type IngestVerdict } from './ingest/ingest-verdict.ts';
import { buildNow } from './shared/build-now.ts';
import { listAndAudit, writeHostFiles, type EarlyAudit } from './publish/host-audit.ts';
import { confirmOutput, runPreflight } from './publish/preflight.ts';
import type { IndexBundlesResult } from './index/index-bundles.ts';
import { startIndex, type RunningIndex } from './index/index-worker.ts';
import { countPerYear, maxBundlePages, partitionScope, readPartition, writePartitionManifest } from './publish/partition-build.ts';
import { renderFingerprint, type PageReuse } from './render/page-reuse.ts';
import { renderSite, type RenderedSite } from './render/render-site.ts';
import { openOutputStore, OutputError, workDirOf, type OutputStore } from './publish/output-store.ts';
import { writeBuildContext } from './render/build-context.ts';
import { recordSite, siteIsCurrent, siteKey, type SiteListing } from './publish/site-record.ts';
import { resolveEntityMinArticles } from '../src/lib/archive/entity-index.ts';
import { findRelatedOffThread } from './ingest/related-worker.ts';
import { relatedInputsOf, withRelated } from '../src/lib/enrichment/archive-pass.ts';
import { openFileMemo } from './shared/file-memo.ts';
import { walkFilesOffThread } from './shared/walk-files.ts';
import type { AuditFinding } from '../src/lib/deploy/html-audit.ts';
import { createStageMeter, formatStageTimings, type StageMeter } from './shared/stage-meter.ts';

/** What `scripts/build.ts` parsed from its command line. */
export interface BuildOptions {
  projectRoot: string;
  /** Output folder, absolute or relative to the project root. */
  out: string;
  /** Writes per-stage timings as JSON here (`npm run bench`). */
  timings?: string;
  /** `--partition`, e.g. `2000..2012` or `shared`. */
  partition?: string;
}

/** Where a build into `out` keeps its state besides the output store: derived from the output folder. */
interface BuildPaths {
  projectRoot: string;
  /** Names this output's caches. */
  distHash: string;
  pageRecordFile: string;
  /** The live site's key and file identities (pipeline/publish/site-record.ts). */
  siteRecordFile: string;
  dataFile: string;
}

function buildPaths(projectRoot: string, out: string): BuildPaths {
  const workDir = workDirOf(projectRoot, out);
  const distHash = path.basename(workDir);
  return {
    projectRoot,
    distHash,
    // The cache keys of the pages in the output folder, for incremental rendering.
    pageRecordFile: path.join(projectRoot, '.cache', 'pages', `${distHash}.json`),
    siteRecordFile: path.join(projectRoot, '.cache', 'pages', `${distHash}.site.json`),
    dataFile: path.join(workDir, 'data', 'articles.json'),
  };
}

/** Article pages among a site's files. */
const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

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

/**
 * Runs one build of `config` (src/lib/config.ts) into `options.out`; throws with one line when the
 * build fails (the output folder then is as it was), after writing the report and printing the summary.
 */
export async function runBuild(config: ArchiveConfig, options: BuildOptions): Promise<void> {
  const { projectRoot } = options;
  // V8's on-disk compile cache for what loads from here on: Astro, the site's bundle it builds,
  // and the worker threads (through the environment). Never required: Node reports rather than
  // throws when it cannot enable it. NODE_COMPILE_CACHE chooses another folder.
  const compileCache = enableCompileCache(process.env.NODE_COMPILE_CACHE ?? path.join(projectRoot, '.cache', 'node-compile'));
  if (compileCache.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
  const paths = buildPaths(projectRoot, options.out);
  const store = await openOutputStore({
    projectRoot,
    out: options.out,
    workDir: workDirOf(projectRoot, options.out),
    reportFile: reportPathFor,
    onWait: (message) => console.log(message),
  });
  try {
    await buildWithStore(options, config, paths, store);
  } finally {
    store.release();
  }
}

async function buildWithStore(options: BuildOptions, config: ArchiveConfig, paths: BuildPaths, store: OutputStore): Promise<void> {
  const { projectRoot } = options;
  const started = performance.now();
  const meter = createStageMeter();
  const spareRecord = paths.pageRecordFile.replace(/\.json$/, '.spare.json');
  // The site before last, which this build will likely recycle (pipeline/render/page-reuse.ts),
  // is listed on another thread while ingest works, off the critical path.
  const spareListing = existsSync(spareRecord) && existsSync(store.spareDir) ? walkFilesOffThread(store.spareDir) : undefined;
  spareListing?.catch(() => undefined); // openPageReuse lists the folder itself then

  // No telemetry: builds must work offline and give the same output everywhere.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const ingesting = meter.measure('ingest', () =>
    ingestWithVerdict(config, projectRoot, { nowMs: buildNow(), relatedLater: true, prestartTagger: true }),
  );
  // Astro takes a while to import: it loads while ingest waits for files and the tagger.
  const astro = import('astro');
  astro.catch(() => undefined); // a failed import is reported where it is awaited, if ingest succeeds
  const verdict = await ingesting;
  const shownOut = `${path.relative(projectRoot, store.outputDir) || '.'}/`;
  try {
    await buildSite({ options, config, paths, store, meter, started }, verdict, astro, spareListing);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The half-built site goes; the output folder was never touched. Retries: pages still being
    // written when a render failed can land in a folder while it is being deleted.
    await rm(store.stagingDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    await writeReport(store.reportFile, reportFor(verdict, 'failed', message));
    // The summary closes the output: counts, then every problem with its file and line.
    console.log(formatSummary(verdict));
    throw new Error(`${message} ${shownOut} was not changed; report: ${path.relative(projectRoot, store.reportFile)}`);
  }
}

/** What the deploy audit's findings depend on besides a file's bytes: its code and the site's address. */
async function auditSalt(projectRoot: string, config: ArchiveConfig): Promise<string> {
  const hash = createHash('sha256').update(`${config.siteUrl}\n${config.basePath}\n`);
  for (const file of ['src/lib/deploy/html-audit.ts', 'pipeline/publish/host-audit.ts'])
    hash.update(await readFile(path.join(projectRoot, file)));
  return hash.digest('hex').slice(0, 32);
}

/** What every part of one build shares. */
interface BuildRun {
  options: BuildOptions;
  config: ArchiveConfig;
  paths: BuildPaths;
  store: OutputStore;
  meter: StageMeter;
  /** performance.now() when the build started. */
  started: number;
}

/**
 * Finds related articles on a worker thread (while Astro loads and bundles the site) and writes
 * the build context with them; settles once the file is written. Then lets go of `verdict.articles`:
 * Astro's pages read their own copy from the file, and the index worker has its own, so the largest
 * archives stay within memory and the garbage collector on Astro's thread has less heap to walk.
 */
async function writeContext(run: BuildRun, verdict: IngestVerdict): Promise<void> {
  const { dataFile } = run.paths;
  await rm(path.dirname(dataFile), { recursive: true, force: true });
  await mkdir(path.dirname(dataFile), { recursive: true });
  const related = await findRelatedOffThread(relatedInputsOf(verdict.articles));
  await writeBuildContext(dataFile, {
    config: run.config,
    entityMinArticles: resolveEntityMinArticles(process.env),
    articles: withRelated(verdict.articles, related),
  });
  verdict.articles = [];
}

/** Everything after ingest: render and index side by side, verify, publish; throws on the first failure. */
async function buildSite(
  run: BuildRun,
  verdict: IngestVerdict,
  astro: Promise<typeof import('astro')>,
  spareListing: Promise<string[]> | undefined,
): Promise<void> {
  const { options, config, paths, store, meter } = run;
  const { projectRoot, distHash } = paths;
  const { stagingDir } = store;
  if (verdict.failure) throw new Error(`Build stopped: ${verdict.failure}.`);
  const preflight = runPreflight(verdict.articles, config, process.env);
  const partition = readPartition(options.partition, process.env);
  const scope = partitionScope(partition, verdict.articles, verdict.manifest, config.basePath);
  const publishedPerYear = countPerYear(verdict.articles);
  const fingerprint = await renderFingerprint(projectRoot, config, process.env);
  const maxPages = maxBundlePages(process.env);
  // Related articles are not found yet: they follow from the rest (and the code), so the key leaves them out.
  const key = partition
    ? undefined
    : await siteKey({
        projectRoot,
        fingerprint,
        data: { maxPages, entityMinArticles: resolveEntityMinArticles(process.env), articles: verdict.articles },
      });
  // PAGE_REUSE=0 renders every page, so it builds even then.
  if (key !== undefined && process.env.PAGE_REUSE !== '0' && siteIsCurrent(paths.siteRecordFile, store.outputDir, key)) {
    await keepLiveSite(run, verdict);
    return;
  }
  // Related articles are found while Astro loads; its pages read the articles once they are written.
  // The articles as ingest gave them, for the index (the related articles found meanwhile are not
  // indexed), taken before writeContext lets go of them; the index worker gets its own copy.
  let articles: readonly Article[] | undefined = verdict.articles;
  const dataReady = writeContext(run, verdict);
  // Awaited by the render stage; observed now, so a failure before Astro asks for the data is not an unhandled rejection.
  dataReady.catch(() => undefined);
  const loadedAstro = await astro;
  const indexOptions = {
    projectRoot,
    maxPages,
    named: partition !== undefined,
    fingerprint,
    locale: config.locale,
  };

  // Render; the index stage starts as soon as the staging folder is ready and runs alongside.
  let index: RunningIndex | undefined;
  let rendered: RenderedSite;
  let search: IndexBundlesResult;
  let audit: Promise<EarlyAudit>;
  try {
    rendered = await meter.measure('render', () =>
      renderSite(loadedAstro, {
        projectRoot,
        config,
        folders: { outputDir: store.outputDir, stagingDir, spareDir: store.spareDir },
        pageRecordFile: paths.pageRecordFile,
        fingerprint,
        dataFile: paths.dataFile,
        dataReady,
        ...(scope.keepPage ? { keepPage: scope.keepPage } : {}),
        ...(spareListing ? { spareListing } : {}),
        // Pagefind writes only pagefind/ and the bundle list, which Astro never touches.
        onStaging: (reuse) => {
          const inPlace = reuse.recycledBundles ? { inPlace: reuse.recycledBundles } : {};
          index = startIndex(stagingDir, scope.permalinks, { ...indexOptions, ...inPlace }, articles ?? []);
          articles = undefined;
        },
      }),
    );
    failIfInjected('render');
    // The deploy audit reads the rendered pages while Pagefind finishes: the index stage is what
    // indexing takes after rendering, plus that audit, whose findings are reported in verify.
    // Findings per file are kept across builds: pages kept in place are not read again.
    const memo = await openFileMemo<AuditFinding[]>(projectRoot, `deploy-audit-${distHash}`, await auditSalt(projectRoot, config));
    const copiedFrom = new Map(rendered.reuse.copiedPages().map(({ file, source }) => [file, source]));
    audit = listAndAudit(stagingDir, config, { memo, prechecked: rendered.prechecked, copiedFrom }).then(async (early) => {
      await memo.save();
      return early;
    });
    [search] = await meter.measure('index', () => Promise.all([index!.result, audit]));
    failIfInjected('index');
  } catch (error) {
    // Pagefind, still indexing into the staging folder, stops before the folder is deleted.
    await index?.abandon();
    throw error;
  }

  const listing = await meter.measure('verify', async () => {
    // Audit for static hosts, write _headers and .nojekyll, and check the output against host limits
    // (for a partition, the prediction is for the whole site: `npm run combine` checks the sum).
    const { output, files, folders } = await writeHostFiles(stagingDir, config, audit);
    if (!partition) confirmOutput(preflight, output, config.strict);
    else
      await writePartitionManifest(stagingDir, partition, {
        projectRoot,
        manifest: verdict.manifest,
        publishedPerYear,
        config,
        scope,
        bundles: search.bundles,
      });
    const pages = articlePages(
      files.map((file) => file.path),
      config.basePath,
    );
    verifySite(scope.manifest, pages, search.indexed);
    return { files, folders };
  });
  await publishSite(run, verdict, rendered.reuse, search, { key, listing });
}

/**
 * The live site was built from the same articles, code and configuration and is unchanged since:
 * a build would give its bytes again, so it stays as it is (pipeline/publish/site-record.ts).
 */
async function keepLiveSite(run: BuildRun, verdict: IngestVerdict): Promise<void> {
  const { options, store, meter, paths } = run;
  for (const stage of ['render', 'index', 'verify'] as const) failIfInjected(stage);
  await meter.close();
  const shown = (file: string) => path.relative(paths.projectRoot, file);
  console.log(`Render: nothing changed since ${shown(store.outputDir)}/ was built; it is left as it is (nothing rendered or indexed).`);
  console.log(formatStageTimings(meter.timings));
  if (options.timings) await writeFile(options.timings, `${JSON.stringify({ stages: meter.timings }, null, 2)}\n`);
  await writeReport(store.reportFile, reportFor(verdict, 'published'));
  console.log(formatSummary(verdict));
  const seconds = ((performance.now() - run.started) / 1000).toFixed(1);
  console.log(
    `Built ${verdict.counts.published} article(s) into ${shown(store.outputDir)}/ in ${seconds} s (unchanged); ${verdict.counts.published} page(s) in the search index; report: ${shown(store.reportFile)}.`,
  );
}

/** Swaps the staged site in, records it for the next build, and prints the timings and summary. */
async function publishSite(
  run: BuildRun,
  verdict: IngestVerdict,
  reuse: PageReuse,
  search: IndexBundlesResult,
  site: { key: string | undefined; listing: SiteListing },
): Promise<void> {
  const { options, store, meter, paths } = run;
  const spareHolds = store.publish();
  await reuse.save(search.keys, spareHolds);
  // Moved in by rename, the site's files are the ones listed; a copy (`current`) is examined anew.
  await recordSite(paths.siteRecordFile, store.outputDir, site.key, spareHolds === 'previous' ? site.listing : undefined);
  await meter.close();
  console.log(formatStageTimings(meter.timings));
  if (options.timings) await writeFile(options.timings, `${JSON.stringify({ stages: meter.timings }, null, 2)}\n`);
  await writeReport(store.reportFile, reportFor(verdict, 'published'));
  // The summary closes the output: counts, then every problem with its file and line.
  console.log(formatSummary(verdict));
  const seconds = ((performance.now() - run.started) / 1000).toFixed(1);
  const shown = (file: string) => path.relative(paths.projectRoot, file);
  console.log(
    `Built ${verdict.counts.published} article(s) into ${shown(store.outputDir)}/ in ${seconds} s; ${search.indexed} page(s) in the search index; report: ${shown(store.reportFile)}.`,
  );
}

/** Checks the staged site against the manifest: exactly one page per published article, one search record each. */
function verifySite(manifest: IngestVerdict['manifest'], pages: string[], indexed: number): void {
  const failures = checkSite(manifest, pages, indexed);
  if (failures.length > 0) throw new Error(`Verify: ${failures.join('; ')}.`);
  failIfInjected('verify');
}

export { OutputError };
