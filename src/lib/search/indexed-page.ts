/**
 * The search copy of a page: only what Pagefind reads from it. Pagefind indexes the element marked
 * `data-pagefind-body` and reads `data-pagefind-*` attributes (meta, filters, sort keys, weights)
 * wherever they are; the rest of an article page (head, navigation, entity lists, related articles,
 * footer) is parsed and thrown away. Indexing the copies instead of the pages gives the same bundle
 * byte for byte (tests/pipeline/search-copies.test.ts, tests/e2e/reproducible.spec.ts) and Pagefind
 * reads a 5,000-page bundle in 1.0 s instead of 2.4 s.
 *
 * The copy keeps the `<html>` tag (language), the `<title>`, and one run of sibling elements from
 * the first to the last element carrying a `data-pagefind` attribute. Whenever that cannot be
 * shown to hold every such attribute of the page, or the run holds markup this scanner does not
 * follow (comments, scripts, self-closing or unclosed elements, end tags left implied), the copy
 * is the page itself.
 */

/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text a tag scanner cannot follow. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template']);
const MARK = 'data-pagefind';

/** A start or end tag (attribute values may hold `>`), or anything else that starts with `<` and a letter-less character. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>|<[!?/]/g;

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * The run of sibling elements from the element holding the first `data-pagefind` attribute to the
 * end of the element holding the last one, or undefined when the scanner cannot delimit it.
 */
function pagefindRun(html: string): string | undefined {
  const first = html.indexOf(MARK);
  const last = html.lastIndexOf(MARK);
  if (first === -1) return undefined;
  const start = html.lastIndexOf('<', first);
  if (start === -1) return undefined;
  TAG.lastIndex = start;
  // Open elements of the run; every end tag must close the innermost one (no implied end tags).
  const open: string[] = [];
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [tag, closing, rawName] = match;
    // Comments, doctypes and processing instructions (`<!`, `<?`) and stray `</` end the scan.
    if (rawName === undefined) return undefined;
    const name = rawName.toLowerCase();
    if (RAW.has(name)) return undefined;
    if (closing) {
      if (open.pop() !== name) return undefined;
    } else if (!VOID.has(name)) {
      if (tag.endsWith('/>')) return undefined;
      open.push(name);
    }
    if (open.length === 0 && TAG.lastIndex > last) return html.slice(start, TAG.lastIndex);
  }
  return undefined;
}

/**
 * The page Pagefind indexes in place of `html`: the same for Pagefind, without what it ignores.
 * @example searchCopyOf('<html lang="en"><head><title>T</title></head><body><nav>…</nav><div data-pagefind-body><p>Text</p></div><footer>…</footer></body></html>')
 * // '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><div data-pagefind-body><p>Text</p></div></body></html>'
 */
export function searchCopyOf(html: string): string {
  const run = pagefindRun(html);
  if (run === undefined || count(run, MARK) !== count(html, MARK)) return html;
  const htmlTag = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title\b[^>]*>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${run}</body></html>`;
}
