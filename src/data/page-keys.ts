/**
 * Cache keys of the pages: a digest of every piece of data a page renders, returned as the
 * `cacheKey` of its getStaticPaths entry. The build (pipeline/render/page-reuse.ts) renders a page
 * again only when its key differs from the previous build's, and links the previous file
 * otherwise. Code and configuration are not in the keys: any change to them renders every page.
 *
 * Each key reads the same accessors the page's components read (src/data/archive.ts,
 * entities.ts), so a component that starts reading other data must add it here;
 * tests/e2e/rebuild.spec.ts compares incremental rebuilds with full builds byte for byte.
 * Other articles enter a key only through what a card, link or "on this day" line shows of them
 * (`cardOf`: not their body, entities or related articles), and other periods only through their
 * shape (paths and counts, `shapeOf`), so editing an article re-renders the pages that show it,
 * not every page that links to something near it.
 */
import { createHash } from 'node:crypto';
import { monthKey, type DayGroup, type MonthGroup, type YearGroup } from '../lib/archive/archive-grouping.ts';
import type { Article } from '../lib/article-schema.ts';
import type { EntityEntry, EntityKind } from '../lib/archive/entity-index.ts';
import type { ExportMonth } from '../lib/archive/data-export.ts';
import type { Page } from '../lib/archive/pagination.ts';
import { adjacentDays, adjacentMonths, adjacentYears, getArchive, getArticleContext } from './archive.ts';
import { findEntity, getRelatedArticles } from './entities.ts';
import { getStoryVersions } from './stories.ts';

const digests = new WeakMap<object, string>();

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** An object's digest: its JSON hashed in one go, memoised, so an article or card shared by many keys is hashed once. */
function objectDigest(value: object): string {
  let digest = digests.get(value);
  if (!digest) {
    digest = sha(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

/** Arrays written out in full, objects as `#<digest>`, primitives as JSON. */
function serialise(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  return Array.isArray(value) ? `[${value.map(serialise).join(',')}]` : `#${objectDigest(value)}`;
}

/**
 * A digest of plain data (objects, arrays, primitives). Objects inside are hashed once each and
 * memoised; the arrays around them are written out and hashed once, at the top (a hash per
 * nested array, and per field of an article, made the keys of 20,000 pages take 0.8 s).
 */
export function digestOf(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return objectDigest(value);
  return sha(serialise(value));
}

const cards = new WeakMap<Article, string>();
const NOT_ON_CARDS = new Set(['paragraphs', 'html', 'related', 'entities', 'agencies']);

/** A digest of what a listing card or a link shows of an article: everything but its body, entities, agencies and related articles. */
export function cardOf(article: Article | undefined): string {
  if (!article) return 'none';
  let card = cards.get(article);
  if (!card) {
    // A card also says how many versions its story has (ArticleCard).
    const shown = Object.fromEntries(Object.entries(article).filter(([field]) => !NOT_ON_CARDS.has(field)));
    card = digestOf({ ...shown, versions: getStoryVersions(article).length });
    cards.set(article, card);
  }
  return card;
}

/** A digest of a page of a listing: what its heading and pager show (src/lib/archive/pagination.ts) and the cards on it. */
const pageOf = (page: Page<Article>) => digestOf({ ...page, items: page.items.map(cardOf) });

type Group = DayGroup<Article> | MonthGroup<Article> | YearGroup<Article>;
const shapes = new WeakMap<object, string>();

/** A digest of a date group's shape: its path and the article count of it and of each month and day inside it, not the articles. */
export function shapeOf(group: Group | undefined): string {
  if (!group) return 'none';
  const known = shapes.get(group);
  if (known) return known;
  const inner = 'months' in group ? group.months : 'days' in group ? group.days : [];
  const shape = digestOf([group.path, group.articles.length, inner.map((child) => shapeOf(child))]);
  shapes.set(group, shape);
  return shape;
}

/** An article page: the article, its neighbours, its day, "on this day", related articles and entity links. */
export function articlePageKey(article: Article): string {
  const context = getArticleContext(article);
  const links = (kind: EntityKind, names: readonly string[]) => names.map((name) => findEntity(kind, name)?.path ?? null);
  return digestOf([
    'article',
    article,
    cardOf(context.previous),
    cardOf(context.next),
    shapeOf(context.day),
    context.onThisDay.map((day) => [shapeOf(day), cardOf(day.articles[0])]),
    getRelatedArticles(article).map(cardOf),
    // The list of versions shows each one's card and what changed in it, from its paragraphs.
    getStoryVersions(article).map((version) => [cardOf(version), digestOf(version.paragraphs)]),
    links('agencies', article.agencies),
    links('people', article.entities.people),
    links('places', article.entities.places),
    links('organisations', article.entities.organisations),
  ]);
}

/** A page of a day's articles, beside its month's calendar, with links to the neighbouring days. */
export function dayPageKey(group: DayGroup<Article>, page: Page<Article>): string {
  const { previous, next } = adjacentDays(group);
  const month = getArchive().monthByKey.get(monthKey(group));
  return digestOf(['day', pageOf(page), shapeOf(group), shapeOf(previous), shapeOf(next), shapeOf(month)]);
}

/** A page of a month's articles, with its calendar and the neighbouring months. */
export function monthPageKey(group: MonthGroup<Article>, page: Page<Article>): string {
  const { previous, next } = adjacentMonths(group);
  return digestOf(['month', pageOf(page), shapeOf(group), shapeOf(previous), shapeOf(next)]);
}

/**
 * A page of a year's articles with the neighbouring years; the latest page adds the year's
 * calendars. A numbered page shows its neighbours' names and paths only, not their counts.
 */
export function yearPageKey(group: YearGroup<Article>, page: Page<Article>): string {
  const { previous, next } = adjacentYears(group);
  if (page.kind === 'numbered') return digestOf(['year', pageOf(page), group.path, previous?.path ?? null, next?.path ?? null]);
  return digestOf(['year', pageOf(page), shapeOf(group), shapeOf(previous), shapeOf(next)]);
}

/** A numbered page of the home listing (the latest page, with the list of years, is always rendered). */
export function homePageKey(page: Page<Article>): string {
  return digestOf(['home', pageOf(page)]);
}

/** A page of an entity's articles. */
export function entityPageKey(entry: EntityEntry, page: Page<Article>): string {
  return digestOf(['entity', entry.kind, entry.name, entry.path, pageOf(page)]);
}

/** A story page: every version in full (the diffs are made from their paragraphs). */
export function storyPageKey(versions: readonly Article[]): string {
  return digestOf(['story', ...versions]);
}

/** A month of the data export: one line per article, made from the article alone. */
export function exportMonthKey(month: ExportMonth): string {
  return digestOf(['export', month.year, month.month, month.articles]);
}
