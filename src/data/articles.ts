/**
 * The one reader of the ingest output for Astro pages: loads the validated articles
 * written by the ingest step once per build, newest first.
 * Articles are not an Astro content collection on purpose: the content data store
 * fails on large archives (withastro/astro #13360), and ingest has already validated them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../lib/article-schema.ts';
import { resolveConfig, type ArchiveConfig } from '../lib/config.ts';

/** Where `npm run dev` finds the ingested articles (the build passes ARCHIVE_DATA_FILE instead). */
export const DEFAULT_DATA_FILE = '.cache/dev/articles.json';

let cached: Article[] | undefined;

/** Every published article, newest first (ties by id). */
export function getArticles(): Article[] {
  if (!cached) {
    const file = path.resolve(process.env.ARCHIVE_DATA_FILE ?? DEFAULT_DATA_FILE);
    cached = JSON.parse(readFileSync(file, 'utf8')) as Article[];
  }
  return cached;
}

let config: ArchiveConfig | undefined;

/** The archive configuration, resolved once from the environment. */
export function getConfig(): ArchiveConfig {
  config ??= resolveConfig(process.env);
  return config;
}
