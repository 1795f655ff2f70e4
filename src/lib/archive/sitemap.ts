/**
 * Page URLs to sitemaps (https://www.sitemaps.org/protocol.html): one `urlset` while the site
 * is small, and past the per-file limit a sitemap index pointing at numbered `urlset` files.
 */
// The package's types also declare a named export, but its ES module has only the default.
import { createXmlBuilder } from './xml.ts';
import { xmlSafeText } from './feeds.ts';

/** URLs per sitemap file: below the protocol's 50,000 so the 50 MB size limit is never near either. */
export const SITEMAP_URL_LIMIT = 45_000;

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C datetime of the last change, when known. */
  lastmod?: string;
}

/**
 * Splits the entries into sitemap files of at most `limit` URLs (at least one file).
 * @example chunkSitemap([a, b, c], 2) // [[a, b], [c]]
 */
export function chunkSitemap<T>(entries: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

/**
 * The site-relative path of numbered sitemap `n` (1-based), used once the index is needed.
 * @example sitemapPartPath(2) // '/sitemap-2.xml'
 */
export function sitemapPartPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

const builder = createXmlBuilder();
const XML_DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

const entryNode = (entry: SitemapEntry) => ({
  loc: xmlSafeText(entry.loc),
  ...(entry.lastmod ? { lastmod: xmlSafeText(entry.lastmod) } : {}),
});

/** A `urlset` document listing pages. */
export function buildUrlset(entries: readonly SitemapEntry[]): string {
  return builder.build({ ...XML_DECLARATION, urlset: { '@_xmlns': NAMESPACE, url: entries.map(entryNode) } });
}

/** A `sitemapindex` document listing sitemap files. */
export function buildSitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  return builder.build({ ...XML_DECLARATION, sitemapindex: { '@_xmlns': NAMESPACE, sitemap: sitemaps.map(entryNode) } });
}
