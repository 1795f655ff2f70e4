/**
 * Internal link checker over a built site's files: every link, asset, canonical URL, feed and
 * sitemap entry that points into the site must name a file that exists (and an element id, when
 * it has a fragment). Pages are read with parse5, the HTML parser browsers' algorithm is specified
 * by; feeds and sitemaps with fast-xml-parser. External links are counted, never fetched.
 * Usage: npm run check:links -- [--dir dist] [--base /] [--site http://localhost:4321]
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { normaliseBasePath } from '../../src/lib/config.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes that hold a URL, per element (srcset holds several). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};
/** `<meta property>` values that are URLs of this site. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

export interface PageFacts {
  /** URLs found in the page, as written. */
  links: string[];
  /** Element ids (and `<a name>`), for fragment checks. */
  ids: Set<string>;
  /** `<script>` elements: their `type` attribute ('' when absent) and whether they have a `src`. */
  scripts: { type: string; src: boolean }[];
}

/** Everything the checks need from one HTML document. */
export function readPage(html: string): PageFacts {
  const facts: PageFacts = { links: [], ids: new Set(), scripts: [] };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      const attrs = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
      const id = attrs.get('id');
      if (id) facts.ids.add(id);
      if (element.tagName === 'a' && attrs.get('name')) facts.ids.add(attrs.get('name')!);
      for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attrs.get(name);
        if (value === undefined) continue;
        if (name === 'srcset')
          facts.links.push(
            ...value
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0]!)
              .filter(Boolean),
          );
        else facts.links.push(value);
      }
      if (element.tagName === 'meta' && URL_META.has(attrs.get('property') ?? '') && attrs.get('content'))
        facts.links.push(attrs.get('content')!);
      if (element.tagName === 'script') facts.scripts.push({ type: attrs.get('type') ?? '', src: attrs.has('src') });
    }
    // <template> content lives in its own fragment.
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(parse(html));
  return facts;
}

/** Every string in a parsed feed or sitemap that is an absolute URL under `prefix`. */
function urlsUnder(value: unknown, prefix: string, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.startsWith(prefix)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) urlsUnder(item, prefix, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Article bodies inside feeds are HTML for readers, not links of the feed itself.
      if (key === 'content:encoded' || key === 'content_html' || key === 'content') continue;
      urlsUnder(item, prefix, found);
    }
  }
  return found;
}

export interface LinkProblem {
  /** File the link is in, relative to the site folder. */
  file: string;
  /** The link as written. */
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked. */
  internal: number;
  /** Links to other origins (not fetched). */
  external: number;
  problems: LinkProblem[];
}

/**
 * Checks every internal link of the site built in `dir`, which is deployed at `siteUrl` under
 * `basePath`. A link with a fragment must name an id in the target page.
 */
export async function checkLinks(dir: string, options: { basePath: string; siteUrl: string }): Promise<LinkReport> {
  const root = path.resolve(dir);
  const basePath = normaliseBasePath(options.basePath);
  const origin = new URL(options.siteUrl).origin;
  const sitePrefix = `${origin}${basePath}`;
  const files = new Set(
    (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );

  const report: LinkReport = { pages: 0, internal: 0, external: 0, problems: [] };
  const idsByFile = new Map<string, Set<string>>();
  const pending: { file: string; url: string; target: string; fragment: string }[] = [];

  /** Resolves one link found in `file` and queues it, or records why it is broken. */
  const check = (file: string, url: string) => {
    const trimmed = url.trim();
    if (trimmed === '' || trimmed === '#') return;
    const pageUrl = `${sitePrefix}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    let resolved: URL;
    try {
      resolved = new URL(trimmed, pageUrl);
    } catch {
      report.problems.push({ file, url, reason: 'not a valid URL' });
      return;
    }
    if (!['http:', 'https:'].includes(resolved.protocol) || resolved.origin !== origin) {
      report.external++;
      return;
    }
    report.internal++;
    if (!resolved.pathname.startsWith(basePath)) {
      report.problems.push({ file, url, reason: `outside the base path ${basePath}` });
      return;
    }
    let sitePath: string;
    try {
      sitePath = decodeURIComponent(resolved.pathname.slice(basePath.length));
    } catch {
      report.problems.push({ file, url, reason: 'malformed percent-encoding' });
      return;
    }
    const target = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
    if (!files.has(target)) {
      const reason = files.has(`${sitePath}/index.html`) ? 'missing trailing slash (the site uses /path/ URLs)' : 'no such file';
      report.problems.push({ file, url, reason });
      return;
    }
    if (resolved.hash.length > 1) pending.push({ file, url, target, fragment: decodeURIComponent(resolved.hash.slice(1)) });
  };

  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: false });
  for (const file of [...files].sort()) {
    if (file.startsWith('pagefind/')) continue; // Pagefind's own bundle: its assets refer to each other by hashed names.
    if (file.endsWith('.html')) {
      const facts = readPage(await readFile(path.join(root, file), 'utf8'));
      report.pages++;
      idsByFile.set(file, facts.ids);
      for (const link of facts.links) check(file, link);
    } else if (file.endsWith('.xml')) {
      for (const link of urlsUnder(xml.parse(await readFile(path.join(root, file), 'utf8')), sitePrefix)) check(file, link);
    } else if (file.endsWith('.json') && !file.startsWith('_astro/')) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(path.join(root, file), 'utf8'));
      } catch {
        report.problems.push({ file, url: '', reason: 'not valid JSON' });
        continue;
      }
      for (const link of urlsUnder(data, sitePrefix)) check(file, link);
    } else if (file === 'robots.txt') {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/^Sitemap:\s*(\S+)/gim)) check(file, match[1]!);
    }
  }

  for (const { file, url, target, fragment } of pending) {
    const ids = idsByFile.get(target);
    if (ids && !ids.has(fragment)) report.problems.push({ file, url, reason: `no element with id "${fragment}" in ${target}` });
  }
  return report;
}
