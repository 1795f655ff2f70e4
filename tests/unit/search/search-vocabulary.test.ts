import { describe, expect, it } from 'vitest';
import {
  exactQuery,
  sharedPrefix,
  unmatchedWords,
  buildVocabulary,
  correctQuery,
  correctWord,
  isOneEdit,
  parseVocabularyShard,
  vocabularyWords,
} from '../../../src/lib/search/search-vocabulary.ts';

const shards = buildVocabulary([
  ['Coffee prices rise', 'Sugar and copper fall; coffee again.'],
  ['Copper mine strike', 'Coffee exporters wait.'],
  ['Sugar beet harvest'],
]);

describe('vocabularyWords', () => {
  it('keeps letters only, lower case, three letters or more', () =>
    expect(vocabularyWords('The EU’s 5G plan: Zürich, co-op')).toEqual(['the', 'plan', 'zürich']));
});

describe('buildVocabulary', () => {
  it('counts articles, not mentions, most frequent first, and bounds each shard', () => {
    expect(shards.get(6)).toEqual({ version: 1, length: 6, words: ['coffee', 'copper', 'prices', 'strike'], counts: [2, 2, 1, 1] });
    expect(buildVocabulary([['alpha bravo'], ['alpha delta']], 1).get(5)?.words).toEqual(['alpha']);
  });
});

describe('isOneEdit', () => {
  it.each([
    ['cofee', 'coffee', true],
    ['suger', 'sugar', true],
    ['coper', 'copper', true],
    ['cofefe', 'coffee', true],
    ['voffee', 'coffee', true],
    ['offee', 'coffee', true],
    ['coffee', 'coffee', false],
    ['cfefoe', 'coffee', false],
    ['sugr', 'sugars', false],
  ])('%s → %s: %s', (a, b, expected) => expect(isOneEdit(a, b)).toBe(expected));
});

describe('correctWord and correctQuery', () => {
  it('corrects one-edit typos to the most frequent word', () => {
    expect(correctWord('cofee', shards)).toBe('coffee');
    expect(correctWord('Suger', shards)).toBe('sugar');
    expect(correctWord('coffee', shards)).toBe('coffee');
    expect(correctWord('xylophone', shards)).toBeUndefined();
  });
  it('corrects bare words only, never phrases, field terms or operators', () => {
    expect(correctQuery('cofee OR coper -suger', shards)).toBe('coffee OR copper -suger');
    expect(correctQuery('"cofee" person:coper', shards)).toBeUndefined();
    expect(correctQuery('coffee', shards)).toBeUndefined();
  });
});

describe('parseVocabularyShard', () => {
  it('refuses what is not a shard', () => {
    expect(parseVocabularyShard({ version: 1, length: 3, words: ['a'], counts: [] })).toBeUndefined();
    expect(parseVocabularyShard('x')).toBeUndefined();
    expect(parseVocabularyShard(shards.get(5))).toEqual(shards.get(5));
  });
});

describe('unmatchedWords', () => {
  // Marks as Pagefind's search page showed them on the Wikinews corpus for these typos.
  it.each([
    ['aiport', ['the <mark>a</mark> train']],
    ['Chryslr', ['<mark>C</mark> grade']],
    ['bankrupcy', ['<mark>banks</mark> and <mark>bank,</mark>']],
    ['presdent', ['<mark>pre-orders</mark> began']],
    ['goverment', ['the <mark>government</mark> said']],
    ['madien', ['a <mark>mad</mark> dash']],
  ])('%s is not carried on by marks that are only a prefix of it', (word, excerpts) => {
    expect(unmatchedWords([word], excerpts)).toEqual([word]);
  });

  it.each([
    ['Dreamlinr', ['the <mark>Dreamliner</mark> flew']],
    ['rates', ['interest <mark>rate</mark> rose']],
    ['cities', ['the <mark>cities</mark> council']],
    ['elections', ['the <mark>election,</mark> held']],
    ['earthq', ['an <mark>earthquake</mark> struck']],
    ['Zürich', ['in <mark>Zurich</mark> today']],
  ])('%s is carried on by its own word, a stem or a longer word', (word, excerpts) => {
    expect(unmatchedWords([word], excerpts)).toEqual([]);
  });

  it('looks at every excerpt of the first results, and keeps the words none of them marks', () => {
    expect(unmatchedWords(['gas', 'pipeline'], ['<mark>gas</mark> prices', 'the <mark>pipeline</mark> opened'])).toEqual([]);
    expect(unmatchedWords(['gas', 'pipelin'], ['<mark>gas</mark> prices', 'no marks here'])).toEqual(['pipelin']);
  });
});

describe('sharedPrefix', () => {
  it('is the longest start a marked word shares with the typed one, case and accents aside', () => {
    expect(sharedPrefix('aiport', ['the <mark>a</mark> train', '<mark>Air</mark> France'])).toBe(2);
    expect(sharedPrefix('bankrupcy', ['<mark>banks</mark> and <mark>bank,</mark>'])).toBe(4);
    expect(sharedPrefix('Zürich', ['in <mark>ZURICH</mark>'])).toBe(6);
    expect(sharedPrefix('word', ['no marks'])).toBe(0);
  });
});

describe('exactQuery', () => {
  it('quotes the words a correction changed, and only those', () => {
    expect(exactQuery('cofee prices', 'coffee prices')).toBe('"cofee" prices');
    expect(exactQuery('Aiport -strike "new runway"', 'airport -strike "new runway"')).toBe('"Aiport" -strike "new runway"');
    expect(exactQuery('Coffee', 'coffee')).toBe('Coffee');
  });
});
