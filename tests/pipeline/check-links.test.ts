import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, readPage } from '../../pipeline/publish/check-links.ts';

const root = mkdtempSync(path.join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file of the test site, creating folders. */
function put(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

// A site deployed at https://example.org/news/.
put('index.html', page('<main id="main"><a href="#main">skip</a> <a href="2024/">2024</a> <a href="/news/2024/#top">top</a></main>'));
put(
  '2024/index.html',
  page('<h1 id="top">2024</h1><a href="../">home</a> <a href="/news/2024">no slash</a> <a href="/elsewhere/">outside</a>'),
);
put(
  '2024/09/index.html',
  page(
    '<a href="https://example.org/news/2024/09/missing/">missing</a> <a href="#nowhere">bad fragment</a> <img src="/news/_astro/x.png" alt=""> <a href="https://other.example/">external</a> <a href="mailto:a@b.c">mail</a>',
  ),
);
put('_astro/x.png', 'png');
put(
  'sitemap.xml',
  '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/news/2024/</loc></url><url><loc>https://example.org/news/gone/</loc></url></urlset>',
);
put(
  'feed.json',
  JSON.stringify({
    home_page_url: 'https://example.org/news/',
    items: [{ url: 'https://example.org/news/2024/09/', content_html: '<a href="https://example.org/news/not-checked/">x</a>' }],
  }),
);
put('robots.txt', 'User-agent: *\nSitemap: https://example.org/news/sitemap.xml\n');

describe('checkLinks', () => {
  it('finds every kind of broken internal link and nothing else', async () => {
    const report = await checkLinks(root, { basePath: '/news/', siteUrl: 'https://example.org' });
    expect(report.problems.map((p) => `${p.file} ${p.url} — ${p.reason}`).sort()).toMatchInlineSnapshot(`
      [
        "2024/09/index.html #nowhere — no element with id "nowhere" in 2024/09/index.html",
        "2024/09/index.html https://example.org/news/2024/09/missing/ — no such file",
        "2024/index.html /elsewhere/ — outside the base path /news/",
        "2024/index.html /news/2024 — missing trailing slash (the site uses /path/ URLs)",
        "sitemap.xml https://example.org/news/gone/ — no such file",
      ]
    `);
    expect(report.pages).toBe(3);
    expect(report.external).toBe(2);
  });
});

describe('readPage', () => {
  it('collects links from every URL attribute, ids and scripts', () => {
    const facts = readPage(
      page(
        '<a id="a" href="/x/">x</a><a name="old"></a><img src="/i.png" srcset="/s1.png 1x, /s2.png 2x" alt=""><link rel="stylesheet" href="/s.css"><script type="application/ld+json">{}</script><script src="/j.js"></script><template><a href="/in-template/">t</a></template>',
      ),
    );
    expect(facts.links).toEqual(['/x/', '/i.png', '/s1.png', '/s2.png', '/s.css', '/j.js', '/in-template/']);
    expect([...facts.ids]).toEqual(['a', 'old']);
    expect(facts.scripts).toEqual([
      { type: 'application/ld+json', src: false },
      { type: '', src: true },
    ]);
  });
});
