/**
 * Human-readable dates from an article's wall-clock parts. Formatting uses the parts the
 * seed gave (already in the archive's zone), so output never depends on the machine's TZ.
 */
import type { WallClock } from '../seed/timestamp.ts';

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

const pad = (n: number) => String(n).padStart(2, '0');

/** @example formatLongDate({ year: 2024, month: 9, day: 12, … }) // '12 September 2024' */
export function formatLongDate(date: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** @example formatTime({ hour: 9, minute: 5, … }) // '09:05' */
export function formatTime(date: Pick<WallClock, 'hour' | 'minute'>): string {
  return `${pad(date.hour)}:${pad(date.minute)}`;
}

/** @example formatDateTime(date) // '12 September 2024, 23:28' */
export function formatDateTime(date: WallClock): string {
  return `${formatLongDate(date)}, ${formatTime(date)}`;
}
