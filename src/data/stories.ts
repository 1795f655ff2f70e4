/**
 * Stories for Astro pages: the versions of each story (grouped once per build), what changed
 * from one version to the next, the story pages' paths, and listings with each story once.
 */
import { storyOf, type Article } from '../lib/article-schema.ts';
import { groupVersions, listOncePerStory } from '../lib/stories/story-listing.ts';
import { describeChange, summariseChange } from '../lib/stories/version-diff.ts';
import { STORY_STRINGS } from '../lib/stories/story-strings.ts';
import { getArticles } from './articles.ts';

let stories: Map<string, Article[]> | undefined;

/** Every story's versions, oldest first, by story id. */
function getStories(): Map<string, Article[]> {
  stories ??= groupVersions(getArticles());
  return stories;
}

/** The versions of the article's story, oldest first (the article alone when it has no other). */
export function getStoryVersions(article: Article): Article[] {
  return getStories().get(storyOf(article)) ?? [article];
}

/** Site-relative path of a story's page, `/stories/<story id>/`. */
export const storyPath = (storyId: string) => `/stories/${storyId}/`;

/** The story page of an article with other versions, or undefined. */
export function storyPageOf(article: Article): string | undefined {
  return getStoryVersions(article).length > 1 ? storyPath(storyOf(article)) : undefined;
}

const changes = new WeakMap<Article, string>();

/** The one-line summary of what changed in this version since the one before it. */
export function changeLineOf(article: Article): string {
  let line = changes.get(article);
  if (line === undefined) {
    const versions = getStoryVersions(article);
    const index = versions.indexOf(article);
    line = index <= 0 ? STORY_STRINGS.firstVersion : describeChange(summariseChange(versions[index - 1]!.paragraphs, article.paragraphs));
    changes.set(article, line);
  }
  return line;
}

/** Static paths of the story pages: one per story with more than one version. */
export function storyPagePaths(): { params: { id: string }; props: { versions: Article[] } }[] {
  return [...getStories()].filter(([, versions]) => versions.length > 1).map(([id, versions]) => ({ params: { id }, props: { versions } }));
}

const listed = new WeakMap<readonly Article[], Article[]>();

/** A listing with each story once (its newest version there), memoised per listing. */
export function listedOnce(articles: readonly Article[]): Article[] {
  let once = listed.get(articles);
  if (!once) {
    once = listOncePerStory(articles);
    listed.set(articles, once);
  }
  return once;
}
