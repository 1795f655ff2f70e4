/** The numbered sitemaps sitemap.xml points at once the site has more URLs than one sitemap may hold. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapChunks } from '../data/sitemap.ts';
import { buildUrlset, type SitemapEntry } from '../lib/archive/sitemap.ts';

export const getStaticPaths = (() => {
  const chunks = sitemapChunks();
  return chunks.length === 1 ? [] : chunks.map((entries, i) => ({ params: { part: String(i + 1) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SitemapEntry[] }> = ({ props }) =>
  new Response(buildUrlset(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
