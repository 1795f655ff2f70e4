import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd } from '../../../src/lib/archive/json-ld.ts';

const CONTEXT = {
  url: 'https://example.org/news/2024/09/12/x-6f6e3719/',
  siteTitle: 'News Archive',
  homeUrl: 'https://example.org/news/',
  locale: 'en-GB',
};
const ARTICLE = {
  headline: 'Zakharova: partnership is not directed against third countries',
  summary: 'Moscow and Beijing may join forces.',
  publishedAt: '2024-09-12T23:28:21+03:00',
  agencies: ['Reuters', 'TASS'],
  wordCount: 120,
};

describe('newsArticleJsonLd', () => {
  it('describes the article with its offset, publisher and cited agencies', () => {
    expect(newsArticleJsonLd(ARTICLE, CONTEXT)).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "citation": [
          "Reuters",
          "TASS",
        ],
        "dateModified": "2024-09-12T23:28:21+03:00",
        "datePublished": "2024-09-12T23:28:21+03:00",
        "description": "Moscow and Beijing may join forces.",
        "headline": "Zakharova: partnership is not directed against third countries",
        "inLanguage": "en-GB",
        "mainEntityOfPage": {
          "@id": "https://example.org/news/2024/09/12/x-6f6e3719/",
          "@type": "WebPage",
        },
        "publisher": {
          "@type": "Organization",
          "name": "News Archive",
          "url": "https://example.org/news/",
        },
        "url": "https://example.org/news/2024/09/12/x-6f6e3719/",
        "wordCount": 120,
      }
    `);
  });

  it('leaves out citations and description when there are none', () => {
    const json = newsArticleJsonLd({ ...ARTICLE, agencies: [], summary: '' }, CONTEXT);
    expect(json).not.toHaveProperty('citation');
    expect(json).not.toHaveProperty('description');
  });
});

describe('serialiseJsonLd', () => {
  it.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['<!-- x', '"\\u003c!-- x"'],
    ['a & b', '"a \\u0026 b"'],
    ['line\u2028sep\u2029para', '"line\\u2028sep\\u2029para"'],
    ['"quoted" \\ back', '"\\"quoted\\" \\\\ back"'],
  ])('escapes %j', (text, expected) => {
    expect(serialiseJsonLd(text)).toBe(expected);
  });

  it('round-trips to the same value through JSON.parse', () => {
    const value = { headline: '</SCRIPT> <!-- & \u2028\u2029 “quotes” 🇧🇬', n: 1 };
    const text = serialiseJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
