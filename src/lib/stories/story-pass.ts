/**
 * The archive-wide story pass: every article gets `story`, the id of its story's earliest version
 * (its own id when it is the only one). Signatures come from the caller (cached by content in the
 * pipeline), so the pass itself is the banding in findStories, linear in the number of articles.
 * When an earlier version arrives later, it becomes the earliest, and every version of the story
 * takes its id.
 */
import type { Article } from '../article-schema.ts';
import { DEFAULT_STORY_OPTIONS, findStories, type StoryOptions } from './story-clusters.ts';
import type { StorySignature } from './story-signature.ts';

/** The articles with `story` filled in, in the same order (new objects). */
export function assignStories(
  articles: readonly Article[],
  signatureFor: (paragraphs: readonly string[]) => StorySignature,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): Article[] {
  const { storyOf } = findStories(
    articles.map((article) => ({ id: article.id, time: Date.parse(article.publishedAt), signature: signatureFor(article.paragraphs) })),
    options,
  );
  return articles.map((article) => ({ ...article, story: storyOf.get(article.id) ?? article.id }));
}
