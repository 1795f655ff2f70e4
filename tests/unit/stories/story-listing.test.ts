import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article-schema.ts';
import { groupVersions, listOncePerStory } from '../../../src/lib/stories/story-listing.ts';

const article = (id: string, publishedAt: string, story?: string) => ({ id, publishedAt, story }) as unknown as Article;

describe('listOncePerStory', () => {
  it('keeps the first (oldest) version of each story in a newest-first listing, where it falls', () => {
    const listing = [
      article('u', '2024-03-01T10:00:00+00:00', 'f'),
      article('o', '2024-03-01T09:00:00+00:00'),
      article('f', '2024-03-01T08:00:00+00:00', 'f'),
    ];
    expect(listOncePerStory(listing).map((a) => a.id)).toEqual(['o', 'f']);
  });
});

describe('groupVersions', () => {
  it('gives each story its versions oldest first, ties by id', () => {
    const stories = groupVersions([
      article('c', '2024-03-01T10:00:00+00:00', 'a'),
      article('b', '2024-03-01T08:00:00+00:00', 'a'),
      article('a', '2024-03-01T08:00:00+00:00', 'a'),
      article('x', '2024-03-02T08:00:00+00:00'),
    ]);
    expect(stories.get('a')!.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(stories.get('x')!.map((v) => v.id)).toEqual(['x']);
  });
});
