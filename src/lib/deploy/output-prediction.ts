/**
 * Predicts the size of the built site from the ingested articles, before anything is rendered,
 * so a site too large for its host is reported in seconds rather than after a long build.
 * The model counts each page family the site renders; the build compares it with the real
 * output afterwards and prints the error, so a model gone stale shows.
 */
import { storyOf, type Article } from '../article-schema.ts';
import { buildEntityIndex, effectiveMinArticles, ENTITY_KINDS, ENTITY_PAGE_FACTOR } from '../archive/entity-index.ts';
import { numberedPageCount } from '../archive/pagination.ts';
import { exportRecordOf } from '../archive/data-export.ts';
import type { OutputSize } from './host-limits.ts';

/** What the prediction needs to know about the corpus. */
export interface CorpusStats {
  articles: number;
  /** UTF-8 bytes of all body paragraphs. */
  bodyBytes: number;
  /** UTF-8 bytes of the longest article body. */
  largestBodyBytes: number;
  /** Pages of every paginated listing: the home page, each year, month and day, each entity (a story counts once in each). */
  listingPages: number;
  /** Story pages: one per story with more than one version. */
  storyPages?: number;
  /** UTF-8 bytes of the bodies of every version on a story page. */
  storyBodyBytes?: number;
  /** The static data export (data/): one NDJSON file per month with articles, its bytes, and its largest file's bytes. */
  exportFiles?: number;
  exportBytes?: number;
  largestExportFileBytes?: number;
}

const encoder = new TextEncoder();

/** Pages a listing of `count` articles needs at `pageSize` per page: the latest page and the numbered ones. */
const pagesFor = (count: number, pageSize: number) => 1 + numberedPageCount(count, pageSize);

/** Corpus figures from the ingested articles; `entityMinArticles` as ENTITY_MIN_ARTICLES says. */
export function corpusStats(articles: readonly Article[], pageSize: number, entityMinArticles: number): CorpusStats {
  const perListing = new Map<string, number>();
  // Listings show a story once (src/lib/stories/story-listing.ts): a listing's size is its stories.
  const listed = new Set<string>();
  const count = (key: string, story: string) => {
    const entry = `${key}\u0000${story}`;
    if (listed.has(entry)) return;
    listed.add(entry);
    perListing.set(key, (perListing.get(key) ?? 0) + 1);
  };
  const storySizes = new Map<string, { versions: number; bytes: number }>();
  const storyById = new Map<string, string>();
  let bodyBytes = 0;
  let largestBodyBytes = 0;
  let exportBytes = 0;
  const exportMonthBytes = new Map<string, number>();
  for (const article of articles) {
    const bytes = article.paragraphs.reduce((sum, paragraph) => sum + encoder.encode(paragraph).length, 0);
    bodyBytes += bytes;
    largestBodyBytes = Math.max(largestBodyBytes, bytes);
    const story = storyOf(article);
    storyById.set(article.id, story);
    const size = storySizes.get(story) ?? { versions: 0, bytes: 0 };
    size.versions++;
    size.bytes += bytes;
    storySizes.set(story, size);
    const { year, month, day } = article.date;
    count('home', story);
    count(`${year}`, story);
    count(`${year}-${month}`, story);
    const line = encoder.encode(JSON.stringify(exportRecordOf(article, '/'))).length + 1;
    exportBytes += line;
    exportMonthBytes.set(`${year}-${month}`, (exportMonthBytes.get(`${year}-${month}`) ?? 0) + line);
    count(`${year}-${month}-${day}`, story);
  }
  let listingPages = articles.length === 0 ? pagesFor(0, pageSize) : 0; // the home page, even when empty
  for (const size of perListing.values()) listingPages += pagesFor(size, pageSize);
  for (const kind of ENTITY_KINDS) {
    const minArticles = effectiveMinArticles(kind, entityMinArticles, articles.length);
    for (const entry of buildEntityIndex(articles, kind, minArticles))
      listingPages += pagesFor(new Set(entry.articleIds.map((id) => storyById.get(id) ?? id)).size, pageSize * ENTITY_PAGE_FACTOR);
  }
  const withVersions = [...storySizes.values()].filter((story) => story.versions > 1);
  return {
    articles: articles.length,
    bodyBytes,
    largestBodyBytes,
    listingPages,
    exportFiles: exportMonthBytes.size,
    exportBytes,
    largestExportFileBytes: Math.max(0, ...exportMonthBytes.values()),
    storyPages: withVersions.length,
    storyBodyBytes: withVersions.reduce((sum, story) => sum + story.bytes, 0),
  };
}

