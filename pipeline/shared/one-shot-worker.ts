/**
 * Runs a module as a worker thread that posts one answer, and resolves with that answer. The
 * module recognises its own work by a key of `workerData` (pipeline/ingest/related-worker.ts,
 * pipeline/shared/walk-files.ts); the worker is stopped once it has answered.
 */
import { Worker } from 'node:worker_threads';

/** The one message the worker at `moduleUrl` posts when started with `workerData`; `what` names it in errors. */
export function oneShotWorker<T>(moduleUrl: URL, workerData: object, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(moduleUrl, { workerData });
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what}: worker stopped (exit code ${code})`)));
  });
}
