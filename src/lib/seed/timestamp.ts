/**
 * Seed timestamps (`YYYY-MM-DD HH:MM:SS`, wall-clock time in the archive's IANA zone) to
 * instants with an explicit offset. Strict ASCII grammar, then ranges field by field, then a
 * round trip through the zone, so that nothing is silently "corrected".
 * Never `new Date(string)`: V8 turns 2024-02-30 into 1 March and 0001 into 2001. Nor date-fns'
 * `parse` or `parseISO`, which format the site's dates (src/lib/archive/dates.ts) but do not validate
 * as strictly: they accept other digits, widths and trailing text, and give an Invalid Date with no
 * column or reason, where a seed's problem must name both.
 *
 * Daylight saving time rule: a local time the clocks skipped (spring forward) does not exist and
 * is rejected; a local time that occurs twice (fall back) is the earlier instant, the first time
 * the clock showed it.
 */
import { MONTH_NAMES } from '../archive/dates.ts';
import { quoteForMessage } from '../report/problems.ts';

/** Wall-clock date and time parts, as written in the seed. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ResolvedTimestamp {
  wallClock: WallClock;
  /** ISO 8601 with the zone's offset, e.g. `2024-09-12T23:28:21+00:00`. */
  publishedAt: string;
  /** Milliseconds since the epoch (for sorting and comparisons). */
  epochMs: number;
}

/** A failure's message quotes the input where it helps. Codes: TIMESTAMP_FORMAT, TIMESTAMP_TRAILING_TEXT, TIMESTAMP_RANGE, TIMESTAMP_NONEXISTENT, TIMESTAMP_OFFSET, TIMESTAMP_FUTURE. */
export type TimestampResult = { ok: true; value: ResolvedTimestamp } | { ok: false; code: string; message: string; col: number };

/** How far ahead of "now" a timestamp may be; beyond it the article is rejected as dated in the future. */
export interface FutureCheck {
  /** "Now" in milliseconds since the epoch (SOURCE_DATE_EPOCH, or the build's clock). */
  nowMs: number;
  /** Allowance in milliseconds. */
  allowanceMs: number;
}

// Fixed-width ASCII digits only: `\d` would also accept other scripts' digits with the `u` flag.
const TIMESTAMP_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$/;
const TIMESTAMP_PREFIX = /^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/;
const ISO_8601_T = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/;
/** Earliest year accepted: older dates are almost always typos, and `Date.UTC` maps years 0–99 to 19xx. */
export const MIN_YEAR = 1000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats wall-clock parts back to the seed form. @example formatWallClock({ year: 2024, month: 9, day: 1, hour: 8, minute: 0, second: 0 }) // '2024-09-01 08:00:00' */
export function formatWallClock(w: WallClock): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/**
 * Checks the wall-clock fields one by one, returning the first out-of-range field.
 * Columns are 1-based positions in `YYYY-MM-DD HH:MM:SS`.
 */
