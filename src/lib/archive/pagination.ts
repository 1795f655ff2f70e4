/**
 * Long listings to numbered pages with stable URLs: page 1 lives at the listing's own path,
 * page n at `<listing>/page/n/`. No article URL can take that place: derived slugs end in
 * an 8-hex id suffix, and the seed parser refuses a front-matter slug equal to PAGE_SEGMENT.
 */

/**
 * The path segment before a page number, e.g. `/2024/09/12/page/2/`. The seed parser refuses it
 * as a front-matter slug (RESERVED_SLUGS in seed-parser.ts), so a day's pages and articles never meet.
 */
export const PAGE_SEGMENT = 'page';

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** The items on this page. */
  items: T[];
  /** 1-based position of the first item in the whole listing (0 when the listing is empty). */
  first: number;
  /** 1-based position of the last item in the whole listing (0 when the listing is empty). */
  last: number;
  /** Total number of items in the listing. */
  total: number;
}

/**
 * Page `number` of a listing split into pages of `pageSize` items, without slicing the others.
 * An empty listing still has one (empty) page; a number past the end gives an empty page.
 * @example pageAt(['a', 'b', 'c'], 2, 2).items // ['c']
 */
export function pageAt<T>(items: readonly T[], pageSize: number, number: number): Page<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`page number must be a positive integer, got ${number}`);
  const start = (number - 1) * pageSize;
  const pageItems = items.slice(start, start + pageSize);
  return {
    number,
    count: Math.max(1, Math.ceil(items.length / pageSize)),
    items: pageItems,
    first: pageItems.length ? start + 1 : 0,
    last: pageItems.length ? start + pageItems.length : 0,
    total: items.length,
  };
}

/**
 * Splits a listing into pages of `pageSize` items; an empty listing still has one (empty) page.
 * @example paginate([1, 2, 3], 2).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const first = pageAt(items, pageSize, 1);
  return Array.from({ length: first.count }, (_, i) => (i === 0 ? first : pageAt(items, pageSize, i + 1)));
}

/**
 * The site-relative path of page `n` of a listing whose first page is `listingPath`.
 * @example pagePath('/2024/09/', 1) // '/2024/09/'
 * @example pagePath('/2024/09/', 3) // '/2024/09/page/3/'
 */
export function pagePath(listingPath: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`page number must be a positive integer, got ${n}`);
  const base = listingPath.endsWith('/') ? listingPath : `${listingPath}/`;
  return n === 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and `radius` pages either side of the
 * current one; `null` marks a gap. Gaps of a single page show the page instead.
 * @example pageWindow(6, 20) // [1, null, 5, 6, 7, null, 20]
 */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && n - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}
