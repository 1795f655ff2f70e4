/**
 * `npm run validate`: checks the seeds without building the site, with the same messages as the
 * build, for editors and pre-commit hooks.
 * Exit codes: 0 the build would succeed (warnings and skipped articles are listed); 1 it would
 * fail (class A, nothing publishable, or any problem with --strict / STRICT=1); 2 the
 * configuration or the command line is invalid. --json prints the report instead of the summary.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadArchiveConfig } from '../pipeline/shared/archive-config.ts';
import { formatSummary, ingestWithVerdict, reportFor } from '../pipeline/ingest/ingest-verdict.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  let flags: { strict: boolean; json: boolean };
  let config;
  try {
    ({ values: flags } = parseArgs({
      options: { strict: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    }));
    config = await loadArchiveConfig(process.env, flags.strict ? { STRICT: '1' } : {});
  } catch (error) {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const started = performance.now();
  const verdict = await ingestWithVerdict(config, projectRoot);
  if (flags.json) {
    console.log(JSON.stringify(reportFor(verdict, 'validated'), null, 2));
  } else {
    console.log(formatSummary(verdict));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(verdict.failure ? `Validation failed: ${verdict.failure}. (${seconds} s)` : `Validation passed. (${seconds} s)`);
  }
  return verdict.failure ? 1 : 0;
}

process.exitCode = await main();
