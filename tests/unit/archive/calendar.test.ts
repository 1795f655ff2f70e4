import { describe, expect, it } from 'vitest';
import { daysInMonth, densityLevel, isLeapYear, monthCalendar, weekdayIndex } from '../../../src/lib/archive/calendar.ts';
import { createDateFormat } from '../../../src/lib/archive/dates.ts';
import { resolveLocale } from '../../../src/lib/i18n/locales.ts';

const dates = createDateFormat(resolveLocale('en-GB'), 'UTC');

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('follows the Gregorian rule', () => {
    expect([1600, 1700, 1996, 2000, 2023].map(isLeapYear)).toEqual([true, false, true, true, false]);
  });
});

describe('weekdayIndex', () => {
  // The test runner's TZ is Pacific/Kiritimati (UTC+14): a local-time computation would be a day off.
  it.each([
    [2024, 9, 12, 'Thursday'],
    [2000, 1, 1, 'Saturday'],
    [2024, 2, 29, 'Thursday'],
    [1066, 10, 14, 'Sunday'], // proleptic Gregorian (the Julian date of Hastings was a Saturday)
    [2099, 12, 31, 'Thursday'],
  ])('%i-%i-%i is a %s', (year, month, day, name) => {
    expect(dates.weekday({ year, month, day })).toBe(name);
    expect(weekdayIndex(year, month, day)).toBe(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(name),
    );
  });
});

describe('densityLevel', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [3, 10, 2],
    [5, 10, 2],
    [6, 10, 3],
    [10, 10, 4],
    [1, 1, 4],
    [500, 500, 4],
    [1, 500, 1],
    [3, 0, 0],
  ])('%i of a maximum %i is level %i', (count, max, level) => {
    expect(densityLevel(count, max)).toBe(level);
  });
});

describe('monthCalendar', () => {
  it('lays September 2024 out Monday first with counts and levels', () => {
    const counts = new Map([
      [12, 4],
      [13, 1],
    ]);
    const weeks = monthCalendar(2024, 9, (day) => counts.get(day) ?? 0, 4);
    const render = weeks.map((week) =>
      week.map((cell) => (cell ? `${cell.day}${cell.count ? `:${cell.count}/L${cell.level}` : ''}` : '·')).join(' '),
    );
    expect(render).toEqual([
      '· · · · · · 1',
      '2 3 4 5 6 7 8',
      '9 10 11 12:4/L4 13:1/L1 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 · · · · · ·',
    ]);
  });

  it('gives every month whole weeks holding each of its days once', () => {
    for (const [year, month] of [
      [2024, 2],
      [2021, 2],
      [2023, 1],
      [2026, 6],
    ] as const) {
      const weeks = monthCalendar(year, month, () => 0, 0);
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      expect(
        weeks
          .flat()
          .filter((cell) => cell !== null)
          .map((cell) => cell!.day),
      ).toEqual(Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1));
    }
  });
});
