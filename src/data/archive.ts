/**
 * The archive's date tree and per-article context (previous/next, day, "on this day"), computed
 * once per build from the ingested articles and shared by every page, so no page filters the
 * whole archive in its frontmatter.
 */
import {
  dayKey,
  groupArchive,
  neighbours,
  otherYearsOnThisDay,
  type ArchiveTree,
  type DayGroup,
  type MonthGroup,
  type YearGroup,
} from '../lib/archive/archive-grouping.ts';
import type { Article } from '../lib/article-schema.ts';
import { latestPage, numberedPage, numberedPageCount, type LatestPage, type NumberedPage } from '../lib/archive/pagination.ts';
import { absoluteUrl } from '../lib/archive/urls.ts';
import { getArticles, getConfig } from './articles.ts';
import { listedOnce } from './stories.ts';

let tree: ArchiveTree<Article> | undefined;
let positionById: Map<string, number> | undefined;

/** The year → month → day tree of every published article. */
export function getArchive(): ArchiveTree<Article> {
  tree ??= groupArchive(getArticles());
  return tree;
}

const positions = new WeakMap<object[], Map<object, number>>();

/** The groups before and after `group` in a chronological list, found in O(1) after the first call. */
function adjacentIn<G extends object>(list: G[], group: G): { previous?: G; next?: G } {
  let index = positions.get(list);
  if (!index) {
    index = new Map(list.map((item, i) => [item, i]));
    positions.set(list, index);
  }
  const { before, after } = neighbours(list, index.get(group) ?? -1);
  return { previous: before, next: after };
}

let yearsOldestFirst: YearGroup<Article>[] | undefined;

/** The years with articles just before and after `year`. */
export function adjacentYears(year: YearGroup<Article>): { previous?: YearGroup<Article>; next?: YearGroup<Article> } {
  yearsOldestFirst ??= [...getArchive().years].reverse();
  return adjacentIn(yearsOldestFirst, year);
}

/** The months with articles just before and after `month`, across years. */
export function adjacentMonths(month: MonthGroup<Article>): { previous?: MonthGroup<Article>; next?: MonthGroup<Article> } {
  return adjacentIn(getArchive().months, month);
}

/** The days with articles just before and after `day`, across months and years. */
export function adjacentDays(day: DayGroup<Article>): { previous?: DayGroup<Article>; next?: DayGroup<Article> } {
  return adjacentIn(getArchive().days, day);
}

export interface ArticleContext {
  /** The article published just before this one. */
  previous?: Article;
  /** The article published just after this one. */
  next?: Article;
  /** The day page the article belongs to. */
  day: DayGroup<Article>;
  /** Same calendar date in other years, nearest years first then newest first. */
  onThisDay: DayGroup<Article>[];
}

/** Previous/next article in time, its day and "on this day" for an article page. */
export function getArticleContext(article: Article): ArticleContext {
  const articles = getArticles();
  positionById ??= new Map(articles.map((candidate, index) => [candidate.id, index]));
  const index = positionById.get(article.id) ?? -1;
  // The list is newest first: the item after is the older article.
  const { before: next, after: previous } = neighbours(articles, index);
  const archive = getArchive();
  const day = archive.dayByKey.get(dayKey(article.date))!;
  return { previous, next, day, onThisDay: otherYearsOnThisDay(archive, article.date) };
}

/**
 * Static paths for the numbered pages (`page/1/`…) of each listing: `params(group)` names the
 * listing's route parameters, `cacheKey(group, page)` the page's key (src/data/page-keys.ts); the
 * latest page of each listing is its own route (`latestOf`). Listings show each story once (listedOnce).
 */
export function numberedPagePaths<G extends { articles: Article[] }>(
  groups: readonly G[],
  params: (group: G) => Record<string, string>,
  cacheKey: (group: G, page: NumberedPage<Article>) => string,
): { params: Record<string, string>; props: { group: G; page: NumberedPage<Article> }; cacheKey: string }[] {
  const { pageSize } = getConfig();
  return groups.flatMap((group) =>
    Array.from({ length: numberedPageCount(listedOnce(group.articles).length, pageSize) }, (_, i) => {
      const page = numberedPage(listedOnce(group.articles), pageSize, i + 1);
      return { params: { ...params(group), page: String(page.number) }, props: { group, page }, cacheKey: cacheKey(group, page) };
    }),
  );
}

/** The latest page of a listing: its newest articles, at the listing's own path. */
export function latestOf(articles: readonly Article[]): LatestPage<Article> {
  return latestPage(listedOnce(articles), getConfig().pageSize);
}

/** An absolute URL for a site-relative path, honouring SITE_URL and BASE_PATH. */
export function siteAbsoluteUrl(sitePath: string): string {
  const config = getConfig();
  return absoluteUrl(config.siteUrl, config.basePath, sitePath);
}
