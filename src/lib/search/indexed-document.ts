/**
 * The document Pagefind indexes for an article, built from the article itself rather than read
 * back from its rendered page: the same elements and `data-pagefind-*` attributes as the page's
 * indexed part (src/layouts/ArticleLayout.astro, src/components/SearchFields.astro), without what
 * Pagefind throws away (head, navigation, entity lists, related articles). Pagefind gives the same
 * bundle for these documents as for the pages, byte for byte: tests/e2e/search-from-data.spec.ts
 * indexes a built site's pages and compares. A change to the layout's indexed part must be made
 * here too; that test fails until it is.
 */
import type { Article } from '../article-schema.ts';
import { htmlText } from '../archive/feeds.ts';
import { LEAD_WEIGHT, resultMetaFor, searchFiltersFor } from './search-fields.ts';
import { searchSortKey } from './search-state.ts';

/** `text` for a double-quoted attribute value. */
const attribute = (text: string) => htmlText(text).replace(/"/g, '&quot;');

/**
 * The HTML Pagefind reads for `article` on a site in `locale`.
 * @example indexedDocument({ headline: 'Rates rise', paragraphs: ['Rates rose.'], … }, 'en-GB')
 * // '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"></head><body><div data-pagefind-body><h1 dir="auto" data-pagefind-meta="title">Rates rise</h1>…'
 */
export function indexedDocument(
  article: Pick<
    Article,
    'id' | 'story' | 'headline' | 'summary' | 'paragraphs' | 'html' | 'publishedAt' | 'date' | 'agencies' | 'entities'
  >,
  locale: string,
): string {
  const body =
    article.html ??
    article.paragraphs
      .map((paragraph, index) => (index === 0 ? `<p data-pagefind-weight="${LEAD_WEIGHT}">` : '<p>') + `${htmlText(paragraph)}</p>`)
      .join('');
  const filters = Object.entries(searchFiltersFor(article)).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${name}">${htmlText(value)}</span>`),
  );
  const meta = Object.entries(resultMetaFor(article)).map(
    ([name, value]) => `<span data-pagefind-meta="${name}">${htmlText(value)}</span>`,
  );
  return (
    `<!DOCTYPE html><html lang="${attribute(locale)}"><head><meta charset="utf-8"></head><body>` +
    '<article><div data-pagefind-body>' +
    `<h1 dir="auto" data-pagefind-meta="title">${htmlText(article.headline)}</h1>` +
    '<p data-pagefind-ignore>' +
    `<span data-pagefind-meta="${attribute(`date:${article.publishedAt}`)}" hidden></span>` +
    `<span data-pagefind-sort="${attribute(`date:${searchSortKey(article.publishedAt)}`)}" hidden></span>` +
    '</p>' +
    `<div>${body}</div>` +
    '</div>' +
    `<div hidden data-pagefind-ignore><span data-pagefind-meta="summary">${htmlText(article.summary)}</span>${meta.join('')}${filters.join('')}</div>` +
    '</article></body></html>'
  );
}
