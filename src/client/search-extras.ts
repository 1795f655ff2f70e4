/**
 * The search page's occasional helpers: "Did you mean" from the archive's vocabulary shards
 * (fetched only when a search finds nothing), and "Download results" as a CSV or JSON file.
 */
import { EXPORT_LIMIT, exportFileName, metaList, toCsv, toJson, type ExportRow } from '../lib/search/search-export.ts';
import { correctQuery, correctableWords, parseVocabularyShard, shardsFor, type VocabularyShard } from '../lib/search/search-vocabulary.ts';
import type { RunResult } from './search-run.ts';

const shards = new Map<number, Promise<VocabularyShard | undefined>>();

/** The correction of `query` from the shards its words need, or undefined. `lengths` are the shards the site has. */
export async function suggestCorrection(query: string, baseUrl: string, lengths: ReadonlySet<number>): Promise<string | undefined> {
  const needed = [...new Set(correctableWords(query).flatMap(shardsFor))].filter((length) => lengths.has(length));
  if (needed.length === 0) return undefined;
  const loaded = new Map<number, VocabularyShard>();
  await Promise.all(
    needed.map(async (length) => {
      let shard = shards.get(length);
      if (!shard) {
        shard = fetch(`${baseUrl}search/vocabulary/${length}.json`)
          .then((response) => (response.ok ? response.json() : undefined))
          .then(parseVocabularyShard)
          .catch(() => undefined);
        shards.set(length, shard);
      }
      const value = await shard;
      if (value) loaded.set(length, value);
    }),
  );
  return correctQuery(query, loaded);
}

/** Up to EXPORT_LIMIT results as rows, fetching their metadata a batch at a time. */
export async function exportRows(results: readonly RunResult[]): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  const wanted = results.slice(0, EXPORT_LIMIT);
  for (let start = 0; start < wanted.length; start += 50) {
    const batch = await Promise.all(wanted.slice(start, start + 50).map((result) => result.data()));
    for (const data of batch)
      rows.push({
        url: new URL(data.url, location.href).href,
        time: data.meta.date ?? '',
        headline: data.meta.title ?? '',
        agencies: metaList(data.meta.agencies),
        people: metaList(data.meta.people),
        places: metaList(data.meta.places),
      });
  }
  return rows;
}

/** Offers `text` as a file download, built in the browser. */
export function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file for `format` of `rows`. */
export function exportFile(rows: ExportRow[], format: 'csv' | 'json', about: { q: string; search: string; total: number }) {
  return format === 'csv'
    ? { text: toCsv(rows), type: 'text/csv;charset=utf-8', name: exportFileName(about.q, 'csv') }
    : { text: toJson(rows, about), type: 'application/json', name: exportFileName(about.q, 'json') };
}
