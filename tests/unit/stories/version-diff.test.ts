import { describe, expect, it } from 'vitest';
import { describeChange, diffVersions, summariseChange } from '../../../src/lib/stories/version-diff.ts';

const lead = 'Parliament passed the budget on Friday by 120 votes to 80 after a night of debate.';
const second = 'The opposition said it would challenge the vote in the constitutional court.';
const third = 'The budget raises spending on schools and hospitals by four percent.';

describe('summariseChange', () => {
  it.each([
    ['a paragraph added', [lead, second], [lead, second, third], '1 paragraph added'],
    ['paragraphs removed (a radio cut)', [lead, second, third], [lead], '2 paragraphs removed'],
    [
      'the lead reworded',
      [lead, second],
      ['On Friday parliament passed the budget by 120 votes to 80 after a night of debate.', second],
      'lead reworded',
    ],
    [
      'a paragraph reworded and one added',
      [lead, second],
      [lead, 'The opposition said it would challenge the vote in court next week.', third],
      '1 paragraph reworded, 1 paragraph added',
    ],
    ['nothing', [lead], [lead], 'text unchanged'],
  ])('names %s', (_, before, after, line) => {
    expect(describeChange(summariseChange(before, after))).toBe(line);
  });

  it('does not take a new paragraph for a rewording of an unrelated removed one', () => {
    expect(summariseChange([lead, second], [lead, third])).toEqual({ added: 1, removed: 1, reworded: 0, leadReworded: false });
  });
});

describe('diffVersions', () => {
  it('marks the words removed and added inside a reworded paragraph', () => {
    const [row] = diffVersions(['The vote was on Thursday.'], ['The vote was on Friday.']);
    expect(row!.kind).toBe('reworded');
    expect(row!.before!.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['Thursday']);
    expect(row!.after!.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['Friday']);
    expect(row!.after!.map((s) => s.text).join('')).toBe('The vote was on Friday.');
  });
});
