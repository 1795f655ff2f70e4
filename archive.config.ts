/**
 * The archive's settings, one per line with its default. An environment variable overrides each
 * (named beside it; see the README's Configuration table), so a deployment can change a setting
 * without editing this file. Types and allowed values: src/lib/config.ts.
 */
import { defineConfig } from './src/lib/config.ts';

export default defineConfig({
  /** SEEDS_DIR: seed folder, absolute or relative to the project root. */
  seedsDir: 'seeds',
  /** SITE_URL: origin the site is deployed at (canonical URLs, feeds). */
  siteUrl: 'http://localhost:4321',
  /** BASE_PATH: path prefix the site is served under, e.g. `/archive/`. */
  basePath: '/',
  /** ARCHIVE_TIME_ZONE: IANA zone of the seed timestamps (the machine's TZ is never used). */
  timeZone: 'UTC',
  /** ARCHIVE_LOCALE: language and date formats of the site: en-GB, en-US, fr-FR, de-DE, es-ES, ru-RU, bg-BG. */
  locale: 'en-GB',
  /** SITE_TITLE: site name in the header, titles and feeds. */
  siteTitle: 'News Archive',
  /** PAGE_SIZE: articles per listing page (1–500). */
  pageSize: 20,
  /** STRICT: any problem fails the build (as `--strict`). */
  strict: false,
  /** MAX_SEED_BYTES: larger seeds are class B TOO_LARGE (checked before reading). */
  maxSeedBytes: 5_242_880,
  /** FUTURE_ALLOWANCE_HOURS: how far after "now" a timestamp may lie (else TIMESTAMP_FUTURE). */
  futureAllowanceHours: 24,
  /** ENTITY_MIN_ARTICLES: articles an entity needs for a page (capped at the archive size). */
  entityMinArticles: 2,
  /** SEARCH_BUNDLE_PAGES: most articles per search bundle, however dense a year (bundles split by month, day). */
  searchBundlePages: 6000,
  /** HOST_LIMITS: hosts to check the output against (cloudflare, cloudflare-paid, github, netlify, a comma list, or none); unset checks every host. */
  hostLimits: undefined,
  /** MAX_OUTPUT_FILES: your own limit on the output: files in all. */
  maxOutputFiles: undefined,
  /** MAX_OUTPUT_BYTES: your own limit on the output: bytes in all. */
  maxOutputBytes: undefined,
  /** MAX_FILE_BYTES: your own limit on the output: bytes in one file. */
  maxFileBytes: undefined,
  /** MAX_FILES_PER_FOLDER: your own limit on the output: files in one folder. */
  maxFilesPerFolder: undefined,
  /** PROGRESS: `auto` redraws on a terminal, `plain` prints progress as lines, `off` silences it. */
  progress: 'auto',
  /** PORT: port of `npm run preview`. */
  previewPort: 4321,
});
