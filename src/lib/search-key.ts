/**
 * The part of a page Pagefind reads, so a search bundle can be reused when only the rest of
 * its pages changed (related articles, neighbours and listings change across the whole
 * archive when articles are added, but are not indexed).
 *
 * Pagefind indexes the elements marked `data-pagefind-body` (when a page has one), and reads
 * `data-pagefind-*` metadata, filters and sort keys anywhere on the page, the page language
 * from `<html lang>`, and by default a title from the first `<h1>` and an image from an
 * `<img>`. This keeps exactly those elements, whole, and drops everything else. A page without
 * `data-pagefind-body` is kept whole: Pagefind would index all of it.
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** An opening tag, attributes quoted or not (a quoted value may contain `>`). */
const OPENING_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>/`]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;

/** The end of the element whose opening tag ends at `from`: after its matching closing tag, nested same-name elements counted. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * The pieces of `html` that can change what Pagefind writes for the page, in document order.
 * @example pagefindInput('<html lang="en"><nav>x</nav><div data-pagefind-body>Hi</div></html>') // ['<html lang="en">', '<div data-pagefind-body>Hi</div>']
 */
export function pagefindInput(html: string): string[] {
  if (!/\sdata-pagefind-body\b/.test(html)) return [html];
  const pieces: string[] = [];
  let firstH1 = true;
  let covered = 0;
  const tags = new RegExp(OPENING_TAG.source, 'g');
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const start = match.index;
    if (start < covered) continue;
    const name = match[1]!.toLowerCase();
    const attributes = match[2] ?? '';
    const keep = name === 'html' || name === 'img' || (name === 'h1' && firstH1) || /\sdata-pagefind-/.test(attributes);
    if (name === 'h1') firstH1 = false;
    if (!keep) continue;
    const selfContained = name === 'html' || VOID_ELEMENTS.has(name) || match[3] === '/';
    const end = selfContained ? tags.lastIndex : elementEnd(html, name, tags.lastIndex);
    pieces.push(html.slice(start, end));
    if (!selfContained) {
      covered = end;
      tags.lastIndex = end;
    }
  }
  return pieces;
}
