/**
 * Search copies (src/lib/search/indexed-page.ts, pipeline/index/search-copy-store.ts): what a copy keeps, when it is
 * the page itself, that Pagefind makes the same bundle from copies as from pages, and which
 * copies a build trusts, makes again or deletes.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchCopyOf } from '../../src/lib/search/indexed-page.ts';
import { openSearchCopies } from '../../pipeline/index/search-copy-store.ts';
import { buildSearchIndex, closeSearchIndexer, openBundleIndex } from '../../pipeline/index/pagefind-bundle.ts';

/** An article page shaped like src/pages/[year]/[month]/[day]/[slug].astro renders it. */
function articlePage(n: number, extra = ''): string {
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
    `<title>Headline ${n} — Archive</title><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>` +
    `<body><header><nav><a href="/">Home</a> <a href="/search/">Search</a></nav></header><main><nav><ol><li><a href="/2016/">2016</a></li></ol></nav>` +
    `<article class="article"><div data-pagefind-body><h1 data-pagefind-meta="title">Headline ${n} &amp; more</h1>` +
    `<p data-pagefind-ignore><time datetime="2016-03-04T05:25:26+00:00">4 March 2016</time><span data-pagefind-meta="date:2016-03-04T05:25:26+00:00" hidden></span>` +
    `<span data-pagefind-sort="date:2016-03-0${n}T05:25:26Z" hidden></span></p><div class="article__body"><p data-pagefind-weight="2">Lead ${n} about <b>Brussels</b>, writes Kyodo.</p>` +
    `<p>Second paragraph ${n}<br>with a break.</p>${extra}</div></div><div hidden data-pagefind-ignore><span data-pagefind-meta="summary">Lead ${n}.</span>` +
    `<span data-pagefind-filter="month">2016-03</span><span data-pagefind-filter="place">Brussels</span></div>` +
    `<footer><a href="/places/brussels/">Brussels</a></footer><section><h2>Related</h2><ul><li><a href="/2016/03/05/x/">Related headline with words</a></li></ul></section></article></main>` +
    `<footer><p>Archive footer</p></footer><script type="module" src="/_astro/page.js"></script></body></html>`
  );
}

describe('searchCopyOf', () => {
  it('keeps the html tag, the title and the run from the indexed body to the last filter, and nothing else', () => {
    const copy = searchCopyOf(articlePage(1));
    expect(copy).toBe(
      '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Headline 1 — Archive</title></head><body>' +
        articlePage(1).slice(articlePage(1).indexOf('<div data-pagefind-body>'), articlePage(1).indexOf('<footer><a href="/places')) +
        '</body></html>',
    );
    expect(copy).not.toContain('Related headline');
    expect(copy).not.toContain('Content-Security-Policy');
  });

  it('is the page itself when the page has no Pagefind attribute', () => {
    const page = '<html><body><p>Day listing</p></body></html>';
    expect(searchCopyOf(page)).toBe(page);
  });

  it('is the page itself when the run holds markup the scanner does not follow, or leaves a Pagefind attribute out', () => {
    const withComment = articlePage(1, '<!-- <div data-pagefind-filter="x"> -->');
    const withScript = articlePage(1, '<script>document.write("<p>")</script>');
    // A filter in the header, outside the article that closes before the body starts.
    const split = articlePage(1).replace('<header>', '<header><span data-pagefind-filter="section">World</span></header><header>');
    const unclosed = '<html><body><div data-pagefind-body><p>Text</div></body></html>'.replace('</div>', '');
    for (const page of [withComment, withScript, split, unclosed]) expect(searchCopyOf(page)).toBe(page);
  });
});

