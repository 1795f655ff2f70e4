/**
 * An Astro integration around Astro's own prerenderer: it reports render progress (how many
 * pages there are, each page as it is rendered) and, for a partitioned build, keeps only the
 * pages of the partition. Every other call is delegated unchanged.
 * Pages restored from an incremental-build cache are not rendered, so they are not counted.
 */
import type { AstroIntegration } from 'astro';
import { startProgress, type Progress } from './progress.ts';

export interface PrerenderHooksOptions {
  /** Renders only the pages whose path (without the base path, e.g. `/2004/05/06/slug/`) it accepts. */
  keepPage?: (pathname: string) => boolean;
}

/** The integration; add it to the inline config of `build()`. */
export function prerenderHooks(options: PrerenderHooksOptions = {}): AstroIntegration {
  let progress: Progress | undefined;
  return {
    name: 'news-archive:prerender-hooks',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => ({
          name: `${prerenderer.name}+hooks`,
          setup: () => prerenderer.setup?.() ?? Promise.resolve(),
          ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
          async getStaticPaths() {
            const all = await prerenderer.getStaticPaths();
            const paths = options.keepPage ? all.filter(({ pathname }) => options.keepPage!(pathname)) : all;
            progress = startProgress('render', { total: paths.length, unit: 'pages' });
            return paths;
          },
          async render(request, renderOptions) {
            const result = await prerenderer.render(request, renderOptions);
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
