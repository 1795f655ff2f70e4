import { describe, expect, it } from 'vitest';
import { daysInRange, formatDay, parseDateBound, readDateRange } from '../../../src/lib/search/search-dates.ts';

describe('parseDateBound', () => {
  it.each([
    ['2024', { precision: 'year', first: '2024-01-01', last: '2024-12-31' }],
    ['2024-02', { precision: 'month', first: '2024-02-01', last: '2024-02-29' }],
    ['2023-02', { precision: 'month', first: '2023-02-01', last: '2023-02-28' }],
    ['1987-03-05', { precision: 'day', first: '1987-03-05', last: '1987-03-05' }],
    [' 2024-04 ', { precision: 'month', first: '2024-04-01', last: '2024-04-30' }],
  ])('reads %j', (text, expected) => {
    expect(parseDateBound(text)).toEqual(expected);
  });

  it.each(['2024-13', '2024-00', '2023-02-29', '2024-04-31', '24', '2024-3', 'March', '2024/03/05', '<script>'])('refuses %j', (text) => {
    expect(parseDateBound(text)).toBeUndefined();
  });
});

describe('readDateRange', () => {
  it('covers whole years and months, and needs days only for a bound inside a month', () => {
    expect(readDateRange('2019', '2019-03')).toEqual({ first: '2019-01-01', last: '2019-03-31', byDay: false, problems: [] });
    expect(readDateRange('1987-03-05', '')).toEqual({ first: '1987-03-05', last: '', byDay: true, problems: [] });
  });

  it('searches a backwards range the right way round and says so', () => {
    expect(readDateRange('2021-05', '2019')).toEqual({
      first: '2019-01-01',
      last: '2021-05-31',
      byDay: false,
      problems: ['The range was given backwards (from 2021-05 to 2019), so it was searched from 2019 to 2021-05.'],
    });
  });

  it('leaves out a bound that is not a date, and explains it', () => {
    expect(readDateRange('2019-13', '2020')).toEqual({
      first: '',
      last: '2020-12-31',
      byDay: false,
      problems: ['“2019-13” is not a date, so the from date was not used: write YYYY, YYYY-MM or YYYY-MM-DD.'],
    });
  });
});

describe('daysInRange', () => {
  it('crosses months, leap days and years, clamped to the archive', () => {
    expect(daysInRange('2023-12-30', '2024-01-02', { first: '2000-01-01', last: '2030-12-31' })).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(daysInRange('', '2000-01-02', { first: '2000-01-01', last: '2030-12-31' })).toEqual(['2000-01-01', '2000-01-02']);
    expect(daysInRange('2031-01-01', '', { first: '2000-01-01', last: '2030-12-31' })).toEqual([]);
  });
});

describe('formatDay', () => {
  it('writes a day out', () => expect(formatDay('2024-09-05')).toBe('5 September 2024'));
});
