/**
 * The timeline of the current results: bars by year, or by month when the results (or the range)
 * lie in one year, or by day when the range lies in one month. Counts are the facets' own (Pagefind's
 * month and day filter counts), so a bar and its facet value always agree. Each bar is the range
 * it narrows to when clicked.
 */
import { MONTH_NAMES } from '../archive/dates.ts';
import { formatDay } from './search-dates.ts';

export type TimelineUnit = 'year' | 'month' | 'day';

export interface TimelineBar {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: also the `from` and `to` of the narrowed search. */
  key: string;
  label: string;
  count: number;
}

export interface Timeline {
  unit: TimelineUnit;
  bars: TimelineBar[];
  total: number;
}

/**
 * The bars for month and day counts (values with no results left out at the ends, kept between
 * them so gaps show). `rangeMonth` is the month the search's range lies in, if any: then days are shown.
 * @example timelineFor({ '2023-05': 2, '2024-01': 1 }, {}).bars.map((bar) => bar.key) // ['2023', '2024']
 */
export function timelineFor(monthCounts: Record<string, number>, dayCounts: Record<string, number>, rangeMonth = ''): Timeline {
  const months = Object.entries(monthCounts).filter(([month, count]) => count > 0 && /^\d{4}-\d{2}$/.test(month));
  const total = months.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return { unit: 'year', bars: [], total };
  const days = Object.entries(dayCounts).filter(([day, count]) => count > 0 && day.startsWith(`${rangeMonth}-`));
  if (rangeMonth && days.length > 0) {
    const [year, month] = rangeMonth.split('-').map(Number) as [number, number];
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const counts = new Map(days);
    const bars: TimelineBar[] = [];
    for (let day = 1; day <= length; day++) {
      const key = `${rangeMonth}-${String(day).padStart(2, '0')}`;
      bars.push({ key, label: formatDay(key), count: counts.get(key) ?? 0 });
    }
    return { unit: 'day', bars: trim(bars), total };
  }
  const years = [...new Set(months.map(([month]) => month.slice(0, 4)))].sort();
  if (years.length === 1) {
    const counts = new Map(months);
    const bars = MONTH_NAMES.map((name, index) => {
      const key = `${years[0]}-${String(index + 1).padStart(2, '0')}`;
      return { key, label: `${name} ${years[0]}`, count: counts.get(key) ?? 0 };
    });
    return { unit: 'month', bars: trim(bars), total };
  }
  const perYear = new Map<string, number>();
  for (const [month, count] of months) perYear.set(month.slice(0, 4), (perYear.get(month.slice(0, 4)) ?? 0) + count);
  const bars: TimelineBar[] = [];
  for (let year = Number(years[0]); year <= Number(years.at(-1)); year++) {
    const key = String(year).padStart(4, '0');
    bars.push({ key, label: key, count: perYear.get(key) ?? 0 });
  }
  return { unit: 'year', bars, total };
}

/** Drops empty bars at both ends. */
function trim(bars: TimelineBar[]): TimelineBar[] {
  const first = bars.findIndex((bar) => bar.count > 0);
  const last = bars.findLastIndex((bar) => bar.count > 0);
  return first === -1 ? [] : bars.slice(first, last + 1);
}

/**
 * A sentence describing the timeline, its text alternative.
 * @example describeTimeline(timelineFor({ '2023-05': 2, '2024-01': 1 }, {})) // 'Results per year, 2023 to 2024: most in 2023 (2).'
 */
export function describeTimeline(timeline: Timeline): string {
  if (timeline.bars.length === 0) return '';
  const peak = timeline.bars.reduce((best, bar) => (bar.count > best.count ? bar : best));
  const span = timeline.bars.length === 1 ? timeline.bars[0]!.label : `${timeline.bars[0]!.label} to ${timeline.bars.at(-1)!.label}`;
  return `Results per ${timeline.unit}, ${span}: most in ${peak.label} (${peak.count}).`;
}
