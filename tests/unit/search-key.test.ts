import { describe, expect, it } from 'vitest';
import { pagefindInput } from '../../src/lib/search-key.ts';

const page = (related: string, body = '<p>Gas deliveries rise.</p>') => `<!doctype html>
<html lang="en"><head><title>T</title><meta name="description" content="d"></head>
<body><nav><a href="/">Home</a></nav>
<article class="article"><div data-pagefind-body><h1 data-pagefind-meta="title">Gas</h1>
<div class="article__body"><div>${body}</div></div></div>
<div hidden><span data-pagefind-filter="agency">Reuters</span><span data-pagefind-meta="summary">S &gt; T</span></div>
</article>
<section><h2>Related</h2><ul>${related}</ul></section></body></html>`;

describe('pagefindInput', () => {
  it('keeps the indexed body, the language and every data-pagefind element, and nothing else', () => {
    expect(pagefindInput(page('<li><a href="/a/">A</a></li>'))).toMatchInlineSnapshot(`
      [
        "<html lang="en">",
        "<div data-pagefind-body><h1 data-pagefind-meta="title">Gas</h1>
      <div class="article__body"><div><p>Gas deliveries rise.</p></div></div></div>",
        "<span data-pagefind-filter="agency">Reuters</span>",
        "<span data-pagefind-meta="summary">S &gt; T</span>",
      ]
    `);
  });

  it('does not change when only the parts Pagefind ignores change', () => {
    expect(pagefindInput(page('<li><a href="/b/">B</a></li><li>C</li>'))).toEqual(pagefindInput(page('<li><a href="/a/">A</a></li>')));
  });

  it.each([
    ['the body text', page('', '<p>Gas deliveries fall.</p>')],
    ['a filter', page('').replace('Reuters', 'TASS')],
    ['the language', page('').replace('lang="en"', 'lang="bg"')],
    ['a first h1 outside the body', page('').replace('<nav>', '<h1>Site</h1><nav>')],
  ])('changes when %s changes', (_, changed) => {
    expect(pagefindInput(changed)).not.toEqual(pagefindInput(page('')));
  });

  it('finds the end of a body with nested elements of the same name and quoted ">" in attributes', () => {
    const html = '<html><div data-pagefind-body title="a > b"><div><div>x</div></div><br/>y</div><div>after</div></html>';
    expect(pagefindInput(html)).toEqual(['<html>', '<div data-pagefind-body title="a > b"><div><div>x</div></div><br/>y</div>']);
  });

  it('keeps a page without data-pagefind-body whole', () => {
    expect(pagefindInput('<html><p>all of it</p></html>')).toEqual(['<html><p>all of it</p></html>']);
  });
});
