import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/deploy/csp.ts';
import {
  headersFor,
  hostHeaderRules,
  IMMUTABLE_CACHE,
  isContentHashed,
  MAX_HEADER_RULES,
  parseHeadersFile,
  pathMatches,
  renderHeadersFile,
} from '../../../src/lib/deploy/host-headers.ts';

/** The files of a small built site, as the build lists them. */
const SITE_FILES = [
  '404.html',
  '_astro/BaseLayout.ZKtrICD1.css',
  '_astro/search.astro_astro_type_script_index_0_lang.B8sr_ZMl.js',
  '2024/09/12/the-russian-chinese-partnership-is-not-6f6e3719/index.html',
  'favicon.svg',
  'index.html',
  'pagefind/filter/en_4c1b2a0.pf_filter',
  'pagefind/fragment/en_37b3975.pf_fragment',
  'pagefind/index/en_768156f.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en_8680a5ea9a.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en.pagefind',
  'search/index.html',
];

describe('contentSecurityPolicy', () => {
  it('lets Pagefind run (wasm, worker, fetch) without allowing inline code', () => {
    const policy = contentSecurityPolicy('header');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('drops the directives a <meta> policy cannot carry', () => {
    expect(contentSecurityPolicy('header')).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('meta')).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'"`,
    );
  });
});

describe('isContentHashed', () => {
  it.each([
    ['_astro/BaseLayout.ZKtrICD1.css', true],
    ['pagefind/fragment/en_37b3975.pf_fragment', true],
    ['pagefind/index/en_768156f.pf_index', true],
    ['pagefind/filter/en_4c1b2a0.pf_filter', true],
    ['pagefind/pagefind.en_8680a5ea9a.pf_meta', true],
    // Fixed names that change content from one build to the next.
    ['pagefind/pagefind.js', false],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/pagefind-worker.js', false],
    ['pagefind/wasm.en.pagefind', false],
    ['index.html', false],
    ['favicon.svg', false],
    ['_astro/nested/deeper.js', false],
  ])('%s → %s', (file, expected) => {
    expect(isContentHashed(file)).toBe(expected);
  });
});

describe('hostHeaderRules', () => {
  it('writes security headers for everything and immutable caching for hashed files only, under the base path', () => {
    expect(renderHeadersFile(hostHeaderRules(SITE_FILES, '/archive/'))).toMatchInlineSnapshot(`
      "# Response headers for Netlify and Cloudflare Pages, written by the build (pipeline/publish/host-audit.ts).

      /archive/*
        Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'
        X-Content-Type-Options: nosniff
        Referrer-Policy: strict-origin-when-cross-origin
        X-Frame-Options: DENY
        Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()

      /archive/_astro/*
        Cache-Control: public, max-age=31536000, immutable

      /archive/pagefind/fragment/*
        Cache-Control: public, max-age=31536000, immutable

      /archive/pagefind/index/*
        Cache-Control: public, max-age=31536000, immutable

      /archive/pagefind/filter/*
        Cache-Control: public, max-age=31536000, immutable

      /archive/pagefind/pagefind.en_8680a5ea9a.pf_meta
        Cache-Control: public, max-age=31536000, immutable
      "
    `);
  });

  it('gives every file exactly the headers it should, each header once', () => {
    const rules = parseHeadersFile(renderHeadersFile(hostHeaderRules(SITE_FILES, '/')));
    for (const file of SITE_FILES) {
      const headers = headersFor(rules, `/${file}`);
      const names = headers.map(([name]) => name.toLowerCase());
      expect(new Set(names).size, file).toBe(names.length);
      expect(Object.fromEntries(headers)['Cache-Control'], file).toBe(isContentHashed(file) ? IMMUTABLE_CACHE : undefined);
      expect(names, file).toContain('content-security-policy');
    }
  });

  it('keeps within the rule and line limits of Cloudflare Pages', () => {
    const text = renderHeadersFile(hostHeaderRules(SITE_FILES, '/a/much/longer/base/path/'));
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(2000);
    const tooMany = Array.from({ length: MAX_HEADER_RULES }, (_, index) => `pagefind/pagefind.lang${index}_abc.pf_meta`);
    expect(() => hostHeaderRules(tooMany, '/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers: 101 rules, more than the 100 Cloudflare Pages reads]`,
    );
  });
});

describe('parseHeadersFile', () => {
  it('reads what renderHeadersFile writes', () => {
    const rules = hostHeaderRules(SITE_FILES, '/archive/');
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it('skips comments and blank lines, and reads values containing colons', () => {
    expect(parseHeadersFile('# comment\n\n/static/*\n  Link: <https://example.org/a>; rel=preload\n\t X-Robots-Tag: noindex\n')).toEqual([
      {
        path: '/static/*',
        headers: [
          ['Link', '<https://example.org/a>; rel=preload'],
          ['X-Robots-Tag', 'noindex'],
        ],
      },
    ]);
  });

  it('rejects a header line outside any rule', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers line 1: expected "  Name: value" under a path]`,
    );
  });
});

describe('pathMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/2024/09/12/x/', true],
    ['/archive/*', '/archive/', true],
    ['/archive/*', '/other/', false],
    ['/archive/_astro/*', '/archive/_astro/a.B1.css', true],
    ['/archive/_astro/*', '/archive/search/', false],
    ['/pagefind/pagefind.en_1.pf_meta', '/pagefind/pagefind.en_1.pf_meta', true],
    // Dots are literal, not "any character".
    ['/pagefind/pagefind.en_1.pf_meta', '/pagefind/pagefindXen_1Xpf_meta', false],
    ['/news/:year/', '/news/2024/', true],
    ['/news/:year/', '/news/2024/09/', false],
    ['https://example.org/secure/*', '/secure/page', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor', () => {
  it('joins a header set by several matching rules with a comma, as Cloudflare Pages does', () => {
    const rules = parseHeadersFile('/*\n  X-Robots-Tag: noindex\n/static/*\n  X-Robots-Tag: nosnippet\n  Access-Control-Allow-Origin: *\n');
    expect(headersFor(rules, '/static/a.css')).toEqual([
      ['X-Robots-Tag', 'noindex, nosnippet'],
      ['Access-Control-Allow-Origin', '*'],
    ]);
    expect(headersFor(rules, '/page/')).toEqual([['X-Robots-Tag', 'noindex']]);
  });
});
