/**
 * Writing a cache or record file so that a reader (or a build that stopped half-way) never sees half
 * of it: the JSON goes to a temporary file beside it, which is then renamed over it.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `value` as JSON to `file` atomically, making its folder if needed. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, file);
}
