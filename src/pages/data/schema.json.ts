/** data/schema.json: the JSON Schema of one line of the export's NDJSON files. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/archive/data-export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
