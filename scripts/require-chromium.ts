/**
 * Stops `npm test` early, with one line saying what to run, when Debian's Chromium is missing.
 * Browser tests never download a browser.
 */
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH } from '../tools/chromium.ts';

try {
  accessSync(CHROMIUM_PATH, constants.X_OK);
} catch {
  console.error(
    `Browser tests need Chromium at ${CHROMIUM_PATH}: run "sudo apt-get update && sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
