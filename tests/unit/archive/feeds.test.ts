import { XMLParser } from 'fast-xml-parser';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  buildAtom,
  buildJsonFeed,
  buildRss,
  feedItemFor,
  htmlText,
  rfc822Date,
  xmlSafeText,
  type FeedChannel,
} from '../../../src/lib/archive/feeds.ts';

const CHANNEL: FeedChannel = {
  title: 'News & Views <Archive>',
  description: 'The latest articles.',
  homeUrl: 'https://example.org/news/',
  feedUrls: {
    rss: 'https://example.org/news/rss.xml',
    atom: 'https://example.org/news/atom.xml',
    json: 'https://example.org/news/feed.json',
  },
  locale: 'en-GB',
};

const HOSTILE = feedItemFor(
  {
    headline: 'Headline </title><script>alert(1)</script> ]]> & "quotes"\u0001\u0085',
    summary: 'Summary with \u0000NUL and \u2028 separators',
    paragraphs: ['<img src=x onerror=alert(1)>', 'Second & last\u000B paragraph.'],
    publishedAt: '2024-09-12T23:28:21+03:00',
  },
  'https://example.org/news/2024/09/12/headline-6f6e3719/?a=1&b=2',
);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: false });

type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * What a feed reader that decodes a field as HTML shows: the field's text when parse5 (the HTML
 * parsing algorithm browsers use) finds only text in it; the node names when it finds markup.
 */
function asHtml(field: string): string | string[] {
  const nodes = parseFragment(field).childNodes as ChildNode[];
  if (nodes.every((node) => node.nodeName === '#text'))
    return nodes.map((node) => (node as DefaultTreeAdapterMap['textNode']).value).join('');
  return nodes.map((node) => node.nodeName);
}

const MARKUP_HEADLINE = 'Acme<img/src=x/onerror=alert(1)> & Co &amp; <b>bold</b>';
const MARKUP = feedItemFor(
  {
    headline: MARKUP_HEADLINE,
    summary: '',
    paragraphs: ['Acme<img/src=x/onerror=alert(1)> rose.'],
    publishedAt: '2024-09-12T23:28:21+03:00',
  },
  'https://example.org/news/2024/09/12/acme-0123abcd/',
);
const MARKUP_WITH_SUMMARY = { ...MARKUP, summary: 'Shares <script>alert(1)</script> & more' };

