import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgressDone, formatProgressLine, groupThousands } from '../../../src/lib/report/progress-line.ts';

describe('groupThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [1234.6, '1,235'],
  ])('%s → %s', (value, expected) => {
    expect(groupThousands(value)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [4.4, '0:04'],
    [59.6, '1:00'],
    [605, '10:05'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatProgressLine', () => {
  it.each([
    [{ label: 'render', done: 4200, total: 10000, unit: 'pages', elapsedMs: 3500 }, 'render: 4,200/10,000 pages (42%), 1,200/s, ETA 0:05'],
    [{ label: 'ingest', done: 500, unit: 'seeds', elapsedMs: 2000 }, 'ingest: 500 seeds, 250/s'],
    [{ label: 'index', done: 0, total: 100, unit: 'pages', elapsedMs: 0 }, 'index: 0/100 pages (0%), 0/s'],
    // A total that turned out too small never shows more than 100 % or a negative ETA.
    [{ label: 'render', done: 120, total: 100, unit: 'pages', elapsedMs: 1000 }, 'render: 120/100 pages (100%), 120/s'],
  ])('%o', (state, expected) => {
    expect(formatProgressLine(state)).toBe(expected);
  });
});

describe('formatProgressDone', () => {
  it('gives the count, the duration and the mean rate', () => {
    expect(formatProgressDone({ label: 'render', done: 10003, total: 10003, unit: 'pages', elapsedMs: 8450 })).toMatchInlineSnapshot(
      `"render: 10,003 pages in 0:08 (1,184/s)"`,
    );
  });
});
