import { describe, expect, it } from 'vitest';
import { deriveHeadline, deriveSummary, newsFirst } from '../../../src/lib/enrichment/headline.ts';

// Questions and answers after the introduction, as an interview prints them.
const QUESTIONS = ['How long have you baked?', 'Forty years, since I was a girl.', 'What do you bake?', 'Bread, mostly.'];

describe('deriveHeadline on interviews', () => {
  it.each([
    [
      'who interviewed whom, with the apposition that says who they are',
      ['The Gazette spoke with Ann Lee, president of the Guild of Bakers of the Northern Valley, about the trade.'],
      'The Gazette interviews Ann Lee, president of the Guild of Bakers of the Northern Valley',
    ],
    [
      'a pronoun read as the person the introduction describes',
      ['Ann Lee is a baker and writer born in 1950 in Lyon. She was interviewed by Radio Nord.', 'Interview'],
      'Radio Nord interviews Ann Lee, baker and writer born in 1950 in Lyon',
    ],
    [
      'a long title before the name gives way to the name and the topic',
      [
        'On Monday, the Gazette interviewed Senior Lecturer in Applied Economics and Public Policy at the Northern Institute Tom Berg about housing in the region.',
      ],
      'The Gazette interviews Tom Berg about housing in the region',
    ],
    [
      'questions answered by a named person',
      ["Ruth Okafor, the Green Party's candidate for mayor of Lyon, answered six questions sent by the Gazette."],
      "Interview with Ruth Okafor, Green Party's candidate for mayor of Lyon",
    ],
    [
      'a cut after the name rather than inside the apposition',
      ['Radio Nord interviewed Ana Ruiz, a former member of the women’s national rowing team of the Northern Valley, known as the Herons.'],
      'Radio Nord interviews Ana Ruiz',
    ],
  ])('%s', (_case, intro, expected) => {
    expect(deriveHeadline([...intro, ...QUESTIONS])).toBe(expected);
  });

  it('marks questions and answers without an introduction as an interview, without the reply that opens the answer', () => {
    const paragraphs = [
      'Do you think the river will flood again this spring?',
      'Yes, the snow in the mountains is melting faster than ever.',
      'What should people do?',
      'Stay away from the banks, and listen to the radio.',
    ];
    expect(deriveHeadline(paragraphs)).toBe('Interview: Snow in the mountains melts faster than ever');
  });

  it('is "Interview with" a person the introduction describes when it names no interviewer', () => {
    expect(deriveHeadline(['Ann Lee is a baker and writer from Lyon.', ...QUESTIONS])).toBe(
      'Interview with Ann Lee, baker and writer from Lyon',
    );
  });

  it('leaves news stories that quote a question alone', () => {
    const paragraphs = [
      'The council approved the new bridge on Tuesday.',
      '"Why did it take so long?" asked one resident.',
      'Who pays for it?',
      'The region pays half.',
    ];
    expect(deriveHeadline(paragraphs)).toBe('Council approves new bridge');
    // Nor does "said in an interview" make a story an interview.
    expect(deriveHeadline(['The minister told Radio Nord in an interview that taxes would rise.', 'Economists disagree.'])).toBe(
      'Minister tells Radio Nord in an interview that taxes would rise',
    );
  });
});

describe('deriveSummary on interviews', () => {
  it('leaves out the sentence the headline says and skips headings and questions', () => {
    const paragraphs = ['Radio Nord spoke with Ann Lee about bread. She runs a bakery in Lyon.', 'Interview', ...QUESTIONS];
    expect(deriveSummary(paragraphs, deriveHeadline(paragraphs))).toBe('She runs a bakery in Lyon.');
    const only = ['Radio Nord interviewed Ann Lee about bread.', 'Interview', 'Why bread?', 'Because it is honest.'];
    expect(deriveSummary(only, deriveHeadline(only))).toBe('Because it is honest.');
  });
});

describe('newsFirst', () => {
  it('keeps an apposition that a participle goes on from ("…, known as the Herons")', () => {
    const sentence = 'Ana Ruiz, a former member of the national rowing team, known as the Herons, won gold.';
    expect(newsFirst(sentence)).toBe(sentence);
  });

  it('drops a reply that opens an answer', () => {
    expect(deriveHeadline(['Yes, the council has approved the bridge.'])).toBe('Council approves bridge');
  });
});
