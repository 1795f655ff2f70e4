/**
 * Site-relative paths to URLs under the deployment's base path.
 */

/**
 * Prefixes a site-relative path with the base path.
 * @example withBase('/archive/', '/2024/09/12/x/') // '/archive/2024/09/12/x/'
 */
export function withBase(basePath: string, sitePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return `${base}${sitePath.replace(/^\/+/, '')}`;
}

/**
 * An absolute URL for canonical links and feeds.
 * @example absoluteUrl('https://example.org', '/archive/', '/2024/') // 'https://example.org/archive/2024/'
 */
export function absoluteUrl(siteUrl: string, basePath: string, sitePath: string): string {
  return new URL(withBase(basePath, sitePath), siteUrl).href;
}
