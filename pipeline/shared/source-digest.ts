/**
 * A digest of source files: the named files and every file under the named folders, by path
 * and bytes, in sorted order. The caches and checks that depend on the code (ingest cache,
 * incremental rendering, partition manifests) each hash their own set with it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { walkFiles } from './walk-files.ts';

export interface SourceSet {
  /** Folders relative to the project root, every file under them (optionally filtered by `only`). */
  folders: readonly string[];
  /** Single files relative to the project root; a missing one counts as missing, not as an error. */
  files: readonly string[];
  only?: (file: string) => boolean;
}

/** Hex SHA-256 of the set's paths and contents. */
export async function sourceDigest(projectRoot: string, set: SourceSet): Promise<string> {
  const inFolders = await Promise.all(
    set.folders.map(async (folder) => (await walkFiles(path.join(projectRoot, folder))).map((file) => `${folder}/${file}`)),
  );
  const files = [...inFolders.flat().filter((file) => set.only?.(file) ?? true), ...set.files].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await readFile(path.join(projectRoot, file)).catch(() => undefined);
    hash
      .update(`${file}\0`)
      .update(bytes ?? '(missing)')
      .update('\0');
  }
  return hash.digest('hex');
}
