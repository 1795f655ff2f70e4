/**
 * Articles (newest first) to the archive's year → month → day tree, built in one pass,
 * with the indexes the date pages need: chronological lists for previous/next links
 * and "on this day" (same month and day in other years). Every page reads this tree
 * instead of filtering the whole archive, so rendering stays linear in the archive size.
 */

/** What grouping needs from an article: its wall-clock date in the archive's zone. */
export interface Dated {
  date: { year: number; month: number; day: number };
}

export interface DayGroup<A> {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD`, sortable. */
  key: string;
  /** Site-relative path of the day page, e.g. `/2024/09/12/`. */
  path: string;
  /** The day's articles, in input order (newest first). */
  articles: A[];
}

export interface MonthGroup<A> {
  year: number;
  month: number;
  /** `YYYY-MM`, sortable. */
  key: string;
  /** Site-relative path of the month page, e.g. `/2024/09/`. */
  path: string;
  articles: A[];
  /** Days with articles, oldest first. */
  days: DayGroup<A>[];
}

export interface YearGroup<A> {
  year: number;
  /** Site-relative path of the year page, e.g. `/2024/`. */
  path: string;
  articles: A[];
  /** Months with articles, oldest first. */
  months: MonthGroup<A>[];
}

export interface ArchiveTree<A> {
  /** Years with articles, newest first. */
  years: YearGroup<A>[];
  /** Every month with articles, oldest first. */
  months: MonthGroup<A>[];
  /** Every day with articles, oldest first. */
  days: DayGroup<A>[];
  yearByNumber: Map<number, YearGroup<A>>;
  monthByKey: Map<string, MonthGroup<A>>;
  dayByKey: Map<string, DayGroup<A>>;
  /** Days with articles by `MM-DD`, newest year first. */
  daysByMonthDay: Map<string, DayGroup<A>[]>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/**
 * The site-relative path of a year, month or day page.
 * @example datePath({ year: 2024, month: 9, day: 12 }) // '/2024/09/12/'
 * @example datePath({ year: 2024 }) // '/2024/'
 */
export function datePath(date: { year: number; month?: number; day?: number }): string {
  let path = `/${pad4(date.year)}/`;
  if (date.month !== undefined) path += `${pad2(date.month)}/`;
  if (date.month !== undefined && date.day !== undefined) path += `${pad2(date.day)}/`;
  return path;
}

/** `YYYY-MM-DD` for a date. @example dayKey({ year: 2024, month: 9, day: 2 }) // '2024-09-02' */
export function dayKey(date: { year: number; month: number; day: number }): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** `YYYY-MM` for a month. @example monthKey({ year: 2024, month: 9 }) // '2024-09' */
export function monthKey(date: { year: number; month: number }): string {
  return `${pad4(date.year)}-${pad2(date.month)}`;
}

/**
 * Groups articles into years, months and days, keeping the input order inside every group.
 * The caller passes the archive newest first (as the data module returns it).
 */
export function groupArchive<A extends Dated>(articles: readonly A[]): ArchiveTree<A> {
  const yearByNumber = new Map<number, YearGroup<A>>();
  const monthByKey = new Map<string, MonthGroup<A>>();
  const dayByKey = new Map<string, DayGroup<A>>();

  for (const article of articles) {
    const { year, month, day } = article.date;
    let yearGroup = yearByNumber.get(year);
    if (!yearGroup) {
      yearGroup = { year, path: datePath({ year }), articles: [], months: [] };
      yearByNumber.set(year, yearGroup);
    }
    yearGroup.articles.push(article);

    const mKey = monthKey({ year, month });
    let monthGroup = monthByKey.get(mKey);
    if (!monthGroup) {
      monthGroup = { year, month, key: mKey, path: datePath({ year, month }), articles: [], days: [] };
      monthByKey.set(mKey, monthGroup);
      yearGroup.months.push(monthGroup);
    }
    monthGroup.articles.push(article);

    const dKey = dayKey({ year, month, day });
    let dayGroup = dayByKey.get(dKey);
    if (!dayGroup) {
      dayGroup = { year, month, day, key: dKey, path: datePath({ year, month, day }), articles: [] };
      dayByKey.set(dKey, dayGroup);
      monthGroup.days.push(dayGroup);
    }
    dayGroup.articles.push(article);
  }

  // Group lists are sorted by key rather than trusted to arrive in order: wall-clock order can
  // differ from instant order around a daylight-saving change.
  const byKey = <G extends { key: string }>(a: G, b: G) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const years = [...yearByNumber.values()].sort((a, b) => b.year - a.year);
  for (const year of years) {
    year.months.sort(byKey);
    for (const month of year.months) month.days.sort(byKey);
  }
  const months = [...monthByKey.values()].sort(byKey);
  const days = [...dayByKey.values()].sort(byKey);

  const daysByMonthDay = new Map<string, DayGroup<A>[]>();
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i]!;
    const key = day.key.slice(5);
    const list = daysByMonthDay.get(key);
    if (list) list.push(day);
    else daysByMonthDay.set(key, [day]);
  }

  return { years, months, days, yearByNumber, monthByKey, dayByKey, daysByMonthDay };
}

/**
 * The neighbours of `items[index]` in a list: `before` at index − 1 and `after` at index + 1.
 * @example neighbours(['a', 'b', 'c'], 0) // { before: undefined, after: 'b' }
 */
export function neighbours<T>(items: readonly T[], index: number): { before?: T; after?: T } {
  return { before: index > 0 ? items[index - 1] : undefined, after: index >= 0 ? items[index + 1] : undefined };
}

/**
 * Days with articles on the same month and day as `date` in other years: the `limit` years
 * nearest to it, newest first. 29 February only matches leap years, as it should.
 */
export function otherYearsOnThisDay<A>(
  tree: Pick<ArchiveTree<A>, 'daysByMonthDay'>,
  date: { year: number; month: number; day: number },
  limit = 10,
): DayGroup<A>[] {
  const sameDate = tree.daysByMonthDay.get(`${pad2(date.month)}-${pad2(date.day)}`) ?? [];
  return sameDate
    .filter((day) => day.year !== date.year)
    .sort((a, b) => Math.abs(a.year - date.year) - Math.abs(b.year - date.year) || b.year - a.year)
    .slice(0, limit)
    .sort((a, b) => b.year - a.year);
}
