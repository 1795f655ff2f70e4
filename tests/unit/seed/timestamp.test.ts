import { describe, expect, it } from 'vitest';
import { formatInstant, parseTimestamp, type TimestampResult } from '../../../src/lib/seed/timestamp.ts';

/** The instant, or the failure's code and column. */
const outcome = (result: TimestampResult) => (result.ok ? result.value.publishedAt : `${result.code}@${result.col}`);

describe('parseTimestamp', () => {
  it.each([
    ['2024-09-12 23:28:21', 'UTC', '2024-09-12T23:28:21+00:00'],
    ['2024-07-01 12:00:00', 'Europe/Sofia', '2024-07-01T12:00:00+03:00'],
    ['2024-01-01 12:00:00', 'Europe/Sofia', '2024-01-01T12:00:00+02:00'],
    ['2024-01-01 00:00:00', 'Pacific/Kiritimati', '2024-01-01T00:00:00+14:00'],
    ['2024-04-07 02:30:00', 'Australia/Lord_Howe', '2024-04-07T02:30:00+10:30'],
    ['1000-01-01 00:00:00', 'UTC', '1000-01-01T00:00:00+00:00'],
    ['9999-12-31 23:59:59', 'UTC', '9999-12-31T23:59:59+00:00'],
    ['2000-02-29 00:00:00', 'UTC', '2000-02-29T00:00:00+00:00'],
  ])('reads %s in %s as %s', (text, zone, expected) => {
    expect(outcome(parseTimestamp(text, zone))).toBe(expected);
  });

  it.each([
    ['2024-02-30 10:00:00', 'TIMESTAMP_RANGE@9'],
    ['2023-02-29 10:00:00', 'TIMESTAMP_RANGE@9'],
    ['2100-02-29 10:00:00', 'TIMESTAMP_RANGE@9'],
    ['2024-13-01 10:00:00', 'TIMESTAMP_RANGE@6'],
    ['2024-01-01 24:00:00', 'TIMESTAMP_RANGE@12'],
    ['2024-01-01 23:60:00', 'TIMESTAMP_RANGE@15'],
    ['2024-01-01 23:59:60', 'TIMESTAMP_RANGE@18'],
    ['0999-01-01 00:00:00', 'TIMESTAMP_RANGE@1'],
    ['2024-01-01T10:00:00', 'TIMESTAMP_FORMAT@1'],
    ['2024-1-1 10:00:00', 'TIMESTAMP_FORMAT@1'],
    ['2024-01-01 10:00', 'TIMESTAMP_FORMAT@1'],
    ['+10000-01-01 00:00:00', 'TIMESTAMP_FORMAT@1'],
    ['２０２４-01-01 10:00:00', 'TIMESTAMP_FORMAT@1'],
    ['2024-01-01 10:00:00.000', 'TIMESTAMP_TRAILING_TEXT@20'],
    ['2024-01-01 10:00:00Z', 'TIMESTAMP_TRAILING_TEXT@20'],
  ])('rejects %s (%s)', (text, expected) => {
    expect(outcome(parseTimestamp(text, 'UTC'))).toBe(expected);
  });

  describe('the daylight saving time rule', () => {
    it.each([
      // Spring forward: the clocks skip these local times, so they do not exist.
      ['2024-03-31 03:30:00', 'Europe/Sofia', 'TIMESTAMP_NONEXISTENT@1'],
      ['2024-03-10 02:30:00', 'America/New_York', 'TIMESTAMP_NONEXISTENT@1'],
      ['2024-10-06 02:15:00', 'Australia/Lord_Howe', 'TIMESTAMP_NONEXISTENT@1'],
      // Samoa skipped a whole day when it crossed the date line.
      ['2011-12-30 12:00:00', 'Pacific/Apia', 'TIMESTAMP_NONEXISTENT@1'],
      // Fall back: these local times happen twice; the earlier instant (summer time) is meant.
      ['2024-10-27 03:30:00', 'Europe/Sofia', '2024-10-27T03:30:00+03:00'],
      ['2024-11-03 01:30:00', 'America/New_York', '2024-11-03T01:30:00-04:00'],
      ['2024-04-07 01:45:00', 'Australia/Lord_Howe', '2024-04-07T01:45:00+11:00'],
      // Just outside the transitions, nothing special happens.
      ['2024-03-31 02:59:59', 'Europe/Sofia', '2024-03-31T02:59:59+02:00'],
      ['2024-03-31 04:00:00', 'Europe/Sofia', '2024-03-31T04:00:00+03:00'],
      ['2024-10-27 04:00:00', 'Europe/Sofia', '2024-10-27T04:00:00+02:00'],
    ])('%s in %s → %s', (text, zone, expected) => {
      expect(outcome(parseTimestamp(text, zone))).toBe(expected);
    });

    it('names the zone and the reason for a skipped time', () => {
      expect(parseTimestamp('2024-03-31 03:30:00', 'Europe/Sofia')).toEqual({
        ok: false,
        code: 'TIMESTAMP_NONEXISTENT',
        col: 1,
        message: '2024-03-31 03:30:00 does not exist in Europe/Sofia: the clocks skipped it (daylight saving time or a zone change)',
      });
    });
  });

  it('refuses a local-mean-time offset that ISO 8601 cannot express, instead of rounding it', () => {
    expect(parseTimestamp('1960-06-01 12:00:00', 'Africa/Monrovia')).toEqual({
      ok: false,
      code: 'TIMESTAMP_OFFSET',
      col: 1,
      message: 'Africa/Monrovia was -00:44:30 from UTC on that date (local mean time), which an ISO 8601 offset cannot express',
    });
  });

  describe('the future-date check', () => {
    const nowMs = Date.UTC(2026, 0, 1, 12, 0, 0);
    const future = { nowMs, allowanceMs: 24 * 3_600_000 };
    it.each([
      ['2026-01-02 12:00:00', 'UTC', '2026-01-02T12:00:00+00:00'],
      ['2026-01-02 12:00:01', 'UTC', 'TIMESTAMP_FUTURE@1'],
      // The allowance is measured on instants: 12:00 in Kiritimati (+14) is 22:00 the day before in UTC.
      ['2026-01-03 01:59:59', 'Pacific/Kiritimati', '2026-01-03T01:59:59+14:00'],
      ['2026-01-03 02:00:01', 'Pacific/Kiritimati', 'TIMESTAMP_FUTURE@1'],
    ])('%s in %s → %s', (text, zone, expected) => {
      expect(outcome(parseTimestamp(text, zone, future))).toBe(expected);
    });

    it('explains how to fix it', () => {
      const result = parseTimestamp('2099-01-01 00:00:00', 'UTC', future);
      expect(result.ok ? '' : result.message).toBe(
        '2099-01-01 00:00:00 is in the future: more than 24 hour(s) after now (2026-01-01T12:00:00+00:00); fix the date or raise FUTURE_ALLOWANCE_HOURS',
      );
    });
  });
});

describe('formatInstant', () => {
  it.each([
    [Date.UTC(2024, 8, 12, 23, 28, 21), 'UTC', '2024-09-12T23:28:21+00:00'],
    [Date.UTC(2024, 8, 12, 23, 28, 21), 'Europe/Sofia', '2024-09-13T02:28:21+03:00'],
    [Date.UTC(2024, 8, 12, 23, 28, 21), 'America/St_Johns', '2024-09-12T20:58:21-02:30'],
    [Date.UTC(1960, 5, 1), 'Africa/Monrovia', undefined],
  ])('formats %d in %s as %s', (epochMs, zone, expected) => {
    expect(formatInstant(epochMs, zone)).toBe(expected);
  });
});
