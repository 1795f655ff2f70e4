/** JSON Feed 1.1 of the latest articles. */
import type { APIRoute } from 'astro';
import { feedChannel, latestFeedItems } from '../data/feeds.ts';
import { buildJsonFeed } from '../lib/archive/feeds.ts';

export const GET: APIRoute = () =>
  new Response(buildJsonFeed(feedChannel(), latestFeedItems()), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
