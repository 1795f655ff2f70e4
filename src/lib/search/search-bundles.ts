/**
 * The search index in bundles: article pages grouped by publication date into Pagefind bundles
 * of at most SEARCH_BUNDLE_PAGES pages however dense the archive is, and the list of bundles
 * (search-bundles.json) the search page queries. Bounded bundles keep Pagefind's memory bounded
 * (it holds a whole index in memory, roughly 100–200 kB per page), let a rebuild re-index only the
 * bundles whose pages changed, and let partitions built on different machines be searched together.
 *
 * Bundles cover disjoint time ranges, listed newest first: whole years where a year fits, else
 * its months, else a dense month's days, and a day too large for one bundle is cut into parts in
 * publication order. A search sorted by date walks them in order (Pagefind's sort scores are ranks
 * within one index, not comparable across indexes); src/client/search-bundles.ts merges them.
 */
import { z } from 'zod';

/** A bundle's name: a year, month or day, `.n` for the n-th part of a day, `_` between a range's first and last. */
const KEY = String.raw`[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:\.[1-9][0-9]*)?)?)?`;
/** Bundle folders: `pagefind/` (a small archive's only bundle) or `pagefind/<key>/`, `pagefind/<key>_<key>/`. */
export const BUNDLE_PATH = new RegExp(`^pagefind/(?:${KEY}(?:_${KEY})?/)?$`);
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

export const SearchBundleSchema = z.object({
  /** Bundle folder relative to the site's base path, ending in `/`, e.g. `pagefind/2000_2011/` or `pagefind/2024-03/`. */
  path: z.string().regex(BUNDLE_PATH),
  /** First and last publication day (`YYYY-MM-DD`, in the archive's time zone) of the pages in the bundle. */
  firstDay: z.string().regex(DAY),
  lastDay: z.string().regex(DAY),
  /** For a part of a day too large for one bundle (firstDay = lastDay): which part, 1 = the earliest articles. */
  part: z.number().int().min(1).optional(),
  /** Searchable pages in the bundle. */
  pages: z.number().int().min(0),
});

export const SearchBundlesSchema = z.object({
  version: z.literal(2),
  /** Newest first; time ranges never overlap. */
  bundles: z.array(SearchBundleSchema),
});

export type SearchBundle = z.infer<typeof SearchBundleSchema>;
export type SearchBundles = z.infer<typeof SearchBundlesSchema>;

export { SEARCH_BUNDLES_FILE } from './search-merge.ts';

/**
 * Default bundle size, a trade between readers and rebuilds. Every bundle a query opens adds an
 * index chunk per word (10-30 kB gzip-compressed, however few pages the bundle holds), so fewer
 * bundles make the first query lighter; smaller bundles make an edit re-index fewer pages and
 * keep Pagefind's memory lower. Packing keeps whole years (else months, days) together and
 * never repacks a full bundle, so an archive usually needs a bundle more than its pages divided
 * by this size: at 10,000
 * articles this size gives two bundles where 5,000 gave three (docs/performance.md has the
 * figures). SEARCH_BUNDLE_PAGES sets another size.
 */
export const DEFAULT_MAX_BUNDLE_PAGES = 6_000;

/** A stretch of time packed whole into a bundle: a year, month, day or part of a day. */
interface Unit {
  key: string;
  firstDay: string;
  lastDay: string;
  part?: number;
  pages: number;
}

/**
 * The stretches of time a plan packs: each year that fits in `maxPages`, else its months that
 * fit, else their days, else the parts of a day (`maxPages` each, the last one shorter).
 */
function unitsOf(days: readonly [string, number][], maxPages: number): Unit[] {
  const units: Unit[] = [];
  const split = (entries: readonly [string, number][], length: number, finer: (entries: [string, number][]) => void) => {
    for (let i = 0; i < entries.length;) {
      const key = entries[i]![0].slice(0, length);
      let j = i;
      let pages = 0;
      while (j < entries.length && entries[j]![0].startsWith(key)) pages += entries[j++]![1];
      const group = entries.slice(i, j);
      if (pages <= maxPages) units.push({ key, firstDay: group[0]![0], lastDay: group.at(-1)![0], pages });
      else finer(group);
      i = j;
    }
  };
  split(days, 4, (year) =>
    split(year, 7, (month) =>
      split(month, 10, ([entry]) => {
        const [day, pages] = entry!;
        for (let part = 1; (part - 1) * maxPages < pages; part++)
          units.push({
            key: `${day}.${part}`,
            firstDay: day,
            lastDay: day,
            part,
            pages: Math.min(maxPages, pages - (part - 1) * maxPages),
          });
      }),
    ),
  );
  return units;
}

/**
 * Groups the days with pages (`YYYY-MM-DD` → page count) into bundles of at most `maxPages`
 * pages: whole years where they fit, else months, days or parts of a day, packed oldest first
 * and greedily, so adding articles to recent days leaves older bundles unchanged. Parts of a day
 * are bundles of their own. With `named` false and everything fitting in one bundle, that bundle
 * is the plain `pagefind/` folder. Returns the bundles newest first.
 * @example planBundles(new Map([['2001-03-04', 5], ['2002-01-01', 7]]), 10, false).map((b) => b.path) // ['pagefind/2002/', 'pagefind/2001/']
 */
export function planBundles(pagesPerDay: ReadonlyMap<string, number>, maxPages: number, named: boolean): SearchBundle[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`bundle size must be a positive integer, got ${maxPages}`);
  const days = [...pagesPerDay.entries()].filter(([, pages]) => pages > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of unitsOf(days, maxPages)) {
    if (current.length > 0 && (size + unit.pages > maxPages || unit.part !== undefined || current[0]!.part !== undefined)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.pages;
  }
  if (current.length > 0) groups.push(current);
  const bundles = groups.map((group): SearchBundle => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const pages = group.reduce((sum, unit) => sum + unit.pages, 0);
    const path = first === last ? `pagefind/${first.key}/` : `pagefind/${first.key}_${last.key}/`;
    return { path, firstDay: first.firstDay, lastDay: last.lastDay, ...(first.part ? { part: first.part } : {}), pages };
  });
  if (!named && bundles.length === 1) bundles[0]!.path = 'pagefind/';
  return bundles.reverse();
}

/** True when bundle `older` ends before `newer` starts (parts of one day in part order). */
function endsBefore(older: SearchBundle, newer: SearchBundle): boolean {
  if (older.lastDay !== newer.firstDay) return older.lastDay < newer.firstDay;
  return older.part !== undefined && newer.part !== undefined && older.firstDay === newer.lastDay && older.part < newer.part;
}

/**
 * Joins the bundle lists of several partitions into one, newest first. Throws when two
 * bundles claim the same folder or overlapping time, which would make results appear twice.
 */
export function mergeBundleLists(lists: readonly SearchBundles[]): SearchBundles {
  const bundles = lists
    .flatMap((list) => list.bundles)
    .sort((a, b) => (a.lastDay !== b.lastDay ? (a.lastDay < b.lastDay ? 1 : -1) : (b.part ?? 0) - (a.part ?? 0)));
  for (let i = 1; i < bundles.length; i++) {
    const newer = bundles[i - 1]!;
    const older = bundles[i]!;
    if (!endsBefore(older, newer) || older.path === newer.path) {
      throw new Error(
        `search bundles ${older.path} (${older.firstDay}–${older.lastDay}) and ${newer.path} (${newer.firstDay}–${newer.lastDay}) overlap; partitions must cover disjoint years`,
      );
    }
  }
  return { version: 2, bundles };
}
