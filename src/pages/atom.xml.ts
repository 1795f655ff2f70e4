/** Atom 1.0 feed of the latest articles. */
import type { APIRoute } from 'astro';
import { feedChannel, latestFeedItems } from '../data/feeds.ts';
import { buildAtom } from '../lib/archive/feeds.ts';

export const GET: APIRoute = () =>
  new Response(buildAtom(feedChannel(), latestFeedItems()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
