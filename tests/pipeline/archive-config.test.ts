/** The config file is loaded under the environment, and its settings reach the environment's readers. */
import { describe, expect, it } from 'vitest';
import { configFilePath, loadArchiveConfig } from '../../pipeline/shared/archive-config.ts';

const FRENCH = 'tests/fixtures/config/french.config.ts';

describe('loadArchiveConfig', () => {
  it("uses the project's archive.config.ts by default", async () => {
    expect(configFilePath({})).toMatch(/\/archive\.config\.ts$/);
    expect((await loadArchiveConfig({})).siteTitle).toBe('News Archive');
  });

  it("takes the title from ARCHIVE_CONFIG's file, and SITE_TITLE over it", async () => {
    const env: NodeJS.ProcessEnv = { ARCHIVE_CONFIG: FRENCH };
    const config = await loadArchiveConfig(env);
    expect([config.siteTitle, config.locale]).toEqual(['Archives de presse', 'fr-FR']);
    // The file's settings are put into the environment for the readers that take variables by name.
    expect([env.SITE_TITLE, env.ARCHIVE_LOCALE, env.PAGE_SIZE]).toEqual(['Archives de presse', 'fr-FR', undefined]);
    expect((await loadArchiveConfig({ ARCHIVE_CONFIG: FRENCH, SITE_TITLE: 'Overridden' })).siteTitle).toBe('Overridden');
  });

  it('command-line overrides win over both', async () => {
    expect((await loadArchiveConfig({ STRICT: '0' }, { STRICT: '1' })).strict).toBe(true);
  });

  it('refuses a missing ARCHIVE_CONFIG file in one line', async () => {
    await expect(loadArchiveConfig({ ARCHIVE_CONFIG: 'no/such.config.ts' })).rejects.toThrow(
      /^Invalid configuration: ARCHIVE_CONFIG names .*no\/such\.config\.ts, which does not exist$/,
    );
  });
});