/**
 * The model's constants, fitted on generated corpora of 120 and 400 articles and on one of 400
 * longer articles (figures in the issue 7 notes). Text factors say how many output bytes each
 * byte of article text costs; page bytes are the template around it.
 */
export const OUTPUT_MODEL = {
  /** Files that do not grow with the corpus: 404, search, archive index, feeds, sitemap, data index and schema, assets, Pagefind's scripts and wasm. */
  fixedFiles: 37,
  fixedBytes: 935_000,
  /** The largest of those (Pagefind's component UI script). */
  largestFixedFileBytes: 190_000,
  /** Each article: its page and its Pagefind fragment. */
  filesPerArticle: 2,
  articlePageBytes: 9_600,
  articleTextFactor: 1.1,
  fragmentBytes: 300,
  fragmentTextFactor: 0.45,
  /** Pagefind's word index, split into chunks of about this size. */
  indexTextFactor: 0.3,
  indexChunkBytes: 15_000,
  /** A listing page (home, year, month, day, entity, and their overflow pages). */
  listingPageBytes: 9_400,
  /** A story page: the template, and each version's text about twice (beside the one before and the one after). */
  storyPageBytes: 9_400,
  storyTextFactor: 2.2,
  /** The RSS, Atom and JSON feeds carry the latest articles, at about this cost each. */
  feedEntries: 50,
  feedEntryBytes: 4_300,
  /** One sitemap line per page, all in one file: the largest file of a big archive. */
  sitemapEntryBytes: 70,
} as const;

/** Predicted files, bytes, largest file and fullest folder of the built site. */
export function predictOutput(stats: CorpusStats, model = OUTPUT_MODEL): OutputSize {
  const indexBytes = stats.bodyBytes * model.indexTextFactor;
  const indexChunks = Math.ceil(indexBytes / model.indexChunkBytes);
  const articleBytes =
    stats.articles * (model.articlePageBytes + model.fragmentBytes) +
    stats.bodyBytes * (model.articleTextFactor + model.fragmentTextFactor);
  return {
    files:
      model.fixedFiles +
      stats.articles * model.filesPerArticle +
      indexChunks +
      stats.listingPages +
      (stats.exportFiles ?? 0) +
      (stats.storyPages ?? 0),
    bytes: Math.round(
      model.fixedBytes +
        articleBytes +
        indexBytes +
        stats.listingPages * model.listingPageBytes +
        (stats.exportBytes ?? 0) +
        (stats.storyPages ?? 0) * model.storyPageBytes +
        (stats.storyBodyBytes ?? 0) * model.storyTextFactor +
        Math.min(stats.articles, model.feedEntries) * model.feedEntryBytes,
    ),
    largestFileBytes: Math.round(
      Math.max(
        model.largestFixedFileBytes,
        model.articlePageBytes + stats.largestBodyBytes * model.articleTextFactor,
        (stats.articles + stats.listingPages) * model.sitemapEntryBytes,
        stats.largestExportFileBytes ?? 0,
      ),
    ),
    // Pagefind writes one fragment per article into a single folder.
    largestFolderFiles: stats.articles,
  };
}

/** Signed relative error of a prediction, in per cent. @example predictionError(110, 100) // 10 */
export function predictionError(predicted: number, actual: number): number {
  return actual === 0 ? 0 : ((predicted - actual) / actual) * 100;
}

/**
 * Why SITE_URL and BASE_PATH disagree, or undefined when they do not. SITE_URL is the origin;
 * a path in it is allowed only when it is the base path, which pages would otherwise lose.
 * @example siteUrlProblem('https://me.github.io/repo/', '/') // 'SITE_URL … has the path /repo/ …'
 */
export function siteUrlProblem(siteUrl: string, basePath: string): string | undefined {
  const pathname = new URL(siteUrl).pathname.replace(/\/*$/, '/');
  if (pathname === '/' || pathname === basePath) return undefined;
  return `SITE_URL ${siteUrl} has the path ${pathname}, but BASE_PATH is ${basePath}: set BASE_PATH=${pathname} (links and assets use BASE_PATH; SITE_URL only gives the origin).`;
}
