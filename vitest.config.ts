import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
    // Tests never depend on the machine's zone or language.
    env: { TZ: 'Pacific/Kiritimati', LANG: 'C' },
  },
});
