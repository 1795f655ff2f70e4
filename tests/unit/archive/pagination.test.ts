import { describe, expect, it } from 'vitest';
import {
  PAGE_SEGMENT,
  latestPage,
  listingPages,
  numberedPage,
  numberedPageCount,
  pagePath,
  pagerLinks,
  type NumberedPage,
} from '../../../src/lib/archive/pagination.ts';
import { RESERVED_SLUGS } from '../../../src/lib/seed/seed-parser.ts';
import { SLUG_PATTERN, deriveSlug } from '../../../src/lib/seed/slug.ts';

/** A listing of `total` items, newest first: item n is the n-th counted from the oldest. */
const listing = (total: number) => Array.from({ length: total }, (_, i) => total - i);

describe('listingPages', () => {
  it('gives the newest items first, then numbered pages counted from the oldest end', () => {
    expect(listingPages(listing(5), 2)).toMatchInlineSnapshot(`
      [
        {
          "count": 3,
          "items": [
            5,
            4,
          ],
          "kind": "latest",
          "total": 5,
        },
        {
          "first": 1,
          "items": [
            2,
            1,
          ],
          "kind": "numbered",
          "last": 2,
          "newest": false,
          "number": 1,
        },
        {
          "first": 3,
          "items": [
            4,
            3,
          ],
          "kind": "numbered",
          "last": 4,
          "newest": false,
          "number": 2,
        },
        {
          "first": 5,
          "items": [
            5,
          ],
          "kind": "numbered",
          "last": 5,
          "newest": true,
          "number": 3,
        },
      ]
    `);
  });

  it('has no numbered pages while the latest page holds the whole listing, including an empty one', () => {
    expect(listingPages(listing(4), 4)).toEqual([{ kind: 'latest', items: [4, 3, 2, 1], total: 4, count: 0 }]);
    expect(listingPages([], 20)).toEqual([{ kind: 'latest', items: [], total: 0, count: 0 }]);
  });

  it.each([
    [500, 20, 25],
    [21, 20, 2],
    [40, 20, 2],
    [41, 20, 3],
  ])('%i items at %i per page make %i numbered pages, every item exactly once', (total, size, pages) => {
    const items = listing(total);
    const numbered = listingPages(items, size).slice(1);
    expect(numbered).toHaveLength(pages);
    expect(numbered.flatMap((page) => page.items).sort((a, b) => b - a)).toEqual(items);
    expect(numbered.every((page) => page.items.length <= size)).toBe(true);
  });

  it('keeps every full page as it was when newer items arrive, except the newest page learns it has a newer one', () => {
    const before = listingPages(listing(10), 3);
    const after = listingPages(listing(17), 3);
    // Pages 1-3 were full and had a newer page; page 4 (10 of 12) was the newest and filled up.
    expect(after.slice(1, 4)).toEqual(before.slice(1, 4));
    expect(after[4]).toMatchObject({ number: 4, items: [12, 11, 10], newest: false });
    expect(after.at(-1)).toMatchObject({ number: 6, items: [17, 16], newest: true });
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses page size %s', (size) => {
    expect(() => listingPages([1], size)).toThrow(RangeError);
  });
});

describe('numberedPage', () => {
  it('computes one page without the others', () => {
    expect(numberedPage(listing(7), 3, 2)).toEqual({ kind: 'numbered', number: 2, items: [6, 5, 4], first: 4, last: 6, newest: false });
  });

  it('refuses a page the listing does not have', () => {
    expect(() => numberedPage(listing(7), 3, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: page number must be an integer from 1 to 3, got 4]`,
    );
    expect(numberedPageCount(3, 3)).toBe(0);
  });
});

describe('latestPage', () => {
  it('shows the newest page size of items', () => {
    expect(latestPage(listing(7), 3)).toEqual({ kind: 'latest', items: [7, 6, 5], total: 7, count: 3 });
  });
});

describe('pagePath', () => {
  it.each([
    ['/', 0, '/'],
    ['/', 1, '/page/1/'],
    ['/2024/', 3, '/2024/page/3/'],
    ['/2024/09/12/', 25, '/2024/09/12/page/25/'],
    ['/2024/09', 2, '/2024/09/page/2/'],
  ])('%s page %i is %s', (path, n, expected) => {
    expect(pagePath(path, n)).toBe(expected);
  });

  it('refuses a negative page', () => {
    expect(() => pagePath('/', -1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: page number must be a non-negative integer, got -1]`);
  });

  it('can never equal an article permalink: derived slugs end in an id suffix, and "page" is reserved', () => {
    expect(RESERVED_SLUGS.has(PAGE_SEGMENT)).toBe(true);
    expect(SLUG_PATTERN.test(PAGE_SEGMENT)).toBe(true); // so the reservation is what keeps it out
    expect(deriveSlug('Page', '0123456789abcdef')).toBe('page-01234567');
  });
});

describe('pagerLinks', () => {
  const numbered = (number: number, newest = false): NumberedPage<never> => ({
    kind: 'numbered',
    number,
    newest,
    items: [],
    first: 0,
    last: 0,
  });

  it.each([
    [numbered(1), { newer: 2, older: undefined, pages: [0, 2, 1] }],
    [numbered(2), { newer: 3, older: 1, pages: [0, 3, 2, 1] }],
    [numbered(5), { newer: 6, older: 4, pages: [0, 6, 5, 4, null, 1] }],
    [numbered(4), { newer: 5, older: 3, pages: [0, 5, 4, 3, 2, 1] }],
    [numbered(7, true), { newer: 0, older: 6, pages: [0, 7, 6, null, 1] }],
    [numbered(2, true), { newer: 0, older: 1, pages: [0, 2, 1] }],
  ])('numbered page %j links to %j', (page, expected) => {
    expect(pagerLinks(page)).toEqual(expected);
  });

  it.each([
    [0, { pages: [0] }],
    [2, { older: 1, pages: [0, 2, 1] }],
    [20, { older: 19, pages: [0, 20, 19, null, 1] }],
  ])('the latest page of a listing with %i numbered pages links to %j', (count, expected) => {
    expect(pagerLinks({ kind: 'latest', items: [], total: 0, count })).toEqual(expected);
  });

  it("depends on nothing but a numbered page's number and whether it is the newest", () => {
    const early = listingPages(listing(30), 3)[2]!;
    const late = listingPages(listing(3000), 3)[2]!;
    expect(pagerLinks(late)).toEqual(pagerLinks(early));
  });
});
