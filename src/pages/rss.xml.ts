/** RSS 2.0 feed of the latest articles. */
import type { APIRoute } from 'astro';
import { feedChannel, latestFeedItems } from '../data/feeds.ts';
import { buildRss } from '../lib/archive/feeds.ts';

export const GET: APIRoute = () =>
  new Response(buildRss(feedChannel(), latestFeedItems()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
