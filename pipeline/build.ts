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
import { resolveConfig, type ArchiveConfig } from '../src/lib/config.ts';
import { checkSite } from '../src/lib/report/manifest.ts';
import { groupThousands } from '../src/lib/report/progress-line.ts';
import { withBase } from '../src/lib/archive/urls.ts';
import { formatSummary, ingestWithVerdict, reportFor, reportPathFor, writeReport, type IngestVerdict } from './ingest/ingest-verdict.ts';
import { buildNow } from './shared/build-now.ts';
import { listAndAudit, writeHostFiles, type EarlyAudit } from './publish/host-audit.ts';
import { confirmOutput, runPreflight } from './publish/preflight.ts';
import { indexBundles, type IndexBundlesResult } from './index/index-bundles.ts';
import { closeSearchIndexer } from './index/pagefind-bundle.ts';
import { maxBundlePages, partitionScope, readPartition, writePartitionManifest } from './publish/partition-build.ts';
import { openPageReuse, renderFingerprint } from './render/page-reuse.ts';
import { discardInBackground, openOutputStore, OutputError, workDirOf, type OutputStore } from './publish/output-store.ts';
import { prerenderHooks } from './render/prerender-hooks.ts';
import { buildContextIntegration, writeBuildContext } from './render/build-context.ts';
import { resolveEntityMinArticles } from '../src/lib/archive/entity-index.ts';
import { findRelatedOffThread } from './ingest/related-worker.ts';
import { relatedInputsOf, withRelated } from '../src/lib/enrichment/archive-pass.ts';
import { openFileMemo } from './shared/file-memo.ts';
import { indexedDocument } from '../src/lib/search/indexed-document.ts';
import { walkFilesOffThread } from './shared/walk-files.ts';
import { startPageAuditor } from './render/render-audit.ts';
import type { AuditFinding } from '../src/lib/deploy/html-audit.ts';
import type { Article } from '../src/lib/article-schema.ts';
import { createStageMeter, formatStageTimings, type StageMeter } from './shared/stage-meter.ts';

