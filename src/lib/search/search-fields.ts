/**
 * What the search index records about an article besides its text: the filter values
 * (from validated article fields only) and the weight of the lead paragraph.
 */
import type { Article } from '../article-schema.ts';

/**
 * Pagefind weight of the lead paragraph (body text is 1, the `<h1>` headline 7). A news lead carries
 * the story, so its words count for more than a passing mention further down. Measured with
 * `npm run eval:search`: neutral with the shipped ranking (2 and 3 score like 1, 5 is worse), because
 * derived headlines already repeat the lead; it matters where the headline is a front-matter title.
 */
export const LEAD_WEIGHT = 2;

/** Filter name → values, in the order the search page shows facets. */
export type SearchFilters = Record<'month' | 'agency' | 'person' | 'place', string[]>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The filters an article is indexed under: the `YYYY-MM` month of its wall-clock date, and its
 * agencies, people and places, de-duplicated and without empty values. There is no separate year
 * filter: the page sums months into years, and every filter index costs bytes on the first search.
 * @example searchFiltersFor(article).month // ['2024-09']
 */
export function searchFiltersFor(article: Pick<Article, 'date' | 'agencies' | 'entities'>): SearchFilters {
  const clean = (values: string[]) => [...new Set(values.map((value) => value.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  return {
    month: [`${article.date.year}-${pad(article.date.month)}`],
    agency: clean(article.agencies),
    person: clean(article.entities.people),
    place: clean(article.entities.places),
  };
}

/** Pagefind's ranking parameters (see https://pagefind.app/docs/ranking/); omitted ones keep Pagefind's defaults. */
export interface SearchRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
  metaWeights?: Record<string, number>;
}

/**
 * The ranking the search page asks Pagefind for, chosen with `npm run eval:search` (figures in the
 * README). Pagefind's default length normalisation (0.75) lets a short item that mentions a word once
 * outrank a story about it: 0.25 raised mean precision at 10 from 0.914 to 0.986 on the labelled
 * corpus. The summary is stored as metadata for display only: searchable, it repeats the lead's words
 * and cost 0.016, so its weight is 0 (the title keeps Pagefind's default 5).
 */
export const SEARCH_RANKING: SearchRanking = { pageLength: 0.25, metaWeights: { title: 5, summary: 0 } };