function checkRanges(w: WallClock): { message: string; col: number } | undefined {
  if (w.year < MIN_YEAR) return { message: `year ${pad(w.year, 4)} is out of range (${MIN_YEAR}–9999)`, col: 1 };
  if (w.month < 1 || w.month > 12) return { message: `month ${pad(w.month)} is out of range (01–12)`, col: 6 };
  const maxDay = daysInMonth(w.year, w.month);
  if (w.day < 1 || w.day > maxDay) {
    return { message: `day ${pad(w.day)} is out of range for ${MONTH_NAMES[w.month - 1]} ${w.year} (01–${maxDay})`, col: 9 };
  }
  if (w.hour > 23) return { message: `hour ${pad(w.hour)} is out of range (00–23)`, col: 12 };
  if (w.minute > 59) return { message: `minute ${pad(w.minute)} is out of range (00–59)`, col: 15 };
  if (w.second > 59) return { message: `second ${pad(w.second)} is out of range (00–59)`, col: 18 };
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone; `en-US` with `h23` gives stable numeric parts whatever LANG says. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant, read back as if it were UTC (milliseconds). */
function wallClockAsUtc(epochMs: number, timeZone: string): number {
  // UTC's wall clock is the instant itself (to the second): no formatter needed (~80 µs a call).
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return utcMs({
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  });
}

/** `Date.UTC` without its mapping of years 0–99 to 1900–1999. */
function utcMs(w: WallClock): number {
  const date = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  date.setUTCFullYear(w.year);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/**
 * The earliest instant whose wall clock in `timeZone` is `w`, or undefined when the clocks
 * skipped it. Tries every offset in force within two days either side, which covers every
 * real transition (the largest, Samoa's in 2011, skipped one day).
 */
function resolveWallClock(w: WallClock, timeZone: string): number | undefined {
  const asUtc = utcMs(w);
  const offsets = new Set<number>();
  for (let days = -2; days <= 2; days++) offsets.add(offsetAt(asUtc + days * 86_400_000, timeZone));
  const candidates = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((candidate) => wallClockAsUtc(candidate, timeZone) === asUtc)
    .sort((a, b) => a - b);
  return candidates[0];
}

/** `+HH:MM` / `-HH:MM`, or undefined for an offset that is not a whole minute (local mean time before 1900 or so). */
function formatOffset(offsetMs: number): string | undefined {
  if (offsetMs % 60_000 !== 0) return undefined;
  const minutes = Math.abs(offsetMs / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Describes an offset with seconds for a message. @example describeOffset(-2_670_000) // '-00:44:30' */
function describeOffset(offsetMs: number): string {
  const seconds = Math.abs(offsetMs / 1000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/**
 * Formats an instant as ISO 8601 with the zone's numeric offset, or undefined when the offset
 * is not a whole minute (ISO 8601 and RFC 3339 offsets have no seconds).
 * @example formatInstant(Date.UTC(2024, 8, 12, 23, 28, 21), 'Europe/Sofia') // '2024-09-13T02:28:21+03:00'
 */
export function formatInstant(epochMs: number, timeZone: string): string | undefined {
  const offset = offsetAt(epochMs, timeZone);
  const zone = formatOffset(offset);
  if (zone === undefined) return undefined;
  const wall = new Date(epochMs + offset);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${date}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${zone}`;
}

/** Explains why a string that looks roughly like a date is not in the seed format. */
function describeFormatError(text: string): string {
  const found = `found ${quoteForMessage(text)}`;
  if (ISO_8601_T.test(text)) {
    return `expected "YYYY-MM-DD HH:MM:SS", ${found}: write a space, not ISO 8601's "T", and no offset; the time zone comes from ARCHIVE_TIME_ZONE`;
  }
  return `expected "YYYY-MM-DD HH:MM:SS" (4-digit year, zero-padded fields, 24-hour clock), ${found}`;
}

/**
 * Parses a seed timestamp as wall-clock time in `timeZone`, following the module's DST rule,
 * and rejects it when it lies further in the future than `future` allows.
 * @example parseTimestamp('2024-09-12 23:28:21', 'UTC') // { ok: true, value: { publishedAt: '2024-09-12T23:28:21+00:00', … } }
 */
export function parseTimestamp(text: string, timeZone: string, future?: FutureCheck): TimestampResult {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) {
    if (TIMESTAMP_PREFIX.test(text)) {
      return {
        ok: false,
        code: 'TIMESTAMP_TRAILING_TEXT',
        message: `unexpected text after the timestamp, found ${quoteForMessage(text)}`,
        col: 20,
      };
    }
    return { ok: false, code: 'TIMESTAMP_FORMAT', message: describeFormatError(text), col: 1 };
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const wallClock: WallClock = { year, month, day, hour, minute, second };
  const rangeError = checkRanges(wallClock);
  if (rangeError)
    return { ok: false, code: 'TIMESTAMP_RANGE', col: rangeError.col, message: `${rangeError.message}, found ${quoteForMessage(text)}` };

  const epochMs = resolveWallClock(wallClock, timeZone);
  if (epochMs === undefined) {
    return {
      ok: false,
      code: 'TIMESTAMP_NONEXISTENT',
      message: `${text} does not exist in ${timeZone}: the clocks skipped it (daylight saving time or a zone change)`,
      col: 1,
    };
  }
  const publishedAt = formatInstant(epochMs, timeZone);
  if (publishedAt === undefined) {
    return {
      ok: false,
      code: 'TIMESTAMP_OFFSET',
      message: `${timeZone} was ${describeOffset(offsetAt(epochMs, timeZone))} from UTC on that date (local mean time), which an ISO 8601 offset cannot express`,
      col: 1,
    };
  }
  if (future && epochMs > future.nowMs + future.allowanceMs) {
    const hours = Math.round(future.allowanceMs / 3_600_000);
    return {
      ok: false,
      code: 'TIMESTAMP_FUTURE',
      message: `${text} is in the future: more than ${hours} hour(s) after now (${formatInstant(future.nowMs, 'UTC') ?? future.nowMs}); fix the date or raise FUTURE_ALLOWANCE_HOURS`,
      col: 1,
    };
  }
  return { ok: true, value: { wallClock, publishedAt, epochMs } };
}
