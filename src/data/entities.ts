/**
 * Entity pages and links for Astro pages: the entity index per kind (built once per build,
 * with the build context's ENTITY_MIN_ARTICLES threshold), the entity links of an article, and
 * its related articles resolved from ids.
 */
import type { Article } from '../lib/article-schema.ts';
import {
  buildEntityIndex,
  effectiveMinArticles,
  entitySlug,
  ENTITY_PAGE_FACTOR,
  type EntityEntry,
  type EntityKind,
} from '../lib/archive/entity-index.ts';
import { listingPages, type Page } from '../lib/archive/pagination.ts';
import { getArticles, getConfig, getEntityMinArticles } from './articles.ts';
import { listedOnce } from './stories.ts';

const indexes = new Map<EntityKind, { entries: EntityEntry[]; bySlug: Map<string, EntityEntry> }>();

/** Every entity of a kind that has a page, most articles first. */
export function getEntityIndex(kind: EntityKind): EntityEntry[] {
  let index = indexes.get(kind);
  if (!index) {
    const articles = getArticles();
    const min = effectiveMinArticles(kind, getEntityMinArticles(), articles.length);
    const entries = buildEntityIndex(articles, kind, min);
    index = { entries, bySlug: new Map(entries.map((entry) => [entry.slug, entry])) };
    indexes.set(kind, index);
  }
  return index.entries;
}

/** The entity page entry for a name, when the name has a page. */
export function findEntity(kind: EntityKind, name: string): EntityEntry | undefined {
  getEntityIndex(kind);
  return indexes.get(kind)!.bySlug.get(entitySlug(name));
}

let byId: Map<string, Article> | undefined;

/** Articles by id. */
function articleById(id: string): Article | undefined {
  byId ??= new Map(getArticles().map((article) => [article.id, article]));
  return byId.get(id);
}

/** The article's related articles, most similar first. */
export function getRelatedArticles(article: Article): Article[] {
  return article.related.map(articleById).filter((related): related is Article => related !== undefined);
}

// A type alias, not an interface: Astro's page props need an index signature.
export type EntityPageProps = {
  entry: EntityEntry;
  page: Page<Article>;
};

/** Static paths for a kind's entity pages: `/<kind>/<slug>/` (the latest), then `/<kind>/<slug>/page/<n>/`. */
export function entityPagePaths(kind: EntityKind): { params: { slug: string; page: string | undefined }; props: EntityPageProps }[] {
  const pageSize = getConfig().pageSize * ENTITY_PAGE_FACTOR;
  return getEntityIndex(kind).flatMap((entry) => {
    const articles = entry.articleIds.map(articleById).filter((article): article is Article => article !== undefined);
    return listingPages(listedOnce(articles), pageSize).map((page) => ({
      params: { slug: entry.slug, page: page.kind === 'latest' ? undefined : `page/${page.number}` },
      props: { entry, page },
    }));
  });
}
