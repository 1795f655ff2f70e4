/**
 * What static hosts accept, and whether a site of a given size fits. Chosen with HOST_LIMITS
 * (a comma list of host names, or `none`) and overridable number by number with MAX_OUTPUT_FILES,
 * MAX_OUTPUT_BYTES, MAX_FILE_BYTES and MAX_FILES_PER_FOLDER. Figures are the hosts' published limits.
 */

/** The limits one host puts on a deployed site; an absent field means no limit. */
export interface HostLimits {
  /** Name used in HOST_LIMITS. */
  name: string;
  /** Human name used in warnings. */
  label: string;
  maxFiles?: number;
  maxBytes?: number;
  maxFileBytes?: number;
  maxFilesPerFolder?: number;
}

/** The size of a built (or predicted) site, as hosts count it. */
export interface OutputSize {
  files: number;
  bytes: number;
  largestFileBytes: number;
  largestFolderFiles: number;
}

const MiB = 1024 * 1024;

/** Published limits of the hosts the recipes in docs/ cover. */
export const KNOWN_HOSTS: readonly HostLimits[] = [
  // https://developers.cloudflare.com/pages/platform/limits/
  { name: 'cloudflare', label: 'Cloudflare Pages (free plan)', maxFiles: 20_000, maxFileBytes: 25 * MiB },
  { name: 'cloudflare-paid', label: 'Cloudflare Pages (paid plans)', maxFiles: 100_000, maxFileBytes: 25 * MiB },
  // https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits
  { name: 'github', label: 'GitHub Pages', maxBytes: 1_000_000_000 },
  // https://docs.netlify.com/site-deploys/overview/ ("files per directory limit")
  { name: 'netlify', label: 'Netlify', maxFilesPerFolder: 54_000 },
];

/** Reads a positive whole number from an environment variable, or undefined when unset. */
function positiveInteger(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name}: "${raw}" is not a positive whole number`);
  return Number(raw);
}

/**
 * The hosts to check a site against. HOST_LIMITS unset checks every known host (so the build
 * says which ones would refuse the site) unless MAX_* overrides are given, which then stand alone.
 * @example resolveHostLimits({ HOST_LIMITS: 'github' }).map((host) => host.name) // ['github']
 */
export function resolveHostLimits(env: Record<string, string | undefined>): HostLimits[] {
  const custom: HostLimits = {
    name: 'custom',
    label: 'the MAX_* limits',
    maxFiles: positiveInteger(env, 'MAX_OUTPUT_FILES'),
    maxBytes: positiveInteger(env, 'MAX_OUTPUT_BYTES'),
    maxFileBytes: positiveInteger(env, 'MAX_FILE_BYTES'),
    maxFilesPerFolder: positiveInteger(env, 'MAX_FILES_PER_FOLDER'),
  };
  const hasCustom = [custom.maxFiles, custom.maxBytes, custom.maxFileBytes, custom.maxFilesPerFolder].some((value) => value !== undefined);
  const requested = env.HOST_LIMITS?.trim().toLowerCase();
  let hosts: HostLimits[];
  if (!requested) hosts = hasCustom ? [] : [...KNOWN_HOSTS];
  else if (requested === 'none') hosts = [];
  else
    hosts = requested.split(',').map((name) => {
      const host = KNOWN_HOSTS.find((candidate) => candidate.name === name.trim());
      if (!host)
        throw new Error(`HOST_LIMITS: unknown host "${name.trim()}"; use ${KNOWN_HOSTS.map((known) => known.name).join(', ')} or none`);
      return host;
    });
  return hasCustom ? [...hosts, custom] : hosts;
}

/** Bytes as a short decimal figure. @example formatBytes(1_250_000) // '1.3 MB' */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A whole number with thousands separators, the same on every machine. @example formatCount(20000) // '20,000' */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One line per limit the site exceeds, naming the host, the figure and the limit; empty when it fits everywhere. */
export function exceededLimits(size: OutputSize, hosts: readonly HostLimits[]): string[] {
  const problems: string[] = [];
  for (const host of hosts) {
    if (host.maxFiles !== undefined && size.files > host.maxFiles)
      problems.push(`${host.label}: ${formatCount(size.files)} files, over its limit of ${formatCount(host.maxFiles)}`);
    if (host.maxBytes !== undefined && size.bytes > host.maxBytes)
      problems.push(`${host.label}: ${formatBytes(size.bytes)} in total, over its limit of ${formatBytes(host.maxBytes)}`);
    if (host.maxFileBytes !== undefined && size.largestFileBytes > host.maxFileBytes)
      problems.push(
        `${host.label}: a file of ${formatBytes(size.largestFileBytes)}, over its limit of ${formatBytes(host.maxFileBytes)} per file`,
      );
    if (host.maxFilesPerFolder !== undefined && size.largestFolderFiles > host.maxFilesPerFolder)
      problems.push(
        `${host.label}: ${formatCount(size.largestFolderFiles)} files in one folder, over its limit of ${formatCount(host.maxFilesPerFolder)} per folder`,
      );
  }
  return problems;
}
