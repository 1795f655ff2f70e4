/** The feeds' channel and items, from the configuration and the latest articles. */
import { FEED_PATHS, FEED_SIZE, feedItemFor, type FeedChannel, type FeedItem } from '../lib/archive/feeds.ts';
import { siteAbsoluteUrl } from './archive.ts';
import { getArticles, getConfig } from './articles.ts';
import { changeLineOf, getStoryVersions, storyPageOf } from './stories.ts';

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

/** The latest FEED_SIZE articles as feed items, newest first: every version of a story, the later ones marked as updates. */
export function latestFeedItems(): FeedItem[] {
  return getArticles()
    .slice(0, FEED_SIZE)
    .map((article) => {
      const storyPage = storyPageOf(article);
      const isUpdate = storyPage !== undefined && getStoryVersions(article)[0] !== article;
      const update = isUpdate ? { storyUrl: siteAbsoluteUrl(storyPage), change: changeLineOf(article) } : undefined;
      return feedItemFor(article, siteAbsoluteUrl(article.permalink), update);
    });
}
