/**
 * "Download results": the current results as CSV (RFC 4180) and JSON, built in the browser from
 * the index's metadata. Pure: the page gathers the rows and offers the file.
 */

/** Most results in one download: each needs its fragment fetched from the index. */
export const EXPORT_LIMIT = 1000;

export interface ExportRow {
  /** Absolute URL of the article. */
  url: string;
  /** ISO 8601 time with the archive zone's offset. */
  time: string;
  headline: string;
  agencies: string[];
  people: string[];
  places: string[];
}

const COLUMNS = ['url', 'time', 'headline', 'agencies', 'people', 'places'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break, quotes doubled; a value a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a leading `'`.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV with a header line, CRLF line ends; lists joined with "; ". */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows)
    lines.push(
      COLUMNS.map((column) => csvField(Array.isArray(row[column]) ? (row[column] as string[]).join('; ') : (row[column] as string))).join(
        ',',
      ),
    );
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows as JSON, with the search they answer and whether the limit cut them. */
export function toJson(rows: readonly ExportRow[], about: { search: string; total: number }): string {
  return `${JSON.stringify({ search: about.search, total: about.total, exported: rows.length, limit: EXPORT_LIMIT, results: rows }, null, 2)}\n`;
}

/** A JSON array of strings from the index's metadata; [] for anything else. */
export function metaList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** A file name for the download: the words of the search, kept to safe characters. @example exportFileName('gas prices', 'csv') // 'search-gas-prices.csv' */
export function exportFileName(query: string, extension: 'csv' | 'json'): string {
  const words = query
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `search${words ? `-${words}` : ''}.${extension}`;
}
