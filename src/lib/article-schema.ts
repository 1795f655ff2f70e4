/**
 * The validated domain article: the one source of the Article type used by the
 * ingest step, the pages, the feeds and the search index.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './seed/slug.ts';

export const WallClockSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  second: z.number().int().min(0).max(59),
});

export const EntitiesSchema = z.object({
  /** People named in the article, normalised to their fullest form. */
  people: z.array(z.string()),
  /** Countries, cities and regions the article names. */
  places: z.array(z.string()),
  /** Organisations (ministries, companies, parties, institutions). */
  organisations: z.array(z.string()),
  /** Countries the article names or implies through its places ("Houston" → "United States"). */
  countries: z.array(z.string()).optional(),
});

/**
 * The places an article counts for in facets, on place pages and in related articles: those it
 * names, then the countries they imply ("Houston" → "United States").
 * @example placesCounted({ places: ['Houston'], countries: ['United States'] }) // ['Houston', 'United States']
 */
export function placesCounted(entities: { places: readonly string[]; countries?: readonly string[] | undefined }): string[] {
  return [...new Set([...entities.places, ...(entities.countries ?? [])])];
}

export const ArticleSchema = z.object({
  /** Stable identity: the file name's hex id, or front-matter `id`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** Seed path relative to the seeds folder. */
  sourceFile: z.string().min(1),
  /** Which input format the article came from. */
  format: z.enum(['txt', 'md']),
  /** Publication instant, ISO 8601 with the archive zone's offset. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/),
  /** Wall-clock date and time in the archive's zone (what the seed said). */
  date: WallClockSchema,
  /** Headline: front-matter title or derived from the lead. */
  headline: z.string().min(1).max(300),
  /** One or two sentences for listings, feeds and meta descriptions. */
  summary: z.string(),
  /** Body paragraphs as plain text (always present; used for search, feeds and enrichment). */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** Sanitised HTML body for Markdown seeds; absent for plain-text seeds. */
  html: z.string().optional(),
  /** Named entities found in the text. */
  entities: EntitiesSchema,
  /** News agencies the text cites (Reuters, TASS, BTA…). */
  agencies: z.array(z.string()),
  /** Ids of the most similar other articles, most similar first (filled by the archive-wide enrichment pass). */
  related: z.array(z.string()).default([]),
  /**
   * Id of the earliest version of the story this article is a version of
   * (filled by the archive-wide story pass; absent means the article is its own
   * story). Read it through storyOf().
   */
  story: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .optional(),
  /** URL slug, unique within its day. */
  slug: z.string().regex(SLUG_PATTERN).max(100),
  /** Site-relative permalink `/YYYY/MM/DD/<slug>/`, without the base path. */
  permalink: z.string().regex(/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/),
  /** Number of words in the body. */
  wordCount: z.number().int().min(0),
});

export type Article = z.infer<typeof ArticleSchema>;

/** The story an article belongs to: its earliest version's id, or its own. */
export function storyOf(article: Pick<Article, 'id' | 'story'>): string {
  return article.story ?? article.id;
}
export type Entities = z.infer<typeof EntitiesSchema>;
