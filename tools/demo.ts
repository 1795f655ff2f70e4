/**
 * `npm run demo`: generates a realistic archive of a few thousand articles
 * (tools/corpus/generate-corpus.ts, deterministic) and builds it into its own folder, leaving dist/
 * alone, then says how to preview it. Usage: npm run demo [-- --count 3000]
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { count: { type: 'string', default: '3000' } } });
const seedsDir = path.join('.cache', 'demo', 'seeds');
const outDir = path.join('.cache', 'demo', 'site');

const run = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });

try {
  run(['tools/corpus/generate-corpus.ts', '--count', values.count, '--seed', '42', '--out', seedsDir]);
  run(['scripts/build.ts', '--out', outDir], { SEEDS_DIR: seedsDir });
  console.log(`\nDemo archive built in ${outDir}/. Preview it at http://127.0.0.1:4321/ with:\n\n  npm run preview -- --dir ${outDir}\n`);
} catch {
  process.exitCode = 1;
}
