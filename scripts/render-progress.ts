/**
 * An Astro integration that reports render progress: it wraps Astro's prerenderer to
 * learn how many pages there are and to count each page as it is rendered.
 * Pages restored from the incremental-build cache are not rendered, so they are not counted.
 */
import type { AstroIntegration } from 'astro';
import { startProgress, type Progress } from './progress.ts';

/** The integration; add it to the inline config of `build()`. */
export function renderProgress(): AstroIntegration {
  let progress: Progress | undefined;
  return {
    name: 'news-archive:render-progress',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        // Delegates every call to Astro's own prerenderer; only counts around it.
        setPrerenderer((prerenderer) => ({
          name: `${prerenderer.name}+progress`,
          setup: () => prerenderer.setup?.() ?? Promise.resolve(),
          ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            progress = startProgress('render', { total: paths.length, unit: 'pages' });
            return paths;
          },
          async render(request, options) {
            const result = await prerenderer.render(request, options);
            progress?.tick();
            return result;
          },
          async teardown() {
            progress?.done();
            await prerenderer.teardown?.();
          },
        }));
      },
    },
  };
}
