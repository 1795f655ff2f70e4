import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FUTURE_ALLOWANCE_HOURS,
  DEFAULT_MAX_SEED_BYTES,
  resolveConfig,
  resolveNow,
  SETTINGS,
  settingsAsEnv,
} from '../../src/lib/config.ts';
import projectConfig from '../../archive.config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('resolveConfig: ingest settings', () => {
  it('has documented defaults', () => {
    const config = resolveConfig({});
    expect([config.maxSeedBytes, config.futureAllowanceHours, config.strict]).toEqual([5 * 1024 * 1024, 24, false]);
    expect([DEFAULT_MAX_SEED_BYTES, DEFAULT_FUTURE_ALLOWANCE_HOURS]).toEqual([5_242_880, 24]);
  });

  it('reads MAX_SEED_BYTES, FUTURE_ALLOWANCE_HOURS and STRICT', () => {
    const config = resolveConfig({ MAX_SEED_BYTES: '1000', FUTURE_ALLOWANCE_HOURS: '0', STRICT: '1' });
    expect([config.maxSeedBytes, config.futureAllowanceHours, config.strict]).toEqual([1000, 0, true]);
  });

  it.each([
    [
      { MAX_SEED_BYTES: 'lots' },
      'Invalid configuration: maxSeedBytes (MAX_SEED_BYTES) "lots" is not allowed; use a whole number of bytes, at least 1',
    ],
    [
      { MAX_SEED_BYTES: '0' },
      'Invalid configuration: maxSeedBytes (MAX_SEED_BYTES) "0" is not allowed; use a whole number of bytes, at least 1',
    ],
    [
      { FUTURE_ALLOWANCE_HOURS: '-1' },
      'futureAllowanceHours (FUTURE_ALLOWANCE_HOURS) "-1" is not allowed; use a number of hours, at least 0',
    ],
    [
      { ARCHIVE_TIME_ZONE: 'Mars/Olympus' },
      'timeZone (ARCHIVE_TIME_ZONE) "Mars/Olympus" is not allowed; use an IANA time zone (e.g. "Europe/Sofia")',
    ],
    [
      { ARCHIVE_LOCALE: 'xx-YY' },
      'locale (ARCHIVE_LOCALE) "xx-YY" is not allowed; use one of en-GB, en-US, fr-FR, de-DE, es-ES, ru-RU, bg-BG',
    ],
    [{ PAGE_SIZE: '501' }, 'pageSize (PAGE_SIZE) "501" is not allowed; use a whole number from 1 to 500'],
    [
      { HOST_LIMITS: 'geocities' },
      'hostLimits (HOST_LIMITS) "geocities" is not allowed; use none, or a comma list of cloudflare, cloudflare-paid, github, netlify',
    ],
  ])('refuses %j in one line naming the setting, the value and what is allowed', (env, message) => {
    expect(() => resolveConfig(env)).toThrow(message);
  });
});

describe('resolveConfig: the config file under the environment', () => {
  it("takes the file's value, and the environment variable over it", () => {
    expect(resolveConfig({}, { siteTitle: 'Wire Archive' }).siteTitle).toBe('Wire Archive');
    expect(resolveConfig({ SITE_TITLE: 'Deployed' }, { siteTitle: 'Wire Archive' }).siteTitle).toBe('Deployed');
    expect(resolveConfig({ SITE_TITLE: ' ' }, { siteTitle: 'Wire Archive' }).siteTitle).toBe('Wire Archive');
    expect(resolveConfig({ PAGE_SIZE: '50' }, { pageSize: 10 }).pageSize).toBe(50);
  });

  it('refuses a bad value in the file, naming it as a file setting', () => {
    expect(() => resolveConfig({}, { pageSize: 0 })).toThrow(
      'Invalid configuration: pageSize (pageSize in the config file) 0 is not allowed; use a whole number from 1 to 500',
    );
    expect(() => resolveConfig({}, { pageSiz: 10 } as never)).toThrow(
      'Invalid configuration: unknown setting "pageSiz" in the config file',
    );
  });

  it("the project's archive.config.ts sets every setting, each to its default", () => {
    expect(Object.keys(projectConfig).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(resolveConfig({}, projectConfig)).toEqual(resolveConfig({}));
    const source = readFileSync(path.join(ROOT, 'archive.config.ts'), 'utf8');
    for (const [key, spec] of Object.entries(SETTINGS))
      expect(source, key).toMatch(new RegExp(`/\\*\\* ${spec.env}: .+ \\*/\\n  ${key}: `));
  });

  it('settingsAsEnv gives the values back under their variable names', () => {
    const config = resolveConfig({}, { siteTitle: 'Wire', strict: true, pageSize: 7 });
    expect(resolveConfig(settingsAsEnv(config))).toEqual(config);
  });
});

describe("the README's configuration table", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
  const rows = section
    .split('\n')
    .filter((line) => /^\| `[A-Z_]+` +\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('lists every setting, with its variable, key, default and doc line, in order', () => {
    const settingRows = rows.filter((cells) => cells.length === 4);
    const expected = Object.entries(SETTINGS).map(([key, spec]) => [
      `\`${spec.env}\``,
      `\`${key}\``,
      spec.default === undefined ? ('defaultLabel' in spec && spec.defaultLabel) || 'unset' : `\`${String(spec.default)}\``,
      spec.doc,
    ]);
    expect(settingRows).toEqual(expected);
  });
});

describe('resolveNow', () => {
  it('uses SOURCE_DATE_EPOCH (seconds) when set, otherwise the clock reading it is given', () => {
    expect(resolveNow({ SOURCE_DATE_EPOCH: '1767225600' }, 5)).toBe(Date.UTC(2026, 0, 1));
    expect(resolveNow({}, 5)).toBe(5);
    expect(resolveNow({ SOURCE_DATE_EPOCH: ' ' }, 5)).toBe(5);
  });

  it('refuses a malformed SOURCE_DATE_EPOCH', () => {
    expect(() => resolveNow({ SOURCE_DATE_EPOCH: '2026-01-01' }, 5)).toThrow(
      'SOURCE_DATE_EPOCH: "2026-01-01" is not a whole number of seconds since 1970',
    );
  });
});
