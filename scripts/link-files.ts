/**
 * Hard-links files from one folder tree into another (copying where a link is impossible, e.g.
 * across file systems), creating folders as needed. Used to carry unchanged pages and search
 * bundles into a new site without writing them again: only safe for files nothing writes to
 * afterwards, which holds for a finished page or bundle (every build writes a new staging folder).
 *
 * Synchronous on purpose: each call is one quick system call, and through the thread pool
 * 20,000 links took 4.8 s here against about 1 s in a plain loop. Folders are made parents
 * first, one `mkdir` each (a recursive `mkdir` per file checks every parent again).
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Links each of `files` (relative, `/`-separated) from `fromDir` to the same place under `toDir`. */
export function linkFiles(fromDir: string, toDir: string, files: readonly string[]): void {
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
  for (const file of files) {
    const target = path.join(toDir, file);
    try {
      linkSync(path.join(fromDir, file), target);
    } catch {
      copyFileSync(path.join(fromDir, file), target);
    }
  }
}
