/**
 * The archive-wide pass of enrichment, run after every article is built: one-word person mentions
 * ("Putin") become the one full name the archive knows for them ("Vladimir Putin"), and each
 * article gets its related articles. Pure, and without the tagger (compromise is loaded only
 * where articles are analysed).
 */
import { placesCounted, storyOf, type Article } from '../article-schema.ts';
import { FAMILY_NAME_FIRST } from './entity-gazetteer.ts';
import { DEFAULT_RELATED_OPTIONS, findRelated, type RelatedInput, type RelatedOptions } from './related.ts';
import { resolveSurname } from './surnames.ts';

/**
 * Maps every one-word person name to the single multi-word name in the archive that ends with it
 * (or, for family-name-first names like "Xi", starts with it); ambiguous names stay as they are.
 */
export function normalisePeopleAcrossArticles(peoplePerArticle: readonly (readonly string[])[]): string[][] {
  const byLast = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  for (const people of peoplePerArticle) {
    for (const name of people) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      const add = (map: Map<string, Set<string>>, key: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(name);
      add(byLast, words.at(-1)!);
      if (FAMILY_NAME_FIRST.has(words[0]!)) add(byFirst, words[0]!);
    }
  }
  return peoplePerArticle.map((people) => {
    const resolved = people.map((name) => {
      if (name.includes(' ')) return name;
      const candidates = [...(byLast.get(name) ?? []), ...(byFirst.get(name) ?? [])];
      return resolveSurname(name, candidates);
    });
    return [...new Set(resolved)];
  });
}

/** The first half of the archive-wide pass: people normalised across articles. Returns new article objects in the same order. */
export function normalisePeople(articles: readonly Article[]): Article[] {
  const people = normalisePeopleAcrossArticles(articles.map((article) => article.entities.people));
  return articles.map((article, i) => ({ ...article, entities: { ...article.entities, people: people[i]! } }));
}

/** What related articles are found from: each article's time, headline, body, entities and agencies. */
export function relatedInputsOf(articles: readonly Article[]): RelatedInput[] {
  return articles.map((article) => ({
    id: article.id,
    time: Date.parse(article.publishedAt),
    texts: [article.headline, ...article.paragraphs],
    entities: [...article.entities.people, ...placesCounted(article.entities), ...article.entities.organisations, ...article.agencies],
    story: storyOf(article),
  }));
}

/** The articles with their related articles (ids by article id, from findRelated) filled in. */
export function withRelated(articles: readonly Article[], related: ReadonlyMap<string, readonly string[]>): Article[] {
  return articles.map((article) => ({ ...article, related: [...(related.get(article.id) ?? [])] }));
}

/**
 * The archive-wide pass, run after every article is built: normalises people across articles
 * and fills `related`. Returns new article objects in the same order.
 */
export function linkArticles(
  articles: readonly Article[],
  options: RelatedOptions = DEFAULT_RELATED_OPTIONS,
): { articles: Article[]; comparisons: number } {
  const linked = normalisePeople(articles);
  const { related, comparisons } = findRelated(relatedInputsOf(linked), options);
  return { articles: withRelated(linked, related), comparisons };
}
