import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, E2E_SITES } from './tests/e2e/sites.ts';

// Debian's Chromium, never a downloaded browser. Sites are built by tests/e2e/build-sites.ts
// before Playwright starts (see the test:e2e script), then served as a static host would.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: E2E_SITES.map((site) => ({
    command: `node scripts/serve.ts --dir ${site.outDir} --port ${site.port} --base ${site.basePath}${site.headers ? ' --headers' : ''}`,
    url: `http://127.0.0.1:${site.port}${site.basePath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
