import { describe, expect, it } from 'vitest';
import {
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