/** What `scripts/build.ts` parsed from its command line. */
export interface BuildOptions {
  projectRoot: string;
  /** Output folder, absolute or relative to the project root. */
  out: string;
  strict: boolean;
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
 * Runs one build into `options.out`; throws with one line when the build fails (the output folder
 * then is as it was), after writing the report and printing the summary.
 */
export async function runBuild(options: BuildOptions): Promise<void> {
  const { projectRoot } = options;
  // V8's on-disk compile cache for what loads from here on: Astro, the site's bundle it builds,
  // and the worker threads (through the environment). Never required: Node reports rather than
  // throws when it cannot enable it. NODE_COMPILE_CACHE chooses another folder.
  const compileCache = enableCompileCache(process.env.NODE_COMPILE_CACHE ?? path.join(projectRoot, '.cache', 'node-compile'));
  if (compileCache.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
  const config = resolveConfig({ ...process.env, ...(options.strict ? { STRICT: '1' } : {}) });
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
    await buildSite({ options, config, paths, store }, verdict, meter, started, astro, spareListing);
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

/** The HTML Pagefind indexes for each article page (`YYYY/MM/DD/slug/index.html`), made from the article when asked. */
function documentsOf(articles: readonly Article[], locale: string): (page: string) => string {
  const byPage = new Map(articles.map((article) => [`${article.permalink.slice(1)}index.html`, article]));
  return (page) => {
    const article = byPage.get(page);
    if (!article) throw new Error(`Index: no article for ${page}`);
    return indexedDocument(article, locale);
  };
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
async function auditSalt(projectRoot: string, config: ArchiveConfig): Promise<string> {
  const hash = createHash('sha256').update(`${config.siteUrl}\n${config.basePath}\n`);
  for (const file of ['src/lib/deploy/html-audit.ts', 'pipeline/publish/host-audit.ts'])
    hash.update(await readFile(path.join(projectRoot, file)));
  return hash.digest('hex').slice(0, 32);
}

/** Everything after ingest: render, index, verify, swap; throws on the first failure. */
/** What every part of one build shares. */
interface BuildContext {
  options: BuildOptions;
  config: ArchiveConfig;
  paths: BuildPaths;
  store: OutputStore;
}

async function buildSite(
  context: BuildContext,
  verdict: IngestVerdict,
  meter: StageMeter,
  started: number,
  astro: Promise<typeof import('astro')>,
  spareListing: Promise<string[]> | undefined,
): Promise<void> {
  const { options, config, paths, store } = context;
  const { projectRoot, distHash, pageRecordFile, dataFile } = paths;
  const { outputDir: distDir, stagingDir, spareDir: previousDir, reportFile } = store;
  if (verdict.failure) throw new Error(`Build stopped: ${verdict.failure}.`);
  const preflight = runPreflight(verdict.articles, config, process.env);
  const partition = readPartition(options.partition, process.env);
  const scope = partitionScope(partition, verdict.articles, verdict.manifest, config.basePath);

  await rm(path.dirname(dataFile), { recursive: true, force: true });
  await mkdir(path.dirname(dataFile), { recursive: true });
  // Related articles are found on a worker thread while Astro bundles the site; its pages read the
  // articles only once they are written with them (prerender-hooks' dataReady).
  const dataReady = findRelatedOffThread(relatedInputsOf(verdict.articles)).then(async (related) => {
    verdict.articles = withRelated(verdict.articles, related);
    await writeBuildContext(dataFile, { config, entityMinArticles: resolveEntityMinArticles(process.env), articles: verdict.articles });
  });
  dataReady.catch(() => undefined); // reported where it is awaited

  const { build } = await astro;
  const fingerprint = await renderFingerprint(projectRoot, config, process.env);
  const indexOptions = {
    projectRoot,
    maxPages: maxBundlePages(process.env),
    named: partition !== undefined,
    fingerprint,
    indexedData: indexedDataOf(verdict.articles),
    document: documentsOf(verdict.articles, config.locale),
  };
  let indexing: Promise<IndexBundlesResult> | undefined;
  let prechecked = new Map<string, AuditFinding[]>();
  const rendering = meter.measure('render', async () => {
    // The staging folder: the site before the live one, recycled (pipeline/render/page-reuse.ts), or a new folder.
    const folders = { outputDir: distDir, stagingDir, spareDir: previousDir };
    const reuse = await openPageReuse(folders, pageRecordFile, fingerprint, process.env, spareListing);
    if (reuse.discard) discardInBackground(reuse.discard);
    // Pagefind indexes documents built from the articles, not their pages, so it works in its own
    // process while Astro renders; it writes only pagefind/ and the bundle list, which Astro never touches.
    indexing = indexBundles(stagingDir, scope.permalinks, {
      ...indexOptions,
      ...(reuse.recycledBundles ? { inPlace: reuse.recycledBundles } : {}),
    });
    // Awaited in the index stage, or below when rendering fails; until then a rejection must not be unhandled.
    indexing.catch(() => undefined);
    // Pages are audited for static hosts as they are rendered, on a worker thread.
    const auditor = startPageAuditor(stagingDir, new URL(config.siteUrl).origin, config.basePath);
    try {
      await build({
        root: projectRoot,
        outDir: stagingDir,
        logLevel: 'warn',
        // A recycled staging folder keeps its unchanged pages (Astro would empty it); a new one is empty.
        vite: { build: { emptyOutDir: false } },
        integrations: [
          buildContextIntegration(dataFile),
          prerenderHooks({ keepPage: scope.keepPage, reusePage: reuse.canReuse, onPage: auditor.audit, dataReady }),
        ],
      });
      await dataReady; // written even when Astro listed no pages: the partition manifest and report use it
    } catch (error) {
      // A running worker would keep the failed build from exiting.
      await auditor.stop();
      throw error;
    }
    prechecked = await auditor.finish();
    await reuse.copyInto();
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
    // Pagefind's service, still indexing, would keep the failed build from exiting.
    await indexing?.catch(() => undefined);
    await closeSearchIndexer();
    throw error;
  }

  // The deploy audit reads the rendered pages while Pagefind finishes. Its time is counted in the
  // index stage (which is what indexing takes after rendering); its findings are reported in verify.
  let audit: Promise<EarlyAudit> | undefined;
  // Findings per file, kept across builds: pages copied from the previous site are not read again.
  const auditMemo = await openFileMemo<AuditFinding[]>(projectRoot, `deploy-audit-${distHash}`, await auditSalt(projectRoot, config));
  const search = await meter.measure('index', async () => {
    audit = listAndAudit(stagingDir, config, { memo: auditMemo, prechecked });
    const [result] = await Promise.all([indexing!, audit]);
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
    verifySite(
      scope.manifest,
      articlePages(
        files.map((file) => file.path),
        config.basePath,
      ),
      indexed,
    );
    await auditMemo.save();
  });
  const spareHolds = store.publish();
  await reuse.save(search.keys, spareHolds);
  await meter.close();
  console.log(formatStageTimings(meter.timings));
  if (options.timings) await writeFile(options.timings, `${JSON.stringify({ stages: meter.timings }, null, 2)}\n`);

  await writeReport(reportFile, reportFor(verdict, 'published'));
  // The summary closes the output: counts, then every problem with its file and line.
  console.log(formatSummary(verdict));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${verdict.counts.published} article(s) into ${path.relative(projectRoot, distDir)}/ in ${seconds} s; ${indexed} page(s) in the search index; report: ${path.relative(projectRoot, reportFile)}.`,
  );
}

/** Checks the staged site against the manifest: exactly one page per published article, one search record each. */
function verifySite(manifest: IngestVerdict['manifest'], pages: string[], indexed: number): void {
  const failures = checkSite(manifest, pages, indexed);
  if (failures.length > 0) throw new Error(`Verify: ${failures.join('; ')}.`);
  failIfInjected('verify');
}

export { OutputError };
