/**
 * The search page's date range: `from`/`to` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read into the
 * first and last day they cover, with a sentence for a bound that is not a date or a range given
 * backwards (searched the right way round, and said so). Days are wall-clock dates in the
 * archive's zone, as the index's `month` and `day` filters record them. Pure: no Date parsing of strings.
 */
import { MONTH_NAMES } from '../archive/dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateBound {
  precision: DatePrecision;
  /** First day the bound covers, `YYYY-MM-DD`. */
  first: string;
  /** Last day the bound covers, `YYYY-MM-DD`. */
  last: string;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads one bound; undefined when it is not a real year, month or day.
 * @example parseDateBound('2024-02') // { precision: 'month', first: '2024-02-01', last: '2024-02-29' }
 */
export function parseDateBound(text: string): DateBound | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { precision: 'year', first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (match[3] === undefined)
    return { precision: 'month', first: `${match[1]}-${match[2]}-01`, last: `${match[1]}-${match[2]}-${pad(last)}` };
  const day = Number(match[3]);
  if (day < 1 || day > last) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return { precision: 'day', first: iso, last: iso };
}

export interface DateRange {
  /** First day searched, `YYYY-MM-DD`, or '' for open. */
  first: string;
  /** Last day searched, `YYYY-MM-DD`, or '' for open. */
  last: string;
  /** Whether either bound is finer than a month, so the day filter is needed. */
  byDay: boolean;
  /** Sentences for the reader about bounds that were not used as written. */
  problems: string[];
}

/**
 * The range `from`/`to` ask for. A bound that is not a date is left out of the search and
 * explained; a range given backwards is searched from the earlier bound to the later one, and
 * explained.
 * @example readDateRange('2019', '2019-03-05') // { first: '2019-01-01', last: '2019-03-05', byDay: true, problems: [] }
 */
export function readDateRange(from: string, to: string): DateRange {
  const problems: string[] = [];
  const read = (text: string, label: string) => {
    if (!text) return undefined;
    const bound = parseDateBound(text);
    if (!bound) problems.push(`“${text}” is not a date, so the ${label} date was not used: write YYYY, YYYY-MM or YYYY-MM-DD.`);
    return bound;
  };
  let start = read(from, 'from');
  let end = read(to, 'to');
  if (start && end && start.first > end.last) {
    problems.push(`The range was given backwards (from ${from} to ${to}), so it was searched from ${to} to ${from}.`);
    [start, end] = [end, start];
  }
  const byDay = (start ? start.first.slice(8) !== '01' : false) || (end ? end.last !== monthEnd(end.last) : false);
  return { first: start?.first ?? '', last: end?.last ?? '', byDay, problems };
}

/** The last day of the month of a `YYYY-MM-DD` day. */
function monthEnd(day: string): string {
  return `${day.slice(0, 7)}-${pad(daysInMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7))))}`;
}

/** The day after a `YYYY-MM-DD` day. */
function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (date < daysInMonth(year, month)) return `${day.slice(0, 8)}${pad(date + 1)}`;
  return month < 12 ? `${day.slice(0, 4)}-${pad(month + 1)}-01` : `${String(year + 1).padStart(4, '0')}-01-01`;
}

/**
 * Every day from `first` to `last` inclusive, clamped to the archive's days; [] when they miss it.
 * @example daysInRange('2024-02-28', '2024-03-01', { first: '2000-01-01', last: '2030-12-31' }) // ['2024-02-28', '2024-02-29', '2024-03-01']
 */
export function daysInRange(first: string, last: string, archive: { first: string; last: string }): string[] {
  const start = first && first > archive.first ? first : archive.first;
  const end = last && last < archive.last ? last : archive.last;
  const days: string[] = [];
  if (!start || !end) return days;
  for (let day = start; day <= end; day = nextDay(day)) days.push(day);
  return days;
}

/** @example formatDay('2024-09-05') // '5 September 2024' */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : day;
}
