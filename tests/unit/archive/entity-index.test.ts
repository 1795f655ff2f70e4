import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article-schema.ts';
import { buildEntityIndex, effectiveMinArticles, entitySlug, resolveEntityMinArticles } from '../../../src/lib/archive/entity-index.ts';

const article = (id: string, people: string[], agencies: string[] = []): Article => ({
  id,
  sourceFile: `${id}.txt`,
  format: 'txt',
  publishedAt: '2024-09-12T10:00:00+00:00',
  date: { year: 2024, month: 9, day: 12, hour: 10, minute: 0, second: 0 },
  headline: id,
  summary: '',
  paragraphs: [id],
  entities: { people, places: [], organisations: [] },
  agencies,
  related: [],
  slug: id,
  permalink: `/2024/09/12/${id}/`,
  wordCount: 1,
});

describe('buildEntityIndex', () => {
  const articles = [
    article('c', ['Vladimir Putin', 'Xi Jinping'], ['TASS']),
    article('b', ['Vladimir Putin', 'São Paulo Mayor']),
    article('a', ['Vladimir Putin', 'Sao Paulo Mayor', 'Xi Jinping']),
  ];

  it('keeps entities in at least the threshold of articles, most articles first, articles in the given order', () => {
    expect(buildEntityIndex(articles, 'people', 2).map((e) => [e.name, e.path, e.articleIds])).toEqual([
      ['Vladimir Putin', '/people/vladimir-putin/', ['c', 'b', 'a']],
      ['Sao Paulo Mayor', '/people/sao-paulo-mayor/', ['b', 'a']],
      ['Xi Jinping', '/people/xi-jinping/', ['c', 'a']],
    ]);
  });

  it('drops entities below the threshold', () => {
    expect(buildEntityIndex(articles, 'people', 3).map((e) => e.name)).toEqual(['Vladimir Putin']);
  });

  it('indexes agencies from the agencies field', () => {
    expect(buildEntityIndex(articles, 'agencies', 1).map((e) => [e.name, e.path])).toEqual([['TASS', '/agencies/tass/']]);
  });
});

describe('effectiveMinArticles', () => {
  it.each([
    ['people', 2, 1, 1],
    ['people', 2, 500, 2],
    ['places', 5, 3, 3],
    ['agencies', 5, 500, 1],
  ] as const)('%s with threshold %d in an archive of %d articles → %d', (kind, configured, count, expected) => {
    expect(effectiveMinArticles(kind, configured, count)).toBe(expected);
  });
});

describe('resolveEntityMinArticles', () => {
  it('defaults to 2 and reads a positive whole number', () => {
    expect(resolveEntityMinArticles({})).toBe(2);
    expect(resolveEntityMinArticles({ ENTITY_MIN_ARTICLES: ' 7 ' })).toBe(7);
  });

  it('refuses anything else', () => {
    expect(() => resolveEntityMinArticles({ ENTITY_MIN_ARTICLES: '0' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: ENTITY_MIN_ARTICLES: "0" is not a positive whole number]`,
    );
  });
});

describe('entitySlug', () => {
  it.each([
    ['Xi Jinping', 'xi-jinping'],
    ['São Paulo', 'sao-paulo'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['习近平', 'x-'],
  ])('%s → %s…', (name, prefix) => {
    expect(entitySlug(name).startsWith(prefix)).toBe(true);
  });
});
