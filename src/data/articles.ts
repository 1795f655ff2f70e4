/**
 * The one reader of the build context for Astro pages: reads the file the pipeline wrote
 * (pipeline/render/build-context.ts), whose path comes from the build's virtual module, validates
 * it with BuildContextSchema once per build, and hands its parts to the other src/data modules.
 * Articles are not an Astro content collection on purpose: the default data store is one
 * .astro/data-store.json, which failed on large archives (withastro/astro #13360). Astro 7.1's
 * `experimental.collectionStorage: "chunked"` splits that file into 10 MB chunks; it is experimental
 * and has not been measured here at 100,000 articles (see docs/design.md), so the build context stays.
 */
import { readFileSync } from 'node:fs';
import { contextFile } from 'virtual:news-archive/context';
import { parseBuildContext, BuildContextError, type BuildContext } from '../lib/archive/build-context.ts';
import type { Article } from '../lib/article-schema.ts';
import type { ArchiveConfig } from '../lib/config.ts';

let context: BuildContext | undefined;

/** The build context, read and validated on first use. */
function getBuildContext(): BuildContext {
  if (!context) {
    let text: string;
    try {
      text = readFileSync(contextFile, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BuildContextError(
        `Build context ${contextFile} could not be read (${reason}); \`npm run dev\` and \`npm run build\` write it.`,
      );
    }
    context = parseBuildContext(text, contextFile);
  }
  return context;
}

/** Every published article, newest first (ties by id). */
export function getArticles(): Article[] {
  return getBuildContext().articles;
}

/** The archive configuration the build resolved. */
export function getConfig(): ArchiveConfig {
  return getBuildContext().config;
}

/** ENTITY_MIN_ARTICLES as the build resolved it (src/lib/archive/entity-index.ts caps it at the archive's size). */
export function getEntityMinArticles(): number {
  return getBuildContext().entityMinArticles;
}
