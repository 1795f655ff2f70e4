/** data/YYYY/MM.ndjson: one JSON line per published article of the month (src/lib/archive/data-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getConfig } from '../../../data/articles.ts';
import { getExportMonths } from '../../../data/data-export.ts';
import { exportMonthKey } from '../../../data/page-keys.ts';
import { ndjsonOf, type ExportMonth } from '../../../lib/archive/data-export.ts';

export const getStaticPaths = (() =>
  getExportMonths().map((month) => ({
    params: { year: String(month.year), month: String(month.month).padStart(2, '0') },
    props: { month },
    cacheKey: exportMonthKey(month),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ month: ExportMonth }> = ({ props }) =>
  new Response(ndjsonOf(props.month.articles, getConfig().basePath), {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  });
