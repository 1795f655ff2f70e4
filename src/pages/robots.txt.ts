/** robots.txt: everything may be crawled; points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { siteAbsoluteUrl } from '../data/archive.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteAbsoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
