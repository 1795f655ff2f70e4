import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildJsonFeed, buildRss, feedItemFor, type FeedChannel } from '../../../src/lib/archive/feeds.ts';

const CHANNEL: FeedChannel = {
  title: 'News',
  description: 'The latest articles.',
  homeUrl: 'https://example.org/',
  feedUrls: { rss: 'https://example.org/rss.xml', atom: 'https://example.org/atom.xml', json: 'https://example.org/feed.json' },
  locale: 'en-GB',
};
const version = (headline: string, publishedAt: string) => ({ headline, summary: '', paragraphs: ['Text <b>.'], publishedAt });
const first = feedItemFor(version('Budget passed', '2024-03-01T08:00:00+00:00'), 'https://example.org/2024/03/01/budget-aaaaaaaa/');
const update = feedItemFor(version('Budget passed', '2024-03-01T10:00:00+00:00'), 'https://example.org/2024/03/01/budget-bbbbbbbb/', {
  storyUrl: 'https://example.org/stories/aaaaaaaaaaaaaaaa/',
  change: '1 paragraph added',
});
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry', 'link'].includes(name) });

describe('feeds with versions of a story', () => {
  it('carry every version and mark the later one as an update in RSS', () => {
    const items = parser.parse(buildRss(CHANNEL, [update, first])).rss.channel.item;
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Update: Budget passed', 'Budget passed']);
    expect(items[0].category).toBe('update');
    expect(items[1].category).toBeUndefined();
  });

  it('give an Atom update the term "update" and a related link to the story page', () => {
    const entries = parser.parse(buildAtom(CHANNEL, [update, first])).feed.entry;
    expect(entries[0].category['@_term']).toBe('update');
    expect(entries[0].link.map((link: Record<string, string>) => [link['@_rel'], link['@_href'], link['@_title']])).toEqual([
      ['alternate', 'https://example.org/2024/03/01/budget-bbbbbbbb/', undefined],
      ['related', 'https://example.org/stories/aaaaaaaaaaaaaaaa/', '1 paragraph added'],
    ]);
    expect(entries[1].category).toBeUndefined();
  });

  it('tag a JSON Feed update', () => {
    const { items } = JSON.parse(buildJsonFeed(CHANNEL, [update, first])) as { items: Record<string, unknown>[] };
    expect(items[0]).toMatchObject({
      title: 'Update: Budget passed',
      tags: ['update'],
      external_url: 'https://example.org/stories/aaaaaaaaaaaaaaaa/',
    });
    expect(items[1]).not.toHaveProperty('tags');
  });
});
