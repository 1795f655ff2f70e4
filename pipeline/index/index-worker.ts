/**
 * The index stage on a worker thread (`startIndex`): Pagefind is given one page at a time, and on
 * the build's thread each of those messages waited behind Astro's rendering, so most of the
 * indexing was left for after it. On its own thread the stage runs at Pagefind's pace while
 * Astro renders. The worker gets the articles, makes their documents
 * (src/lib/search/indexed-document.ts) and runs `indexBundles`.
 */
import { createHash } from 'node:crypto';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../src/lib/article-schema.ts';
import { indexedDocument } from '../../src/lib/search/indexed-document.ts';
import { oneShotWorker } from '../shared/one-shot-worker.ts';
import { indexBundles, type IndexBundlesOptions, type IndexBundlesResult } from './index-bundles.ts';

/** What Pagefind reads of an article: the article without its related articles, which the page shows outside the indexed body. */
type IndexedArticle = Omit<Article, 'related'>;

/** `indexBundles` options that cross to the worker; the documents and their digests are made there. */
export type IndexStageOptions = Omit<IndexBundlesOptions, 'document' | 'indexedData' | 'publishedAt'> & { locale: string };

interface IndexJob {
  siteDir: string;
  permalinks: readonly string[];
  options: IndexStageOptions;
  articles: readonly IndexedArticle[];
}

/** The index stage, started while the site renders: Pagefind needs the articles, not their pages. */
export interface RunningIndex {
  /** The stage's result; rejects with its first error. */
  result: Promise<IndexBundlesResult>;
  /** Waits for the stage to settle (its worker then has stopped Pagefind's service). */
  abandon(): Promise<void>;
}

/** Starts the index stage on a worker thread; a failure is reported by `result`, also while nothing awaits it yet. */
export function startIndex(
  siteDir: string,
  permalinks: readonly string[],
  options: IndexStageOptions,
  articles: readonly Article[],
): RunningIndex {
  const indexed = articles.map(({ related: _related, ...article }) => article);
  const job: IndexJob = { siteDir, permalinks, options, articles: indexed };
  const result = oneShotWorker<IndexBundlesResult>(new URL(import.meta.url), { indexJob: job }, 'search index');
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  return { result, abandon: () => settled };
}

/** Runs `job` (on the worker). */
function runJob(job: IndexJob): Promise<IndexBundlesResult> {
  const byPage = new Map(job.articles.map((article) => [`${article.permalink.slice(1)}index.html`, article]));
  // Each bundle's articles are dropped once it is indexed: at 100,000 articles this copy is some 500 MB, beside Astro's.
  job.articles = [];
  return indexBundles(job.siteDir, job.permalinks, {
    ...job.options,
    release(pages) {
      for (const page of pages) byPage.delete(page);
    },
    document(page) {
      const article = byPage.get(page);
      if (!article) throw new Error(`Index: no article for ${page}`);
      return indexedDocument(article, job.options.locale);
    },
    publishedAt(page) {
      const article = byPage.get(page);
      return article ? Date.parse(article.publishedAt) : 0;
    },
    indexedData(page) {
      const article = byPage.get(page);
      return article ? createHash('sha256').update(JSON.stringify(article)).digest('base64url') : 'missing';
    },
  });
}

// Run as the worker: started by startIndex with the job (any other thread that imports this module has none).
const { indexJob } = (isMainThread ? {} : (workerData ?? {})) as { indexJob?: IndexJob };
if (indexJob && parentPort) parentPort.postMessage(await runJob(indexJob));
