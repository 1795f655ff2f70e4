/**
 * The one description of the browser used by tests, benchmarks and evaluations:
 * Debian's Chromium (never a downloaded browser), headless, with no background traffic.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags: root needs --no-sandbox; the rest stop Chromium calling home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
