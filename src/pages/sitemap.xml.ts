/** sitemap.xml: every page's URL, or past SITEMAP_URL_LIMIT an index of numbered sitemaps. */
import type { APIRoute } from 'astro';
import { siteAbsoluteUrl } from '../data/archive.ts';
import { sitemapChunks } from '../data/sitemap.ts';
import { buildSitemapIndex, buildUrlset, sitemapPartPath } from '../lib/archive/sitemap.ts';

export const GET: APIRoute = () => {
  const chunks = sitemapChunks();
  const body =
    chunks.length === 1
      ? buildUrlset(chunks[0]!)
      : buildSitemapIndex(chunks.map((_, i) => ({ loc: siteAbsoluteUrl(sitemapPartPath(i + 1)) })));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
