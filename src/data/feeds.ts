/** The feeds' channel and items, from the configuration and the latest articles. */
import { FEED_PATHS, FEED_SIZE, feedItemFor, type FeedChannel, type FeedItem } from '../lib/archive/feeds.ts';
import { siteAbsoluteUrl } from './archive.ts';
import { getArticles, getConfig } from './articles.ts';

/** The feeds' title, description and absolute URLs. */
export function feedChannel(): FeedChannel {
  const config = getConfig();
  return {
    title: config.siteTitle,
    description: `The latest articles in ${config.siteTitle}.`,
    homeUrl: siteAbsoluteUrl('/'),
    feedUrls: { rss: siteAbsoluteUrl(FEED_PATHS.rss), atom: siteAbsoluteUrl(FEED_PATHS.atom), json: siteAbsoluteUrl(FEED_PATHS.json) },
    locale: config.locale,
  };
}

/** The latest FEED_SIZE articles as feed items, newest first. */
export function latestFeedItems(): FeedItem[] {
  return getArticles()
    .slice(0, FEED_SIZE)
    .map((article) => feedItemFor(article, siteAbsoluteUrl(article.permalink)));
}