describe('Pagefind over search copies', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'search-copy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const filesUnder = (root: string): Map<string, string> =>
    new Map(
      (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(root, file), readFileSync(file).toString('base64')];
        }),
    );

  it('makes the same bundle, byte for byte, as Pagefind over the pages', async () => {
    for (let n = 1; n <= 6; n++) {
      const page = `2016/03/0${n}/headline-${n}/index.html`;
      const html = articlePage(n, n % 2 ? '<ul><li>A list item</li></ul><h2 id="more">More</h2><p>After the heading.</p>' : '');
      for (const [root, text] of [
        ['site', html],
        ['copies', searchCopyOf(html)],
      ] as const) {
        mkdirSync(path.dirname(path.join(dir, root, page)), { recursive: true });
        writeFileSync(path.join(dir, root, page), text);
      }
    }
    const fromPages = await buildSearchIndex(path.join(dir, 'site'), { outputPath: path.join(dir, 'from-pages') });
    const fromCopies = await buildSearchIndex(path.join(dir, 'copies'), { outputPath: path.join(dir, 'from-copies') });
    expect(fromPages).toBe(6);
    expect(fromCopies).toBe(6);
    expect(filesUnder(path.join(dir, 'from-copies'))).toEqual(filesUnder(path.join(dir, 'from-pages')));
  }, 30_000);

  it('read from outdated copies, then given the changed pages again, makes the bundle of the current copies', async () => {
    // What a rebuild does (pipeline/index/index-bundles.ts): Pagefind reads the copies before the changed
    // pages are rendered, and each changed page is given again in place.
    const pageOf = (n: number) => `2016/03/0${n}/headline-${n}/index.html`;
    const write = (root: string, n: number, extra: string) => {
      mkdirSync(path.dirname(path.join(dir, root, pageOf(n))), { recursive: true });
      writeFileSync(path.join(dir, root, pageOf(n)), searchCopyOf(articlePage(n, extra)));
    };
    const edits = new Map([
      [2, '<p>A correction about Lisbon.</p>'],
      [5, '<p>An update about Oslo.</p>'],
    ]);
    for (let n = 1; n <= 6; n++) {
      write('current', n, edits.get(n) ?? '');
      write('outdated', n, '');
    }
    try {
      const index = await openBundleIndex(path.join(dir, 'outdated'));
      await index.read;
      for (const [n, extra] of edits) await index.replace(pageOf(n), searchCopyOf(articlePage(n, extra)));
      expect(await index.write(path.join(dir, 'replaced'))).toBe(6);
      const stale = await openBundleIndex(path.join(dir, 'outdated'));
      await stale.write(path.join(dir, 'stale'));
    } finally {
      await closeSearchIndexer();
    }
    await buildSearchIndex(path.join(dir, 'current'), { outputPath: path.join(dir, 'from-current') });
    expect(filesUnder(path.join(dir, 'replaced'))).toEqual(filesUnder(path.join(dir, 'from-current')));
    expect(filesUnder(path.join(dir, 'stale')), 'the edits change the bundle').not.toEqual(filesUnder(path.join(dir, 'from-current')));
  }, 30_000);
});

describe('openSearchCopies', () => {
  let root: string;
  const staging = () => path.join(root, 'staging');
  const stage = (page: string, text: string) => {
    mkdirSync(path.dirname(path.join(staging(), page)), { recursive: true });
    writeFileSync(path.join(staging(), page), `<html><body><div data-pagefind-body>${text}</div><footer>f</footer></body></html>`);
  };
  const A = '2016/03/04/a/index.html';
  const B = '2016/03/05/b/index.html';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'search-copies-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('makes missing and outdated copies from the staged pages, keeps current ones, deletes copies of pages gone', async () => {
    const digests: Record<string, string> = { [A]: 'a1', [B]: 'b1' };
    const digestOf = (page: string) => digests[page] ?? 'missing';
    stage(A, 'first A');
    stage(B, 'first B');
    let copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    copies.prune(new Set([A, B]));
    copies.prepare([A, B], staging());
    await copies.save();
    const copyOf = (page: string) => readFileSync(path.join(copies.dir, page), 'utf8');
    expect(copyOf(A)).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div data-pagefind-body>first A</div></body></html>',
    );

    // A is unchanged (same digest), so its copy is trusted even though the staged file differs; B changed.
    stage(A, 'second A, same indexed data');
    stage(B, 'second B');
    digests[B] = 'b2';
    copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    copies.prune(new Set([A, B]));
    expect(copies.outdated([A, B]), 'the copy of B is of its old data').toEqual([B]);
    expect(copies.outdated([A, B, '2016/03/06/c/index.html']), 'a page without a copy').toBeUndefined();
    copies.prepare([A, B], staging());
    expect(copies.outdated([A, B])).toEqual([]);
    expect(copyOf(A)).toContain('first A');
    expect(copyOf(B)).toContain('second B');
    await copies.save();

    // B is gone from the site: its copy goes, whether or not its bundle is indexed.
    copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    copies.prune(new Set([A]));
    await copies.save();
    expect(existsSync(path.join(copies.dir, B))).toBe(false);
    expect(JSON.parse(readFileSync(`${copies.dir}.json`, 'utf8')).pages).toEqual({ [A]: 'a1' });
  });

  it('trusts no copy after a build that stopped before recording them, or under other code', async () => {
    const digestOf = () => 'd';
    stage(A, 'A');
    let copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    copies.prepare([A], staging());
    await copies.save();
    // A build starts (the record goes), writes copies, and stops.
    copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    writeFileSync(path.join(copies.dir, 'half-written.html'), 'half-written');
    expect(existsSync(`${copies.dir}.json`)).toBe(false);
    copies = await openSearchCopies(root, 'out', 'fp', digestOf);
    expect(existsSync(copies.dir)).toBe(false);

    copies.prepare([A], staging());
    await copies.save();
    copies = await openSearchCopies(root, 'out', 'other code', digestOf);
    expect(existsSync(copies.dir)).toBe(false);
  });
});
