/**
 * Seed timestamps (`YYYY-MM-DD HH:MM:SS`, wall-clock time in the archive's zone)
 * to instants with an explicit offset. Strict grammar, then ranges, then a
 * round trip through the zone, so that nothing is silently "corrected".
 * Never `new Date(string)`: V8 turns 2024-02-30 into 1 March.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

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

export type TimestampResult = { ok: true; value: ResolvedTimestamp } | { ok: false; code: string; message: string; col: number };

const TIMESTAMP_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$/;
const MIN_YEAR = 1000;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const MONTH_NAMES = [
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
];

/** Explains why a string that looks roughly like a date is not in the seed format. */
function describeFormatError(text: string): string {
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}T/.test(text)) {
    return 'expected "YYYY-MM-DD HH:MM:SS" with a space, not ISO 8601 "T"; the time zone comes from the archive configuration (ARCHIVE_TIME_ZONE), not from the seed';
  }
  return 'expected "YYYY-MM-DD HH:MM:SS" (zero-padded, 24-hour)';
}

/**
 * Checks the wall-clock fields one by one, returning the first out-of-range field.
 * Columns are 1-based positions in `YYYY-MM-DD HH:MM:SS`.
 */
function checkRanges(w: WallClock): { message: string; col: number } | undefined {
  if (w.year < MIN_YEAR) return { message: `year ${String(w.year).padStart(4, '0')} is out of range (${MIN_YEAR}–9999)`, col: 1 };
  if (w.month < 1 || w.month > 12) return { message: `month ${String(w.month).padStart(2, '0')} is out of range (01–12)`, col: 6 };
  const maxDay = daysInMonth(w.year, w.month);
  if (w.day < 1 || w.day > maxDay) {
    return {
      message: `day ${String(w.day).padStart(2, '0')} is out of range for ${MONTH_NAMES[w.month - 1]} ${w.year} (01–${maxDay})`,
      col: 9,
    };
  }
  if (w.hour > 23) return { message: `hour ${w.hour} is out of range (00–23)`, col: 12 };
  if (w.minute > 59) return { message: `minute ${w.minute} is out of range (00–59)`, col: 15 };
  if (w.second > 59) return { message: `second ${w.second} is out of range (00–59)`, col: 18 };
  return undefined;
}

/**
 * Formats an instant as ISO 8601 with the zone's numeric offset.
 * @example formatInstant(Date.UTC(2024, 8, 12, 23, 28, 21), 'UTC') // '2024-09-12T23:28:21+00:00'
 */
export function formatInstant(epochMs: number, timeZone: string): string {
  return format(new TZDate(epochMs, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/**
 * Parses a seed timestamp as wall-clock time in `timeZone`.
 * Local times that do not exist in the zone (a DST gap) are rejected; a local time that
 * occurs twice (a DST overlap) resolves to the earlier instant, the first time the clock showed it.
 * @example parseTimestamp('2024-09-12 23:28:21', 'UTC') // { ok: true, value: { publishedAt: '2024-09-12T23:28:21+00:00', … } }
 */
export function parseTimestamp(text: string, timeZone: string): TimestampResult {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) {
    if (/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/.test(text)) {
      return { ok: false, code: 'TIMESTAMP_TRAILING_TEXT', message: 'unexpected text after the timestamp', col: 20 };
    }
    return { ok: false, code: 'TIMESTAMP_FORMAT', message: describeFormatError(text), col: 1 };
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const wallClock: WallClock = { year, month, day, hour, minute, second };
  const rangeError = checkRanges(wallClock);
  if (rangeError) return { ok: false, code: 'TIMESTAMP_RANGE', ...rangeError };

  const epochMs = resolveWallClock(wallClock, timeZone);
  if (epochMs === undefined) {
    return {
      ok: false,
      code: 'TIMESTAMP_NONEXISTENT',
      message: `${text} does not exist in ${timeZone} (the clocks skipped it for daylight saving time)`,
      col: 1,
    };
  }
  return { ok: true, value: { wallClock, publishedAt: formatInstant(epochMs, timeZone), epochMs } };
}

/** Wall-clock parts of an instant in a zone. */
function wallClockAt(epochMs: number, timeZone: string): string {
  return format(new TZDate(epochMs, timeZone), 'yyyy-MM-dd HH:mm:ss');
}

/**
 * Finds the earliest instant whose wall clock in `timeZone` equals `w`, or undefined in a gap.
 * Tries the offsets in force a day either side, which covers every real transition.
 */
function resolveWallClock(w: WallClock, timeZone: string): number | undefined {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Date.UTC maps years 0–99 to 1900–1999; MIN_YEAR keeps us clear of that.
  const wanted = `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  const offsets = new Set<number>();
  for (const probe of [asUtc - 86_400_000, asUtc, asUtc + 86_400_000]) {
    offsets.add(new TZDate(probe, timeZone).getTimezoneOffset());
  }
  const candidates = [...offsets]
    .map((offsetMinutes) => asUtc + offsetMinutes * 60_000)
    .filter((candidate) => wallClockAt(candidate, timeZone) === wanted)
    .sort((a, b) => a - b);
  return candidates[0];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
