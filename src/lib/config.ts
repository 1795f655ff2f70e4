/**
 * The archive's one typed configuration: every setting with its default, its environment
 * variable and what it allows (SETTINGS), the file form `archive.config.ts` writes with
 * defineConfig, and resolveConfig, which takes each setting from the environment, else from the
 * file, else its default, and refuses a bad value in one line naming the setting, the value and
 * what is allowed. Pure: the caller passes the environment and the file's settings in.
 */
import { z } from 'zod';
import { canonicalLocaleTag, SUPPORTED_LOCALES } from './i18n/locale-tags.ts';

/** 5 MiB: a long news article is under 100 KiB; anything far larger is not an article. */
export const DEFAULT_MAX_SEED_BYTES = 5 * 1024 * 1024;
/** A day: enough for a story filed from a zone ahead of the build machine's clock. */
export const DEFAULT_FUTURE_ALLOWANCE_HOURS = 24;
/** Hosts HOST_LIMITS may name (src/lib/deploy/host-limits.ts has their limits). */
export const HOST_NAMES = ['cloudflare', 'cloudflare-paid', 'github', 'netlify'] as const;

/** Normalises a base path to a leading and trailing slash. @example normaliseBasePath('archive') // '/archive/' */
export function normaliseBasePath(raw: string): string {
  // Split and join rather than a /\/+$/ regex, which backtracks quadratically on long runs of slashes.
  const trimmed = raw.trim().split('/').filter(Boolean).join('/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Whether a time zone is an IANA name this runtime knows. */
function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A whole number from `min` to `max`, from an environment string or a file's number. */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\s*[0-9]+\s*$/.test(value) ? Number(value) : value),
    z.number().int().min(min).max(max),
  );
/** A text setting, trimmed, not empty. */
const text = () => z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), z.string().min(1));
/** `1`/`true` or `0`/`false` from the environment, or a boolean in the file. */
const flag = () =>
  z.preprocess((value) => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value), z.boolean());

/** One setting: its key in the file, its environment variable, its default, and what it allows. */
interface Setting<T extends z.ZodType = z.ZodType> {
  env: string;
  schema: T;
  default: z.output<T> | undefined;
  /** The README's "default" column when the default is not a plain value. */
  defaultLabel?: string;
  /** What the setting allows, for the one-line error. */
  allowed: string;
  /** One line for the config file and the README. */
  doc: string;
}

const setting = <T extends z.ZodType>(spec: Setting<T>): Setting<T> => spec;

