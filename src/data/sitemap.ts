/** The URLs the sitemap lists: home, archive index, search, every date page and every article. */
import { chunkSitemap, type SitemapEntry } from '../lib/archive/sitemap.ts';
import { getArchive, siteAbsoluteUrl } from './archive.ts';
import { getArticles } from './articles.ts';

let chunks: SitemapEntry[][] | undefined;

/**
 * Every listed URL, split into sitemap files. Numbered pages of listings are left out: they are
 * reachable from each listing's latest page, and the articles they list are all in the sitemap.
 */
export function sitemapChunks(): SitemapEntry[][] {
  if (!chunks) {
    const archive = getArchive();
    const entries: SitemapEntry[] = [
      { loc: siteAbsoluteUrl('/') },
      { loc: siteAbsoluteUrl('/archive/') },
      { loc: siteAbsoluteUrl('/search/') },
      ...archive.years.map((year) => ({ loc: siteAbsoluteUrl(year.path) })),
      ...archive.months.map((month) => ({ loc: siteAbsoluteUrl(month.path) })),
      ...archive.days.map((day) => ({ loc: siteAbsoluteUrl(day.path) })),
      ...getArticles().map((article) => ({ loc: siteAbsoluteUrl(article.permalink), lastmod: article.publishedAt })),
    ];
    chunks = chunkSitemap(entries);
  }
  return chunks;
}
