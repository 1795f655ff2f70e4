/**
 * Articles with some of the words. Pagefind answers only "every one of these words", so a query
 * of several words that few articles hold whole ("credit crisis", "maiden flight") lists few
 * results, while the articles a reader wants often lack one word. When the all-words results do
 * not fill a page, the search page goes on with the articles that have at least half of the
 * terms: the most terms first, then by the sum of their scores, each with the terms it lacks.
 * Each term (a word, or a quoted phrase) is one search, run under the same filters.
 */

/** Below this many all-words results the list goes on with partial matches (one page of results). */
export const PARTIAL_FILL_BELOW = 10;

/** The terms of a Pagefind query text: words, and quoted phrases kept whole; repeats once. */
export function termsOf(text: string): string[] {
  return [...new Set(text.match(/"[^"]*"|[^\s"]+/g) ?? [])].filter((term) => term.replace(/"/g, '').trim() !== '');
}

export interface TermResults<R> {
  term: string;
  results: readonly R[];
}

export interface PartialMatch<R> {
  result: R;
  /** The query's terms this article lacks, in the query's order. */
  missing: string[];
}

/**
 * The articles of `perTerm` (one search per term, every term of the query) that hold at least
 * half of the terms but are not in `found` (the all-words results), at most `limit`: most terms
 * held first, then the highest summed score, then the first seen.
 */
export function partialMatches<R extends { id: string; score?: number }>(
  perTerm: readonly TermResults<R>[],
  found: ReadonlySet<string>,
  limit: number,
): PartialMatch<R>[] {
  if (perTerm.length < 2 || limit <= 0) return [];
  const quorum = Math.ceil(perTerm.length / 2);
  const byId = new Map<string, { result: R; held: Set<string>; score: number; order: number }>();
  for (const { term, results } of perTerm)
    for (const result of results) {
      if (found.has(result.id)) continue;
      let entry = byId.get(result.id);
      if (!entry) {
        entry = { result, held: new Set(), score: 0, order: byId.size };
        byId.set(result.id, entry);
      }
      if (entry.held.has(term)) continue;
      entry.held.add(term);
      entry.score += result.score ?? 0;
    }
  return [...byId.values()]
    .filter((entry) => entry.held.size >= quorum && entry.held.size < perTerm.length)
    .sort((a, b) => b.held.size - a.held.size || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ result, held }) => ({ result, missing: perTerm.map(({ term }) => term).filter((term) => !held.has(term)) }));
}
