/** The static data export's months, computed once per build from the published articles. */
import { exportMonths, type ExportMonth } from '../lib/archive/data-export.ts';
import { getArticles } from './articles.ts';

let months: ExportMonth[] | undefined;

/** Every month with articles, oldest first, each month's articles oldest first. */
export function getExportMonths(): ExportMonth[] {
  months ??= exportMonths(getArticles());
  return months;
}
