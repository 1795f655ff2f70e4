/**
 * Dates as the site shows them, in the archive's locale, formatted by date-fns: an article's
 * instant in the archive's time zone (@date-fns/tz), and calendar dates (a day, a month, a
 * weekday) as dates without a zone. Nothing here reads the machine's TZ or LANG, so output is the
 * same on every machine.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { SiteLocale } from '../i18n/locales.ts';
import type { WallClock } from '../seed/timestamp.ts';

/** English month names, for problem messages (which stay English, like the rest of the report). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_WITH_OFFSET = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})([+-])([0-9]{2}):([0-9]{2})$/;

/** An instant written as the build writes it (ISO 8601 with an offset), read exactly: its epoch and offset. */
export interface OffsetInstant {
  epochMs: number;
  /** The offset as written, e.g. `+03:00`: a zone @date-fns/tz accepts. */
  offset: string;
}

/**
 * Reads `YYYY-MM-DDTHH:MM:SS±HH:MM`, and nothing looser (never `new Date(string)`).
 * @example parseOffsetInstant('2024-09-12T23:28:21+03:00') // { epochMs: 1726172901000, offset: '+03:00' }
 */
export function parseOffsetInstant(iso: string): OffsetInstant {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match) throw new RangeError(`not an ISO 8601 instant with offset: ${iso}`);
  const [y, mo, d, h, mi, s, sign, oh, om] = match.slice(1);
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = new Date(0);
  utc.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  utc.setUTCHours(Number(h), Number(mi), Number(s), 0);
  return { epochMs: utc.getTime() - offsetMinutes * 60_000, offset: `${sign}${oh}:${om}` };
}

/** A calendar date at noon UTC: formatted in UTC, its day, month and weekday are the calendar's own. */
function calendarDate(year: number, month: number, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(12);
  return date;
}

const inUtc = tz('UTC');

/** Upper-cases the first letter, as a label or heading starts (French and Russian month names are lower-case). */
const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The site's dates in one locale and time zone. */
export interface DateFormat {
  /** An article's date. @example articleDate('2024-09-12T23:28:21+00:00') // '12 September 2024' (en-GB, UTC) */
  articleDate(publishedAt: string): string;
  /** An article's time of day. @example articleTime('2024-09-12T23:28:21+00:00') // '23:28' */
  articleTime(publishedAt: string): string;
  /** @example articleDateTime('2024-09-12T23:28:21+00:00') // '12 September 2024, 23:28' */
  articleDateTime(publishedAt: string): string;
  /** A calendar date. @example longDate({ year: 2024, month: 9, day: 12 }) // '12 septembre 2024' (fr-FR) */
  longDate(date: Pick<WallClock, 'year' | 'month' | 'day'>): string;
  /** @example dayMonth({ month: 9, day: 12 }) // '12 September' */
  dayMonth(date: Pick<WallClock, 'month' | 'day'>): string;
  /** A month's name standing alone, capitalised. @example monthName(9) // 'Septembre' (fr-FR) */
  monthName(month: number): string;
  /** Its abbreviation. @example monthShort(9) // 'Sep' */
  monthShort(month: number): string;
  /** @example monthYear({ year: 2024, month: 9 }) // 'September 2024' */
  monthYear(date: Pick<WallClock, 'year' | 'month'>): string;
  /** A day's weekday. @example weekday({ year: 2024, month: 9, day: 12 }) // 'Thursday' */
  weekday(date: Pick<WallClock, 'year' | 'month' | 'day'>): string;
  /** The weekdays, Monday first, for calendar heads: full, short and one-letter names. */
  weekdays(): { name: string; short: string; narrow: string }[];
}

// Formatted dates kept per kind, at most twice this many: a page shows the same dates as many others
// (its cards, its calendar), and a zone's offset costs an Intl look-up each time.
const MEMO_LIMIT = 50_000;

/**
 * Remembers what `make` gave for each key, in two generations: when the newer one is full it becomes
 * the older (the one before is dropped), and a key found in the older moves back. The dates a run of
 * pages keeps showing survive, where clearing everything at the limit made an archive with more
 * article dates than the limit format most of them again on every page.
 */
export function createMemo(limit: number): (key: string, make: () => string) => string {
  let newer = new Map<string, string>();
  let older = new Map<string, string>();
  return (key, make) => {
    let text = newer.get(key);
    if (text !== undefined) return text;
    text = older.get(key) ?? make();
    if (newer.size >= limit) {
      older = newer;
      newer = new Map();
    }
    newer.set(key, text);
    return text;
  };
}

/** Dates for a site locale, with article instants shown in `timeZone` (an IANA name). */
export function createDateFormat(locale: SiteLocale, timeZone: string): DateFormat {
  const options = { locale: locale.dates, in: inUtc };
  const inZone = { locale: locale.dates, in: tz(timeZone) };
  // Apart, so the many article instants never push out the few calendar dates every page shows.
  const articleMemo = createMemo(MEMO_LIMIT);
  const calendarMemo = createMemo(MEMO_LIMIT);
  const article = (publishedAt: string, pattern: string) =>
    articleMemo(`${publishedAt}|${pattern}`, () => format(parseOffsetInstant(publishedAt).epochMs, pattern, inZone));
  const calendar = (date: Date, pattern: string) => calendarMemo(`${date.getTime()}|${pattern}`, () => format(date, pattern, options));
  const { patterns } = locale;
  return {
    articleDate: (publishedAt) => article(publishedAt, patterns.longDate),
    articleTime: (publishedAt) => article(publishedAt, patterns.time),
    articleDateTime: (publishedAt) => article(publishedAt, patterns.dateTime),
    longDate: ({ year, month, day }) => calendar(calendarDate(year, month, day), patterns.longDate),
    // A leap year, so 29 February has its day.
    dayMonth: ({ month, day }) => calendar(calendarDate(2000, month, day), patterns.dayMonth),
    monthName: (month) => capitalise(calendar(calendarDate(2000, month), 'LLLL'), locale.tag),
    monthShort: (month) => capitalise(calendar(calendarDate(2000, month), 'LLL'), locale.tag),
    monthYear: ({ year, month }) => capitalise(calendar(calendarDate(year, month), patterns.monthYear), locale.tag),
    weekday: ({ year, month, day }) => calendar(calendarDate(year, month, day), 'EEEE'),
    // 3 January 2000 was a Monday.
    weekdays: () =>
      Array.from({ length: 7 }, (_, i) => {
        const date = calendarDate(2000, 1, 3 + i);
        return { name: calendar(date, 'cccc'), short: calendar(date, 'ccc'), narrow: calendar(date, 'ccccc') };
      }),
  };
}
