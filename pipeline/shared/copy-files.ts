/**
 * Copies files from one folder tree into another, creating folders as needed: unchanged pages
 * from the live site into the new one, search bundles between the site and the cache. Never a
 * hard link: a linked file is one file in two places, so damage to a cache entry or an edit made
 * in the live site would reach every other place. A copy-on-write clone where the file system
 * has them (btrfs, XFS), a plain copy elsewhere.
 *
 * Synchronous on purpose: each call is one quick system call, and through the thread pool many
 * small files took several times longer than in a plain loop. Folders are made parents first, one
 * `mkdir` each (a recursive `mkdir` per file checks every parent again).
 */
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Copies each of `files` (relative, `/`-separated) from `fromDir` to the same place under `toDir`. */
export function copyFiles(fromDir: string, toDir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    // Every ancestor inside `toDir`, so that sorting puts each parent before its children.
    for (let folder = path.posix.dirname(file); folder !== '.' && !folders.has(folder); folder = path.posix.dirname(folder))
      folders.add(folder);
  }
  mkdirSync(toDir, { recursive: true });
  for (const folder of [...folders].sort()) {
    try {
      mkdirSync(path.join(toDir, folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  for (const file of files) copyFileSync(path.join(fromDir, file), path.join(toDir, file), constants.COPYFILE_FICLONE);
}
