/**
 * The `page` fixture for every browser test: any console error, uncaught page error or failed
 * request fails the test. A test that expects an HTTP error lists its URL in `allowedHttpErrors`.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedHttpErrors: string[]; pageErrors: string[] }>({
  allowedHttpErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedHttpErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Chromium's "Failed to load resource" carries no URL; the response listener reports it instead.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && !allowedHttpErrors.includes(response.url()))
          errors.push(`http ${response.status()}: ${response.url()}`);
      });
      page.on('requestfailed', (request) => {
        // ERR_ABORTED is the browser cancelling a request because the page navigated away
        // (a favicon still loading when a link is clicked); real failures arrive as HTTP errors above.
        const reason = request.failure()?.errorText ?? '';
        if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
      });
      await use(errors);
      expect(errors, 'console, page or HTTP errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
