/**
 * Partitions of a build that runs on several machines: each year partition renders and
 * indexes only the pages under its years (/YYYY/…: articles and date archives), and the one
 * `shared` partition renders every other page (home, archive index, feeds, sitemaps, entity
 * pages, search, 404). Every partition ingests the whole archive, so links into other
 * partitions (related articles, neighbouring days, listings) are the same as in a one-machine
 * build; `npm run combine` puts the folders together.
 */
import { z } from 'zod';

export const PartitionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shared') }),
  z.object({
    kind: z.literal('years'),
    /** First and last year included; open ends are -Infinity / Infinity, written as null in JSON. */
    firstYear: z.number().int().nullable(),
    lastYear: z.number().int().nullable(),
  }),
]);
export type Partition = z.infer<typeof PartitionSchema>;

/**
 * Reads a partition specification: `shared`, a year (`2004`), a range (`2000..2012` or
 * `2000-2012`), or an open range (`2013..`, `..1999`). Throws a readable error otherwise.
 */
export function parsePartition(spec: string): Partition {
  const text = spec.trim();
  if (text === 'shared') return { kind: 'shared' };
  const match = /^(\d{4})?(\.\.|-)?(\d{4})?$/.exec(text);
  // "-1999" is refused: on a command line it reads as an option; "..1999" says the same.
  if (match && (match[1] || match[3]) && (match[2] || !match[3]) && !(match[2] === '-' && !match[1])) {
    const firstYear = match[1] ? Number(match[1]) : null;
    const lastYear = match[3] ? Number(match[3]) : match[2] ? null : firstYear;
    if (firstYear === null || lastYear === null || firstYear <= lastYear) return { kind: 'years', firstYear, lastYear };
  }
  throw new Error(`PARTITION: "${spec}" is not "shared", a year (2004), a range (2000..2012) or an open range (2013.. or ..1999)`);
}

/** The canonical name of a partition: `shared`, `2004`, `2000..2012`, `2013..`, `..1999`. */
export function partitionName(partition: Partition): string {
  if (partition.kind === 'shared') return 'shared';
  const { firstYear, lastYear } = partition;
  if (firstYear !== null && firstYear === lastYear) return String(firstYear);
  return `${firstYear ?? ''}..${lastYear ?? ''}`;
}

/** Whether `year` belongs to a year partition (never to `shared`). */
export function partitionHasYear(partition: Partition, year: number): boolean {
  if (partition.kind === 'shared') return false;
  return (partition.firstYear === null || year >= partition.firstYear) && (partition.lastYear === null || year <= partition.lastYear);
}

/** The year a page belongs to, from its path without the base path (`/2004/05/06/…` → 2004); undefined for shared pages. */
export function yearOfPage(pathname: string): number | undefined {
  const match = /^\/?(\d{4})(?:\/|$)/.exec(pathname);
  return match ? Number(match[1]) : undefined;
}

/** Whether a partition renders the page at `pathname` (relative to the base path). */
export function partitionHasPage(partition: Partition, pathname: string): boolean {
  const year = yearOfPage(pathname);
  return year === undefined ? partition.kind === 'shared' : partitionHasYear(partition, year);
}
