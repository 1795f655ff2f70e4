/**
 * `npm run combine -- --out <dir> <partition folders…>`: checks the folders of a partitioned build
 * and assembles them into one site (pipeline/publish/combine-partitions.ts, docs/scale-partitions.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { combinePartitions } from '../pipeline/publish/combine-partitions.ts';

try {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error('Usage: npm run combine -- --out <dir> <partition folder> <partition folder>…');
  console.log(await combinePartitions(positionals, path.resolve(values.out)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
