import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/seed/markdown.ts';

describe('renderMarkdown', () => {
  it('renders CommonMark, demotes headings under the page headline, and keeps safe links', () => {
    const { html, paragraphs, warnings } = renderMarkdown(
      '# Background\n\nThe vote was on **Friday** ([record](https://example.org/vote), [mail](mailto:desk@example.org), [page](/2024/)).\n',
    );
    expect(html).toMatchInlineSnapshot(
      `"<h2>Background</h2>\n<p>The vote was on <strong>Friday</strong> (<a href="https://example.org/vote">record</a>, <a href="mailto:desk@example.org">mail</a>, <a href="/2024/">page</a>).</p>"`,
    );
    expect(paragraphs).toEqual(['Background', 'The vote was on Friday (record, mail, page).']);
    expect(warnings).toEqual([]);
  });

  it('warns once per removal, with the line and column in the Markdown', () => {
    const { html, warnings } = renderMarkdown(
      'Intro with <b>bold</b>.\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AA)\n\n[ref]: vbscript:msgbox\n\nUse [it][ref].\n',
    );
    expect(warnings.map((w) => `${w.line}:${w.col} ${w.code} ${w.message}`)).toEqual([
      '1:12 MARKDOWN_HTML raw HTML "<b>" removed; Markdown seeds are rendered without HTML',
      '1:19 MARKDOWN_HTML raw HTML "</b>" removed; Markdown seeds are rendered without HTML',
      '3:1 MARKDOWN_URL unsafe link target "javascript:alert(1)" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
      '3:26 MARKDOWN_URL unsafe image source "data:image/png;base64,AA" removed; only http, https and relative URLs are kept',
      '7:5 MARKDOWN_URL unsafe link target "vbscript:msgbox" removed; only http, https, irc, ircs, mailto, xmpp and relative URLs are kept',
    ]);
    expect(html).not.toMatch(/javascript|vbscript|data:|<b>/);
  });

  it('never emits a data-* attribute or an unprefixed id', () => {
    const { html } = renderMarkdown(
      '<a id="search" data-pagefind-body href="x">x</a>\n\nText <span data-pagefind-weight="9">here</span>.\n',
    );
    expect(html).not.toMatch(/data-|id="search"/);
  });
});
