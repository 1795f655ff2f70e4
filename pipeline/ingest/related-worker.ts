/**
 * Related articles off the build's thread (src/lib/enrichment/related.ts): `findRelatedOffThread` runs
 * findRelated on a worker thread, so the build's own thread can start Astro meanwhile (Astro
 * bundles the site for about a second before its pages read any article). Over 10,000 articles
 * findRelated takes about 1.2–1.5 s; starting the worker and copying the articles' text to it adds at most 0.2 s.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findRelated, type RelatedInput } from '../../src/lib/enrichment/related.ts';
import { oneShotWorker } from '../shared/one-shot-worker.ts';

/** Related ids by article id, as findRelated gives them, computed on a worker thread. */
export async function findRelatedOffThread(inputs: readonly RelatedInput[]): Promise<Map<string, string[]>> {
  return new Map(await oneShotWorker<[string, string[]][]>(new URL(import.meta.url), { relatedInputs: inputs }, 'related articles'));
}

// Run as the worker: started by findRelatedOffThread with the inputs (any other thread that imports this module has none).
const { relatedInputs } = (isMainThread ? {} : (workerData ?? {})) as { relatedInputs?: RelatedInput[] };
if (relatedInputs && parentPort) parentPort.postMessage([...findRelated(relatedInputs).related]);
