import { describe, expect, it } from 'vitest';
import { compareProblems, formatProblem, quoteForMessage, type Problem } from '../../../src/lib/report/problems.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
  file: 'a.txt',
  line: 1,
  col: 1,
  code: 'X',
  severity: 'B',
  message: 'm',
  ...overrides,
});

describe('formatProblem', () => {
  it('renders path:line:col CODE message', () => {
    expect(formatProblem(problem({ file: 'dir/a.txt', line: 3, col: 9, code: 'TIMESTAMP_RANGE', message: 'day 30' }))).toBe(
      'dir/a.txt:3:9 TIMESTAMP_RANGE day 30',
    );
  });

  it('always gives exactly one line: line breaks and invisible characters in the path or message are escaped', () => {
    expect(formatProblem(problem({ file: 'a\nb\u2028c\u200b.txt', message: 'x\ry' }))).toBe('a\\u000Ab\\u2028c\\u200B.txt:1:1 X x\\u000Dy');
  });
});

describe('quoteForMessage', () => {
  it.each([
    ['\uFEFF2024-01-05', '"\\uFEFF2024-01-05"'],
    ['say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
    ['😀'.repeat(41), `"${'😀'.repeat(40)}…"`],
  ])('quotes %j as %s', (text, expected) => {
    expect(quoteForMessage(text)).toBe(expected);
  });
});

describe('compareProblems', () => {
  it('orders by class, then file, line and column (numerically)', () => {
    const sorted = [
      problem({ severity: 'C', line: 10 }),
      problem({ severity: 'C', line: 9 }),
      problem({ severity: 'A', file: 'z.txt' }),
      problem({ severity: 'B', file: 'b.txt' }),
    ].sort(compareProblems);
    expect(sorted.map((p) => `${p.severity} ${p.file}:${p.line}`)).toEqual(['A z.txt:1', 'B b.txt:1', 'C a.txt:9', 'C a.txt:10']);
  });
});
