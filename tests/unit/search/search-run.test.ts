import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/search-query.ts';
import { runQuery, type EngineAnswer, type SearchEngine } from '../../../src/client/search-run.ts';

/** Articles by id: their words, a date rank (higher is newer) and one facet value. */
const ARTICLES: Record<string, { words: string[]; date: number; place: string }> = {
  a: { words: ['copper', 'brazil'], date: 1, place: 'Brazil' },
  b: { words: ['copper', 'chile'], date: 4, place: 'Chile' },
  c: { words: ['zinc', 'chile'], date: 3, place: 'Chile' },
  d: { words: ['zinc', 'copper'], date: 2, place: 'Peru' },
};

/** A Pagefind stand-in that answers "all these words" and logs every search it is asked. */
function fakeEngine(): SearchEngine & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    async search(term, options) {
      const words = term ? term.split(' ') : [];
      log.push(`${term ?? '(none)'}${options.sort ? ' sorted' : ''}`);
      let ids = Object.keys(ARTICLES).filter((id) => words.every((word) => ARTICLES[id]!.words.includes(word)));
      if (options.sort) ids = ids.sort((x, y) => ARTICLES[y]!.date - ARTICLES[x]!.date);
      const place: Record<string, number> = {};
      for (const id of ids) place[ARTICLES[id]!.place] = (place[ARTICLES[id]!.place] ?? 0) + 1;
      const answer: EngineAnswer = {
        results: ids.map((id) => ({ id, score: words.length, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) })),
        filters: { place },
      };
      return answer;
    },
  };
}

describe('runQuery', () => {
  it('lists a plain query with one search and counts it without another', async () => {
    const engine = fakeEngine();
    const answer = await runQuery(engine, parseQuery('copper'), {}, {});
    expect(answer.results.map((result) => result.id)).toEqual(['a', 'b', 'd']);
    expect(await answer.counts()).toEqual({ place: { Brazil: 1, Chile: 1, Peru: 1 } });
    expect(engine.log).toEqual(['copper']);
  });

  it('unites OR branches and counts the union by inclusion and exclusion', async () => {
    const engine = fakeEngine();
    const answer = await runQuery(engine, parseQuery('copper OR zinc'), {}, {});
    expect(answer.results.map((result) => result.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(engine.log).toEqual(['copper', 'zinc']);
    expect(await answer.counts()).toEqual({ place: { Brazil: 1, Chile: 2, Peru: 1 } });
    // The branches' own counts are reused: only the intersection is a new search.
    expect(engine.log).toEqual(['copper', 'zinc', 'copper zinc']);
  });

  it('takes excluded words out of the results and the counts', async () => {
    const engine = fakeEngine();
    const answer = await runQuery(engine, parseQuery('copper -chile'), {}, {});
    expect(answer.results.map((result) => result.id)).toEqual(['a', 'd']);
    expect(await answer.counts()).toEqual({ place: { Brazil: 1, Chile: 0, Peru: 1 } });
  });

  it('says when the exclusions took out everything the words found, not when the words found nothing', async () => {
    const engine = fakeEngine();
    const all = await runQuery(engine, parseQuery('brazil -copper'), {}, {});
    expect(all.results).toEqual([]);
    expect(all.excludedAll).toBe(true);
    expect((await runQuery(engine, parseQuery('gold -copper'), {}, {})).excludedAll).toBe(false);
    expect((await runQuery(engine, parseQuery('copper -chile'), {}, {})).excludedAll).toBe(false);
  });

  it('starts no counting search until the counts are asked for', async () => {
    const engine = fakeEngine();
    await runQuery(engine, parseQuery('copper OR zinc -brazil'), {}, {});
    expect(engine.log.sort()).toEqual(['brazil', 'copper', 'zinc']);
  });

  it('orders alternatives by date under a sort, and needs no date-order search for one', async () => {
    const engine = fakeEngine();
    const union = await runQuery(engine, parseQuery('copper OR zinc'), {}, { date: 'desc' });
    expect(union.results.map((result) => result.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(engine.log).toContain('(none) sorted');
    const single = fakeEngine();
    const excluded = await runQuery(single, parseQuery('copper -brazil'), {}, { date: 'desc' });
    expect(excluded.results.map((result) => result.id)).toEqual(['b', 'd']);
    expect(single.log).toEqual(['copper sorted', 'brazil']);
    await excluded.counts();
    // "copper" is counted from its sorted search; only "copper brazil" is new.
    expect(single.log).toEqual(['copper sorted', 'brazil', 'copper brazil']);
  });
});
