/**
 * Builds every site in E2E_SITES with the real build script, one after another
 * (Astro builds share caches in the project root).
 */
import { execFileSync } from 'node:child_process';
import { E2E_SITES } from './sites.ts';

for (const site of E2E_SITES) {
  if (site.generate) {
    const { count, seed } = site.generate;
    execFileSync(
      process.execPath,
      ['tools/corpus/generate-corpus.ts', '--count', String(count), '--seed', String(seed), '--out', site.seedsDir],
      { stdio: 'inherit' },
    );
  }
  console.log(`Building e2e site "${site.name}" from ${site.seedsDir}`);
  const env = {
    ...process.env,
    SEEDS_DIR: site.seedsDir,
    BASE_PATH: site.basePath,
    SITE_URL: `http://127.0.0.1:${site.port}`,
    ...site.env,
  };
  if (site.partitions) {
    const parts = site.partitions.map((_, i) => `${site.outDir}.parts/${i}`);
    site.partitions.forEach((partition, i) =>
      execFileSync(process.execPath, ['scripts/build.ts', '--partition', partition, '--out', parts[i]!], { stdio: 'inherit', env }),
    );
    execFileSync(process.execPath, ['scripts/combine.ts', '--out', site.outDir, ...parts], { stdio: 'inherit', env });
    execFileSync(process.execPath, ['scripts/build.ts', '--out', `${site.outDir}.whole`], { stdio: 'inherit', env });
    continue;
  }
  execFileSync(process.execPath, ['scripts/build.ts', '--out', site.outDir], { stdio: 'inherit', env });
}
