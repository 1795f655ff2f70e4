import { describe, expect, it } from 'vitest';
import { PAGE_SEGMENT, pageAt, pagePath, pageWindow, paginate } from '../../../src/lib/archive/pagination.ts';
import { RESERVED_SLUGS } from '../../../src/lib/seed/seed-parser.ts';
import { SLUG_PATTERN, deriveSlug } from '../../../src/lib/seed/slug.ts';

describe('paginate', () => {
  it('splits a listing into full pages and a last partial page', () => {
    expect(paginate(['a', 'b', 'c', 'd', 'e'], 2)).toMatchInlineSnapshot(`
      [
        {
          "count": 3,
          "first": 1,
          "items": [
            "a",
            "b",
          ],
          "last": 2,
          "number": 1,
          "total": 5,
        },
        {
          "count": 3,
          "first": 3,
          "items": [
            "c",
            "d",
          ],
          "last": 4,
          "number": 2,
          "total": 5,
        },
        {
          "count": 3,
          "first": 5,
          "items": [
            "e",
          ],
          "last": 5,
          "number": 3,
          "total": 5,
        },
      ]
    `);
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it.each([
    [500, 20, 25],
    [20, 20, 1],
    [21, 20, 2],
    [1, 1, 1],
  ])('%i items at %i per page make %i pages, every item exactly once', (total, size, pages) => {
    const items = Array.from({ length: total }, (_, i) => i);
    const result = paginate(items, size);
    expect(result).toHaveLength(pages);
    expect(result.flatMap((page) => page.items)).toEqual(items);
    expect(result.every((page) => page.items.length <= size)).toBe(true);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses page size %s', (size) => {
    expect(() => paginate([1], size)).toThrow(RangeError);
  });
});

describe('pageAt', () => {
  it('computes one page without the others', () => {
    expect(pageAt(['a', 'b', 'c'], 2, 2)).toEqual({ number: 2, count: 2, items: ['c'], first: 3, last: 3, total: 3 });
  });
});

describe('pagePath', () => {
  it.each([
    ['/', 1, '/'],
    ['/', 2, '/page/2/'],
    ['/2024/', 3, '/2024/page/3/'],
    ['/2024/09/12/', 25, '/2024/09/12/page/25/'],
    ['/2024/09', 2, '/2024/09/page/2/'],
  ])('%s page %i is %s', (listing, n, expected) => {
    expect(pagePath(listing, n)).toBe(expected);
  });

  it('refuses page 0', () => {
    expect(() => pagePath('/', 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: page number must be a positive integer, got 0]`);
  });

  it('can never equal an article permalink: derived slugs end in an id suffix, and "page" is reserved', () => {
    expect(RESERVED_SLUGS.has(PAGE_SEGMENT)).toBe(true);
    expect(SLUG_PATTERN.test(PAGE_SEGMENT)).toBe(true); // so the reservation is what keeps it out
    expect(deriveSlug('Page', '0123456789abcdef')).toBe('page-01234567');
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, null, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [6, 20, [1, null, 5, 6, 7, null, 20]],
    [20, 20, [1, null, 19, 20]],
    [4, 20, [1, 2, 3, 4, 5, null, 20]],
  ])('page %i of %i shows %j', (current, count, expected) => {
    expect(pageWindow(current, count)).toEqual(expected);
  });
});
