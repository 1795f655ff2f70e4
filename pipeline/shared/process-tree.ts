/**
 * Reads a process tree's memory and CPU time from Linux /proc, so a build can measure
 * itself and the programs it starts (Pagefind runs as its own binary). Elsewhere it
 * falls back to the current process alone.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports /proc times in USER_HZ ticks, fixed at 100 per second for user space. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;
const HAS_PROC = process.platform === 'linux';

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** `pid` and every live descendant, found through /proc/<pid>/task/<tid>/children. */
export function listProcessTree(pid: number): number[] {
  if (!HAS_PROC) return [pid];
  const tree: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    tree.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = readText(`/proc/${current}/task/${task}/children`);
      if (children) for (const child of children.trim().split(/\s+/)) if (child) pending.push(Number(child));
    }
  }
  return tree;
}

/** Resident memory of `pid` and its descendants, in bytes (shared pages counted once per process). */
export function treeRssBytes(pid: number): number {
  if (!HAS_PROC) return process.memoryUsage.rss();
  let pages = 0;
  for (const member of listProcessTree(pid)) {
    const statm = readText(`/proc/${member}/statm`);
    if (statm) pages += Number(statm.split(' ')[1] ?? 0);
  }
  return pages * PAGE_BYTES;
}

/**
 * CPU seconds (user + system) used by `pid`, its live descendants, and the descendants
 * already waited for. Summing utime+stime+cutime+cstime over the live tree counts each
 * finished child exactly once: its times move into its parent's cutime/cstime when reaped.
 */
export function treeCpuSeconds(pid: number): number {
  if (!HAS_PROC) {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
  let ticks = 0;
  for (const member of listProcessTree(pid)) {
    const stat = readText(`/proc/${member}/stat`);
    if (!stat) continue;
    // Fields after the command name (which may contain spaces), 1-based from field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_SECOND;
}
