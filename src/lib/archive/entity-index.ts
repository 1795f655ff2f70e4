/**
 * Entity pages: which people, places, organisations and agencies get a page, at which
 * stable URL, listing which articles. An entity gets a page when it appears in at least
 * ENTITY_MIN_ARTICLES articles (default 2), capped at the number of articles in the
 * archive, so a one-article archive still shows its entities. Agencies always get a page.
 */
import { placesCounted, type Article } from '../article-schema.ts';
import { slugify } from '../seed/slug.ts';

export const ENTITY_KINDS = ['people', 'places', 'organisations', 'agencies'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Page headings and labels per kind. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  organisations: { plural: 'Organisations', singular: 'Organisation' },
  agencies: { plural: 'Agencies', singular: 'Agency' },
};

export const DEFAULT_ENTITY_MIN_ARTICLES = 2;

/**
 * Articles per entity page, as a multiple of PAGE_SIZE: an entity page is a plain list of cards
 * without calendars, and a busy entity (an agency cited by a third of the archive) would otherwise
 * need hundreds of pages; longer pages keep the site's file count down.
 */
export const ENTITY_PAGE_FACTOR = 5;

export interface EntityEntry {
  kind: EntityKind;
  name: string;
  slug: string;
  /** Site-relative path of the entity's first page. */
  path: string;
  /** Ids of the articles naming it, in the order the articles were given (newest first). */
  articleIds: string[];
}

/**
 * ENTITY_MIN_ARTICLES from the environment: a positive whole number, default 2.
 * @example resolveEntityMinArticles({ ENTITY_MIN_ARTICLES: '5' }) // 5
 */
export function resolveEntityMinArticles(env: Record<string, string | undefined>): number {
  const raw = env.ENTITY_MIN_ARTICLES?.trim();
  if (!raw) return DEFAULT_ENTITY_MIN_ARTICLES;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) throw new Error(`ENTITY_MIN_ARTICLES: "${raw}" is not a positive whole number`);
  return Number(raw);
}

/**
 * The threshold in force: the configured one, but never more than the archive's size, so a
 * small archive (even one article) still gets its entity pages. Agencies need one article.
 * @example effectiveMinArticles('people', 2, 1) // 1
 */
export function effectiveMinArticles(kind: EntityKind, configured: number, articleCount: number): number {
  if (kind === 'agencies') return 1;
  return Math.max(1, Math.min(configured, articleCount));
}

/** 32-bit FNV-1a, for slugs of names with no Latin letters. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The URL slug of an entity name: its words in ASCII, or a hash when it has none.
 * @example entitySlug('Xi Jinping') // 'xi-jinping'
 */
export function entitySlug(name: string): string {
  return slugify(name) || `x-${fnv1a(name)}`;
}

/** The site-relative path of an entity's first page. @example entityPath('people', 'vladimir-putin') // '/people/vladimir-putin/' */
export function entityPath(kind: EntityKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

const namesOf = (article: Article, kind: EntityKind): readonly string[] =>
  kind === 'agencies' ? article.agencies : kind === 'places' ? placesCounted(article.entities) : article.entities[kind];

/**
 * Every entity of a kind that has a page: at least `minArticles` articles, most articles first,
 * then by name. Names that share a slug ("São Paulo", "Sao Paulo") share one page, named after
 * the more frequent spelling.
 */
export function buildEntityIndex(articles: readonly Article[], kind: EntityKind, minArticles: number): EntityEntry[] {
  const bySlug = new Map<string, { names: Map<string, number>; articleIds: string[] }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(article, kind)) {
      const slug = entitySlug(name);
      let entry = bySlug.get(slug);
      if (!entry) bySlug.set(slug, (entry = { names: new Map(), articleIds: [] }));
      entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      if (!seen.has(slug)) entry.articleIds.push(article.id);
      seen.add(slug);
    }
  }
  const entries: EntityEntry[] = [];
  for (const [slug, { names, articleIds }] of bySlug) {
    if (articleIds.length < minArticles) continue;
    const name = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    entries.push({ kind, name, slug, path: entityPath(kind, slug), articleIds });
  }
  return entries.sort(
    (a, b) => b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1),
  );
}