describe('xmlSafeText', () => {
  it.each([
    ['a\u0000b', 'ab'],
    ['tab\tnew\nline\rok', 'tab\tnew\nline\rok'],
    ['del\u007F c1\u0085\u009F', 'del c1'],
    ['bom\uFEFF kept, \uFFFE not', 'bom\uFEFF kept,  not'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 🇧🇬 and ZWJ 👩‍💻 kept', 'emoji 🇧🇬 and ZWJ 👩‍💻 kept'],
    ['sep\u2028arators\u2029', 'sep\u2028arators\u2029'],
  ])('%j → %j', (input, expected) => {
    expect(xmlSafeText(input)).toBe(expected);
  });
});

describe('rfc822Date', () => {
  it.each([
    ['2024-09-12T23:28:21+03:00', 'Thu, 12 Sep 2024 23:28:21 +0300'],
    ['2000-01-01T00:00:00+00:00', 'Sat, 01 Jan 2000 00:00:00 +0000'],
    ['2024-03-31T01:30:00-05:30', 'Sun, 31 Mar 2024 01:30:00 -0530'],
  ])('%s → %s', (iso, expected) => {
    expect(rfc822Date(iso)).toBe(expected);
  });

  it('refuses an instant without an offset', () => {
    expect(() => rfc822Date('2024-09-12T23:28:21Z')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: not an ISO 8601 instant with offset: 2024-09-12T23:28:21Z]`,
    );
  });
});

describe('htmlText', () => {
  it.each([
    ['Acme<img/src=x/onerror=alert(1)>', 'Acme&lt;img/src=x/onerror=alert(1)&gt;'],
    ['AT&T &amp; Co', 'AT&amp;T &amp;amp; Co'],
    ['"quotes" and \'apostrophes\' stay', '"quotes" and \'apostrophes\' stay'],
    ['plain text', 'plain text'],
  ])('%j → %j', (input, expected) => {
    expect(htmlText(input)).toBe(expected);
  });
});

describe('feedItemFor', () => {
  it('escapes plain-text paragraphs into HTML', () => {
    expect(HOSTILE.contentHtml).toBe('<p>&#x3C;img src=x onerror=alert(1)></p><p>Second &#x26; last\u000B paragraph.</p>');
  });

  it('uses the sanitised HTML of a Markdown article as it is', () => {
    const item = feedItemFor(
      { headline: 'h', summary: '', paragraphs: ['x'], html: '<p><strong>x</strong></p>', publishedAt: '2024-01-01T00:00:00+00:00' },
      'https://e/',
    );
    expect(item.contentHtml).toBe('<p><strong>x</strong></p>');
  });
});

describe('buildRss', () => {
  const xml = buildRss(CHANNEL, [HOSTILE]);

  it('is well-formed XML whose text survives exactly, minus control characters', () => {
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(asHtml(rss.channel.title)).toBe('News & Views <Archive>');
    expect(asHtml(rss.channel.item.title)).toBe('Headline </title><script>alert(1)</script> ]]> & "quotes"');
    expect(rss.channel.item.link).toBe('https://example.org/news/2024/09/12/headline-6f6e3719/?a=1&b=2');
    expect(rss.channel.item.pubDate).toBe('Thu, 12 Sep 2024 23:28:21 +0300');
    expect(rss.channel.item.guid).toEqual({ '#text': HOSTILE.url, '@_isPermaLink': 'true' });
    expect(rss.channel['atom:link']['@_href']).toBe(CHANNEL.feedUrls.rss);
    expect(rss.channel.lastBuildDate).toBe('Thu, 12 Sep 2024 23:28:21 +0300');
  });

  it('contains no raw markup and no control characters', () => {
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('</title><');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('falls back to a fixed date for an empty feed (never the clock)', () => {
    expect(parser.parse(buildRss(CHANNEL, [])).rss.channel.lastBuildDate).toBe('Thu, 01 Jan 1970 00:00:00 +0000');
  });

  it('HTML-escapes titles and descriptions inside the XML text (double-escaped in the file)', () => {
    const rss = buildRss(CHANNEL, [MARKUP]);
    expect(rss).toContain(
      '<title>Acme&amp;lt;img/src=x/onerror=alert(1)&amp;gt; &amp;amp; Co &amp;amp;amp; &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;</title>',
    );
    expect(rss).toContain('<title>News &amp;amp; Views &amp;lt;Archive&amp;gt;</title>');
  });

  it.each([
    ['title', MARKUP, MARKUP_HEADLINE],
    ['description from the headline', MARKUP, MARKUP_HEADLINE],
    ['description from the summary', MARKUP_WITH_SUMMARY, 'Shares <script>alert(1)</script> & more'],
  ])('a reader decoding the item %s as HTML gets the literal text', (field, item, expected) => {
    const { channel } = parser.parse(buildRss(CHANNEL, [item])).rss;
    expect(asHtml(field === 'title' ? channel.item.title : channel.item.description)).toBe(expected);
    expect(asHtml(channel.description)).toBe(CHANNEL.description);
  });

  it('keeps content:encoded as the article HTML, its text escaped', () => {
    const { channel } = parser.parse(buildRss(CHANNEL, [MARKUP])).rss;
    expect(channel.item['content:encoded']).toBe('<p>Acme&#x3C;img/src=x/onerror=alert(1)> rose.</p>');
    expect(asHtml(channel.item['content:encoded'])).toEqual(['p']);
  });
});

describe('buildAtom', () => {
  it('has the fields RFC 4287 requires, with text titles', () => {
    const { feed } = parser.parse(buildAtom(CHANNEL, [HOSTILE]));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(CHANNEL.homeUrl);
    expect(feed.updated).toBe('2024-09-12T23:28:21+03:00');
    expect(feed.author.name).toBe(CHANNEL.title);
    expect(feed.entry.title).toEqual({ '#text': 'Headline </title><script>alert(1)</script> ]]> & "quotes"', '@_type': 'text' });
    expect(feed.entry.id).toBe(HOSTILE.url);
    expect(feed.entry.content['@_type']).toBe('html');
    expect(feed.entry.content['#text']).toBe(HOSTILE.contentHtml.replace('\u000B', ''));
  });

  it('carries a headline with markup as type="text", which readers never decode as HTML', () => {
    const { feed } = parser.parse(buildAtom(CHANNEL, [MARKUP_WITH_SUMMARY]));
    expect(feed.entry.title).toEqual({ '#text': MARKUP_HEADLINE, '@_type': 'text' });
    expect(feed.entry.summary).toEqual({ '#text': 'Shares <script>alert(1)</script> & more', '@_type': 'text' });
  });
});

describe('buildJsonFeed', () => {
  it('is JSON Feed 1.1 with the same text', () => {
    const feed = JSON.parse(buildJsonFeed(CHANNEL, [HOSTILE]));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(CHANNEL.feedUrls.json);
    expect(feed.items[0]).toMatchObject({
      id: HOSTILE.url,
      url: HOSTILE.url,
      title: 'Headline </title><script>alert(1)</script> ]]> & "quotes"',
      summary: 'Summary with NUL and \u2028 separators',
      date_published: '2024-09-12T23:28:21+03:00',
    });
  });

  it('keeps title and summary as plain text and content_html as escaped HTML', () => {
    const [item] = JSON.parse(buildJsonFeed(CHANNEL, [MARKUP_WITH_SUMMARY])).items;
    expect([item.title, item.summary]).toEqual([MARKUP_HEADLINE, 'Shares <script>alert(1)</script> & more']);
    expect(item.content_html).toBe('<p>Acme&#x3C;img/src=x/onerror=alert(1)> rose.</p>');
    expect(item).not.toHaveProperty('content_text');
  });
});
