/**
 * The archive's one typed configuration, resolved from environment variables.
 * Pure: the caller passes the environment in, so tests and scripts stay explicit.
 */
import { z } from 'zod';
import { resolveLocale } from './i18n/locales.ts';

export const ArchiveConfigSchema = z.object({
  /** Site title shown in the header, `<title>` and feeds. */
  siteTitle: z.string().min(1),
  /** Absolute origin the site is deployed at, used for canonical URLs and feeds. */
  siteUrl: z.url(),
  /** Path prefix the site is served under; always starts and ends with `/`. */
  basePath: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'must look like /archive/'),
  /** IANA time zone in which seed timestamps are wall-clock times. */
  timeZone: z.string().min(1),
  /** BCP 47 locale used for human-readable dates. */
  locale: z.string().min(1),
  /** Articles per listing page. */
  pageSize: z.number().int().min(1).max(500),
  /** Folder of seed files (absolute, or relative to the project root). */
  seedsDir: z.string().min(1),
  /** Turns every class B and C problem into a failing build. */
  strict: z.boolean(),
  /** Seed files larger than this many bytes are rejected (checked with stat, before reading). */
  maxSeedBytes: z.number().int().min(1),
  /** How many hours after "now" a seed's timestamp may lie before it is rejected as dated in the future. */
  futureAllowanceHours: z.number().min(0),
});

export type ArchiveConfig = z.infer<typeof ArchiveConfigSchema>;

/** 5 MiB: a long news article is under 100 KiB; anything far larger is not an article. */
export const DEFAULT_MAX_SEED_BYTES = 5 * 1024 * 1024;
/** A day: enough for a story filed from a zone ahead of the build machine's clock. */
export const DEFAULT_FUTURE_ALLOWANCE_HOURS = 24;

/** Normalises a base path to a leading and trailing slash. @example normaliseBasePath('archive') // '/archive/' */
export function normaliseBasePath(raw: string): string {
  // Split and join rather than a /\/+$/ regex, which backtracks quadratically on long runs of slashes.
  const trimmed = raw.trim().split('/').filter(Boolean).join('/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Throws a readable error when the time zone is not a valid IANA name. */
function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`ARCHIVE_TIME_ZONE: "${timeZone}" is not an IANA time zone (e.g. "Europe/Sofia")`);
  }
}

/** Resolves the configuration from environment variables, with documented defaults. */
export function resolveConfig(env: Record<string, string | undefined>): ArchiveConfig {
  const timeZone = env.ARCHIVE_TIME_ZONE?.trim() || 'UTC';
  assertTimeZone(timeZone);
  const parsed = ArchiveConfigSchema.safeParse({
    siteTitle: env.SITE_TITLE?.trim() || 'News Archive',
    siteUrl: env.SITE_URL?.trim() || 'http://localhost:4321',
    basePath: normaliseBasePath(env.BASE_PATH ?? '/'),
    timeZone,
    locale: resolveLocale(env.ARCHIVE_LOCALE?.trim() || 'en-GB').tag,
    pageSize: env.PAGE_SIZE ? Number(env.PAGE_SIZE) : 20,
    seedsDir: env.SEEDS_DIR?.trim() || 'seeds',
    strict: env.STRICT === '1' || env.STRICT === 'true',
    maxSeedBytes: env.MAX_SEED_BYTES?.trim() ? Number(env.MAX_SEED_BYTES) : DEFAULT_MAX_SEED_BYTES,
    futureAllowanceHours: env.FUTURE_ALLOWANCE_HOURS?.trim() ? Number(env.FUTURE_ALLOWANCE_HOURS) : DEFAULT_FUTURE_ALLOWANCE_HOURS,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/**
 * "Now" for the future-date check: SOURCE_DATE_EPOCH (whole seconds, the reproducible-builds
 * convention) when set, otherwise the caller's clock reading.
 * @example resolveNow({ SOURCE_DATE_EPOCH: '1700000000' }, Date.now()) // 1700000000000
 */
export function resolveNow(env: Record<string, string | undefined>, clockMs: number): number {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return clockMs;
  if (!/^[0-9]{1,12}$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH: "${raw}" is not a whole number of seconds since 1970`);
  return Number(raw) * 1000;
}
