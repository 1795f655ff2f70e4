/**
 * Stories in listings and on pages: the versions of each story, and listings that show a story
 * once. A listing (newest first) keeps the first version of each story it holds, where that
 * version falls, and its card says how many versions there are and links the story page.
 */
import { storyOf, type Article } from '../article-schema.ts';

/** Oldest first, ties by id: the order versions are numbered in. */
export function compareOldestFirst(a: Article, b: Article): number {
  return Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every story's versions, oldest first, by story id (stories of one version included). */
export function groupVersions(articles: readonly Article[]): Map<string, Article[]> {
  const stories = new Map<string, Article[]>();
  for (const article of articles) {
    const story = storyOf(article);
    const versions = stories.get(story);
    if (versions) versions.push(article);
    else stories.set(story, [article]);
  }
  for (const versions of stories.values()) if (versions.length > 1) versions.sort(compareOldestFirst);
  return stories;
}

/**
 * A listing with each story once: its first version in the listing (the oldest, as listings are
 * newest first), where that version falls; later versions are dropped. So a new version never
 * moves a story within a listing, and a full numbered page keeps its articles (pagination.ts):
 * only the card's "N versions" changes.
 * @example listOncePerStory([update, other, first]) // [other, first]
 */
export function listOncePerStory(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  const kept: Article[] = [];
  for (let i = articles.length - 1; i >= 0; i--) {
    const story = storyOf(articles[i]!);
    if (seen.has(story)) continue;
    seen.add(story);
    kept.push(articles[i]!);
  }
  return kept.reverse();
}
