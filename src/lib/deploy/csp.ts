/**
 * The site's one Content-Security-Policy, rendered for an HTTP header (Netlify, Cloudflare Pages,
 * CloudFront) or for a `<meta http-equiv>` tag (GitHub Pages, which sends no custom headers).
 * Every script and style is a file served by the site itself (the build fails on inline code, see
 * html-audit.ts), so the policy needs no hashes, no nonces and no 'unsafe-inline'.
 */

/** Where the policy is delivered; a `<meta>` policy cannot carry some directives. */
export type CspDelivery = 'header' | 'meta';

/** Directive name → sources, in the order they are written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its WebAssembly search engine in the page and in its worker.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  // data: images cannot run code; stylesheets (Pagefind's among them) embed small icons that way.
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  // Pagefind fetches its index, fragments and WebAssembly from the site.
  ['connect-src', ["'self'"]],
  // Pagefind starts a worker from pagefind-worker.js; blob: covers versions that build it in memory.
  ['worker-src', ["'self'", 'blob:']],
  ['manifest-src', ["'self'"]],
  ['form-action', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  // Clickjacking protection; browsers ignore (and complain about) it in a <meta> policy.
  ['frame-ancestors', ["'none'"]],
];

/** Directives the CSP spec ignores when the policy comes from a `<meta>` element. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The policy as one header or `content` value.
 * @example contentSecurityPolicy('meta') // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function contentSecurityPolicy(delivery: CspDelivery): string {
  return CSP_DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
