import { describe, expect, it } from 'vitest';
import { mergeBundleLists, planBundles, SearchBundlesSchema, type SearchBundle } from '../../../src/lib/search/search-bundles.ts';
import { bundlesForFilters, mergeFilterCounts, parseBundleList } from '../../../src/lib/search/search-merge.ts';

const days = (entries: [string, number][]) => new Map(entries);
/** `count` days of `perDay` pages each from the first of `month` (`YYYY-MM`). */
const month = (yearMonth: string, count: number, perDay: number): [string, number][] =>
  Array.from({ length: count }, (_, i) => [`${yearMonth}-${String(i + 1).padStart(2, '0')}`, perDay]);

describe('planBundles', () => {
  it('keeps a small archive in the plain pagefind/ folder', () => {
    expect(
      planBundles(
        days([
          ['2001-03-04', 5],
          ['2002-07-01', 7],
        ]),
        100,
        false,
      ),
    ).toEqual([{ path: 'pagefind/', firstDay: '2001-03-04', lastDay: '2002-07-01', pages: 12 }]);
  });

  it('packs whole years where they fit, oldest first, named by their years', () => {
    expect(planBundles(days([['2001-01-09', 5]]), 100, true)).toEqual([
      { path: 'pagefind/2001/', firstDay: '2001-01-09', lastDay: '2001-01-09', pages: 5 },
    ]);
    expect(
      planBundles(
        days([
          ['2000-05-01', 4],
          ['2001-05-01', 4],
          ['2002-05-01', 4],
          ['2005-01-01', 9],
          ['2006-12-31', 1],
        ]),
        10,
        false,
      ).map(({ path, pages }) => [path, pages]),
    ).toEqual([
      ['pagefind/2005_2006/', 10],
      ['pagefind/2002/', 4],
      ['pagefind/2000_2001/', 8],
    ]);
  });

  it('cuts a dense year into months, a dense month into days and a dense day into parts, never over the limit', () => {
    const plan = planBundles(
      days([['2023-06-01', 3], ...month('2024-01', 10, 2), ...month('2024-02', 3, 9), ['2024-03-01', 25], ['2024-03-02', 1]]),
      10,
      false,
    );
    expect(plan.map(({ path, firstDay, lastDay, part, pages }) => [path, firstDay, lastDay, part, pages])).toEqual([
      ['pagefind/2024-03-02/', '2024-03-02', '2024-03-02', undefined, 1],
      ['pagefind/2024-03-01.3/', '2024-03-01', '2024-03-01', 3, 5],
      ['pagefind/2024-03-01.2/', '2024-03-01', '2024-03-01', 2, 10],
      ['pagefind/2024-03-01.1/', '2024-03-01', '2024-03-01', 1, 10],
      ['pagefind/2024-02-03/', '2024-02-03', '2024-02-03', undefined, 9],
      ['pagefind/2024-02-02/', '2024-02-02', '2024-02-02', undefined, 9],
      ['pagefind/2024-02-01/', '2024-02-01', '2024-02-01', undefined, 9],
      ['pagefind/2024-01-09_2024-01-10/', '2024-01-09', '2024-01-10', undefined, 4],
      ['pagefind/2024-01-04_2024-01-08/', '2024-01-04', '2024-01-08', undefined, 10],
      ['pagefind/2023_2024-01-03/', '2023-06-01', '2024-01-03', undefined, 9],
    ]);
    expect(plan.every((bundle) => bundle.pages <= 10)).toBe(true);
    expect(plan.reduce((sum, bundle) => sum + bundle.pages, 0)).toBe(3 + 20 + 27 + 26);
    // Disjoint and newest first: every bundle starts after the one before it ends.
    expect(mergeBundleLists([{ version: 2, bundles: plan }]).bundles).toEqual(plan);
  });

  it('leaves older bundles unchanged when articles are added to the newest days', () => {
    const before = planBundles(days([...month('2024-01', 20, 1), ...month('2024-02', 5, 1)]), 10, false);
    const after = planBundles(days([...month('2024-01', 20, 1), ...month('2024-02', 9, 1)]), 10, false);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('has no bundle without pages', () => {
    expect(planBundles(days([]), 10, true)).toEqual([]);
    expect(planBundles(days([['2024-01-01', 0]]), 10, true)).toEqual([]);
  });
});

describe('mergeBundleLists', () => {
  const list = (...bundles: [string, string, string, number?][]) =>
    SearchBundlesSchema.parse({
      version: 2,
      bundles: bundles.map(([path, firstDay, lastDay, part]): SearchBundle => ({
        path,
        firstDay,
        lastDay,
        pages: 1,
        ...(part ? { part } : {}),
      })),
    });

  it('joins partitions newest first', () => {
    const merged = mergeBundleLists([
      list(['pagefind/2000_2009/', '2000-01-01', '2009-12-31']),
      list(['pagefind/2015_2020/', '2015-01-01', '2020-06-30'], ['pagefind/2010-02/', '2010-02-01', '2010-02-02']),
      list(),
    ]);
    expect(merged.bundles.map((b) => b.path)).toEqual(['pagefind/2015_2020/', 'pagefind/2010-02/', 'pagefind/2000_2009/']);
  });

  it('refuses overlapping time ranges, and accepts parts of one day in order', () => {
    expect(() =>
      mergeBundleLists([
        list(['pagefind/2000_2010/', '2000-01-01', '2010-03-01']),
        list(['pagefind/2010_2014/', '2010-03-01', '2014-01-01']),
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: search bundles pagefind/2000_2010/ (2000-01-01–2010-03-01) and pagefind/2010_2014/ (2010-03-01–2014-01-01) overlap; partitions must cover disjoint years]`,
    );
    const parts = list(
      ['pagefind/2024-03-01.2/', '2024-03-01', '2024-03-01', 2],
      ['pagefind/2024-03-01.1/', '2024-03-01', '2024-03-01', 1],
    );
    expect(mergeBundleLists([parts]).bundles.map((b) => b.part)).toEqual([2, 1]);
  });
});

describe('parseBundleList', () => {
  it.each([
    [null],
    ['text'],
    [{ version: 1, bundles: [] }],
    [{ version: 2, bundles: [{ path: '../evil/', firstDay: '2000-01-01', lastDay: '2000-01-01', pages: 1 }] }],
    [{ version: 2, bundles: [{ path: 'pagefind/', firstDay: 2000, lastDay: '2000-01-01', pages: 1 }] }],
  ])('rejects %o', (json) => {
    expect(parseBundleList(json)).toBeUndefined();
  });

  it('accepts a list and orders it newest first', () => {
    const bundles = [
      { path: 'pagefind/2000/', firstDay: '2000-01-02', lastDay: '2000-11-30', pages: 3 },
      { path: 'pagefind/2001-03-04.1/', firstDay: '2001-03-04', lastDay: '2001-03-04', part: 1, pages: 4 },
      { path: 'pagefind/2001-03-04.2/', firstDay: '2001-03-04', lastDay: '2001-03-04', part: 2, pages: 4 },
    ];
    expect(parseBundleList({ version: 2, bundles })?.map((b) => b.path)).toEqual([
      'pagefind/2001-03-04.2/',
      'pagefind/2001-03-04.1/',
      'pagefind/2000/',
    ]);
  });
});

describe('bundlesForFilters', () => {
  const bundles = [
    { name: 'new', firstDay: '2010-01-15', lastDay: '2020-12-02' },
    { name: 'old', firstDay: '2000-03-01', lastDay: '2010-01-14' },
  ];
  it.each([
    [{}, ['new', 'old']],
    [{ agency: { all: ['TASS'] } }, ['new', 'old']],
    [{ month: { any: ['2003-01', '2003-02'] } }, ['old']],
    [{ month: { any: ['2010-01'] } }, ['new', 'old']],
    [{ month: { any: ['2000-02'] } }, []],
    [{ month: '2015-06' }, ['new']],
  ])('%o → %o', (filters, names) => {
    expect(bundlesForFilters(bundles, filters).map((b) => b.name)).toEqual(names);
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
