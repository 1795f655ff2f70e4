/**
 * The ranking the search page asks Pagefind for, apart from the index-side fields
 * (search-fields.ts) so the browser bundle imports nothing of the article schema.
 */

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
export const SEARCH_RANKING: SearchRanking = {
  pageLength: 0.25,
  metaWeights: { title: 5, summary: 0, agencies: 0, people: 0, places: 0, story: 0 },
};
