// @ts-check
import { defineConfig } from 'astro/config';
import { loadArchiveConfig } from './pipeline/shared/archive-config.ts';
import { buildContextIntegration, DEV_CONTEXT_FILE } from './pipeline/render/build-context.ts';

// archive.config.ts under the environment, as every npm script resolves it.
const config = await loadArchiveConfig();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  // Many pages in flight: rendering is quick and each page waits on a folder and a file write, so
  // with 2 the disk sat idle between pages (10,000 articles: 30.4 s with 2, 22.5 s with 16).
  build: { format: 'directory', concurrency: 16, inlineStylesheets: 'never' },
  // Every script and stylesheet stays a file: the Content-Security-Policy (src/lib/deploy/csp.ts) allows
  // no inline code, so Astro must not inline small scripts or assets.
  vite: { build: { assetsInlineLimit: 0 } },
  // No telemetry, no dev toolbar: the output must be the same on every machine.
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  // The pages read the build context `npm run dev` writes; a build's own integration, added after this one, overrides it.
  integrations: [buildContextIntegration(DEV_CONTEXT_FILE)],
});
