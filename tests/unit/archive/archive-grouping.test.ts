import { describe, expect, it } from 'vitest';
import { datePath, dayKey, groupArchive, neighbours, otherYearsOnThisDay } from '../../../src/lib/archive/archive-grouping.ts';

/** A tiny article: an id and a `YYYY-MM-DD` date. */
const item = (id: string, ymd: string) => {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return { id, date: { year, month, day } };
};

// Newest first, as the data module hands them over.
const ARCHIVE = [
  item('f', '2024-09-12'),
  item('e', '2024-09-12'),
  item('d', '2024-02-29'),
  item('c', '2023-09-12'),
  item('b', '2020-02-29'),
  item('a', '2019-12-31'),
];

describe('datePath', () => {
  it.each([
    [{ year: 2024 }, '/2024/'],
    [{ year: 2024, month: 9 }, '/2024/09/'],
    [{ year: 2024, month: 9, day: 2 }, '/2024/09/02/'],
    [{ year: 1066, month: 12, day: 25 }, '/1066/12/25/'],
  ])('%j is %s', (date, expected) => {
    expect(datePath(date)).toBe(expected);
  });
});

describe('groupArchive', () => {
  const tree = groupArchive(ARCHIVE);

  it('lists years newest first with months and days oldest first', () => {
    expect(tree.years.map((y) => [y.year, y.months.map((m) => [m.month, m.days.map((d) => d.day)])])).toEqual([
      [
        2024,
        [
          [2, [29]],
          [9, [12]],
        ],
      ],
      [2023, [[9, [12]]]],
      [2020, [[2, [29]]]],
      [2019, [[12, [31]]]],
    ]);
  });

  it('keeps the input order (newest first) inside every group and counts every article once', () => {
    expect(tree.dayByKey.get('2024-09-12')!.articles.map((a) => a.id)).toEqual(['f', 'e']);
    expect(tree.yearByNumber.get(2024)!.articles.map((a) => a.id)).toEqual(['f', 'e', 'd']);
    expect(tree.days.reduce((sum, day) => sum + day.articles.length, 0)).toBe(ARCHIVE.length);
  });

  it('gives chronological day and month lists with paths', () => {
    expect(tree.days.map((d) => d.path)).toEqual(['/2019/12/31/', '/2020/02/29/', '/2023/09/12/', '/2024/02/29/', '/2024/09/12/']);
    expect(tree.months.map((m) => m.key)).toEqual(['2019-12', '2020-02', '2023-09', '2024-02', '2024-09']);
  });

  it('sorts groups by date even when the input is not in order', () => {
    const shuffled = groupArchive([item('x', '2001-01-02'), item('y', '2003-05-01'), item('z', '2001-01-01')]);
    expect(shuffled.days.map((d) => d.key)).toEqual(['2001-01-01', '2001-01-02', '2003-05-01']);
    expect(shuffled.years.map((y) => y.year)).toEqual([2003, 2001]);
  });

  it('handles an empty archive', () => {
    const empty = groupArchive([]);
    expect([empty.years, empty.months, empty.days]).toEqual([[], [], []]);
  });
});

describe('neighbours', () => {
  it.each([
    [0, { before: undefined, after: 'b' }],
    [1, { before: 'a', after: 'c' }],
    [2, { before: 'b', after: undefined }],
    [-1, { before: undefined, after: undefined }],
  ])('at index %i', (index, expected) => {
    expect(neighbours(['a', 'b', 'c'], index)).toEqual(expected);
  });
});

describe('otherYearsOnThisDay', () => {
  const tree = groupArchive(ARCHIVE);

  it('finds the same calendar date in other years, newest first, never the same year', () => {
    expect(otherYearsOnThisDay(tree, { year: 2024, month: 9, day: 12 }).map((d) => d.key)).toEqual(['2023-09-12']);
    expect(otherYearsOnThisDay(tree, { year: 2023, month: 9, day: 12 }).map((d) => d.key)).toEqual(['2024-09-12']);
  });

  it('matches 29 February only in leap years', () => {
    expect(otherYearsOnThisDay(tree, { year: 2024, month: 2, day: 29 }).map(dayKey)).toEqual(['2020-02-29']);
    expect(otherYearsOnThisDay(tree, { year: 2019, month: 12, day: 31 })).toEqual([]);
  });

  it('keeps the nearest years when there are more than the limit', () => {
    const many = groupArchive(Array.from({ length: 30 }, (_, i) => item(String(i), `${2030 - i}-05-01`)));
    expect(otherYearsOnThisDay(many, { year: 2010, month: 5, day: 1 }, 4).map((d) => d.year)).toEqual([2012, 2011, 2009, 2008]);
  });
});
