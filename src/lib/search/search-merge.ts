/**
 * Searching several Pagefind bundles as one (browser-safe, no dependencies): which bundles a
 * search needs, which months restrict a search to one bundle, and how per-bundle facet counts
 * add up. Bundles cover disjoint year ranges, newest first.
 *
 * The bundles are merged with Pagefind's `mergeIndex` (src/client/search-bundles.ts), which
 * merges results by score; under a sort Pagefind's score is the page's rank inside its own
 * index, so a date-sorted search asks one bundle at a time, in date order, instead.
 */

/** The bundle list the build writes at the root of the site (see src/lib/search/search-bundles.ts). */
export const SEARCH_BUNDLES_FILE = 'search-bundles.json';

export interface BundleRef {
  /** Folder relative to the site's base path, ending in `/`. */
  path: string;
  firstYear: number;
  lastYear: number;
  pages: number;
}

/** The bundles listed in a parsed search-bundles.json, newest first; undefined when it is not one. */
export function parseBundleList(json: unknown): BundleRef[] | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const { version, bundles } = json as { version?: unknown; bundles?: unknown };
  if (version !== 1 || !Array.isArray(bundles)) return undefined;
  const valid = bundles.every(
    (b: Partial<BundleRef>) =>
      typeof b?.path === 'string' &&
      /^pagefind\/(?:[0-9]{4}(?:-[0-9]{4})?\/)?$/.test(b.path) &&
      Number.isInteger(b.firstYear) &&
      Number.isInteger(b.lastYear) &&
      Number.isInteger(b.pages),
  );
  return valid ? [...(bundles as BundleRef[])].sort((a, b) => b.lastYear - a.lastYear) : undefined;
}

type Filters = Record<string, string[] | { any?: string[]; all?: string[] } | string>;

/**
 * The bundles a search can find anything in: all of them, unless a `month` filter (YYYY-MM
 * values, as the search page sends for a date range) rules some years out.
 */
export function bundlesForFilters<T extends Pick<BundleRef, 'firstYear' | 'lastYear'>>(bundles: readonly T[], filters: Filters = {}): T[] {
  const month = filters.month;
  const values = typeof month === 'string' ? [month] : Array.isArray(month) ? month : month?.any;
  if (!values || (month && typeof month === 'object' && !Array.isArray(month) && month.all)) return [...bundles];
  const years = values.map((value) => Number(value.slice(0, 4))).filter((year) => Number.isInteger(year));
  return bundles.filter((bundle) => years.some((year) => year >= bundle.firstYear && year <= bundle.lastYear));
}

/**
 * The months (`YYYY-MM`) of a month filter that fall in the bundle's years; with no month filter,
 * every month of those years. A search with exactly these months finds only the bundle's pages.
 * @example bundleMonths({ firstYear: 2024, lastYear: 2024 }, { any: ['2023-12', '2024-01'] }) // ['2024-01']
 */
export function bundleMonths(bundle: Pick<BundleRef, 'firstYear' | 'lastYear'>, month?: Filters[string]): string[] {
  const values = typeof month === 'string' ? [month] : Array.isArray(month) ? month : month?.any;
  const inBundle = (value: string) => {
    const year = Number(value.slice(0, 4));
    return year >= bundle.firstYear && year <= bundle.lastYear;
  };
  if (values) return values.filter(inBundle);
  const months: string[] = [];
  for (let year = bundle.firstYear; year <= bundle.lastYear; year++)
    for (let m = 1; m <= 12; m++) months.push(`${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
  return months;
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
