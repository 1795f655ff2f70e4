import { describe, expect, it } from 'vitest';
import { createDateFormat, createMemo, parseOffsetInstant } from '../../../src/lib/archive/dates.ts';
import { resolveLocale } from '../../../src/lib/i18n/locales.ts';

// The test runner's TZ is Pacific/Kiritimati (UTC+14): anything read from the machine's zone would be a day off.
const format = (tag: string, timeZone = 'UTC') => createDateFormat(resolveLocale(tag), timeZone);
const SEPT_12 = { year: 2024, month: 9, day: 12 };

describe('createDateFormat', () => {
  it.each([
    ['en-GB', '12 September 2024', 'September 2024', '12 September', 'Thursday'],
    ['en-US', 'September 12, 2024', 'September 2024', 'September 12', 'Thursday'],
    ['fr-FR', '12 septembre 2024', 'Septembre 2024', '12 septembre', 'jeudi'],
    ['de-DE', '12. September 2024', 'September 2024', '12. September', 'Donnerstag'],
    ['es-ES', '12 de septiembre de 2024', 'Septiembre de 2024', '12 de septiembre', 'jueves'],
    ['ru-RU', '12 сентября 2024 г.', 'Сентябрь 2024 г.', '12 сентября', 'четверг'],
    ['bg-BG', '12 септември 2024 г.', 'Септември 2024 г.', '12 септември', 'четвъртък'],
  ])('%s: %s, %s, %s, %s', (tag, longDate, monthYear, dayMonth, weekday) => {
    const dates = format(tag);
    expect(dates.longDate(SEPT_12)).toBe(longDate);
    expect(dates.monthYear(SEPT_12)).toBe(monthYear);
    expect(dates.dayMonth(SEPT_12)).toBe(dayMonth);
    expect(dates.weekday(SEPT_12)).toBe(weekday);
  });

  it("shows an article's instant in the archive's zone, not the offset it was written with or the machine's", () => {
    const iso = '2024-09-12T23:28:21+00:00';
    expect(format('en-GB').articleDateTime(iso)).toBe('12 September 2024, 23:28');
    expect(format('en-GB', 'Europe/Sofia').articleDateTime(iso)).toBe('13 September 2024, 02:28');
    expect(format('en-US', 'America/New_York').articleDateTime(iso)).toBe('September 12, 2024, 7:28 PM');
    expect(format('fr-FR', 'Europe/Paris').articleTime(iso)).toBe('01:28');
  });

  it('an article date agrees with its wall clock in its own zone (across midnight and DST)', () => {
    const dates = format('en-GB', 'Europe/London');
    expect(dates.articleDate('2024-03-31T00:30:00+00:00')).toBe(dates.longDate({ year: 2024, month: 3, day: 31 }));
    expect(dates.articleDateTime('2024-10-27T01:30:00+01:00')).toBe('27 October 2024, 01:30');
    expect(dates.articleDateTime('2024-10-27T01:30:00+00:00')).toBe('27 October 2024, 01:30');
  });

  it('names months standing alone (Russian nominative) and in dates (genitive)', () => {
    const dates = format('ru-RU');
    expect(dates.monthName(9)).toBe('Сентябрь');
    expect(dates.longDate(SEPT_12)).toContain('сентября');
  });

  it('gives the weekdays Monday first, with short and narrow names', () => {
    expect(format('en-GB').weekdays()[0]).toEqual({ name: 'Monday', short: 'Mon', narrow: 'M' });
    expect(format('de-DE').weekdays()[6]).toEqual({ name: 'Sonntag', short: 'So.', narrow: 'S' });
  });

  it('knows 29 February', () => {
    expect(format('en-GB').dayMonth({ month: 2, day: 29 })).toBe('29 February');
  });
});

describe('parseOffsetInstant', () => {
  it('reads the epoch and keeps the offset', () => {
    expect(parseOffsetInstant('2024-09-12T23:28:21+03:00')).toEqual({ epochMs: Date.UTC(2024, 8, 12, 20, 28, 21), offset: '+03:00' });
  });

  it.each(['2024-09-12T23:28:21Z', '2024-09-12 23:28:21+03:00', '2024-09-12T23:28:21+0300'])('refuses %s', (iso) => {
    expect(() => parseOffsetInstant(iso)).toThrow(RangeError);
  });
});

describe('createMemo', () => {
  it('keeps two generations of what it made, and moves a key found in the older back', () => {
    const made: string[] = [];
    const memo = createMemo(2);
    const get = (key: string) => memo(key, () => (made.push(key), key.toUpperCase()));
    expect(['a', 'b', 'a', 'c', 'a', 'd', 'e', 'b'].map(get)).toEqual(['A', 'B', 'A', 'C', 'A', 'D', 'E', 'B']);
    // a and b fill the first generation; c starts the second and a moves into it; d starts a third,
    // which drops the first, so b is made again while a was never made twice.
    expect(made).toEqual(['a', 'b', 'c', 'd', 'e', 'b']);
  });
});
