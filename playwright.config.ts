import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/chromium.ts';
import { E2E_SITES } from './tests/e2e/sites.ts';

// Debian's Chromium, never a downloaded browser. Sites are built by tests/e2e/build-sites.ts
// before Playwright starts (see the test:e2e script), then served as a static host would.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Two workers share two cores with the builds of tests/e2e/rebuild.spec.ts: a search result can
  // take longer than the default 5 s to appear under that load (seen once), which is not a failure.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: E2E_SITES.map((site) => ({
    command: `node scripts/preview.ts --dir ${site.outDir} --port ${site.port} --base ${site.basePath}${site.headers ? ' --headers' : ''}`,
    url: `http://127.0.0.1:${site.port}${site.basePath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
