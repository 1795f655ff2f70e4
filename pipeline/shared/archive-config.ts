/**
 * Loads the project's config file (archive.config.ts at the project root, or the file named by
 * ARCHIVE_CONFIG) and resolves the configuration: environment variables override the file, which
 * overrides the defaults (src/lib/config.ts). The settings the file gives are also put into this
 * process's environment where the environment does not set them, so the readers that take settings by
 * variable name (Astro's config, host limits, progress, workers and child processes) see the
 * same values.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigError,
  resolveConfig,
  SETTINGS,
  settingsAsEnv,
  type ArchiveConfig,
  type ArchiveSettings,
  type SettingKey,
} from '../../src/lib/config.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
/** The config file's names at the project root, in the order they are looked for. */
export const CONFIG_FILES = ['archive.config.ts', 'archive.config.mjs'];

/** The config file in force: ARCHIVE_CONFIG (relative to the project root) or the first of CONFIG_FILES found. */
export function configFilePath(env: Record<string, string | undefined> = process.env): string | undefined {
  const named = env.ARCHIVE_CONFIG?.trim();
  if (named) return path.resolve(projectRoot, named);
  return CONFIG_FILES.map((name) => path.join(projectRoot, name)).find((file) => existsSync(file));
}

/** The settings the config file exports by default ({} without a file). */
export async function readConfigFile(file: string | undefined): Promise<ArchiveSettings> {
  if (!file) return {};
  if (!existsSync(file)) throw new ConfigError(`Invalid configuration: ARCHIVE_CONFIG names ${file}, which does not exist`);
  const exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  if (!exported || typeof exported !== 'object' || Array.isArray(exported)) {
    throw new ConfigError(`Invalid configuration: ${path.relative(projectRoot, file)} must \`export default defineConfig({ … })\``);
  }
  return exported as ArchiveSettings;
}

/**
 * The configuration for this process: the file's settings under the environment's, then the
 * resolved values written into `env` where it lacks them (see the module comment). `overrides`
 * (command-line flags such as --strict) win over both.
 */
export async function loadArchiveConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, string> = {},
): Promise<ArchiveConfig> {
  const file = await readConfigFile(configFilePath(env));
  const config = resolveConfig({ ...env, ...overrides }, file);
  const asEnv = settingsAsEnv(config);
  for (const key of Object.keys(file) as SettingKey[]) {
    const name = SETTINGS[key].env;
    if (file[key] !== undefined && !env[name]?.trim() && asEnv[name] !== undefined) env[name] = asEnv[name];
  }
  return config;
}
