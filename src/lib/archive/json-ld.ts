/**
 * Structured data for article pages: a schema.org NewsArticle built from a validated article,
 * and a serialiser whose output is safe inside `<script type="application/ld+json">`.
 */
import type { Article } from '../article-schema.ts';

export interface NewsArticleContext {
  /** Absolute URL of the article page. */
  url: string;
  /** Site name, used as the publisher. */
  siteTitle: string;
  /** Absolute URL of the site's home page. */
  homeUrl: string;
  /** BCP 47 language of the site. */
  locale: string;
}

/**
 * The JSON-LD object for one article. `datePublished` keeps the archive zone's offset; an
 * archived article is never edited, so `dateModified` is the publication instant. Agencies the
 * text cites become `citation`s (schema.org allows plain text there).
 * https://schema.org/NewsArticle
 */
export function newsArticleJsonLd(
  article: Pick<Article, 'headline' | 'summary' | 'publishedAt' | 'agencies' | 'wordCount'>,
  context: NewsArticleContext,
): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: context.siteTitle, url: context.homeUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.summary ? { description: article.summary } : {}),
    datePublished: article.publishedAt,
    dateModified: article.publishedAt,
    url: context.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': context.url },
    inLanguage: context.locale,
    wordCount: article.wordCount,
    publisher,
    ...(article.agencies.length > 0 ? { citation: [...article.agencies] } : {}),
  };
}

/**
 * JSON that no text inside can turn into markup: `<`, `>` and `&` become `\u003c`, `\u003e`
 * and `\u0026` (so `</script>` and `<!--` cannot close or confuse the element), and U+2028/U+2029
 * are escaped for JavaScript parsers that predate ES2019.
 * @example serialiseJsonLd({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
