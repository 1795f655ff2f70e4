/**
 * `npm run build`: ingest → Astro render → Pagefind index → verify → replace dist/ atomically
 * (pipeline/build.ts). Flags: --strict (or STRICT=1) fails on any problem; --out <dir> writes
 * elsewhere than dist/; --timings <file> writes per-stage wall time, CPU time and peak memory as
 * JSON (`npm run bench`); --partition <years|shared> (or PARTITION) builds one partition of the
 * site for `npm run combine` (docs/scale-partitions.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from '../pipeline/build.ts';
import { loadArchiveConfig } from '../pipeline/shared/archive-config.ts';

const { values: flags } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
    partition: { type: 'string' },
  },
});

try {
  const config = await loadArchiveConfig(process.env, flags.strict ? { STRICT: '1' } : {});
  await runBuild(config, {
    projectRoot: path.resolve(import.meta.dirname, '..'),
    out: flags.out,
    ...(flags.timings ? { timings: flags.timings } : {}),
    ...(flags.partition ? { partition: flags.partition } : {}),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
