import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article-schema.ts';
import {
  exceededLimits,
  formatBytes,
  formatCount,
  KNOWN_HOSTS,
  resolveHostLimits,
  type OutputSize,
} from '../../../src/lib/deploy/host-limits.ts';
import { corpusStats, OUTPUT_MODEL, predictionError, predictOutput, siteUrlProblem } from '../../../src/lib/deploy/output-prediction.ts';

/** A minimal article: only what the pre-flight reads. */
function article(id: string, date: string, paragraphs: string[], people: string[] = []): Article {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return {
    id,
    sourceFile: `${id}.txt`,
    format: 'txt',
    publishedAt: `${date}T12:00:00+00:00`,
    date: { year, month, day, hour: 12, minute: 0, second: 0 },
    headline: 'Headline',
    summary: '',
    paragraphs,
    entities: { people, places: [], organisations: [] },
    agencies: [],
    related: [],
    slug: `headline-${id}`,
    permalink: `/${date.replaceAll('-', '/')}/headline-${id}/`,
    wordCount: 1,
  };
}

const size = (overrides: Partial<OutputSize> = {}): OutputSize => ({
  files: 100,
  bytes: 1_000_000,
  largestFileBytes: 10_000,
  largestFolderFiles: 50,
  ...overrides,
});

describe('resolveHostLimits', () => {
  it.each([
    [{}, KNOWN_HOSTS.map((host) => host.name)],
    [{ HOST_LIMITS: 'none' }, []],
    [{ HOST_LIMITS: 'cloudflare' }, ['cloudflare']],
    [{ HOST_LIMITS: ' GitHub , netlify ' }, ['github', 'netlify']],
    [{ MAX_OUTPUT_FILES: '500' }, ['custom']],
    [{ HOST_LIMITS: 'github', MAX_FILE_BYTES: '1000' }, ['github', 'custom']],
  ])('%j checks %j', (env, names) => {
    expect(resolveHostLimits(env).map((host) => host.name)).toEqual(names);
  });

  it('names the valid hosts when one is unknown, and refuses non-numbers', () => {
    expect(() => resolveHostLimits({ HOST_LIMITS: 'vercel' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: HOST_LIMITS: unknown host "vercel"; use cloudflare, cloudflare-paid, github, netlify or none]`,
    );
    expect(() => resolveHostLimits({ MAX_OUTPUT_BYTES: '1e9' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: MAX_OUTPUT_BYTES: "1e9" is not a positive whole number]`,
    );
  });
});

describe('exceededLimits', () => {
  it('says nothing when the site fits everywhere', () => {
    expect(exceededLimits(size(), KNOWN_HOSTS)).toEqual([]);
  });

  it('names each host, the figure and the limit', () => {
    const big = size({ files: 210_000, bytes: 1_800_000_000, largestFileBytes: 30 * 1024 * 1024, largestFolderFiles: 100_000 });
    expect(exceededLimits(big, KNOWN_HOSTS)).toMatchInlineSnapshot(`
      [
        "Cloudflare Pages (free plan): 210,000 files, over its limit of 20,000",
        "Cloudflare Pages (free plan): a file of 31.5 MB, over its limit of 26.2 MB per file",
        "Cloudflare Pages (paid plans): 210,000 files, over its limit of 100,000",
        "Cloudflare Pages (paid plans): a file of 31.5 MB, over its limit of 26.2 MB per file",
        "GitHub Pages: 1.8 GB in total, over its limit of 1.0 GB",
        "Netlify: 100,000 files in one folder, over its limit of 54,000 per folder",
      ]
    `);
  });

  it('checks the MAX_* overrides', () => {
    expect(exceededLimits(size({ files: 501 }), resolveHostLimits({ MAX_OUTPUT_FILES: '500' }))).toEqual([
      'the MAX_* limits: 501 files, over its limit of 500',
    ]);
  });
});

describe('formatBytes and formatCount', () => {
  it.each([
    [999, '999 B'],
    [1_250, '1.3 kB'],
    [6_129_300, '6.1 MB'],
    [1_000_000_000, '1.0 GB'],
  ])('formatBytes(%d) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('groups thousands the same way in every locale', () => {
    expect([0, 999, 20_000, 1_234_567].map(formatCount)).toEqual(['0', '999', '20,000', '1,234,567']);
  });
});

