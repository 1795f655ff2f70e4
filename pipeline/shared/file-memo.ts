/**
 * Remembers a value computed from a file's bytes (a digest, audit findings) across builds,
 * keyed by the file's path and identity: inode, size and modification time. A page kept in place
 * in a recycled site keeps all three, so its value is reused without reading it; a file written
 * or copied again (pipeline/shared/copy-files.ts) gets a new inode and is read again.
 * One JSON file per memo under .cache/file-memo/; `salt` names what the values depend on
 * (code, configuration), and a different salt starts empty. Saving keeps the entries used by this
 * build and those used by the build before it: the site before last, which the next build
 * recycles, holds the files that build saw.
 */
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeJsonAtomic } from './write-atomic.ts';

type Entry<T> = [ino: number, size: number, mtimeMs: number, value: T];

export interface FileMemo<T> {
  /** The value remembered for the file at `rel` when it is still the same file. */
  get(rel: string, info: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): T | undefined;
  set(rel: string, info: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>, value: T): void;
  /** Writes the entries used by this build. */
  save(): Promise<void>;
}

/** Opens the memo `name` under `<projectRoot>/.cache/file-memo/`. */
export async function openFileMemo<T>(projectRoot: string, name: string, salt: string): Promise<FileMemo<T>> {
  const file = path.join(projectRoot, '.cache', 'file-memo', `${name}.json`);
  let previous: Record<string, Entry<T>> = {};
  let older: Record<string, Entry<T>> = {};
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      salt?: string;
      entries?: Record<string, Entry<T>>;
      older?: Record<string, Entry<T>>;
    };
    if (stored.salt === salt && stored.entries) {
      previous = stored.entries;
      older = stored.older ?? {};
    }
  } catch {
    // No memo yet, or a damaged one: start empty.
  }
  const used: Record<string, Entry<T>> = {};
  const same = (entry: Entry<T> | undefined, info: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>) =>
    entry !== undefined && entry[0] === info.ino && entry[1] === info.size && entry[2] === info.mtimeMs;
  return {
    get(rel, info) {
      const entry = [used[rel], previous[rel], older[rel]].find((candidate) => same(candidate, info));
      if (!entry) return undefined;
      used[rel] = entry;
      return entry[3];
    },
    set(rel, info, value) {
      used[rel] = [info.ino, info.size, info.mtimeMs, value];
    },
    async save() {
      // This build's entries, and the last build's where they describe other files.
      const kept = Object.fromEntries(
        Object.entries(previous).filter(([rel, entry]) => !same(used[rel], { ino: entry[0], size: entry[1], mtimeMs: entry[2] })),
      );
      await writeJsonAtomic(file, { salt, entries: used, older: kept });
    },
  };
}
