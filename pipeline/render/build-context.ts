/**
 * The hand-off from the pipeline to the Astro pages: writes the build context
 * (src/lib/archive/build-context.ts) as one JSON file, and an Astro integration that tells the
 * pages where that file is through the virtual module `virtual:news-archive/context`, so nothing
 * under src/data reads an environment variable. src/data/articles.ts reads and validates the file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { BUILD_CONTEXT_VERSION, type BuildContext } from '../../src/lib/archive/build-context.ts';
import { writeJsonAtomic } from '../shared/write-atomic.ts';

/** Where `npm run dev` keeps its build context (scripts/prepare-dev.ts), relative to the project root. */
export const DEV_CONTEXT_FILE = '.cache/dev/build-context.json';

/** The module the pages import the context file's path from (declared in src/virtual-modules.d.ts). */
export const CONTEXT_MODULE = 'virtual:news-archive/context';

const INTEGRATION_NAME = 'news-archive:build-context';

/**
 * Writes the build context to `file` (the format version is added here), atomically: a page or
 * `astro dev` reading it meanwhile sees the previous file or the new one, never half of one.
 */
export async function writeBuildContext(file: string, context: Omit<BuildContext, 'version'>): Promise<void> {
  const { config, entityMinArticles, articles } = context;
  await writeJsonAtomic(file, { version: BUILD_CONTEXT_VERSION, config, entityMinArticles, articles });
}

/**
 * The Vite plugin behind the integration: `virtual:news-archive/context` exports `contextFile`,
 * the absolute path of the build context. Also used on its own where there is no Astro (Vitest).
 */
export function buildContextVitePlugin(file: string): Plugin {
  const resolvedId = `\0${CONTEXT_MODULE}`;
  const absolute = path.resolve(file);
  return {
    name: INTEGRATION_NAME,
    resolveId: (id) => (id === CONTEXT_MODULE ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? `export const contextFile = ${JSON.stringify(absolute)};\n` : undefined),
  };
}

/**
 * The integration that points the pages at `file` (absolute, or relative to the project root).
 * When it is added more than once, the last one counts: `build()` appends its inline
 * integrations (the build's own context file) after astro.config.mjs's (the dev server's).
 */
export function buildContextIntegration(file: string): AstroIntegration {
  const setup: NonNullable<AstroIntegration['hooks']['astro:config:setup']> = ({ config, updateConfig }) => {
    // Astro copies each integration object when it validates the config, but not its hook functions.
    const last = config.integrations.findLast((integration) => integration.name === INTEGRATION_NAME);
    if (last?.hooks['astro:config:setup'] !== setup) return;
    updateConfig({ vite: { plugins: [buildContextVitePlugin(path.resolve(fileURLToPath(config.root), file))] } });
  };
  return { name: INTEGRATION_NAME, hooks: { 'astro:config:setup': setup } };
}
