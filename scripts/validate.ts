/**
 * `npm run validate`: checks the seeds without building the site, with the same messages
 * as the build. Exits non-zero when the build would fail (or on any problem with --strict).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/lib/config.ts';
import { formatSummary, ingestWithVerdict } from './ingest-report.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const strict = process.argv.includes('--strict');
const config = resolveConfig({ ...process.env, ...(strict ? { STRICT: '1' } : {}) });
const verdict = await ingestWithVerdict(config, projectRoot);
console.log(formatSummary(verdict));
if (verdict.failure) {
  console.error(`Validation failed: ${verdict.failure}.`);
  process.exitCode = 1;
}
