/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: security
 * headers for every response, and year-long immutable caching for content-hashed files only.
 * Also parses and matches such a file, so the preview server can apply the production headers.
 * Syntax: https://docs.netlify.com/manage/routing/headers/ and
 * https://developers.cloudflare.com/pages/configuration/headers/
 */
import { contentSecurityPolicy } from './csp.ts';

/** One block of a `_headers` file: a URL path pattern and the headers it adds. */
export interface HeaderRule {
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Cache-Control for files whose name changes whenever their bytes do. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_HEADER_RULES = 100;

/**
 * Folders whose every file name carries a content hash: Astro's bundled assets, and Pagefind's
 * index chunks, fragments and filters. Pagefind's pagefind.js, pagefind-entry.json, worker and
 * wasm files keep fixed names across index changes, so they must revalidate.
 */
const HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];

/** Pagefind's per-language metadata file, named after its content hash. */
const HASHED_FILE = /^pagefind\/pagefind\.[\w-]+\.pf_meta$/;

/** Whether a site-relative file path (no leading slash) is content-hashed. @example isContentHashed('_astro/a.B1c2.css') // true */
export function isContentHashed(sitePath: string): boolean {
  return (
    HASHED_FOLDERS.some((folder) => sitePath.startsWith(folder) && !sitePath.slice(folder.length).includes('/')) ||
    HASHED_FILE.test(sitePath)
  );
}

/** Headers every response gets, whatever the file. */
export function securityHeaders(): Array<[string, string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy('header')],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Older browsers that predate CSP frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

/**
 * The rules for a built site, given its site-relative file paths and the base path it is served
 * under. No path matches two rules that set the same header: both hosts join such values with a
 * comma, which would turn two Cache-Control values into one invalid header.
 */
export function hostHeaderRules(files: readonly string[], basePath: string): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${basePath}*`, headers: securityHeaders() }];
  const cache: Array<[string, string]> = [['Cache-Control', IMMUTABLE_CACHE]];
  const folders = new Set<string>();
  const single: string[] = [];
  for (const file of files) {
    if (!isContentHashed(file)) continue;
    const folder = HASHED_FOLDERS.find((candidate) => file.startsWith(candidate));
    if (folder) folders.add(folder);
    else single.push(file);
  }
  for (const folder of HASHED_FOLDERS.filter((candidate) => folders.has(candidate)))
    rules.push({ path: `${basePath}${folder}*`, headers: cache });
  for (const file of [...single].sort()) rules.push({ path: `${basePath}${file}`, headers: cache });
  if (rules.length > MAX_HEADER_RULES)
    throw new Error(`_headers: ${rules.length} rules, more than the ${MAX_HEADER_RULES} Cloudflare Pages reads`);
  return rules;
}

/** The `_headers` file text for some rules. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for Netlify and Cloudflare Pages, written by the build (pipeline/publish/host-audit.ts).\n\n${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file: a path line starts a rule, indented `Name: value` lines add to it, `#` lines are comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path pattern matches a URL path: `*` matches anything, `:name` one segment. */
export function pathMatches(pattern: string, urlPath: string): boolean {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers a host sends for a URL path: every matching rule applies, and a header set by
 * several rules gets their values joined with ", " (Cloudflare Pages' documented behaviour).
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Array<[string, string]> {
  const merged = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const existing = merged.get(key);
      merged.set(key, existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}
