/**
 * Writes the build context for `astro dev` (the live preview), without rendering: the ingested
 * articles and the configuration, where astro.config.mjs points the pages (DEV_CONTEXT_FILE).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchiveConfig } from '../pipeline/shared/archive-config.ts';
import { formatSummary, ingestWithVerdict } from '../pipeline/ingest/ingest-verdict.ts';
import { DEV_CONTEXT_FILE, writeBuildContext } from '../pipeline/render/build-context.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = await loadArchiveConfig();
const { entityMinArticles } = config;
const verdict = await ingestWithVerdict(config, projectRoot);
console.log(formatSummary(verdict));
await writeBuildContext(path.join(projectRoot, DEV_CONTEXT_FILE), { config, entityMinArticles, articles: verdict.articles });