describe('corpusStats', () => {
  it('counts body bytes in UTF-8, one page per listing of up to pageSize articles and the latest page beside numbered ones', () => {
    const articles = [
      article('a1', '2024-09-12', ['Zakharova said.', 'Ещё'], ['Maria Zakharova']),
      article('a2', '2024-09-12', ['Two'], ['Maria Zakharova']),
      article('a3', '2024-10-01', ['Three']),
    ];
    // Home: the latest and numbered pages 1-2 (pageSize 2); 2024: 3; 2024-09: 1; 2024-10: 1; 2024-09-12: 1; 2024-10-01: 1;
    // Maria Zakharova: 1.
    expect(corpusStats(articles, 2, 2)).toMatchObject({ articles: 3, bodyBytes: 15 + 6 + 3 + 5, largestBodyBytes: 21, listingPages: 11 });
    expect(corpusStats(articles, 2, 2).exportFiles).toBe(new Set(articles.map((a) => `${a.date.year}-${a.date.month}`)).size);
  });

  it('counts a story once per listing, and a story page per story with versions', () => {
    const articles = [
      article('a1', '2024-09-12', ['First take.']),
      { ...article('a2', '2024-09-12', ['First take.', 'More.']), story: 'a1' },
      { ...article('a3', '2024-09-13', ['First take.']), story: 'a1' },
      article('b1', '2024-10-01', ['Other.']),
    ];
    // Home: 2 stories, the latest page only; 2024: 1; 2024-09: 1; 2024-10: 1; 2024-09-12: 1; 2024-09-13: 1; 2024-10-01: 1.
    expect(corpusStats(articles, 2, 2)).toMatchObject({ listingPages: 7, storyPages: 1, storyBodyBytes: 11 + 16 + 11 });
  });
});

describe('predictOutput', () => {
  const stats = { articles: 1_000, bodyBytes: 3_000_000, largestBodyBytes: 20_000, listingPages: 1_500, storyPages: 0, storyBodyBytes: 0 };

  it('grows with the corpus: two files per article, one per listing page, Pagefind chunks', () => {
    const predicted = predictOutput(stats);
    expect(predicted.files).toBe(
      OUTPUT_MODEL.fixedFiles + 2_000 + Math.ceil((3_000_000 * OUTPUT_MODEL.indexTextFactor) / OUTPUT_MODEL.indexChunkBytes) + 1_500,
    );
    expect(predicted.largestFolderFiles).toBe(1_000);
    const doubled = predictOutput({ ...stats, articles: 2_000, bodyBytes: 6_000_000, listingPages: 3_000 });
    expect(doubled.bytes).toBeGreaterThan(1.8 * predicted.bytes);
  });

  it('sees the one-file sitemap of a big archive as its largest file', () => {
    expect(predictOutput({ ...stats, articles: 100_000, listingPages: 150_000 }).largestFileBytes).toBe(
      250_000 * OUTPUT_MODEL.sitemapEntryBytes,
    );
  });

  it('warns early when 100,000 articles will not fit on Cloudflare Pages free', () => {
    const predicted = predictOutput({
      ...stats,
      articles: 100_000,
      bodyBytes: 300_000_000,
      largestBodyBytes: 20_000,
      listingPages: 60_000,
    });
    expect(exceededLimits(predicted, resolveHostLimits({ HOST_LIMITS: 'cloudflare,netlify' }))).toEqual([
      expect.stringMatching(/^Cloudflare Pages \(free plan\): [\d,]+ files, over its limit of 20,000$/),
      'Netlify: 100,000 files in one folder, over its limit of 54,000 per folder',
    ]);
  });
});

describe('predictionError', () => {
  it.each([
    [110, 100, 10],
    [90, 100, -10],
    [5, 0, 0],
  ])('%d predicted for %d is %d%%', (predicted, actual, error) => {
    expect(predictionError(predicted, actual)).toBeCloseTo(error);
  });
});

describe('siteUrlProblem', () => {
  it.each([
    ['https://example.org', '/', undefined],
    ['https://example.org/', '/archive/', undefined],
    ['https://me.github.io/repo/', '/repo/', undefined],
    ['https://me.github.io/repo', '/repo/', undefined],
  ])('accepts %s with BASE_PATH %s', (siteUrl, basePath, expected) => {
    expect(siteUrlProblem(siteUrl, basePath)).toBe(expected);
  });

  it('refuses a path in SITE_URL that BASE_PATH does not repeat', () => {
    expect(siteUrlProblem('https://me.github.io/repo', '/')).toMatchInlineSnapshot(
      `"SITE_URL https://me.github.io/repo has the path /repo/, but BASE_PATH is /: set BASE_PATH=/repo/ (links and assets use BASE_PATH; SITE_URL only gives the origin)."`,
    );
  });
});
