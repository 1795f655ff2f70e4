/**
 * Month calendars as data: weeks of days (Monday first, as in ISO 8601 and en-GB), each day
 * with its article count and a density level for shading. Computed from the proleptic
 * Gregorian calendar alone, so the machine's time zone never shifts a weekday. Names of days and
 * months are the locale's (src/lib/archive/dates.ts).
 */

/** Density levels a calendar day can show: 0 is no article, 4 the busiest. */
export type DensityLevel = 0 | 1 | 2 | 3 | 4;

export interface CalendarDay {
  day: number;
  /** Articles published that day. */
  count: number;
  level: DensityLevel;
}

/** A week row: seven cells, `null` where the day belongs to another month. */
export type CalendarWeek = (CalendarDay | null)[];

/** @example isLeapYear(2000) // true; isLeapYear(2100) // false */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * The weekday of a date, 0 for Monday to 6 for Sunday.
 * @example weekdayIndex(2024, 9, 12) // 3 (Thursday)
 */
export function weekdayIndex(year: number, month: number, day: number): number {
  // UTC getters make this a pure calendar computation (no zone); setUTCFullYear keeps years 0–99 literal.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (date.getUTCDay() + 6) % 7;
}

/**
 * A density level from 1 to 4 for a count relative to the busiest day in view (0 for none).
 * Levels are quarters of the maximum, so one very busy day does not flatten the rest to 1.
 * @example densityLevel(3, 12) // 1
 * @example densityLevel(12, 12) // 4
 */
export function densityLevel(count: number, max: number): DensityLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as DensityLevel;
}

/**
 * The weeks of a month, Monday first, padded with `null` to whole weeks.
 * `countOf(day)` gives the article count of each day; `max` scales the density levels
 * (pass the busiest day of the month, or of the year to compare months).
 */
export function monthCalendar(year: number, month: number, countOf: (day: number) => number, max: number): CalendarWeek[] {
  const weeks: CalendarWeek[] = [];
  let week: CalendarWeek = Array.from({ length: weekdayIndex(year, month, 1) }, () => null);
  const length = daysInMonth(year, month);
  for (let day = 1; day <= length; day++) {
    const count = countOf(day);
    week.push({ day, count, level: densityLevel(count, max) });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
