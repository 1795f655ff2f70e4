import { describe, expect, it } from 'vitest';
import { partialMatches, termsOf } from '../../../src/lib/search/partial-matches.ts';
import { parseQuery } from '../../../src/lib/search/search-query.ts';
import { runPartial, type SearchEngine } from '../../../src/client/search-run.ts';

const hit = (id: string, score: number) => ({ id, score });
const summary = (matches: { result: { id: string }; missing: string[] }[]) => matches.map(({ result, missing }) => [result.id, ...missing]);

describe('termsOf', () => {
  it('keeps quoted phrases whole and lists a repeated word once', () => {
    expect(termsOf('"maiden flight" boeing boeing')).toEqual(['"maiden flight"', 'boeing']);
    expect(termsOf('credit crisis')).toEqual(['credit', 'crisis']);
    expect(termsOf('"" ')).toEqual([]);
  });
});

describe('partialMatches', () => {
  // "all" has every term; c and f two of three; b, d and e one.
  const perTerm = [
    { term: 'bank', results: [hit('all', 2), hit('b', 5), hit('c', 1)] },
    { term: 'of', results: [hit('all', 0.1), hit('d', 0.2), hit('f', 0.3)] },
    { term: 'america', results: [hit('all', 3), hit('c', 4), hit('e', 9), hit('f', 0.5)] },
  ];

  it('lists the articles with at least half of the terms, most terms first, then by summed score, with what each lacks', () => {
    expect(summary(partialMatches(perTerm, new Set(['all']), 10))).toEqual([
      ['c', 'of'],
      ['f', 'bank'],
    ]);
  });

  it('takes any one term of two, the higher score first, and stops at the limit', () => {
    const two = [
      { term: 'credit', results: [hit('a', 1), hit('b', 3)] },
      { term: 'crisis', results: [hit('b', 2), hit('c', 4), hit('d', 0.5)] },
    ];
    expect(summary(partialMatches(two, new Set(['b']), 2))).toEqual([
      ['c', 'credit'],
      ['a', 'crisis'],
    ]);
  });

  it('never lists an article that has every term, nor anything for a single term', () => {
    expect(summary(partialMatches(perTerm, new Set(), 10))).toEqual([
      ['c', 'of'],
      ['f', 'bank'],
    ]);
    expect(partialMatches([perTerm[0]!], new Set(), 10)).toEqual([]);
  });
});

describe('runPartial', () => {
  const ARTICLES: Record<string, string[]> = { a: ['credit', 'crisis'], b: ['credit'], c: ['crisis', 'bank'], d: ['bank'] };
  function fakeEngine(): SearchEngine & { log: string[] } {
    const log: string[] = [];
    return {
      log,
      async search(term, options) {
        log.push(`${term} ${JSON.stringify(options.filters)}`);
        const words = term ? term.split(' ') : [];
        const ids = Object.keys(ARTICLES).filter((id) => words.every((word) => ARTICLES[id]!.includes(word)));
        return { results: ids.map((id) => ({ id, score: 1, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) })), filters: {} };
      },
    };
  }
  const found = async (engine: SearchEngine, q: string) => (await engine.search(q, { filters: {} })).results;

  it('searches each term under the same filters and fills the page after the all-words results', async () => {
    const engine = fakeEngine();
    const results = await found(engine, 'credit crisis');
    const partial = await runPartial(engine, parseQuery('credit crisis'), { place: ['Chile'] }, results);
    expect(summary(partial)).toEqual([
      ['b', 'crisis'],
      ['c', 'credit'],
    ]);
    expect(engine.log.slice(1)).toEqual(['credit {"place":["Chile"]}', 'crisis {"place":["Chile"]}']);
  });

  it('adds nothing to a single word, an OR, an exclusion or a full page', async () => {
    const engine = fakeEngine();
    for (const q of ['credit', 'credit OR bank', 'credit -crisis']) expect(await runPartial(engine, parseQuery(q), {}, [])).toEqual([]);
    const page = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, data: async () => ({ url: '', excerpt: '', meta: {} }) }));
    expect(await runPartial(engine, parseQuery('credit crisis'), {}, page)).toEqual([]);
    expect(engine.log).toEqual([]);
  });
});
