/**
 * The static data export, the archive's API for researchers and tools: `data/YYYY/MM.ndjson`
 * holds one JSON line per published article of that month (wall-clock date in the archive's
 * zone), `data/index.json` lists the files with their counts, and `data/schema.json` is the
 * JSON Schema of a line (made from the Zod schema below, so the two cannot drift). It is data,
 * not HTML: strings are JSON-escaped and nothing else.
 */
import { z } from 'zod';
import { storyOf, type Article } from '../article-schema.ts';
import { withBase } from './urls.ts';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const ExportRecordSchema = z
  .object({
    id: z.string().regex(ID).describe("The article's stable id."),
    url: z.string().startsWith('/').describe("The article's path on the site, with the base path (resolve it against the site's origin)."),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
      .describe("Publication instant, ISO 8601 with the archive zone's offset."),
    headline: z.string().describe('Headline: front-matter title or derived from the lead.'),
    summary: z.string().describe('One or two sentences of the lead.'),
    people: z.array(z.string()).describe('People named, each by its fullest name in the archive.'),
    places: z.array(z.string()).describe('Places named (countries, cities, regions).'),
    countries: z.array(z.string()).describe('Countries named or implied by a city or region ("Houston" → "United States").'),
    organisations: z.array(z.string()).describe('Organisations named.'),
    agencies: z.array(z.string()).describe('News agencies the text cites.'),
    wordCount: z.number().int().min(0).describe('Words in the body.'),
    story: z.string().regex(ID).describe("Id of the earliest version of the story (the article's own id when it stands alone)."),
  })
  .strict();

export type ExportRecord = z.infer<typeof ExportRecordSchema>;

export const ExportIndexSchema = z
  .object({
    articles: z.number().int().min(0).describe('Published articles in all files.'),
    schema: z.string().describe('Path of the JSON Schema of a line.'),
    files: z
      .array(
        z
          .object({ path: z.string(), year: z.number().int(), month: z.number().int().min(1).max(12), articles: z.number().int().min(1) })
          .strict(),
      )
      .describe('One NDJSON file per month, oldest first.'),
  })
  .strict();

export type ExportIndex = z.infer<typeof ExportIndexSchema>;

const pad = (value: number) => String(value).padStart(2, '0');

/** The site-relative path of a month's file. @example exportFilePath(2024, 9) // '/data/2024/09.ndjson' */
export const exportFilePath = (year: number, month: number) => `/data/${year}/${pad(month)}.ndjson`;
export const EXPORT_INDEX_PATH = '/data/index.json';
export const EXPORT_SCHEMA_PATH = '/data/schema.json';

/** One article as an export line's record. */
export function exportRecordOf(article: Article, basePath: string): ExportRecord {
  return {
    id: article.id,
    url: withBase(basePath, article.permalink),
    publishedAt: article.publishedAt,
    headline: article.headline,
    summary: article.summary,
    people: article.entities.people,
    places: article.entities.places,
    countries: article.entities.countries ?? [],
    organisations: article.entities.organisations,
    agencies: article.agencies,
    wordCount: article.wordCount,
    story: storyOf(article),
  };
}

export interface ExportMonth {
  year: number;
  month: number;
  articles: Article[];
}

/** Articles grouped by wall-clock month, oldest month first; within a month oldest first, then by id, so the files are reproducible. */
export function exportMonths(articles: readonly Article[]): ExportMonth[] {
  const months = new Map<string, ExportMonth>();
  for (const article of articles) {
    const key = `${article.date.year}-${pad(article.date.month)}`;
    const month = months.get(key) ?? months.set(key, { year: article.date.year, month: article.date.month, articles: [] }).get(key)!;
    month.articles.push(article);
  }
  const byTime = (a: Article, b: Article) =>
    Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, month]) => ({ ...month, articles: [...month.articles].sort(byTime) }));
}

/** A month's NDJSON text: one line per article, each ending in a newline. */
export function ndjsonOf(articles: readonly Article[], basePath: string): string {
  return articles.map((article) => `${JSON.stringify(exportRecordOf(article, basePath))}\n`).join('');
}

/** The export's index: every month's file (paths with the base path) and its count. */
export function exportIndexOf(months: readonly ExportMonth[], basePath: string): ExportIndex {
  return {
    articles: months.reduce((sum, month) => sum + month.articles.length, 0),
    schema: withBase(basePath, EXPORT_SCHEMA_PATH),
    files: months.map((month) => ({
      path: withBase(basePath, exportFilePath(month.year, month.month)),
      year: month.year,
      month: month.month,
      articles: month.articles.length,
    })),
  };
}

/** The JSON Schema of one line, as published at data/schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ExportRecordSchema, { target: 'draft-2020-12' }),
    $id: 'schema.json',
    title: 'News archive article (one line of data/YYYY/MM.ndjson)',
  };
}
