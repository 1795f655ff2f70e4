/**
 * An Astro integration around Astro's own prerenderer: it reports render progress (how many
 * pages there are, each page as it is rendered) and, for a partitioned build, keeps only the
 * pages of the partition, and leaves out the pages an incremental build reuses
 * (pipeline/render/page-reuse.ts). Every other call is delegated unchanged.
 */
import type { AstroIntegration } from 'astro';
import { startProgress, type Progress } from '../shared/progress.ts';

export interface PrerenderHooksOptions {
  /** Renders only the pages whose path (without the base path, e.g. `/2004/05/06/slug/`) it accepts. */
  keepPage?: (pathname: string) => boolean;
  /** True when the page need not be rendered (its previous output is reused); sees every kept page's cache key. */
  reusePage?: (pathname: string, cacheKey: string | undefined) => boolean;
  /** Told the URL path of every HTML page rendered (used for the deploy audit). */
  onPage?: (pathname: string) => void;
  /** Awaited before the pages are listed: the articles' data file is written by then. */
  dataReady?: Promise<void>;
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
            await options.dataReady;
            const all = await prerenderer.getStaticPaths();
            const kept = options.keepPage ? all.filter(({ pathname }) => options.keepPage!(pathname)) : all;
            const paths = options.reusePage ? kept.filter(({ pathname, cacheKey }) => !options.reusePage!(pathname, cacheKey)) : kept;
            progress = startProgress('render', { total: paths.length, unit: 'pages' });
            return paths;
          },
          async render(request, renderOptions) {
            const result = await prerenderer.render(request, renderOptions);
            progress?.tick();
            const response = result instanceof Response ? result : result.response;
            if (options.onPage && response.ok && response.headers.get('content-type')?.startsWith('text/html')) {
              options.onPage(new URL(request.url).pathname);
            }
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
