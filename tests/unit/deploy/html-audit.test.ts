import { describe, expect, it } from 'vitest';
import { auditPage, auditText } from '../../../src/lib/deploy/html-audit.ts';

const ORIGIN = 'https://news.example.org';

/** The messages of the findings of one page served under /archive/. */
const audit = (html: string, basePath = '/archive/') =>
  auditPage(html, ORIGIN, basePath).map((finding) => `${finding.severity}: ${finding.message}`);

describe('auditPage', () => {
  it('passes a page whose scripts and styles are files and whose URLs stay under the base path', () => {
    const page = `<!doctype html><html><head>
      <link rel="stylesheet" href="/archive/_astro/a.B1.css"><link rel="canonical" href="${ORIGIN}/archive/2024/">
      <script type="module" src="/archive/_astro/search.C2.js"></script>
      <script type="application/ld+json">{"@context":"https://schema.org","url":"${ORIGIN}/archive/x/","text":"</p><b>"}</script>
      </head><body><a href="/archive/2024/">2024</a><a href="https://elsewhere.example/">out</a><a href="#main">skip</a>
      <a href="../up/">relative</a><img src="data:image/png;base64,AAAA" alt=""><script src="/archive/x.js">ignored text</script>
      <p>Text that mentions &lt;script&gt;alert(1)&lt;/script&gt; and style="color: red" as words.</p></body></html>`;
    expect(audit(page)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'error: inline <script>: blocked by the Content-Security-Policy; move it into a script file'],
    [
      '<script type="module">import "/archive/a.js"</script>',
      'error: inline <script>: blocked by the Content-Security-Policy; move it into a script file',
    ],
    [
      '<script type="text/javascript; charset=utf-8">a()</script>',
      'error: inline <script>: blocked by the Content-Security-Policy; move it into a script file',
    ],
    [
      '<script type="importmap">{"imports":{}}</script>',
      'error: inline <script>: blocked by the Content-Security-Policy; move it into a script file',
    ],
    [
      '<style>p { color: red }</style>',
      'error: <style> element: inline styles are blocked by the Content-Security-Policy; use a stylesheet file',
    ],
    ['<p style="color: red">x</p>', 'error: <p style="…">: inline styles are blocked by the Content-Security-Policy; use a class'],
    [
      '<button onclick="go()">x</button>',
      'error: <button onclick="…">: inline event handlers are blocked by the Content-Security-Policy; use a script file',
    ],
    ['<a href=" JavaScript:alert(1)">x</a>', 'error: <a href="javascript:…">: blocked by the Content-Security-Policy'],
    ['<script src="/pagefind/pagefind.js"></script>', 'error: <script src="/pagefind/pagefind.js"> points outside the base path /archive/'],
    ['<link rel="stylesheet" href="/_astro/a.css">', 'error: <link href="/_astro/a.css"> points outside the base path /archive/'],
    ['<img srcset="/archive/a.png 1x, /b.png 2x" alt="">', 'error: <img srcset="/b.png"> points outside the base path /archive/'],
    [`<img src="${ORIGIN}/logo.png" alt="">`, `error: <img src="${ORIGIN}/logo.png"> points outside the base path /archive/`],
    ['<a href="/search/">Search</a>', 'warning: <a href="/search/"> points outside the base path /archive/'],
    ['<form action="/search/"></form>', 'warning: <form action="/search/"> points outside the base path /archive/'],
  ])('flags %s', (html, message) => {
    expect(audit(html)).toEqual([message]);
  });

  it('ignores empty inline scripts and data blocks', () => {
    expect(audit('<script></script><script type="application/json">{"a":1}</script><script type="text/template"><b></b></script>')).toEqual(
      [],
    );
  });

  it('does not check paths when the site is served from the root', () => {
    expect(audit('<a href="/search/">x</a><script src="/x.js"></script>', '/')).toEqual([]);
  });

  it('reads tag and attribute names case-insensitively', () => {
    expect(audit('<P STYLE="x">a</P><SCRIPT>b()</SCRIPT>')).toHaveLength(2);
  });
});

describe('auditText', () => {
  it('flags absolute URLs of the site that leave the base path, and nothing else', () => {
    const feed = `<feed><link href="${ORIGIN}/archive/"/><entry><id>${ORIGIN}/archive/2024/09/12/a/</id></entry>
      <entry><id>${ORIGIN}/2024/09/12/b/</id><link href="https://other.example/2024/"/></entry></feed>`;
    expect(auditText(feed, ORIGIN, '/archive/')).toEqual([
      { severity: 'warning', message: `${ORIGIN}/2024/09/12/b/ points outside the base path /archive/` },
    ]);
  });

  it('does not mistake a longer host name or port for the site', () => {
    expect(auditText('https://news.example.org.evil.example/x http://127.0.0.1:46710/x', 'http://127.0.0.1:4671', '/archive/')).toEqual([]);
  });

  it('has nothing to check at the root', () => {
    expect(auditText(`${ORIGIN}/anything`, ORIGIN, '/')).toEqual([]);
  });
});
