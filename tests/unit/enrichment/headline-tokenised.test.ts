// Tokenised wire copy ("Bhutto 's government , police said .") gives headlines and summaries in prose spacing.
import { describe, expect, it } from 'vitest';
import { deriveHeadline, deriveSummary, untokenised } from '../../../src/lib/enrichment/headline.ts';

describe('untokenised', () => {
  it('closes the spaces before punctuation, possessives and contractions and inside brackets and paired quotes', () => {
    expect(untokenised('" We will not sign , " the envoy \'s aide said ( twice ) ; they did n\'t .')).toBe(
      '"We will not sign," the envoy\'s aide said (twice); they didn\'t.',
    );
  });

  it('leaves prose and an odd quotation mark as they are', () => {
    expect(untokenised('Prices rose, dealers said.')).toBe('Prices rose, dealers said.');
    expect(untokenised('He said "wind" of dust. Then "rain" came.')).toBe('He said "wind" of dust. Then "rain" came.');
    expect(untokenised('He said " no , and left .')).toBe('He said " no, and left.');
  });
});

describe('headlines of tokenised copy', () => {
  const paragraphs = [
    'KARACHI 1997-02-04',
    "Provincial governor Ali Rana dismissed Mayor Imran Shah 's council on Tuesday , accusing it of waste , officials said .",
    'The council will appeal , its spokesman said .',
  ];

  it('reads like prose', () => {
    const headline = deriveHeadline(paragraphs);
    expect(headline).toBe("Provincial governor Ali Rana dismisses Mayor Imran Shah's council, accusing it of waste");
    expect(deriveSummary(paragraphs, headline)).toBe('The council will appeal, its spokesman said.');
  });
});
