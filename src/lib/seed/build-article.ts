/**
 * ParsedSeed (what the file says) to a validated Article (what the archive publishes):
 * headline, summary, slug, permalink and word count derived, then checked by ArticleSchema.
 */
import { ArticleSchema, type Article } from '../article-schema.ts';
import { stripInvisible } from './characters.ts';
import type { Enricher } from '../enrichment/enrichment-types.ts';
import { deriveHeadline, deriveSummary, leadSentence } from '../enrichment/headline.ts';
import { renderMarkdown } from './markdown.ts';
import type { ParsedSeed } from './seed-parser.ts';
import { deriveSlug, permalinkFor } from './slug.ts';

/** Counts words as runs of letters or digits. */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += paragraph.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return count;
}

/** The seed with its Markdown rendered (once), and the body paragraphs as plain text. */
export function articleBody(seed: ParsedSeed): { seed: ParsedSeed; paragraphs: string[] } {
  if (seed.format !== 'md') return { seed, paragraphs: seed.paragraphs.map((p) => p.text) };
  const rendered = seed.rendered ?? renderMarkdown(seed.markdown ?? '');
  return { seed: { ...seed, rendered }, paragraphs: rendered.paragraphs };
}

/**
 * Builds and validates the Article for a parsed seed; throws a ZodError on a schema violation.
 * `enrich` finds entities and agencies (`enrichText`); ingest passes a cached one (pipeline/ingest/enrichment-cache.ts).
 */
export function buildArticle(parsed: ParsedSeed, enrich: Enricher): Article {
  const { seed, paragraphs } = articleBody(parsed);
  const rendered = seed.rendered;
  // Invisible format characters (zero-width space, bidi controls) never reach <title>, ids or URLs; the body keeps them.
  const headline = stripInvisible(seed.frontMatter?.title ?? deriveHeadline(paragraphs));
  const summary = seed.frontMatter?.summary ?? deriveSummary(paragraphs, headline);
  const slug = seed.frontMatter?.slug ?? deriveSlug(stripInvisible(seed.frontMatter?.title ?? leadSentence(paragraphs)), seed.id);
  const date = seed.timestamp.wallClock;
  return ArticleSchema.parse({
    id: seed.id,
    sourceFile: seed.file,
    format: seed.format,
    publishedAt: seed.timestamp.publishedAt,
    date,
    headline,
    summary,
    paragraphs,
    ...(rendered ? { html: rendered.html } : {}),
    ...enrich(paragraphs),
    slug,
    permalink: permalinkFor(date, slug),
    wordCount: countWords(paragraphs),
  });
}

/** Newest first; ties broken by id so the order is identical on every file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  if (a.publishedAt !== b.publishedAt) {
    const ta = Date.parse(a.publishedAt);
    const tb = Date.parse(b.publishedAt);
    if (ta !== tb) return tb - ta;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
