// @ts-check
// html-validate configuration for the built site (tests/e2e/quality.spec.ts validates every page).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // A news page's <title> carries the whole headline (up to 100 characters by the headline
    // rules) plus the site name; cutting it to 70 for search-result display would lose meaning.
    'long-title': 'off',
  },
});
