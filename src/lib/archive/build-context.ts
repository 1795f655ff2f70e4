/**
 * The build context: the one value the pipeline hands to the Astro pages (the resolved
 * configuration, the entity-page threshold and every published article), written as JSON by
 * pipeline/render/build-context.ts and validated here when the pages read it, never cast.
 * Archive groupings are not in it: src/data/archive.ts derives them from the articles once per build.
 */
import { z } from 'zod';
import { ArticleSchema } from '../article-schema.ts';
import { ArchiveConfigSchema } from '../config.ts';

/** The file format's version: a file written by another version is refused, not guessed at. */
export const BUILD_CONTEXT_VERSION = 1;

export const BuildContextSchema = z.object({
  /** The file format's version, BUILD_CONTEXT_VERSION. */
  version: z.literal(BUILD_CONTEXT_VERSION),
  /** The archive configuration, as the build resolved it. */
  config: ArchiveConfigSchema,
  /** ENTITY_MIN_ARTICLES as the build resolved it, before it is capped at the archive's size. */
  entityMinArticles: z.number().int().min(1),
  /** Every published article, newest first (ties by id). */
  articles: z.array(ArticleSchema),
});

export type BuildContext = z.infer<typeof BuildContextSchema>;

/** A build context file that is not JSON or does not match BuildContextSchema. */
export class BuildContextError extends Error {
  override name = 'BuildContextError';
}

/** How many problems the error lists before it says how many more there are. */
const SHOWN_ISSUES = 3;

/**
 * Parses and validates the text of a build context file; `file` names it in the error.
 * @example parseBuildContext('{"version":1}', '/tmp/context.json') // throws BuildContextError: Build context /tmp/context.json is not valid: config: …
 */
export function parseBuildContext(text: string, file: string): BuildContext {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BuildContextError(`Build context ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = BuildContextSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { issues } = parsed.error;
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  throw new BuildContextError(`Build context ${file} is not valid: ${shown.join('; ')}${more}.`);
}
