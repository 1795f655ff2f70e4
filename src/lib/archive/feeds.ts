/**
 * The latest articles to RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents. XML goes through a real
 * serialiser (every text and attribute escaped); characters XML 1.0 forbids, and other control
 * characters, are removed first so that no reader rejects the feed. RSS titles and descriptions
 * are HTML-escaped before that, because many readers decode them as HTML.
 */
// The package's types also declare a named export, but its ES module has only the default.
import { createXmlBuilder } from './xml.ts';
import { toHtml } from 'hast-util-to-html';
import type { Article } from '../article-schema.ts';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { parseOffsetInstant } from './dates.ts';
import { STORY_STRINGS } from '../stories/story-strings.ts';

/** How many of the latest articles a feed carries. */
export const FEED_SIZE = 50;

/** Where the feeds live, relative to the site root. */
export const FEED_PATHS = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } as const;

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URLs of the three feeds. */
  feedUrls: Record<keyof typeof FEED_PATHS, string>;
  /** BCP 47 language. */
  locale: string;
}

export interface FeedItem {
  /** Absolute permalink; also the item's id. */
  url: string;
  title: string;
  summary: string;
  /** The full body as HTML (escaped text paragraphs, or the sanitised Markdown HTML). */
  contentHtml: string;
  /** ISO 8601 with offset. */
  publishedAt: string;
  /** Set when the article is a later version of a story: feeds mark it as an update. */
  update?: FeedUpdate;
}

export interface FeedUpdate {
  /** Absolute URL of the story page, which compares the versions. */
  storyUrl: string;
  /** What changed since the version before, in one line. */
  change: string;
}

/** An item's title as feeds show it: a later version of a story starts with "Update: ". */
const titleOf = (item: FeedItem) => (item.update ? `${STORY_STRINGS.updatePrefix}${item.title}` : item.title);

// Tab, LF and CR are the only controls XML 1.0 allows; DEL and C1 controls are allowed but are
// never text a reader should get. Lone surrogates and U+FFFE/U+FFFF are not XML characters.
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text with every character that XML 1.0 forbids, and every other control character, removed.
 * @example xmlSafeText('a\u0000b\u0085c') // 'abc'
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

/**
 * Plain text as HTML text: `&`, `<` and `>` escaped, so a reader that decodes it as HTML shows it literally.
 * @example htmlText('Acme<img/src=x/onerror=alert(1)> & Co') // 'Acme&lt;img/src=x/onerror=alert(1)&gt; &amp; Co'
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A feed item for an article, given its absolute URL, and for a later version of a story what makes it an update. */
export function feedItemFor(
  article: Pick<Article, 'headline' | 'summary' | 'paragraphs' | 'html' | 'publishedAt'>,
  url: string,
  update?: FeedUpdate,
): FeedItem {
  const contentHtml =
    article.html ??
    toHtml({
      type: 'root',
      children: article.paragraphs.map((paragraph) => ({
        type: 'element' as const,
        tagName: 'p',
        properties: {},
        children: [{ type: 'text' as const, value: paragraph }],
      })),
    });
  return {
    url,
    title: article.headline,
    summary: article.summary,
    contentHtml,
    publishedAt: article.publishedAt,
    ...(update ? { update } : {}),
  };
}

/**
 * An ISO 8601 instant with offset as an RFC 822 date (RSS `pubDate`), keeping the offset; English
 * names whatever the site's locale, as RFC 822 requires (date-fns' default locale is en-US).
 * @example rfc822Date('2024-09-12T23:28:21+03:00') // 'Thu, 12 Sep 2024 23:28:21 +0300'
 */
export function rfc822Date(iso: string): string {
  const { epochMs, offset } = parseOffsetInstant(iso);
  return format(epochMs, 'EEE, dd MMM yyyy HH:mm:ss xx', { in: tz(offset) });
}

/**
 * An ISO 8601 instant with offset as an RFC 3339 date (Atom `updated`, JSON Feed `date_published`),
 * keeping the offset (`+00:00`, not `Z`).
 * @example rfc3339Date('2024-09-12T23:28:21+03:00') // '2024-09-12T23:28:21+03:00'
 */
