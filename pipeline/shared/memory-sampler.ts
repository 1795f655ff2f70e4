/**
 * Worker thread that samples the resident memory of a process tree every few
 * milliseconds and keeps the peak in shared memory. A worker keeps sampling while the
 * main thread is busy rendering, which a timer on the main thread would not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { treeRssBytes } from './process-tree.ts';

const { pid, peak, intervalMs } = workerData as { pid: number; peak: Int32Array; intervalMs: number };

/** Raises the shared peak (in KiB) to `kib` unless it is already higher. */
function raisePeak(kib: number): void {
  for (;;) {
    const current = Atomics.load(peak, 0);
    if (kib <= current || Atomics.compareExchange(peak, 0, current, kib) === current) return;
  }
}

const timer = setInterval(() => raisePeak(Math.round(treeRssBytes(pid) / 1024)), intervalMs);
parentPort?.on('message', (message) => {
  if (message === 'stop') {
    clearInterval(timer);
    parentPort?.close();
  }
});
