/**
 * Searching several Pagefind bundles as one (browser-safe, no dependencies): which bundles a
 * search needs, the filter that restricts a search to one bundle, and how per-bundle facet counts
 * add up. Bundles cover disjoint time ranges, newest first.
 *
 * The bundles are merged with Pagefind's `mergeIndex` (src/client/search-bundles.ts), which
 * merges results by score; under a sort Pagefind's score is the page's rank inside its own
 * index, so a date-sorted search asks one bundle at a time (filtered on BUNDLE_FILTER), in date
 * order, instead.
 */

/** The bundle list the build writes at the root of the site (see src/lib/search/search-bundles.ts). */
export const SEARCH_BUNDLES_FILE = 'search-bundles.json';

export interface BundleRef {
  /** Folder relative to the site's base path, ending in `/`. */
  path: string;
  /** First and last publication day (`YYYY-MM-DD`). */
  firstDay: string;
  lastDay: string;
  /** Which part of a day too large for one bundle, when the bundle is one. */
  part?: number;
  pages: number;
}

/**
 * The filter the search page gives each bundle's pages (Pagefind's `mergeFilter`), whose value is
 * the bundle's path: a date-sorted search asks one bundle at a time by filtering on it.
 */
export const BUNDLE_FILTER = 'bundle';

const BUNDLE_PATH =
  /^pagefind\/(?:[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:\.[1-9][0-9]*)?)?)?(?:_[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:\.[1-9][0-9]*)?)?)?)?\/)?$/;
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The bundles listed in a parsed search-bundles.json, newest first; undefined when it is not one. */
export function parseBundleList(json: unknown): BundleRef[] | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const { version, bundles } = json as { version?: unknown; bundles?: unknown };
  if (version !== 2 || !Array.isArray(bundles)) return undefined;
  const valid = bundles.every(
    (b: Partial<BundleRef>) =>
      typeof b?.path === 'string' &&
      BUNDLE_PATH.test(b.path) &&
      typeof b.firstDay === 'string' &&
      DAY.test(b.firstDay) &&
      typeof b.lastDay === 'string' &&
      DAY.test(b.lastDay) &&
      (b.part === undefined || Number.isInteger(b.part)) &&
      Number.isInteger(b.pages),
  );
  if (!valid) return undefined;
  return [...(bundles as BundleRef[])].sort((a, b) =>
    a.lastDay !== b.lastDay ? (a.lastDay < b.lastDay ? 1 : -1) : (b.part ?? 0) - (a.part ?? 0),
  );
}

type Filters = Record<string, string[] | { any?: string[]; all?: string[] } | string>;

/**
 * The bundles a search can find anything in: all of them, unless a `month` filter (YYYY-MM
 * values, as the search page sends for a date range) rules some months out.
 * @example bundlesForFilters([{ firstDay: '2024-01-05', lastDay: '2024-02-20' }], { month: { any: ['2023-12'] } }) // []
 */
export function bundlesForFilters<T extends Pick<BundleRef, 'firstDay' | 'lastDay'>>(bundles: readonly T[], filters: Filters = {}): T[] {
  const month = filters.month;
  const values = typeof month === 'string' ? [month] : Array.isArray(month) ? month : month?.any;
  if (!values || (month && typeof month === 'object' && !Array.isArray(month) && month.all)) return [...bundles];
  return bundles.filter((bundle) => values.some((value) => value >= bundle.firstDay.slice(0, 7) && value <= bundle.lastDay.slice(0, 7)));
}

/** Facet counts summed over bundles. */
export function mergeFilterCounts(counts: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const facets of counts) {
    for (const [facet, values] of Object.entries(facets ?? {})) {
      const target = (merged[facet] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return merged;
}