export function rfc3339Date(iso: string): string {
  const { epochMs, offset } = parseOffsetInstant(iso);
  return format(epochMs, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(offset) });
}

const builder = createXmlBuilder();
const XML_DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' } };

/** Removes forbidden characters from every string in a plain object tree. */
function cleanTree<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map(cleanTree) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanTree(v)])) as T;
  return value;
}

/** The newest item's date, or a fixed epoch for an empty feed (never the clock: builds are reproducible). */
const latestOf = (items: readonly FeedItem[]) => items[0]?.publishedAt ?? '1970-01-01T00:00:00+00:00';

/**
 * An RSS 2.0 document (https://www.rssboard.org/rss-specification); items newest first.
 * RSS does not say whether `title` and `description` are text or HTML, and many readers decode both
 * as HTML (the RSS Best Practices Profile, https://www.rssboard.org/rss-profile#data-types-characterdata):
 * so they carry HTML-escaped text, escaped once more by the XML serialiser (`&amp;lt;`).
 */
export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const doc = {
    ...XML_DECLARATION,
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      channel: {
        title: htmlText(channel.title),
        link: channel.homeUrl,
        description: htmlText(channel.description),
        language: channel.locale,
        lastBuildDate: rfc822Date(latestOf(items)),
        'atom:link': { '@_href': channel.feedUrls.rss, '@_rel': 'self', '@_type': 'application/rss+xml' },
        item: items.map((item) => ({
          title: htmlText(titleOf(item)),
          link: item.url,
          guid: { '@_isPermaLink': 'true', '#text': item.url },
          pubDate: rfc822Date(item.publishedAt),
          ...(item.update ? { category: STORY_STRINGS.updateCategory } : {}),
          description: htmlText(item.summary || item.title),
          'content:encoded': item.contentHtml,
        })),
      },
    },
  };
  return builder.build(cleanTree(doc));
}

/** An Atom 1.0 document (RFC 4287); items newest first. */
export function buildAtom(channel: FeedChannel, items: readonly FeedItem[]): string {
  const doc = {
    ...XML_DECLARATION,
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': channel.locale,
      id: channel.homeUrl,
      title: { '@_type': 'text', '#text': channel.title },
      subtitle: { '@_type': 'text', '#text': channel.description },
      updated: rfc3339Date(latestOf(items)),
      // RFC 4287 4.1.1: a feed needs an author unless every entry has one.
      author: { name: channel.title, uri: channel.homeUrl },
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': channel.homeUrl },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': channel.feedUrls.atom },
      ],
      entry: items.map((item) => ({
        id: item.url,
        title: { '@_type': 'text', '#text': titleOf(item) },
        link: [
          { '@_rel': 'alternate', '@_type': 'text/html', '@_href': item.url },
          // RFC 4287 4.2.7.2: "related" names a resource related to the entry, here its story's versions.
          ...(item.update
            ? [{ '@_rel': 'related', '@_type': 'text/html', '@_href': item.update.storyUrl, '@_title': item.update.change }]
            : []),
        ],
        ...(item.update ? { category: { '@_term': STORY_STRINGS.updateCategory } } : {}),
        published: rfc3339Date(item.publishedAt),
        updated: rfc3339Date(item.publishedAt),
        ...(item.summary ? { summary: { '@_type': 'text', '#text': item.summary } } : {}),
        content: { '@_type': 'html', '#text': item.contentHtml },
      })),
    },
  };
  return builder.build(cleanTree(doc));
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/); items newest first. */
export function buildJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    language: channel.locale,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: titleOf(item),
      ...(item.summary ? { summary: item.summary } : {}),
      ...(item.update ? { tags: [STORY_STRINGS.updateCategory], external_url: item.update.storyUrl } : {}),
      content_html: item.contentHtml,
      date_published: rfc3339Date(item.publishedAt),
    })),
  };
  return `${JSON.stringify(cleanTree(doc), null, 2)}\n`;
}
