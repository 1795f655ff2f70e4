// Opens the archive's search index, which may be several Pagefind bundles: one per time range
// of at most SEARCH_BUNDLE_PAGES pages on a large archive, or one per partition in a site
// assembled by `npm run combine`. The build lists them in search-bundles.json at the site root;
// with one bundle this returns Pagefind's own module unchanged. With several, the newest bundle's
// pagefind.js loads the others with Pagefind's `mergeIndex`, all at once, so one WebAssembly
// module, one worker and one copy of the code serve them all (a bundle costs only its entry,
// metadata and the index chunks a query needs). Relevance is Pagefind's own merge by score. A
// date sort asks every bundle at once and lists the answers newest (or oldest) bundle first, each
// filtered on the bundle its index is tagged with (Pagefind's mergeFilter): under a sort
// Pagefind's score is a rank inside one index, so its merge would interleave the bundles
// (src/lib/search/search-merge.ts has the pure parts).
import {
  BUNDLE_FILTER,
  SEARCH_BUNDLES_FILE,
  bundlesForFilters,
  mergeFilterCounts,
  parseBundleList,
  type BundleRef,
} from '../lib/search/search-merge.ts';

type FilterCounts = Record<string, Record<string, number>>;
type Filters = Record<string, string[] | { any?: string[]; all?: string[] } | string>;
interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, string>;
}
interface SearchAnswer {
  results: { score: number }[];
  filters: FilterCounts;
  totalFilters?: FilterCounts;
  unfilteredResultCount?: number;
}
/** The part of Pagefind's JS API the search page uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchAnswer>;
  filters(): Promise<FilterCounts>;
}

/** The bundle list, or undefined when the site has none (a site built before bundles were listed). */
async function fetchBundleList(baseUrl: string): Promise<BundleRef[] | undefined> {
  try {
    const response = await fetch(`${baseUrl}${SEARCH_BUNDLES_FILE}`);
    return response.ok ? parseBundleList(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** Loads the search engine for the site at `baseUrl`; `bundlePath` is used when no bundle list exists. */
export async function openSearchBundles<T>(bundlePath: string, baseUrl: string): Promise<T> {
  const bundles = await fetchBundleList(baseUrl);
  const load = (path: string) => import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<PagefindApi>;
  if (!bundles || bundles.length <= 1) return (await load(bundles?.[0] ? `${baseUrl}${bundles[0].path}` : bundlePath)) as T;

  // bundles are newest first: the newest is the primary, the others are merged into it.
  const api = await load(`${baseUrl}${bundles[0]!.path}`);
  let options: Record<string, unknown> = {};
  let ready: Promise<void> | undefined;
  const init = () =>
    (ready ??= (async () => {
      // Given before init, so the primary index is tagged once (options given earlier are kept).
      await api.options({ ...options, mergeFilter: { [BUNDLE_FILTER]: bundles[0]!.path } });
      await api.init();
      // Each merged index takes the same options (ranking, base URL, excerpt length) as the primary.
      await Promise.all(
        bundles
          .slice(1)
          .map((bundle) => api.mergeIndex(`${baseUrl}${bundle.path}`, { ...options, mergeFilter: { [BUNDLE_FILTER]: bundle.path } })),
      );
    })());
  const engine: PagefindApi = {
    async options(next) {
      options = next;
      await api.options(next);
    },
    init,
    mergeIndex: (indexPath, mergeOptions) => api.mergeIndex(indexPath, mergeOptions),
    async preload(term) {
      await init();
      await api.preload(term);
    },
    async filters() {
      await init();
      return api.filters();
    },
    async search(term, searchOptions = {}) {
      await init();
      const direction = Object.values(searchOptions.sort ?? {})[0];
      if (direction !== 'asc' && direction !== 'desc') return api.search(term, searchOptions);
      // A date sort: bundle by bundle in date order, each limited to its own pages.
      const ordered = bundlesForFilters(bundles, searchOptions.filters);
      if (direction === 'asc') ordered.reverse();
      const answers = await Promise.all(
        ordered.map((bundle) =>
          api.search(term, { ...searchOptions, filters: { ...searchOptions.filters, [BUNDLE_FILTER]: bundle.path } }),
        ),
      );
      if (answers.length === 0) return api.search(term, searchOptions);
      return {
        results: answers.flatMap((answer) => answer.results),
        // Each answer holds one bundle's pages, so per-bundle counts add up; the totals (which
        // ignore filters) and the unfiltered count are the same in every answer.
        filters: mergeFilterCounts(answers.map((answer) => answer.filters)),
        totalFilters: answers[0]!.totalFilters ?? {},
        unfilteredResultCount: answers[0]!.unfilteredResultCount ?? 0,
      };
    },
  };
  return engine as unknown as T;
}
