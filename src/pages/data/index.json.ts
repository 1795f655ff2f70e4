/** data/index.json: the export's files with their article counts. */
import type { APIRoute } from 'astro';
import { getConfig } from '../../data/articles.ts';
import { getExportMonths } from '../../data/data-export.ts';
import { exportIndexOf } from '../../lib/archive/data-export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportIndexOf(getExportMonths(), getConfig().basePath), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
