/**
 * A worker thread of the enrichment pool (pipeline/ingest/enrichment-pool.ts): runs `enrichText` on the
 * paragraphs it is sent and posts back the result, or the error message, with the request's id.
 */
import { parentPort } from 'node:worker_threads';
import { enrichText } from '../../src/lib/enrichment/enrich.ts';

parentPort!.on('message', ({ id, paragraphs }: { id: number; paragraphs: string[] }) => {
  try {
    parentPort!.postMessage({ id, result: enrichText(paragraphs) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
