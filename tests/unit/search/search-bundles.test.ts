import { describe, expect, it } from 'vitest';
import { bundleGlob, mergeBundleLists, planBundles, SearchBundlesSchema } from '../../../src/lib/search/search-bundles.ts';
import { bundleMonths, bundlesForFilters, mergeFilterCounts, parseBundleList } from '../../../src/lib/search/search-merge.ts';

const years = (entries: [number, number][]) => new Map(entries);

describe('planBundles', () => {
  it('keeps a small archive in the plain pagefind/ folder', () => {
    expect(
      planBundles(
        years([
          [2001, 5],
          [2002, 7],
        ]),
        100,
        false,
      ),
    ).toEqual([{ path: 'pagefind/', firstYear: 2001, lastYear: 2002, pages: 12 }]);
  });

  it('names the bundle by its years when asked (partitions), or when there are several', () => {
    expect(planBundles(years([[2001, 5]]), 100, true)).toEqual([{ path: 'pagefind/2001/', firstYear: 2001, lastYear: 2001, pages: 5 }]);
    expect(
      planBundles(
        years([
          [2000, 4],
          [2001, 4],
          [2002, 4],
          [2005, 9],
          [2006, 1],
        ]),
        10,
        false,
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "firstYear": 2005,
          "lastYear": 2006,
          "pages": 10,
          "path": "pagefind/2005-2006/",
        },
        {
          "firstYear": 2002,
          "lastYear": 2002,
          "pages": 4,
          "path": "pagefind/2002/",
        },
        {
          "firstYear": 2000,
          "lastYear": 2001,
          "pages": 8,
          "path": "pagefind/2000-2001/",
        },
      ]
    `);
  });

  it('gives a year larger than the limit a bundle of its own, and skips empty years', () => {
    expect(
      planBundles(
        years([
          [2010, 3],
          [2011, 50],
          [2012, 0],
          [2013, 2],
        ]),
        10,
        false,
      ).map((b) => b.path),
    ).toEqual(['pagefind/2013/', 'pagefind/2011/', 'pagefind/2010/']);
  });

  it('leaves older bundles alone when recent years grow', () => {
    const before = planBundles(
      years([
        [2000, 6],
        [2001, 6],
        [2002, 6],
        [2003, 1],
      ]),
      12,
      false,
    );
    const after = planBundles(
      years([
        [2000, 6],
        [2001, 6],
        [2002, 6],
        [2003, 9],
      ]),
      12,
      false,
    );
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('plans nothing for no pages', () => {
    expect(planBundles(years([]), 10, true)).toEqual([]);
  });
});

describe('bundleGlob', () => {
  it.each([
    [{ firstYear: 2004, lastYear: 2004 }, '2004/[0-9][0-9]/[0-9][0-9]/*/index.html'],
    [{ firstYear: 1999, lastYear: 2001 }, '{1999,2000,2001}/[0-9][0-9]/[0-9][0-9]/*/index.html'],
  ])('%o → %s', (bundle, glob) => {
    expect(bundleGlob(bundle)).toBe(glob);
  });
});

describe('mergeBundleLists', () => {
  const list = (...bundles: [string, number, number][]) =>
    SearchBundlesSchema.parse({
      version: 1,
      bundles: bundles.map(([path, firstYear, lastYear]) => ({ path, firstYear, lastYear, pages: 1 })),
    });

  it('joins partitions newest first', () => {
    const merged = mergeBundleLists([
      list(['pagefind/2000-2009/', 2000, 2009]),
      list(['pagefind/2015-2020/', 2015, 2020], ['pagefind/2010-2014/', 2010, 2014]),
      list(),
    ]);
    expect(merged.bundles.map((b) => b.path)).toEqual(['pagefind/2015-2020/', 'pagefind/2010-2014/', 'pagefind/2000-2009/']);
  });

  it('refuses overlapping years', () => {
    expect(() =>
      mergeBundleLists([list(['pagefind/2000-2010/', 2000, 2010]), list(['pagefind/2010-2014/', 2010, 2014])]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: search bundles pagefind/2000-2010/ (2000–2010) and pagefind/2010-2014/ (2010–2014) overlap; partitions must cover disjoint years]`,
    );
  });
});

describe('parseBundleList', () => {
  it.each([
    [null],
    ['text'],
    [{ version: 2, bundles: [] }],
    [{ version: 1, bundles: [{ path: '../evil/', firstYear: 1, lastYear: 1, pages: 1 }] }],
    [{ version: 1, bundles: [{ path: 'pagefind/', firstYear: '2000', lastYear: 2001, pages: 1 }] }],
  ])('rejects %o', (json) => {
    expect(parseBundleList(json)).toBeUndefined();
  });

  it('accepts a list and orders it newest first', () => {
    const bundles = [
      { path: 'pagefind/2000/', firstYear: 2000, lastYear: 2000, pages: 3 },
      { path: 'pagefind/2001-2003/', firstYear: 2001, lastYear: 2003, pages: 4 },
    ];
    expect(parseBundleList({ version: 1, bundles })?.map((b) => b.path)).toEqual(['pagefind/2001-2003/', 'pagefind/2000/']);
  });
});

describe('bundlesForFilters', () => {
  const bundles = [
    { name: 'new', firstYear: 2010, lastYear: 2020 },
    { name: 'old', firstYear: 2000, lastYear: 2009 },
  ];
  it.each([
    [{}, ['new', 'old']],
    [{ agency: { all: ['TASS'] } }, ['new', 'old']],
    [{ month: { any: ['2003-01', '2003-02'] } }, ['old']],
    [{ month: { any: ['2009-12', '2010-01'] } }, ['new', 'old']],
    [{ month: { any: ['none'] } }, []],
    [{ month: '2015-06' }, ['new']],
  ])('%o → %o', (filters, names) => {
    expect(bundlesForFilters(bundles, filters).map((b) => b.name)).toEqual(names);
  });
});

describe('bundleMonths', () => {
  const bundle = { firstYear: 2023, lastYear: 2024 };
  it('lists every month of the bundle when no month is filtered', () => {
    const months = bundleMonths(bundle);
    expect(months).toHaveLength(24);
    expect([months[0], months.at(-1)]).toEqual(['2023-01', '2024-12']);
  });
  it.each([
    [{ any: ['2022-12', '2023-01', '2024-06', '2025-01'] }, ['2023-01', '2024-06']],
    [['2024-02'], ['2024-02']],
    ['2021-05', []],
  ])('keeps the filtered months inside its years: %j', (filter, months) => {
    expect(bundleMonths(bundle, filter)).toEqual(months);
  });
});
describe('mergeFilterCounts', () => {
  it('sums counts per facet value', () => {
    expect(mergeFilterCounts([{ agency: { TASS: 2, BTA: 1 } }, { agency: { TASS: 3 }, year: { '2001': 4 } }, {}])).toEqual({
      agency: { TASS: 5, BTA: 1 },
      year: { '2001': 4 },
    });
  });
});
