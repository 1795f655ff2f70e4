/**
 * Assembles one site from the folders of a partitioned build (`npm run build -- --partition …`,
 * docs/scale-partitions.md); `npm run combine` (scripts/combine.ts) runs it.
 *
 * It checks before it copies: every folder is a partition of the same archive and
 * configuration; there is exactly one `shared` partition; every year with articles is in
 * exactly one year partition; files present in several folders (Astro's assets, _headers)
 * are identical. Then it copies the folders into one, writes the joined search-bundles.json
 * (the search page queries every partition's bundles), and swaps the result in place of the
 * output folder with one rename, as the build does.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePartition, partitionHasYear } from '../../src/lib/deploy/partition.ts';
import { mergeBundleLists, SEARCH_BUNDLES_FILE, SearchBundlesSchema } from '../../src/lib/search/search-bundles.ts';
import { PARTITION_FILE, type PartitionManifest } from './partition-build.ts';

interface PartitionFolder {
  dir: string;
  manifest: PartitionManifest;
}

async function readPartitionFolder(dir: string): Promise<PartitionFolder> {
  const text = await readFile(path.join(dir, PARTITION_FILE), 'utf8').catch(() => {
    throw new Error(`${dir}: no ${PARTITION_FILE}; build it with npm run build -- --partition <years|shared> --out ${dir}`);
  });
  const manifest = JSON.parse(text) as PartitionManifest;
  if (manifest.version !== 1) throw new Error(`${dir}: ${PARTITION_FILE} version ${String(manifest.version)} is not supported`);
  return { dir, manifest };
}

/** Every check that needs only the partition manifests; returns the problems found. */
export function checkPartitions(folders: readonly PartitionFolder[]): string[] {
  const problems: string[] = [];
  const first = folders[0]?.manifest;
  if (!first) return ['no partition folders given'];
  for (const { dir, manifest } of folders) {
    if (manifest.corpus !== first.corpus) problems.push(`${dir} was built from other seeds than ${folders[0]!.dir}`);
    if (manifest.config !== first.config) problems.push(`${dir} was built with another configuration than ${folders[0]!.dir}`);
    if (manifest.code !== first.code) problems.push(`${dir} was built from other code than ${folders[0]!.dir}`);
  }
  const shared = folders.filter(({ manifest }) => manifest.partition === 'shared');
  if (shared.length !== 1) problems.push(`${shared.length} shared partitions; exactly one folder must be built with --partition shared`);
  const yearFolders = folders.filter(({ manifest }) => manifest.partition !== 'shared');
  let pages = 0;
  for (const [year, count] of Object.entries(first.publishedPerYear)) {
    const owners = yearFolders.filter(({ manifest }) => partitionHasYear(parsePartition(manifest.partition), Number(year)));
    if (owners.length !== 1)
      problems.push(
        `${count} article(s) of ${year} are in ${owners.length === 0 ? 'no partition' : `${owners.length} partitions (${owners.map((o) => o.dir).join(', ')})`}`,
      );
  }
  for (const { manifest } of yearFolders) pages += manifest.articlePages;
  const published = Object.values(first.publishedPerYear).reduce((sum, count) => sum + count, 0);
  if (problems.length === 0 && pages !== published)
    problems.push(`the partitions rendered ${pages} article page(s) for ${published} published`);
  return problems;
}

/** Relative paths of every file under `dir`, with `/` separators. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const digest = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Combines `dirs` into `outDir`. Returns a one-line summary; throws with every problem found. */
export async function combinePartitions(dirs: readonly string[], outDir: string): Promise<string> {
  const folders = await Promise.all(dirs.map((dir) => readPartitionFolder(path.resolve(dir))));
  const problems = checkPartitions(folders);
  if (problems.length > 0) throw new Error(`Cannot combine:\n  ${problems.join('\n  ')}`);
  const bundles = mergeBundleLists(folders.map(({ manifest }) => SearchBundlesSchema.parse({ version: 2, bundles: manifest.bundles })));

  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
  const previous = path.join(path.dirname(outDir), `.${path.basename(outDir)}.previous`);
  await rm(staging, { recursive: true, force: true });
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  let files = 0;
  for (const { dir } of folders) {
    for (const rel of await listFiles(dir)) {
      if (rel === PARTITION_FILE || rel === SEARCH_BUNDLES_FILE) continue;
      const source = path.join(dir, rel);
      const earlier = owner.get(rel);
      if (earlier !== undefined) {
        // The same file from two partitions (Astro's assets, host files) must be the same file.
        if ((await digest(source)) !== (await digest(path.join(earlier, rel))))
          conflicts.push(`${rel} differs between ${earlier} and ${dir}`);
        continue;
      }
      owner.set(rel, dir);
      await mkdir(path.dirname(path.join(staging, rel)), { recursive: true });
      await copyFile(source, path.join(staging, rel), constants.COPYFILE_FICLONE);
      files++;
    }
  }
  if (conflicts.length > 0) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(
      `Cannot combine: ${conflicts.length} file(s) differ between partitions, e.g.\n  ${conflicts.slice(0, 10).join('\n  ')}`,
    );
  }
  await writeFile(path.join(staging, SEARCH_BUNDLES_FILE), `${JSON.stringify(bundles, null, 1)}\n`);

  await rm(previous, { recursive: true, force: true });
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  const pages = folders.reduce((sum, { manifest }) => sum + manifest.articlePages, 0);
  return `Combined ${folders.length} partition(s) into ${outDir}: ${files} files, ${pages} article pages, ${bundles.bundles.length} search bundle(s).`;
}
