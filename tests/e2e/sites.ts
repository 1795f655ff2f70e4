/**
 * The sites the browser tests run against: each is built from a seeds folder with its own
 * environment into its own output folder, and served on its own port.
 */

export interface E2ESite {
  name: string;
  seedsDir: string;
  outDir: string;
  port: number;
  basePath: string;
  env?: Record<string, string>;
  /** Serve with the production headers of the site's `_headers` file (scripts/preview.ts --headers). */
  headers?: boolean;
  /** Generate the seeds with tools/corpus/generate-corpus.ts before building. */
  generate?: { count: number; seed: number };
  /**
   * Build these partitions separately (`--partition`) into `<outDir>.parts/`, then assemble them
   * into `outDir` with `npm run combine`; also build the whole site into `<outDir>.whole/` to compare.
   */
  partitions?: string[];
}

const ALL_SITES: E2ESite[] = [
  { name: 'bundled', seedsDir: 'seeds', outDir: '.cache/e2e/bundled', port: 4601, basePath: '/' },
  // A few hundred generated articles over 25 years, for navigation, pagination and search.
  {
    name: 'generated',
    seedsDir: '.cache/e2e/seeds-generated',
    outDir: '.cache/e2e/generated',
    port: 4602,
    basePath: '/',
    // Several search bundles (about 150 articles each), as on a large archive: every search test
    // runs through the merged index. The bundled, subpath and search-xss sites have one bundle.
    env: { SEARCH_BUNDLE_PAGES: '150' },
    generate: { count: 400, seed: 7 },
  },
  // The same kind of archive with four articles per page, so every listing (home, year, month and
  // the busiest days) paginates (issue 4).
  {
    name: 'paged',
    seedsDir: '.cache/e2e/seeds-paged',
    outDir: '.cache/e2e/paged',
    port: 4603,
    basePath: '/',
    env: { PAGE_SIZE: '4' },
    generate: { count: 400, seed: 7 },
  },
  // Deployed under a sub-path, served only there, with the production headers and CSP (issue 7).
  {
    name: 'subpath',
    seedsDir: '.cache/e2e/seeds-subpath',
    outDir: '.cache/e2e/subpath',
    port: 4671,
    basePath: '/archive/',
    headers: true,
    generate: { count: 120, seed: 17 },
  },
  // Hostile headline, body and URL filter values must render as text on the search page (issue 5);
  // served under a sub-path so result links and the bundle path are tested with BASE_PATH too.
  { name: 'search-xss', seedsDir: 'tests/fixtures/search-xss', outDir: '.cache/e2e/search-xss', port: 4651, basePath: '/news/' },
  // Built on "several machines" (issue 8): two year partitions and the shared pages, assembled by
  // `npm run combine`; small search bundles, so each partition has several and search merges four.
  {
    name: 'partitioned',
    seedsDir: '.cache/e2e/seeds-partitioned',
    outDir: '.cache/e2e/partitioned',
    port: 4681,
    basePath: '/',
    env: { SEARCH_BUNDLE_PAGES: '45' },
    generate: { count: 160, seed: 23 },
    partitions: ['..2011', '2012..', 'shared'],
  },
  // The labelled story-versions set (issue 19): real Wikinews articles filed in several versions,
  // and look-alikes that must stay apart; four articles per page, so a listing of stories paginates.
  {
    name: 'stories',
    seedsDir: 'tests/fixtures/story-versions/seeds',
    outDir: '.cache/e2e/stories',
    port: 4691,
    basePath: '/',
    env: { PAGE_SIZE: '4' },
  },
  // The bundled seeds built in French (issue 21): dates, month and weekday names and the built-in words,
  // with the locale and the site title set in a config file of its own rather than the environment.
  {
    name: 'french',
    seedsDir: 'seeds',
    outDir: '.cache/e2e/french',
    port: 4692,
    basePath: '/',
    env: { ARCHIVE_CONFIG: 'tests/fixtures/config/french.config.ts' },
  },
];

/** The sites to build and serve; `E2E_SITES=bundled,generated` narrows them while working on one area. */
export const E2E_SITES: E2ESite[] = process.env.E2E_SITES
  ? ALL_SITES.filter((site) => process.env.E2E_SITES!.split(',').includes(site.name))
  : ALL_SITES;

/** The origin and base path a test should open for a site. */
export function siteUrl(name: string, sitePath = ''): string {
  const site = ALL_SITES.find((candidate) => candidate.name === name);
  if (!site) throw new Error(`unknown e2e site ${name}`);
  return `http://127.0.0.1:${site.port}${site.basePath}${sitePath.replace(/^\//, '')}`;
}
