import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, metaList, toCsv, toJson } from '../../../src/lib/search/search-export.ts';

const row = {
  url: 'https://example.org/2024/01/02/a-b/',
  time: '2024-01-02T10:00:00+02:00',
  headline: 'Prices "soar", again',
  agencies: ['Reuters', 'TASS'],
  people: ['=HYPERLINK("x")'],
  places: [],
};

describe('toCsv', () => {
  it('writes a header and quotes what needs quoting, lists joined', () => {
    expect(toCsv([row])).toBe(
      'url,time,headline,agencies,people,places\r\n' +
        'https://example.org/2024/01/02/a-b/,2024-01-02T10:00:00+02:00,"Prices ""soar"", again",Reuters; TASS,"\'=HYPERLINK(""x"")",\r\n',
    );
  });
  it.each([
    ['plain', 'plain'],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
    ['a\nb', '"a\nb"'],
  ])('csvField(%j) is %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('toJson', () => {
  it('says what search it answers and how many were left out', () => {
    expect(JSON.parse(toJson([row], { search: '?q=prices', total: 3 }))).toMatchObject({
      search: '?q=prices',
      total: 3,
      exported: 1,
      limit: 1000,
    });
  });
});

describe('metaList', () => {
  it('reads a JSON list of strings and nothing else', () => {
    expect(metaList('["a","b"]')).toEqual(['a', 'b']);
    expect(metaList('{"a":1}')).toEqual([]);
    expect(metaList('not json')).toEqual([]);
    expect(metaList(undefined)).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('keeps safe characters', () => expect(exportFileName('Gas <prices> São', 'csv')).toBe('search-gas-prices-sao.csv'));
});
