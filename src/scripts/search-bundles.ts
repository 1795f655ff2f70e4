// Opens the archive's search index, which may be several Pagefind bundles: one per year range
// on a large archive, or one per partition in a site assembled by `npm run combine`. The build
// lists them in search-bundles.json at the site root; with one bundle this returns Pagefind's
// own module unchanged, with several an object with the same methods that asks each bundle
// and merges the answers (src/lib/search-merge.ts says how, and why not `mergeIndex`).
import {
  SEARCH_BUNDLES_FILE,
  bundlesForFilters,
  mergeFilterCounts,
  mergeResults,
  parseBundleList,
  type BundleRef,
} from '../lib/search-merge.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface SearchOptions {
  filters?: Record<string, string[] | { any?: string[]; all?: string[] } | string>;
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

  // Each bundle's own pagefind.js, newest first: a module per URL, so each has its own
  // WebAssembly instance and worker. (Pagefind's createInstance shares one WebAssembly module
  // between instances, and a second one loading its own corrupts the first's memory.)
  const apis = await Promise.all(bundles.map((bundle) => load(`${baseUrl}${bundle.path}`)));
  const instances = bundles.map((bundle, i) => ({ bundle, api: apis[i]! }));
  const all = <R>(call: (api: PagefindApi) => Promise<R>) => Promise.all(instances.map(({ api }) => call(api)));
  const engine: PagefindApi = {
    async options(options) {
      await all((api) => api.options(options));
    },
    async init() {
      await all((api) => api.init());
    },
    async preload(term) {
      await all((api) => api.preload(term));
    },
    async filters() {
      return mergeFilterCounts(await all((api) => api.filters()));
    },
    async search(term, options = {}) {
      // A date range only needs the bundles whose years it touches.
      const targets = bundlesForFilters(
        instances.map(({ bundle, api }) => ({ ...bundle, api })),
        options.filters,
      );
      const answers = await Promise.all(targets.map(({ api }) => api.search(term, options)));
      return {
        results: mergeResults(
          answers.map((answer) => answer.results),
          options.sort,
        ),
        filters: mergeFilterCounts(answers.map((answer) => answer.filters)),
        totalFilters: mergeFilterCounts(answers.map((answer) => answer.totalFilters ?? {})),
        unfilteredResultCount: answers.reduce((sum, answer) => sum + (answer.unfilteredResultCount ?? 0), 0),
      };
    },
  };
  return engine as unknown as T;
}
