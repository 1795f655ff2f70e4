/**
 * Searching several Pagefind bundles as one (browser-safe, no dependencies): which bundles a
 * search needs, and how their answers merge. Bundles cover disjoint year ranges, newest first.
 *
 * Why not Pagefind's own `mergeIndex`: it merges results by score, and under a sort Pagefind's
 * score is the page's rank inside its own index, so "newest first" across two bundles would
 * interleave them. Here a date-sorted search walks the bundles in date order instead.
 */

/** The bundle list the build writes at the root of the site (see src/lib/search-bundles.ts). */
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
 * One result list from the per-bundle lists (given newest bundle first). Relevance: by score,
 * ties kept in bundle order. A sort (by date, the archive's only sort key): each bundle's
 * list is already in order, and the bundles' years do not overlap, so the lists are joined
 * newest bundle first for "desc" and oldest first for "asc".
 */
export function mergeResults<T extends { score: number }>(perBundle: readonly T[][], sort: Record<string, string> = {}): T[] {
  const direction = Object.values(sort)[0];
  if (direction === 'desc') return perBundle.flat();
  if (direction === 'asc') return [...perBundle].reverse().flat();
  return perBundle.flat().sort((a, b) => b.score - a.score);
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
