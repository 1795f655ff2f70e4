/**
 * Runs a parsed query (src/lib/search/search-query.ts) on Pagefind, which knows only "all these
 * words": an OR is one search per alternative, results united; an exclusion is a search for the
 * excluded word whose results are taken out. Facet counts of the combined set are added up from
 * the counts of the searches that inclusion and exclusion need (countingSearches), so facets and
 * the timeline count exactly the results listed.
 */
import { countingSearches, isCompound, type ParsedQuery } from '../lib/search/search-query.ts';

export interface RunResult {
  id: string;
  score?: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface RunAnswer {
  results: RunResult[];
  filters: FilterCounts;
}
export interface SearchEngine {
  search(term: string | null, options: Record<string, unknown>): Promise<RunAnswer>;
}

/** Counts added up with signs: the inclusion–exclusion sum. */
function combineCounts(parts: { counts: FilterCounts; sign: 1 | -1 }[]): FilterCounts {
  const total: FilterCounts = {};
  for (const { counts, sign } of parts)
    for (const [facet, values] of Object.entries(counts ?? {})) {
      const target = (total[facet] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + sign * count;
    }
  for (const values of Object.values(total)) for (const value of Object.keys(values)) values[value] = Math.max(0, values[value]!);
  return total;
}

/**
 * The results and facet counts of `query` under `filters` and `sort`. A plain query is one
 * Pagefind search; a compound one is several (at most 2^MAX_QUERY_OPERANDS for the counts, each
 * reading index chunks already loaded by the others).
 */
export async function runQuery(
  engine: SearchEngine,
  query: ParsedQuery,
  filters: Record<string, unknown>,
  sort: Record<string, string>,
): Promise<RunAnswer> {
  const term = (text: string) => text || null;
  if (!isCompound(query)) return engine.search(term(query.alternatives[0] ?? ''), { filters, sort });
  const branches: RunAnswer[] = [];
  for (const alternative of query.alternatives) branches.push(await engine.search(term(alternative), { filters, sort }));
  const excluded = new Set<string>();
  for (const word of query.excluded) for (const result of (await engine.search(word, { filters })).results) excluded.add(result.id);
  const united = new Map<string, RunResult>();
  for (const branch of branches)
    for (const result of branch.results) {
      if (excluded.has(result.id)) continue;
      const known = united.get(result.id);
      if (!known || (result.score ?? 0) > (known.score ?? 0)) united.set(result.id, result);
    }
  let results = [...united.values()];
  if (Object.keys(sort).length > 0) {
    // A date order across alternatives: the order Pagefind gives the same filters without words.
    const order = new Map((await engine.search(null, { filters, sort })).results.map((result, index) => [result.id, index]));
    results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  } else if (query.alternatives.length > 1) results.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  else results = branches[0]!.results.filter((result) => !excluded.has(result.id));
  const parts: { counts: FilterCounts; sign: 1 | -1 }[] = [];
  for (const { text, sign } of countingSearches(query))
    parts.push({ counts: (await engine.search(term(text), { filters })).filters, sign });
  return { results, filters: combineCounts(parts) };
}
