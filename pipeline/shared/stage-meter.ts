/**
 * Per-stage wall time, CPU time and peak memory of the build, child processes included
 * (Pagefind's indexer is a separate binary). CPU comes from /proc at stage boundaries;
 * peak memory from a worker thread sampling the process tree every 50 ms.
 */
import { Worker } from 'node:worker_threads';
import { treeCpuSeconds, treeRssBytes } from './process-tree.ts';

export interface StageTiming {
  stage: string;
  wallSeconds: number;
  /** User + system CPU seconds of the build and every process it started during the stage. */
  cpuSeconds: number;
  /** Highest sampled resident memory of the whole process tree during the stage, in bytes. */
  peakRssBytes: number;
}

export interface StageMeter {
  /** Runs `task` as stage `stage` and records its timing. */
  measure<T>(stage: string, task: () => Promise<T>): Promise<T>;
  /** Timings of the stages measured so far, in order. */
  readonly timings: StageTiming[];
  /** Stops the sampler thread. */
  close(): Promise<void>;
}

/** Starts a meter for the current process tree. */
export function createStageMeter(intervalMs = 50): StageMeter {
  const peak = new Int32Array(new SharedArrayBuffer(4));
  const sampler = new Worker(new URL('./memory-sampler.ts', import.meta.url), {
    workerData: { pid: process.pid, peak, intervalMs },
  });
  sampler.unref();
  const timings: StageTiming[] = [];
  return {
    timings,
    async measure(stage, task) {
      Atomics.store(peak, 0, Math.round(treeRssBytes(process.pid) / 1024));
      const cpuStart = treeCpuSeconds(process.pid);
      const started = performance.now();
      try {
        return await task();
      } finally {
        const wallSeconds = (performance.now() - started) / 1000;
        const cpuSeconds = treeCpuSeconds(process.pid) - cpuStart;
        const peakKib = Math.max(Atomics.load(peak, 0), Math.round(treeRssBytes(process.pid) / 1024));
        timings.push({ stage, wallSeconds, cpuSeconds, peakRssBytes: peakKib * 1024 });
      }
    },
    async close() {
      sampler.postMessage('stop');
      await sampler.terminate();
    },
  };
}

/** One line per stage and a total, for the end of a build log. */
export function formatStageTimings(timings: readonly StageTiming[]): string {
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const rows = timings.map(
    (t) =>
      `  ${t.stage.padEnd(8)} ${t.wallSeconds.toFixed(1).padStart(6)} s wall ${t.cpuSeconds.toFixed(1).padStart(6)} s CPU  peak ${mib(t.peakRssBytes)}`,
  );
  const wall = timings.reduce((sum, t) => sum + t.wallSeconds, 0);
  const cpu = timings.reduce((sum, t) => sum + t.cpuSeconds, 0);
  const peakAll = Math.max(0, ...timings.map((t) => t.peakRssBytes));
  rows.push(`  ${'total'.padEnd(8)} ${wall.toFixed(1).padStart(6)} s wall ${cpu.toFixed(1).padStart(6)} s CPU  peak ${mib(peakAll)}`);
  return `Stages:\n${rows.join('\n')}`;
}
