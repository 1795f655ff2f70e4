/**
 * The build context hand-off (pipeline/render/build-context.ts → src/lib/archive/build-context.ts):
 * what the writer writes, the pages accept; a damaged file is refused with one error naming it;
 * the integration points the pages at the last context file it was given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContextIntegration, buildContextVitePlugin, CONTEXT_MODULE, writeBuildContext } from '../../pipeline/render/build-context.ts';
import { BUILD_CONTEXT_VERSION, BuildContextError, parseBuildContext } from '../../src/lib/archive/build-context.ts';
import type { Article } from '../../src/lib/article-schema.ts';
import { resolveConfig } from '../../src/lib/config.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

let dir: string;
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('context-'));
});
afterEach(() => cleanup());

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: '6f6e3719',
    sourceFile: '2024/6f6e3719.txt',
    format: 'txt',
    publishedAt: '2024-09-12T23:28:21+03:00',
    date: { year: 2024, month: 9, day: 12, hour: 23, minute: 28, second: 21 },
    headline: 'Bridge opens',
    summary: 'The bridge opened.',
    paragraphs: ['The bridge opened on Thursday.'],
    entities: { people: ['Ana Diaz'], places: ['Sofia'], organisations: [] },
    agencies: ['BTA'],
    related: [],
    slug: 'bridge-opens',
    permalink: '/2024/09/12/bridge-opens/',
    wordCount: 5,
    ...overrides,
  };
}

const CONFIG = resolveConfig({ SITE_URL: 'https://example.org', BASE_PATH: 'news', ARCHIVE_TIME_ZONE: 'Europe/Sofia' });

/** The error `parseBuildContext` throws for the file's text, with the temporary folder shown as `<dir>`. */
function errorFor(file: string): string {
  try {
    parseBuildContext(readFileSync(file, 'utf8'), file);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildContextError);
    return (error as Error).message.replaceAll(dir, '<dir>');
  }
  throw new Error(`${file} was accepted`);
}

describe('writeBuildContext', () => {
  it('writes a context that parseBuildContext accepts as it was given, with the format version', async () => {
    const file = path.join(dir, 'data', 'build-context.json');
    const context = { config: CONFIG, entityMinArticles: 3, articles: [article(), article({ id: 'a2', related: ['6f6e3719'] })] };
    await writeBuildContext(file, context);
    expect(parseBuildContext(readFileSync(file, 'utf8'), file)).toEqual({ version: BUILD_CONTEXT_VERSION, ...context });
  });
});

describe('parseBuildContext', () => {
  it('refuses a malformed context with one error naming the file and the first problems', async () => {
    const file = path.join(dir, 'build-context.json');
    await writeBuildContext(file, { config: CONFIG, entityMinArticles: 2, articles: [article()] });
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.entityMinArticles = 0;
    json.articles.push({ ...article({ id: 'a2', publishedAt: '2024-09-12 23:28' }), headline: undefined }, { id: 'a3' });
    writeFileSync(file, JSON.stringify(json));
    expect(errorFor(file)).toMatchInlineSnapshot(
      `"Build context <dir>/build-context.json is not valid: entityMinArticles: Too small: expected number to be >=1; articles.1.publishedAt: Invalid string: must match pattern /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$/; articles.1.headline: Invalid input: expected string, received undefined (and 12 more)."`,
    );
  });

  it('refuses a file that is not JSON, or from another format version, naming the file', () => {
    const truncated = path.join(dir, 'truncated.json');
    writeFileSync(truncated, '{"version":1,"articles":[');
    expect(errorFor(truncated)).toMatch(/^Build context <dir>\/truncated\.json is not JSON: /);
    const older = path.join(dir, 'older.json');
    writeFileSync(older, JSON.stringify([article()]));
    expect(errorFor(older)).toMatchInlineSnapshot(
      `"Build context <dir>/older.json is not valid: (root): Invalid input: expected object, received array."`,
    );
  });
});

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs each integration's config hook as Astro does (over copies of the integration objects); returns the paths the pages would read. */
async function contextFilesOf(integrations: AstroIntegration[], root: string): Promise<string[]> {
  const config = { root: new URL(`file://${root}/`), integrations: integrations.map(({ name, hooks }) => ({ name, hooks: { ...hooks } })) };
  const files: string[] = [];
  for (const integration of config.integrations) {
    const updateConfig = (update: { vite: { plugins: ReturnType<typeof buildContextVitePlugin>[] } }) => {
      for (const plugin of update.vite.plugins) files.push(moduleText(plugin));
    };
    await (integration.hooks['astro:config:setup'] as SetupHook)({ config, updateConfig } as unknown as Parameters<SetupHook>[0]);
  }
  return files;
}

/** What the plugin serves for the virtual module. */
function moduleText(plugin: ReturnType<typeof buildContextVitePlugin>): string {
  const call = <T>(hook: unknown, id: string) => (hook as (id: string) => T)(id);
  const resolved = call<string>(plugin.resolveId, CONTEXT_MODULE);
  return call<string>(plugin.load, resolved);
}

describe('buildContextIntegration', () => {
  it('serves the context file as an absolute path, relative paths taken from the project root', async () => {
    expect(await contextFilesOf([buildContextIntegration('.cache/dev/build-context.json')], '/project')).toEqual([
      'export const contextFile = "/project/.cache/dev/build-context.json";\n',
    ]);
  });

  it('lets the last one added win: the build’s inline integration overrides astro.config.mjs’s', async () => {
    const integrations = [buildContextIntegration('.cache/dev/build-context.json'), buildContextIntegration('/work/data/articles.json')];
    expect(await contextFilesOf(integrations, '/project')).toEqual(['export const contextFile = "/work/data/articles.json";\n']);
  });
});
