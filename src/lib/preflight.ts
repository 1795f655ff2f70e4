/**
 * Predicts the size of the built site from the ingested articles, before anything is rendered,
 * so a site too large for its host is reported in seconds rather than after a long build.
 * The model counts each page family the site renders; the build compares it with the real
 * output afterwards and prints the error, so a model gone stale shows.
 */
import type { Article } from './article-schema.ts';
import type { OutputSize } from './host-limits.ts';

/** What the prediction needs to know about the corpus. */
export interface CorpusStats {
  articles: number;
  /** UTF-8 bytes of all body paragraphs. */
  bodyBytes: number;
  /** UTF-8 bytes of the longest article body. */
  largestBodyBytes: number;
  /** Distinct publication days, months and years. */
  days: number;
  months: number;
  years: number;
  /** Articles per listing page. */
  pageSize: number;
}

const encoder = new TextEncoder();

/** Corpus figures from the ingested articles. */
export function corpusStats(articles: readonly Article[], pageSize: number): CorpusStats {
  const days = new Set<string>();
  const months = new Set<string>();
  const years = new Set<number>();
  let bodyBytes = 0;
  let largestBodyBytes = 0;
  for (const article of articles) {
    const bytes = article.paragraphs.reduce((sum, paragraph) => sum + encoder.encode(paragraph).length, 0);
    bodyBytes += bytes;
    largestBodyBytes = Math.max(largestBodyBytes, bytes);
    const { year, month, day } = article.date;
    days.add(`${year}-${month}-${day}`);
    months.add(`${year}-${month}`);
    years.add(year);
  }
  return { articles: articles.length, bodyBytes, largestBodyBytes, days: days.size, months: months.size, years: years.size, pageSize };
}

/**
 * The model's constants, measured on generated corpora (see docs/deploy-limits.md for how).
 * Bytes per page are the template around the text; "per body byte" factors cover escaping,
 * markup and Pagefind's compressed fragments and index.
 */
export const OUTPUT_MODEL = {
  /** Files that do not grow with the corpus: home, search, 404, assets, Pagefind's scripts and wasm. */
  fixedFiles: 30,
  fixedBytes: 700_000,
  /** Each article: its page and its Pagefind fragment. */
  filesPerArticle: 2,
  bytesPerArticle: 4_000,
  bytesPerBodyByte: 1.6,
  /** Pagefind splits its word index into chunks of roughly this many articles. */
  articlesPerIndexChunk: 50,
  /** Date archives: one page per year, month and day, plus overflow pages of long listings. */
  bytesPerListingPage: 12_000,
} as const;

/** Predicted files, bytes, largest file and fullest folder of the built site. */
export function predictOutput(stats: CorpusStats, model = OUTPUT_MODEL): OutputSize {
  const listingPages = stats.years + stats.months + stats.days + Math.ceil(stats.articles / stats.pageSize);
  const indexChunks = Math.ceil(stats.articles / model.articlesPerIndexChunk);
  return {
    files: model.fixedFiles + stats.articles * model.filesPerArticle + indexChunks + listingPages,
    bytes: Math.round(
      model.fixedBytes +
        stats.articles * model.bytesPerArticle +
        stats.bodyBytes * model.bytesPerBodyByte +
        listingPages * model.bytesPerListingPage,
    ),
    largestFileBytes: Math.round(model.bytesPerArticle + stats.largestBodyBytes * model.bytesPerBodyByte),
    // Pagefind writes one fragment per article into a single folder.
    largestFolderFiles: stats.articles,
  };
}

/** Signed relative error of a prediction, in per cent. @example predictionError(110, 100) // 10 */
export function predictionError(predicted: number, actual: number): number {
  return actual === 0 ? 0 : ((predicted - actual) / actual) * 100;
}
