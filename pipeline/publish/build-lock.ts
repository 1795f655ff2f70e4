/**
 * One build at a time per project: builds share the caches under .cache/ and Astro's folders, so a
 * second build waits for the first. The lock is a file made exclusively (`wx`) holding the owner's
 * process id; a lock whose process is gone (a build that was killed) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuildLock {
  release(): void;
}

interface LockOwner {
  pid: number;
  out: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.out === 'string' ? { pid: owner.pid, out: owner.out } : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock at `file` for a build into `out` (for messages), waiting while another live build
 * holds it; `onWait` is told once, with a line naming that build's process.
 */
export async function acquireBuildLock(file: string, out: string, onWait?: (message: string) => void): Promise<BuildLock> {
  mkdirSync(path.dirname(file), { recursive: true });
  const mine = JSON.stringify({ pid: process.pid, out });
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && isRunning(owner.pid)) {
      if (!told)
        onWait?.(`Waiting for another build (process ${owner.pid}, into ${owner.out}) to finish: one build at a time per project.`);
      told = true;
      await sleep(250);
      continue;
    }
    // The owner is gone, or the file is half-written by an owner that is just starting: a dead
    // owner's lock is removed; a half-written one is given a moment.
    if (!owner) {
      await sleep(100);
      if (readOwner(file) === undefined) rmSync(file, { force: true });
      continue;
    }
    try {
      unlinkSync(file);
    } catch {
      // another waiter took it over first
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (readOwner(file)?.pid === process.pid) unlinkSync(file);
  };
  process.once('exit', release);
  return { release };
}
