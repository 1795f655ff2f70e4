/**
 * Runs a parsed query (src/lib/search/search-query.ts) on Pagefind, which knows only "all these
 * words": an OR is one search per alternative, results united; an exclusion is a search for the
 * excluded word whose results are taken out. Facet counts of the combined set are added up from
 * the counts of the searches that inclusion and exclusion need (countingSearches), so facets and
 * the timeline count exactly the results listed.
 *
 * The searches a result list needs start together (Pagefind answers them on its worker while the
 * index chunks load), and the counting searches start only when the counts are asked for, after
 * the results are on screen. A search asked twice (the same words, sorted or not) runs once.
 */
import { partialMatches, PARTIAL_FILL_BELOW, termsOf, type PartialMatch } from '../lib/search/partial-matches.ts';
import { countingSearches, isCompound, type ParsedQuery } from '../lib/search/search-query.ts';

export interface RunResult {
  id: string;
  score?: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface EngineAnswer {
  results: RunResult[];
  filters: FilterCounts;
}
export interface SearchEngine {
  search(term: string | null, options: Record<string, unknown>): Promise<EngineAnswer>;
}
export interface RunAnswer {
  results: RunResult[];
  /** The facet counts of exactly these results; the searches they need start on the first call. */
  counts(): Promise<FilterCounts>;
  /** True when the words found articles and the exclusions took every one of them out. */
  excludedAll?: boolean;
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
 * The results of `query` under `filters` and `sort`, and a way to their facet counts. A plain
 * query is one Pagefind search; a compound one is several (at most 2^MAX_QUERY_OPERANDS for the
 * counts, each reading index chunks already loaded by the others).
 */
export async function runQuery(
  engine: SearchEngine,
  query: ParsedQuery,
  filters: Record<string, unknown>,
  sort: Record<string, string>,
): Promise<RunAnswer> {
  const sorted = Object.keys(sort).length > 0;
  // Sort changes the order, never the counts, so a sorted search's counts serve an unsorted one.
  const asked = new Map<string, Promise<EngineAnswer>>();
  const ask = (text: string, ordered: boolean): Promise<EngineAnswer> => {
    const inOrder = ordered && sorted;
    const key = `${inOrder ? 'sorted' : 'any'} ${text}`;
    let answer = asked.get(key);
    if (!answer) {
      answer = engine.search(text || null, inOrder ? { filters, sort } : { filters });
      asked.set(key, answer);
    }
    return answer;
  };
  const countsOf = (text: string) => asked.get(`sorted ${text}`) ?? ask(text, false);

  if (!isCompound(query)) {
    const answer = await ask(query.alternatives[0] ?? '', true);
    return { results: answer.results, counts: async () => answer.filters };
  }
  const branchAnswers = query.alternatives.map((alternative) => ask(alternative, true));
  const exclusionAnswers = query.excluded.map((word) => ask(word, false));
  // A date order across alternatives: the order Pagefind gives the same filters without words.
  const dateOrder = sorted && query.alternatives.length > 1 ? ask('', true) : undefined;
  const [branches, exclusions] = await Promise.all([Promise.all(branchAnswers), Promise.all(exclusionAnswers)]);

  const excluded = new Set(exclusions.flatMap((answer) => answer.results.map((result) => result.id)));
  let results: RunResult[];
  if (branches.length === 1) results = branches[0]!.results.filter((result) => !excluded.has(result.id));
  else {
    const united = new Map<string, RunResult>();
    for (const branch of branches)
      for (const result of branch.results) {
        if (excluded.has(result.id)) continue;
        const known = united.get(result.id);
        if (!known || (result.score ?? 0) > (known.score ?? 0)) united.set(result.id, result);
      }
    results = [...united.values()];
    if (dateOrder) {
      const order = new Map((await dateOrder).results.map((result, index) => [result.id, index]));
      results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    } else results.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  }

  let counting: Promise<FilterCounts> | undefined;
  const counts = () =>
    (counting ??= Promise.all(
      countingSearches(query).map(async ({ text, sign }) => ({ counts: (await countsOf(text)).filters, sign })),
    ).then(combineCounts));
  const excludedAll = results.length === 0 && branches.some((branch) => branch.results.length > 0);
  return { results, counts, excludedAll };
}

/**
 * When `found` (the all-words results of a plain query of several terms) does not fill a page:
 * the articles with some of the terms (src/lib/search/partial-matches.ts), one search per term
 * under the same filters, enough to fill the page. Empty for compound queries and single terms.
 */
export async function runPartial(
  engine: SearchEngine,
  query: ParsedQuery,
  filters: Record<string, unknown>,
  found: readonly RunResult[],
): Promise<PartialMatch<RunResult>[]> {
  const terms = isCompound(query) ? [] : termsOf(query.alternatives[0] ?? '');
  if (terms.length < 2 || found.length >= PARTIAL_FILL_BELOW) return [];
  const perTerm = await Promise.all(terms.map(async (term) => ({ term, results: (await engine.search(term, { filters })).results })));
  return partialMatches(perTerm, new Set(found.map((result) => result.id)), PARTIAL_FILL_BELOW - found.length);
}
