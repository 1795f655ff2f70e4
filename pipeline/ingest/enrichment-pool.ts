/**
 * Enrichment on every core: a pool of worker threads (pipeline/ingest/enrichment-worker.ts), each with
 * its own copy of the tagger, fed one article at a time. Entity tagging is pure CPU work of a few
 * milliseconds per article and dominates a first build, so it scales with the cores; results are
 * the same as `enrichText` in the main thread, because they are computed by it.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Enrichment } from '../../src/lib/enrichment/enrichment-types.ts';

export interface EnrichmentPool {
  /** Enriches one article's paragraphs on the least busy worker. */
  enrich(paragraphs: readonly string[]): Promise<Enrichment>;
  /** Starts a worker now if none runs, so it loads the tagger before the first request. */
  prestart(): void;
  /** Workers running. */
  running(): number;
  /** Stops the workers; pending requests are rejected. */
  close(): Promise<void>;
}

interface Pending {
  worker: Worker;
  resolve: (result: Enrichment) => void;
  reject: (error: Error) => void;
}

/** Workers to start: one per core the process may use (ENRICH_WORKERS overrides it; 0 is not allowed). */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const requested = Number(env.ENRICH_WORKERS);
  return Number.isInteger(requested) && requested > 0 ? requested : Math.max(1, os.availableParallelism());
}

/**
 * A pool of at most `size` workers, started as they are needed: a new one only when every
 * running worker is busy, so a rebuild with one changed article starts one (each loads the
 * tagger, about 0.4 s of CPU), and a first build soon runs `size`.
 */
export function createEnrichmentPool(size: number): EnrichmentPool {
  const script = new URL('./enrichment-worker.ts', import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const workers: Worker[] = [];
  const start = (): Worker => {
    const worker = new Worker(script);
    load.set(worker, 0);
    worker.on('message', ({ id, result, error }: { id: number; result?: Enrichment; error?: string }) => {
      load.set(worker, load.get(worker)! - 1);
      const request = pending.get(id);
      pending.delete(id);
      if (error !== undefined) request?.reject(new Error(error));
      else request?.resolve(result!);
    });
    // A crashed worker fails its requests in flight: those articles are reported, never lost silently.
    worker.on('error', (error) => {
      for (const [id, request] of pending) {
        if (request.worker !== worker) continue;
        pending.delete(id);
        request.reject(error);
      }
    });
    workers.push(worker);
    return worker;
  };
  return {
    enrich(paragraphs) {
      const idle = workers.find((candidate) => load.get(candidate) === 0);
      const worker =
        idle ??
        (workers.length < size
          ? start()
          : workers.reduce((best, candidate) => (load.get(candidate)! < load.get(best)! ? candidate : best)));
      load.set(worker, load.get(worker)! + 1);
      const id = nextId++;
      return new Promise<Enrichment>((resolve, reject) => {
        pending.set(id, { worker, resolve, reject });
        worker.postMessage({ id, paragraphs });
      });
    },
    prestart() {
      if (workers.length === 0) start();
    },
    running: () => workers.length,
    async close() {
      await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
    },
  };
}
