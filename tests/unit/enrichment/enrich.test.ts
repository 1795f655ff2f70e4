import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article-schema.ts';
import { linkArticles, normalisePeopleAcrossArticles } from '../../../src/lib/enrichment/enrich.ts';
import { normalisePeople, relatedInputsOf, withRelated } from '../../../src/lib/enrichment/archive-pass.ts';
import { findRelatedOffThread } from '../../../pipeline/ingest/related-worker.ts';

describe('normalisePeopleAcrossArticles', () => {
  it('maps a surname-only mention to the one full name the archive knows, and leaves ambiguous ones', () => {
    expect(
      normalisePeopleAcrossArticles([
        ['Vladimir Putin', 'Xi Jinping'],
        ['Putin', 'Xi', 'Smith'],
        ['John Smith'],
        ['Anna Smith', 'Smith', 'Putin', 'Vladimir Putin'],
      ]),
    ).toEqual([
      ['Vladimir Putin', 'Xi Jinping'],
      ['Vladimir Putin', 'Xi Jinping', 'Smith'],
      ['John Smith'],
      ['Anna Smith', 'Smith', 'Vladimir Putin'],
    ]);
  });
});

const article = (id: string, people: string[], text: string, publishedAt = '2024-09-12T10:00:00+00:00'): Article => ({
  id,
  sourceFile: `${id}.txt`,
  format: 'txt',
  publishedAt,
  date: { year: 2024, month: 9, day: 12, hour: 10, minute: 0, second: 0 },
  headline: text,
  summary: '',
  paragraphs: [text],
  entities: { people, places: [], organisations: [] },
  agencies: [],
  related: [],
  slug: id,
  permalink: `/2024/09/12/${id}/`,
  wordCount: 3,
});

describe('linkArticles', () => {
  it('normalises people across articles and fills related articles', () => {
    const { articles } = linkArticles([
      article('a', ['Vladimir Putin'], 'Putin visits Beijing for partnership talks'),
      article('b', ['Putin'], 'Putin ends Beijing partnership talks'),
      article('c', [], 'Floods in the river valley'),
    ]);
    expect(articles.map((a) => [a.id, a.entities.people, a.related])).toEqual([
      ['a', ['Vladimir Putin'], ['b']],
      ['b', ['Vladimir Putin'], ['a']],
      ['c', [], []],
    ]);
  });
});

describe('related articles off the build thread', () => {
  it('gives what linkArticles gives: people normalised first, related found on a worker thread and filled in', async () => {
    const articles = [
      article('a', ['Vladimir Putin'], 'Putin visits Beijing for partnership talks'),
      article('b', ['Putin'], 'Putin ends Beijing partnership talks'),
      article('c', [], 'Floods in the river valley'),
      article('d', [], 'River valley floods recede after the rains'),
    ];
    const normalised = normalisePeople(articles);
    expect(normalised.map((a) => [a.entities.people, a.related])).toEqual([
      [['Vladimir Putin'], []],
      [['Vladimir Putin'], []],
      [[], []],
      [[], []],
    ]);
    const related = await findRelatedOffThread(relatedInputsOf(normalised));
    expect(withRelated(normalised, related)).toEqual(linkArticles(articles).articles);
    expect(related.get('c')).toEqual(['d']);
  });
});
