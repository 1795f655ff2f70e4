/**
 * Long listings (newest first) to pages whose contents stay put as articles are added. The
 * listing's own path shows the newest `pageSize` items (the latest page); once a listing has
 * more, `<listing>/page/n/` holds items `(n-1)·pageSize+1 … n·pageSize` counted from the oldest
 * end, so a full numbered page keeps its items for ever and new articles only ever reach the
 * latest page and the newest numbered one. A numbered page shows nothing that depends on the
 * listing's size except whether a newer numbered page exists, so once one does, its bytes never
 * change. No article URL can take a page's place: derived slugs end in an 8-hex id suffix, and
 * the seed parser refuses a front-matter slug equal to PAGE_SEGMENT.
 */

/**
 * The path segment before a page number, e.g. `/2024/09/12/page/2/`. The seed parser refuses it
 * as a front-matter slug (RESERVED_SLUGS in seed-parser.ts), so a day's pages and articles never meet.
 */
export const PAGE_SEGMENT = 'page';

/** The page at the listing's own path: its newest items. */
export interface LatestPage<T> {
  kind: 'latest';
  /** The newest items, newest first. */
  items: T[];
  /** Items in the whole listing. */
  total: number;
  /** Numbered pages of the listing: 0 when it fits on the latest page, else at least 2. */
  count: number;
}

/** Page `number` (1 = the oldest items) at `<listing>/page/<number>/`. */
export interface NumberedPage<T> {
  kind: 'numbered';
  /** 1-based, counted from the oldest end. */
  number: number;
  /** The page's items, newest first. */
  items: T[];
  /** 1-based position, counted from the oldest item of the listing, of the page's oldest item. */
  first: number;
  /** Position of the page's newest item. */
  last: number;
  /** True when no newer numbered page exists (the page may still be filling up). */
  newest: boolean;
}

export type Page<T> = LatestPage<T> | NumberedPage<T>;

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
}

/**
 * How many numbered pages a listing of `total` items has: none when the latest page holds it all.
 * @example numberedPageCount(9, 4) // 3
 * @example numberedPageCount(4, 4) // 0
 */
export function numberedPageCount(total: number, pageSize: number): number {
  checkPageSize(pageSize);
  return total <= pageSize ? 0 : Math.ceil(total / pageSize);
}

/**
 * The latest page of a listing of `items` (newest first).
 * @example latestPage(['e', 'd', 'c', 'b', 'a'], 2).items // ['e', 'd']
 */
export function latestPage<T>(items: readonly T[], pageSize: number): LatestPage<T> {
  return { kind: 'latest', items: items.slice(0, pageSize), total: items.length, count: numberedPageCount(items.length, pageSize) };
}

/**
 * Numbered page `number` of a listing of `items` (newest first), counted from the oldest end.
 * @example numberedPage(['e', 'd', 'c', 'b', 'a'], 2, 1).items // ['b', 'a']
 * @example numberedPage(['e', 'd', 'c', 'b', 'a'], 2, 3).items // ['e']
 */
export function numberedPage<T>(items: readonly T[], pageSize: number, number: number): NumberedPage<T> {
  const count = numberedPageCount(items.length, pageSize);
  if (!Number.isInteger(number) || number < 1 || number > count)
    throw new RangeError(`page number must be an integer from 1 to ${count}, got ${number}`);
  const first = (number - 1) * pageSize + 1;
  const last = Math.min(number * pageSize, items.length);
  return {
    kind: 'numbered',
    number,
    items: items.slice(items.length - last, items.length - first + 1),
    first,
    last,
    newest: number === count,
  };
}

/**
 * Every page of a listing of `items` (newest first): the latest page, then numbered pages 1…n.
 * @example listingPages([3, 2, 1], 2).map((p) => p.items) // [[3, 2], [1], [3, 2]]
 */
export function listingPages<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const latest = latestPage(items, pageSize);
  return [latest, ...Array.from({ length: latest.count }, (_, i) => numberedPage(items, pageSize, i + 1))];
}

/**
 * The site-relative path of a listing page whose latest page is `listingPath`: `number` 0 is the
 * latest page, n ≥ 1 numbered page n.
 * @example pagePath('/2024/09/', 0) // '/2024/09/'
 * @example pagePath('/2024/09/', 3) // '/2024/09/page/3/'
 */
export function pagePath(listingPath: string, number: number): string {
  if (!Number.isInteger(number) || number < 0) throw new RangeError(`page number must be a non-negative integer, got ${number}`);
  const base = listingPath.endsWith('/') ? listingPath : `${listingPath}/`;
  return number === 0 ? base : `${base}${PAGE_SEGMENT}/${number}/`;
}

/** What a pager links to, as page numbers (0 = the latest page). */
export interface PagerLinks {
  /** The page of the next newer items, if any. */
  newer?: number;
  /** The page of the next older items, if any. */
  older?: number;
  /** Pages listed, newest first, starting with the latest page (0); `null` marks a gap. */
  pages: (number | null)[];
}

/**
 * The links of a page's pager. A numbered page's links depend only on its number and on whether
 * it is the newest, so they never change once a newer page exists. The latest page's older link
 * goes to the newest numbered page that is not wholly shown on it.
 * @example pagerLinks({ kind: 'numbered', number: 5, newest: false, … }) // { newer: 6, older: 4, pages: [0, 6, 5, 4, null, 1] }
 */
export function pagerLinks(page: Page<unknown>): PagerLinks {
  if (page.kind === 'latest') {
    if (page.count === 0) return { pages: [0] };
    return { older: page.count - 1, pages: [0, ...descending([page.count, page.count - 1, 1])] };
  }
  const { number, newest } = page;
  const shown = [number, number - 1, 1].filter((n) => n >= 1);
  if (!newest) shown.push(number + 1);
  return { newer: newest ? 0 : number + 1, older: number > 1 ? number - 1 : undefined, pages: [0, ...descending(shown)] };
}

/** Distinct page numbers, newest first, with `null` for a gap (a gap of one page shows the page). */
function descending(numbers: readonly number[]): (number | null)[] {
  const sorted = [...new Set(numbers)].sort((a, b) => b - a);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && previous - n === 2) result.push(n + 1);
    else if (typeof previous === 'number' && previous - n > 2) result.push(null);
    result.push(n);
  }
  return result;
}
