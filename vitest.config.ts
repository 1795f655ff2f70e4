import { defineConfig } from 'vitest/config';
import { buildContextVitePlugin, DEV_CONTEXT_FILE } from './pipeline/render/build-context.ts';

export default defineConfig({
  // src/data imports the build context's path from a virtual module that Astro's build provides.
  plugins: [buildContextVitePlugin(DEV_CONTEXT_FILE)],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
    // Tests never depend on the machine's zone or language.
    env: { TZ: 'Pacific/Kiritimati', LANG: 'C' },
  },
});
