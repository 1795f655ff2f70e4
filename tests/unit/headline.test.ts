import { describe, expect, it } from 'vitest';
import { cutAtClause, deriveHeadline, deriveSummary, HEADLINE_MAX } from '../../src/lib/headline.ts';
import { splitSentences } from '../../src/lib/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['Prices rose 3.5% in the U.S. economy. Markets fell.', ['Prices rose 3.5% in the U.S. economy.', 'Markets fell.']],
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['“We will respond,” she said. Talks resume today.', ['“We will respond,” she said.', 'Talks resume today.']],
    ['He arrived in the U.S. The talks began.', ['He arrived in the U.S.', 'The talks began.']],
    ['No full stop at the end', ['No full stop at the end']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('deriveHeadline', () => {
  it.each([
    [
      'cuts a long lead sentence at a clause boundary',
      'The Russian-Chinese partnership is not directed against third countries, but Moscow and Beijing may join forces if faced with aggression. This was said today.',
      'The Russian-Chinese partnership is not directed against third countries',
    ],
    [
      'keeps a short lead sentence whole, without its full stop',
      'Parliament passed the budget on Friday. Debate lasted six hours.',
      'Parliament passed the budget on Friday',
    ],
    ['keeps a question mark', 'Will the central bank cut rates again? Economists are divided.', 'Will the central bank cut rates again?'],
  ])('%s', (_case, lead, expected) => {
    expect(deriveHeadline([lead])).toBe(expected);
  });

  it('never exceeds the limit or cuts mid-word when there is no clause boundary', () => {
    const lead = `${'Supercalifragilistic '.repeat(8)}words everywhere.`;
    const headline = deriveHeadline([lead]);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline).toMatch(/Supercalifragilistic…$/);
  });
});

describe('cutAtClause', () => {
  it('returns short text unchanged apart from trailing punctuation', () => {
    expect(cutAtClause('Short and sweet.', 100)).toBe('Short and sweet');
  });
});

describe('deriveSummary', () => {
  it('continues with the next sentence when the headline is the whole lead sentence', () => {
    const paragraphs = ['Parliament passed the budget on Friday. Debate lasted six hours.'];
    expect(deriveSummary(paragraphs, 'Parliament passed the budget on Friday')).toBe('Debate lasted six hours.');
  });
});
