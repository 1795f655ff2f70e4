/**
 * Writes the ingested articles for `astro dev` (the live preview), without rendering.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/lib/config.ts';
import { DEFAULT_DATA_FILE } from '../src/data/articles.ts';
import { formatSummary, ingestWithVerdict } from '../pipeline/ingest/ingest-verdict.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verdict = await ingestWithVerdict(resolveConfig(process.env), projectRoot);
console.log(formatSummary(verdict));
const dataFile = path.join(projectRoot, DEFAULT_DATA_FILE);
await mkdir(path.dirname(dataFile), { recursive: true });
await writeFile(dataFile, JSON.stringify(verdict.articles));
