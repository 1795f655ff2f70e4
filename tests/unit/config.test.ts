import { describe, expect, it } from 'vitest';
import { DEFAULT_FUTURE_ALLOWANCE_HOURS, DEFAULT_MAX_SEED_BYTES, resolveConfig, resolveNow } from '../../src/lib/config.ts';

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
    [{ MAX_SEED_BYTES: 'lots' }, /maxSeedBytes/],
    [{ MAX_SEED_BYTES: '0' }, /maxSeedBytes/],
    [{ FUTURE_ALLOWANCE_HOURS: '-1' }, /futureAllowanceHours/],
    [{ ARCHIVE_TIME_ZONE: 'Mars/Olympus' }, /not an IANA time zone/],
  ])('refuses %j', (env, message) => {
    expect(() => resolveConfig(env)).toThrow(message);
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