/** Every setting, in the order the config file and the README list them. */
export const SETTINGS = {
  seedsDir: setting({
    env: 'SEEDS_DIR',
    schema: text(),
    default: 'seeds',
    allowed: 'a folder path',
    doc: 'seed folder, absolute or relative to the project root',
  }),
  siteUrl: setting({
    env: 'SITE_URL',
    schema: z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), z.url()),
    default: 'http://localhost:4321',
    allowed: 'an absolute URL such as https://www.example.org',
    doc: 'origin the site is deployed at (canonical URLs, feeds)',
  }),
  basePath: setting({
    env: 'BASE_PATH',
    schema: z.preprocess(
      (value) => (typeof value === 'string' ? normaliseBasePath(value) : value),
      z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/),
    ),
    default: '/',
    allowed: 'a path of letters, digits and . _ ~ - such as /archive/',
    doc: 'path prefix the site is served under, e.g. `/archive/`',
  }),
  timeZone: setting({
    env: 'ARCHIVE_TIME_ZONE',
    schema: text().refine(isTimeZone),
    default: 'UTC',
    allowed: 'an IANA time zone (e.g. "Europe/Sofia")',
    doc: "IANA zone of the seed timestamps (the machine's `TZ` is never used)",
  }),
  locale: setting({
    env: 'ARCHIVE_LOCALE',
    schema: text().transform((tag, context) => {
      const known = canonicalLocaleTag(tag);
      if (known) return known;
      context.addIssue({ code: 'custom', message: 'unsupported locale' });
      return z.NEVER;
    }),
    default: 'en-GB',
    allowed: `one of ${SUPPORTED_LOCALES.join(', ')}`,
    doc: `language and date formats of the site: ${SUPPORTED_LOCALES.join(', ')}`,
  }),
  siteTitle: setting({
    env: 'SITE_TITLE',
    schema: text(),
    default: 'News Archive',
    allowed: 'a non-empty title',
    doc: 'site name in the header, titles and feeds',
  }),
  pageSize: setting({
    env: 'PAGE_SIZE',
    schema: wholeNumber(1, 500),
    default: 20,
    allowed: 'a whole number from 1 to 500',
    doc: 'articles per listing page (1–500)',
  }),
  strict: setting({
    env: 'STRICT',
    schema: flag(),
    default: false,
    allowed: '1, true, 0 or false',
    doc: 'any problem fails the build (as `--strict`)',
  }),
  maxSeedBytes: setting({
    env: 'MAX_SEED_BYTES',
    schema: wholeNumber(1),
    default: DEFAULT_MAX_SEED_BYTES,
    allowed: 'a whole number of bytes, at least 1',
    doc: 'larger seeds are class B `TOO_LARGE` (checked before reading)',
  }),
  futureAllowanceHours: setting({
    env: 'FUTURE_ALLOWANCE_HOURS',
    schema: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), z.number().min(0)),
    default: DEFAULT_FUTURE_ALLOWANCE_HOURS,
    allowed: 'a number of hours, at least 0',
    doc: 'how far after "now" a timestamp may lie (else `TIMESTAMP_FUTURE`)',
  }),
  entityMinArticles: setting({
    env: 'ENTITY_MIN_ARTICLES',
    schema: wholeNumber(1, 999_999),
    default: 2,
    allowed: 'a whole number from 1 to 999999',
    doc: 'articles an entity needs for a page (capped at the archive size)',
  }),
  searchBundlePages: setting({
    env: 'SEARCH_BUNDLE_PAGES',
    schema: wholeNumber(1),
    default: 6000,
    allowed: 'a whole number, at least 1',
    doc: 'most articles per search bundle, however dense a year (bundles split by month, day)',
  }),
  hostLimits: setting({
    env: 'HOST_LIMITS',
    schema: text()
      .transform((value) => value.toLowerCase())
      .refine((value) => value === 'none' || value.split(',').every((name) => (HOST_NAMES as readonly string[]).includes(name.trim()))),
    default: undefined,
    defaultLabel: 'every host',
    allowed: `none, or a comma list of ${HOST_NAMES.join(', ')}`,
    doc: 'hosts to check the output against (see Deploying), or `none`',
  }),
  maxOutputFiles: setting({
    env: 'MAX_OUTPUT_FILES',
    schema: wholeNumber(1),
    default: undefined,
    allowed: 'a whole number, at least 1',
    doc: 'your own limit on the output: files in all',
  }),
  maxOutputBytes: setting({
    env: 'MAX_OUTPUT_BYTES',
    schema: wholeNumber(1),
    default: undefined,
    allowed: 'a whole number of bytes, at least 1',
    doc: 'your own limit on the output: bytes in all',
  }),
  maxFileBytes: setting({
    env: 'MAX_FILE_BYTES',
    schema: wholeNumber(1),
    default: undefined,
    allowed: 'a whole number of bytes, at least 1',
    doc: 'your own limit on the output: bytes in one file',
  }),
  maxFilesPerFolder: setting({
    env: 'MAX_FILES_PER_FOLDER',
    schema: wholeNumber(1),
    default: undefined,
    allowed: 'a whole number, at least 1',
    doc: 'your own limit on the output: files in one folder',
  }),
  progress: setting({
    env: 'PROGRESS',
    schema: text().pipe(z.enum(['auto', 'plain', 'off'])),
    default: 'auto',
    allowed: 'auto, plain or off',
    doc: '`plain` prints progress as lines, `off` silences it',
  }),
  previewPort: setting({
    env: 'PORT',
    schema: wholeNumber(1, 65_535),
    default: 4321,
    allowed: 'a port number from 1 to 65535',
    doc: 'port of `npm run preview`',
  }),
} as const satisfies Record<string, Setting>;

