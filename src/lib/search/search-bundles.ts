/**
 * The search index in bundles: article pages grouped by publication year into Pagefind
 * bundles of bounded size, and the list of bundles (search-bundles.json) the search page
 * queries. Bounded bundles keep Pagefind's memory bounded (it holds a whole index in memory,
 * roughly 100–200 kB per page), let a rebuild re-index only the bundles whose pages changed,
 * and let partitions built on different machines be searched together.
 *
 * Bundles cover disjoint, whole years, listed newest first: a search sorted by date can
 * walk them in order instead of merging by score (Pagefind's sort scores are ranks within
 * one index, not comparable across indexes); src/client/search-bundles.ts merges them.
 */
import { z } from 'zod';

export const SearchBundleSchema = z.object({
  /** Bundle folder relative to the site's base path, ending in `/`, e.g. `pagefind/` or `pagefind/2000-2012/`. */
  path: z.string().regex(/^pagefind\/(?:[0-9]{4}(?:-[0-9]{4})?\/)?$/),
  /** First and last publication year of the pages in the bundle. */
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Searchable pages in the bundle. */
  pages: z.number().int().min(0),
});

export const SearchBundlesSchema = z.object({
  version: z.literal(1),
  /** Newest first; year ranges never overlap. */
  bundles: z.array(SearchBundleSchema),
});

export type SearchBundle = z.infer<typeof SearchBundleSchema>;
export type SearchBundles = z.infer<typeof SearchBundlesSchema>;

export { SEARCH_BUNDLES_FILE } from './search-merge.ts';

/**
 * Default bundle size, a trade between readers and rebuilds. Every bundle a query touches adds
 * the index chunks of its words (about 25 kB a bundle, gzip-compressed): at 10,000 articles, six
 * bundles of 2,000 made the first query 360 kB against 230 kB for one, over the search page's
 * 300 kB budget; two bundles of 5,000 stay within it. Smaller bundles make an edit re-index
 * fewer pages (about 1 s per 1,000) and keep Pagefind's memory lower; SEARCH_BUNDLE_PAGES
 * sets another size.
 */
export const DEFAULT_MAX_BUNDLE_PAGES = 5_000;

/** The folder name of a bundle covering `firstYear`–`lastYear`. */
export function bundlePath(firstYear: number, lastYear: number): string {
  return firstYear === lastYear ? `pagefind/${firstYear}/` : `pagefind/${firstYear}-${lastYear}/`;
}

/**
 * Groups years into bundles of at most `maxPages` pages, oldest first and greedily, so
 * adding articles to recent years leaves older bundles unchanged. A single year larger than
 * `maxPages` gets a bundle of its own. With `named` false and everything fitting in one
 * bundle, that bundle is the plain `pagefind/` folder. Returns the bundles newest first.
 * @example planBundles(new Map([[2001, 5], [2002, 7]]), 10, false) // [{ path: 'pagefind/2002/', … }, { path: 'pagefind/2001/', … }]
 */
export function planBundles(pagesPerYear: ReadonlyMap<number, number>, maxPages: number, named: boolean): SearchBundle[] {
  const years = [...pagesPerYear.entries()].filter(([, pages]) => pages > 0).sort(([a], [b]) => a - b);
  const groups: [number, number][][] = [];
  let current: [number, number][] = [];
  let size = 0;
  for (const entry of years) {
    if (current.length > 0 && size + entry[1] > maxPages) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry[1];
  }
  if (current.length > 0) groups.push(current);
  const bundles = groups.map((group) => {
    const firstYear = group[0]![0];
    const lastYear = group.at(-1)![0];
    const pages = group.reduce((sum, [, count]) => sum + count, 0);
    return { path: bundlePath(firstYear, lastYear), firstYear, lastYear, pages };
  });
  if (!named && bundles.length === 1) bundles[0]!.path = 'pagefind/';
  return bundles.reverse();
}

/** The Pagefind glob (relative to the site root) matching the article pages of a bundle's years. */
export function bundleGlob(bundle: Pick<SearchBundle, 'firstYear' | 'lastYear'>): string {
  const years = Array.from({ length: bundle.lastYear - bundle.firstYear + 1 }, (_, i) => String(bundle.firstYear + i));
  const yearPart = years.length === 1 ? years[0]! : `{${years.join(',')}}`;
  return `${yearPart}/[0-9][0-9]/[0-9][0-9]/*/index.html`;
}

/**
 * Joins the bundle lists of several partitions into one, newest first. Throws when two
 * bundles claim the same folder or overlapping years, which would make results appear twice.
 */
export function mergeBundleLists(lists: readonly SearchBundles[]): SearchBundles {
  const bundles = lists.flatMap((list) => list.bundles).sort((a, b) => b.lastYear - a.lastYear || b.firstYear - a.firstYear);
  for (let i = 1; i < bundles.length; i++) {
    const newer = bundles[i - 1]!;
    const older = bundles[i]!;
    if (older.lastYear >= newer.firstYear || older.path === newer.path) {
      throw new Error(
        `search bundles ${older.path} (${older.firstYear}–${older.lastYear}) and ${newer.path} (${newer.firstYear}–${newer.lastYear}) overlap; partitions must cover disjoint years`,
      );
    }
  }
  return { version: 1, bundles };
}
