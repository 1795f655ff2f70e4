import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildSitemapIndex, buildUrlset, chunkSitemap, SITEMAP_URL_LIMIT, sitemapPartPath } from '../../../src/lib/archive/sitemap.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'url' || name === 'sitemap',
});

describe('chunkSitemap', () => {
  it('keeps a small site in one sitemap', () => {
    expect(chunkSitemap([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(chunkSitemap([])).toEqual([[]]);
  });

  it('splits past the limit into files of at most the limit, losing nothing', () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT * 2 + 1 }, (_, i) => i);
    const chunks = chunkSitemap(entries);
    expect(chunks.map((chunk) => chunk.length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 1]);
    expect(chunks.flat()).toEqual(entries);
  });

  it('stays below the protocol limit of 50,000 URLs per file', () => {
    expect(SITEMAP_URL_LIMIT).toBeLessThanOrEqual(50_000);
  });
});

describe('buildUrlset and buildSitemapIndex', () => {
  it('write valid sitemaps with escaped URLs', () => {
    const urlset = parser.parse(
      buildUrlset([{ loc: 'https://e.org/a/?x=1&y=<2>' }, { loc: 'https://e.org/b/', lastmod: '2024-09-12T23:28:21+03:00' }]),
    );
    expect(urlset.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.urlset.url).toEqual([
      { loc: 'https://e.org/a/?x=1&y=<2>' },
      { loc: 'https://e.org/b/', lastmod: '2024-09-12T23:28:21+03:00' },
    ]);

    const index = parser.parse(buildSitemapIndex([{ loc: `https://e.org${sitemapPartPath(1)}` }]));
    expect(index.sitemapindex.sitemap).toEqual([{ loc: 'https://e.org/sitemap-1.xml' }]);
  });
});
