// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// gray-matter evaluates `---js` front matter by default: only seed-parser.ts calls it, after its own fence checks
// and with engines that refuse every language but YAML.
const GRAY_MATTER = 'gray-matter can evaluate front matter as JavaScript: seeds are parsed by src/lib/seed/seed-parser.ts.';
const PURE_LIB = { group: ['node:*', 'astro:*'], message: 'src/lib is pure: do I/O in pipeline/ or src/data/.' };

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/lib is pure: no file system, no environment, no clock (shared/docs/STYLE.md).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [PURE_LIB, { group: ['gray-matter'], message: GRAY_MATTER }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'src/lib is pure: take configuration as a parameter.' },
        { object: 'Date', property: 'now', message: 'src/lib is pure: take "now" as a parameter.' },
      ],
    },
  },
  {
    // The one caller of gray-matter (see GRAY_MATTER).
    files: ['src/lib/seed/seed-parser.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PURE_LIB] }] },
  },
  {
    // Front matter is data, never code (issue 3): src/lib's own rule above covers src/lib.
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts', 'pipeline/**/*.ts', 'tools/**/*.ts'],
    ignores: ['src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'gray-matter', message: GRAY_MATTER }] }] },
  },
  {
    // Reproducible builds: "now" has one source, buildNow() in pipeline/shared/build-now.ts, which honours SOURCE_DATE_EPOCH.
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts', 'pipeline/**/*.ts', 'tools/**/*.ts'],
    ignores: ['pipeline/shared/build-now.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use buildNow() from pipeline/shared/build-now.ts (honours SOURCE_DATE_EPOCH).',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Use buildNow() from pipeline/shared/build-now.ts (honours SOURCE_DATE_EPOCH).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use buildNow() from pipeline/shared/build-now.ts (honours SOURCE_DATE_EPOCH).',
        },
      ],
    },
  },
);
