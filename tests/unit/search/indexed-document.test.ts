import { describe, expect, it } from 'vitest';
import { indexedDocument } from '../../../src/lib/search/indexed-document.ts';

const article = {
  id: '0123456789abcdef',
  story: 'fedcba9876543210',
  headline: 'Acme<img src=x onerror=alert(1)> & Co',
  summary: 'A "summary" <b>here</b>',
  paragraphs: ['Lead <script>x</script>.', 'Second & last.'],
  publishedAt: '2024-03-31T02:30:00+02:00',
  date: { year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0 },
  agencies: ['Reuters'],
  entities: { people: ['Maria <i>Zakharova</i>'], places: ['Moscow'], organisations: [] },
};

describe('indexedDocument', () => {
  it('gives Pagefind the headline, weighted lead, body, meta, sort key and filters, all text escaped', () => {
    const html = indexedDocument(article, 'en-GB');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h1 dir="auto" data-pagefind-meta="title">Acme&lt;img src=x onerror=alert(1)&gt; &amp; Co</h1>');
    expect(html).toContain('<p data-pagefind-weight="2">Lead &lt;script&gt;x&lt;/script&gt;.</p><p>Second &amp; last.</p>');
    expect(html).toContain('data-pagefind-meta="date:2024-03-31T02:30:00+02:00"');
    expect(html).toContain('data-pagefind-sort="date:2024-03-31T00:30:00Z"');
    expect(html).toContain('<span data-pagefind-meta="summary">A "summary" &lt;b&gt;here&lt;/b&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="person">Maria &lt;i&gt;Zakharova&lt;/i&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="month">2024-03</span>');
    expect(html).toContain('<span data-pagefind-filter="day">2024-03-31</span>');
    expect(html).toContain('<span data-pagefind-filter="story">fedcba9876543210</span>');
    expect(html).toContain('<span data-pagefind-meta="story">fedcba9876543210</span>');
    expect(html).toContain('<span data-pagefind-meta="people">["Maria &lt;i&gt;Zakharova&lt;/i&gt;"]</span>');
    expect(html).not.toMatch(/<(img|script|b|i)\b/);
  });

  it('uses the sanitised HTML of a Markdown article as its body, unweighted', () => {
    const html = indexedDocument({ ...article, html: '<p>From <strong>Markdown</strong></p>' }, 'fr-FR');
    expect(html).toContain('<div><p>From <strong>Markdown</strong></p></div>');
    expect(html).not.toContain('data-pagefind-weight');
    expect(html).toContain('<html lang="fr-FR">');
  });

  it('escapes quotes in the locale attribute', () => {
    expect(indexedDocument(article, 'en" onload="x')).toContain('<html lang="en&quot; onload=&quot;x">');
  });
});