export type SettingKey = keyof typeof SETTINGS;

/** The resolved configuration: every setting, validated. */
export const ArchiveConfigSchema = z.object({
  seedsDir: z.string().min(1),
  siteUrl: z.url(),
  basePath: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'must look like /archive/'),
  timeZone: z.string().min(1),
  locale: z.string().min(1),
  siteTitle: z.string().min(1),
  pageSize: z.number().int().min(1).max(500),
  strict: z.boolean(),
  maxSeedBytes: z.number().int().min(1),
  futureAllowanceHours: z.number().min(0),
  entityMinArticles: z.number().int().min(1),
  searchBundlePages: z.number().int().min(1),
  hostLimits: z.string().optional(),
  maxOutputFiles: z.number().int().min(1).optional(),
  maxOutputBytes: z.number().int().min(1).optional(),
  maxFileBytes: z.number().int().min(1).optional(),
  maxFilesPerFolder: z.number().int().min(1).optional(),
  progress: z.enum(['auto', 'plain', 'off']),
  previewPort: z.number().int().min(1).max(65_535),
});

export type ArchiveConfig = z.infer<typeof ArchiveConfigSchema>;

/** What `archive.config.ts` may set: any setting, typed as the resolved configuration holds it. */
export type ArchiveSettings = Partial<ArchiveConfig>;

/**
 * Types the project's config file. Identity at run time.
 * @example export default defineConfig({ siteTitle: 'Wire Archive', locale: 'fr-FR' });
 */
export function defineConfig(settings: ArchiveSettings): ArchiveSettings {
  return settings;
}

/** The error for a bad setting: one line naming the setting, the value and what is allowed. */
export class ConfigError extends Error {}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Resolves every setting: the environment variable when set (not blank), else the config file's
 * value, else the default.
 * @example resolveConfig({ PAGE_SIZE: '50' }, { pageSize: 10, siteTitle: 'Wire' }).pageSize // 50
 */
export function resolveConfig(env: Record<string, string | undefined>, file: ArchiveSettings = {}): ArchiveConfig {
  const unknown = Object.keys(file).filter((key) => !(key in SETTINGS));
  if (unknown.length > 0) {
    throw new ConfigError(
      `Invalid configuration: unknown setting "${unknown[0]}" in the config file; known: ${Object.keys(SETTINGS).join(', ')}`,
    );
  }
  const resolved: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [SettingKey, Setting][]) {
    const fromEnv = env[spec.env];
    const source = fromEnv !== undefined && fromEnv.trim() !== '' ? `${spec.env}` : `${key} in the config file`;
    const raw = fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : file[key];
    if (raw === undefined) {
      resolved[key] = spec.default;
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      throw new ConfigError(`Invalid configuration: ${key} (${source}) ${show(raw)} is not allowed; use ${spec.allowed}`);
    }
    resolved[key] = parsed.data;
  }
  return ArchiveConfigSchema.parse(resolved);
}

/**
 * The resolved settings as environment variables, for the readers that take them by variable
 * name (host limits, progress, child processes): every setting that has a value.
 * @example settingsAsEnv(resolveConfig({})).PAGE_SIZE // '20'
 */
export function settingsAsEnv(config: ArchiveConfig): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [SettingKey, Setting][]) {
    const value = config[key];
    if (value !== undefined) env[spec.env] = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
  return env;
}

/**
 * "Now" for the future-date check: SOURCE_DATE_EPOCH (whole seconds, the reproducible-builds
 * convention) when set, otherwise the caller's clock reading. An environment variable only: it
 * belongs to one build, not to the project.
 * @example resolveNow({ SOURCE_DATE_EPOCH: '1700000000' }, Date.now()) // 1700000000000
 */
export function resolveNow(env: Record<string, string | undefined>, clockMs: number): number {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return clockMs;
  if (!/^[0-9]{1,12}$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH: "${raw}" is not a whole number of seconds since 1970`);
  return Number(raw) * 1000;
}
