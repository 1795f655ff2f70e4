import { describe, expect, it } from 'vitest';
import { countingSearches, foldValue, parseQuery, resolveFacetValue } from '../../../src/lib/search/search-query.ts';

describe('parseQuery', () => {
  it.each([
    ['plain words', 'gas pipeline', { alternatives: ['gas pipeline'], excluded: [], fields: [] }],
    ['a phrase', '"natural gas" prices', { alternatives: ['"natural gas" prices'], excluded: [], fields: [] }],
    ['OR between words', 'copper OR zinc', { alternatives: ['copper', 'zinc'], excluded: [], fields: [] }],
    ['an exclusion', 'coffee -brazil', { alternatives: ['coffee'], excluded: ['brazil'], fields: [] }],
    ['an excluded phrase', 'coffee -"latin america"', { alternatives: ['coffee'], excluded: ['"latin america"'], fields: [] }],
    ['only an exclusion', '-brazil', { alternatives: [''], excluded: ['brazil'], fields: [] }],
    [
      'field terms, bare and quoted',
      'gas person:Putin place:"New York" agency:tass story:0123456789abcdef',
      {
        alternatives: ['gas'],
        excluded: [],
        fields: [
          { field: 'person', value: 'Putin' },
          { field: 'place', value: 'New York' },
          { field: 'agency', value: 'tass' },
          { field: 'story', value: '0123456789abcdef' },
        ],
      },
    ],
    ['a lowercase or as a word', 'war or peace', { alternatives: ['war or peace'], excluded: [], fields: [] }],
  ])('reads %s', (_case, text, expected) => {
    const { notices, ...parsed } = parseQuery(text);
    expect(parsed).toEqual(expected);
    expect(notices).toEqual([]);
  });

  it.each([
    ['a lone quote', 'coffee "brazil', ['coffee brazil'], 'A quote without its pair was read as a space.'],
    ['OR OR', 'OR OR', ['or or'], 'OR needs a word on each side; a lone OR was read as the word “or”.'],
    ['a trailing OR', 'copper OR', ['copper or'], 'OR needs a word on each side; a lone OR was read as the word “or”.'],
    ['an unknown field', 'site:example.org', ['site example.org'], 'is not a field this search knows'],
    ['a field without value', 'person: Putin', ['person Putin'], '“person:” has no value, so it was read as a word.'],
    ['quotes inside a word', 'a"b"c', ['a b c'], undefined],
    ['markup', '<script>alert(1)</script>', ['<script>alert(1)</script>'], undefined],
  ])('degrades %s to plain words', (_case, text, alternatives, notice) => {
    const parsed = parseQuery(text);
    expect(parsed.alternatives).toEqual(alternatives);
    if (notice) expect(parsed.notices.join(' ')).toContain(notice);
  });

  it('keeps a 5,000-character query bounded', () => {
    const parsed = parseQuery('word '.repeat(1000));
    expect(parsed.alternatives[0]!.split(' ')).toHaveLength(32);
    expect(parsed.notices).toEqual(['Only the first 32 terms were searched.']);
  });

  it('caps alternatives and exclusions', () => {
    const parsed = parseQuery('a OR b OR c OR d OR e -f');
    expect(parsed.alternatives).toEqual(['a', 'b', 'c', 'd e']);
    expect(parsed.excluded).toEqual([]);
    expect(parsed.notices[0]).toContain('At most 4 alternatives and exclusions');
  });
});

describe('countingSearches', () => {
  it('combines alternatives and exclusions by inclusion and exclusion', () => {
    expect(countingSearches(parseQuery('copper OR zinc -brazil'))).toEqual([
      { text: 'copper', sign: 1 },
      { text: 'copper brazil', sign: -1 },
      { text: 'zinc', sign: 1 },
      { text: 'zinc brazil', sign: -1 },
      { text: 'copper zinc', sign: -1 },
      { text: 'copper zinc brazil', sign: 1 },
    ]);
    expect(countingSearches(parseQuery('-brazil'))).toEqual([
      { text: '', sign: 1 },
      { text: 'brazil', sign: -1 },
    ]);
  });
});

describe('resolveFacetValue', () => {
  const known = { 'Maria Zakharova': 3, 'Vladimir Putin': 9, 'Putin Jr': 1, 'São Paulo': 2 };
  it('matches regardless of case and accents', () => {
    expect(resolveFacetValue('maria zakharova', known)).toBe('Maria Zakharova');
    expect(resolveFacetValue('SAO PAULO', known)).toBe('São Paulo');
    expect(resolveFacetValue('Vladimir Putin', known)).toBe('Vladimir Putin');
  });
  it('matches part of a name only when asked, preferring the most frequent', () => {
    expect(resolveFacetValue('putin', known)).toBeUndefined();
    expect(resolveFacetValue('putin', known, true)).toBe('Vladimir Putin');
    expect(resolveFacetValue('nobody', known, true)).toBeUndefined();
  });
  it('folds values', () => expect(foldValue('  Mária  ZAKHAROVA ')).toBe('maria zakharova'));
});
