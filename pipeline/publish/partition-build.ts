/**
 * What a partitioned build (`--partition 2000..2012`, `--partition shared`, or PARTITION=…)
 * changes in `npm run build`: which pages are rendered, which articles are indexed and
 * checked, and the partition.json it leaves in its output for `npm run combine`.
 * Ingest is not partitioned: every partition reads the whole archive, so its pages link to
 * articles in other partitions exactly as a one-machine build would.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/lib/article-schema.ts';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import { sourceDigest } from '../shared/source-digest.ts';
import type { ManifestEntry } from '../../src/lib/report/manifest.ts';
import { parsePartition, partitionHasPage, partitionHasYear, partitionName, type Partition } from '../../src/lib/deploy/partition.ts';
import { DEFAULT_MAX_BUNDLE_PAGES, type SearchBundle } from '../../src/lib/search/search-bundles.ts';
import { withBase } from '../../src/lib/archive/urls.ts';

/** The file a partition build writes at the root of its output; `npm run combine` reads it and leaves it out. */
export const PARTITION_FILE = 'partition.json';

/** The partition asked for by --partition or PARTITION, or undefined for a whole build. */
export function readPartition(flag: string | undefined, env: Record<string, string | undefined>): Partition | undefined {
  const spec = flag ?? env.PARTITION;
  return spec?.trim() ? parsePartition(spec) : undefined;
}

/** Most pages per search bundle: SEARCH_BUNDLE_PAGES, or the default. */
export function maxBundlePages(env: Record<string, string | undefined>): number {
  const value = Number(env.SEARCH_BUNDLE_PAGES);
  if (env.SEARCH_BUNDLE_PAGES === undefined || env.SEARCH_BUNDLE_PAGES.trim() === '') return DEFAULT_MAX_BUNDLE_PAGES;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`SEARCH_BUNDLE_PAGES: "${env.SEARCH_BUNDLE_PAGES}" is not a positive whole number`);
  return value;
}

export interface PartitionScope {
  /** Renders only this partition's pages; undefined renders everything. */
  keepPage?: (pathname: string) => boolean;
  /** Permalinks of the article pages this build renders and indexes. */
  permalinks: string[];
  /** The manifest the staged site is verified against: only this partition's articles count as published. */
  manifest: ManifestEntry[];
}

/** What this build renders, indexes and verifies. */
export function partitionScope(
  partition: Partition | undefined,
  articles: readonly Article[],
  manifest: readonly ManifestEntry[],
  basePath: string,
): PartitionScope {
  if (!partition) return { permalinks: articles.map((article) => article.permalink), manifest: [...manifest] };
  const mine = articles.filter((article) => partitionHasYear(partition, article.date.year));
  const urls = new Set(mine.map((article) => withBase(basePath, article.permalink)));
  return {
    keepPage: (pathname) => partitionHasPage(partition, pathname),
    permalinks: mine.map((article) => article.permalink),
    manifest: manifest.filter((entry) => entry.status !== 'published' || urls.has(entry.url ?? '')),
  };
}

export interface PartitionManifest {
  version: 1;
  /** `shared`, or the year range (`2000..2012`, `2013..`). */
  partition: string;
  /** Hash of the whole archive's manifest: every partition of one site must have ingested the same seeds. */
  corpus: string;
  /** Hash of the configuration that shapes pages (URLs, base path, zone, locale, title, page size). */
  config: string;
  /** Hash of the code that makes pages (src/, Astro config, lockfile): every partition must run the same commit. */
  code: string;
  /** Published articles per year in the whole archive, so combine can check every year is covered. */
  publishedPerYear: Record<string, number>;
  /** Article pages this partition rendered. */
  articlePages: number;
  /** This partition's search bundles. */
  bundles: SearchBundle[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Hash of the code pages and assets are made from: src/, the Astro config and the lockfile.
 * (Two partitions built from different code would keep both sets of hashed assets, so the
 * file-by-file check in combine could not see it.)
 */
async function codeFingerprint(projectRoot: string): Promise<string> {
  return (await sourceDigest(projectRoot, { folders: ['src'], files: ['astro.config.mjs', 'package-lock.json'] })).slice(0, 32);
}

/** Published articles per year, as partition.json records them. */
export function countPerYear(articles: readonly Article[]): Record<string, number> {
  const perYear: Record<string, number> = {};
  for (const article of articles) perYear[article.date.year] = (perYear[article.date.year] ?? 0) + 1;
  return perYear;
}

/** Writes partition.json into the staged site. */
export async function writePartitionManifest(
  siteDir: string,
  partition: Partition,
  input: {
    projectRoot: string;
    /** Published articles per year in this partition's input (countPerYear). */
    publishedPerYear: Record<string, number>;
    manifest: readonly ManifestEntry[];
    config: ArchiveConfig;
    scope: PartitionScope;
    bundles: SearchBundle[];
  },
): Promise<void> {
  // The seeds folder and --strict may differ between machines without changing a single page.
  const { seedsDir: _seedsDir, strict: _strict, ...pageConfig } = input.config;
  const manifest: PartitionManifest = {
    version: 1,
    partition: partitionName(partition),
    corpus: sha256(JSON.stringify(input.manifest.map(({ file, status, url }) => [file, status, url ?? '']))),
    config: sha256(JSON.stringify(pageConfig)),
    code: await codeFingerprint(input.projectRoot),
    publishedPerYear: input.publishedPerYear,
    articlePages: input.scope.permalinks.length,
    bundles: input.bundles,
  };
  await writeFile(path.join(siteDir, PARTITION_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
