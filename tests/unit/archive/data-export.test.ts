import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article-schema.ts';
import {
  ExportIndexSchema,
  ExportRecordSchema,
  exportIndexOf,
  exportJsonSchema,
  exportMonths,
  ndjsonOf,
} from '../../../src/lib/archive/data-export.ts';

function article(id: string, publishedAt: string, extra: Partial<Article> = {}): Article {
  const [year, month, day] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  return {
    id,
    sourceFile: `${id}.txt`,
    format: 'txt',
    publishedAt,
    date: { year, month, day, hour: 12, minute: 0, second: 0 },
    headline: `Headline ${id}`,
    summary: 'A summary with <b>markup</b> & "quotes".',
    paragraphs: ['Body.'],
    entities: { people: ['Maria Zakharova'], places: ['Houston', 'United States'], organisations: ['NATO'], countries: ['United States'] },
    agencies: ['TASS'],
    related: [],
    slug: `headline-${id}`,
    permalink: `/${publishedAt.slice(0, 10).replaceAll('-', '/')}/headline-${id}/`,
    wordCount: 1,
    ...extra,
  };
}

const articles = [
  article('b2', '2024-10-01T09:00:00+03:00'),
  article('a1', '2024-09-12T12:00:00+03:00', { story: 'a0' }),
  article('a0', '2024-09-02T12:00:00+03:00'),
];

describe('exportMonths', () => {
  it('groups by month, oldest month and oldest article first', () => {
    expect(exportMonths(articles).map((month) => [month.year, month.month, month.articles.map((a) => a.id)])).toEqual([
      [2024, 9, ['a0', 'a1']],
      [2024, 10, ['b2']],
    ]);
  });
});

describe('ndjsonOf', () => {
  const text = ndjsonOf(exportMonths(articles)[0]!.articles, '/news/');
  const lines = text.trimEnd().split('\n');

  it('writes one schema-valid line per article, ending in a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => ExportRecordSchema.parse(JSON.parse(line))).not.toThrow();
  });

  it('gives the URL with the base path, the story id (own id when alone) and the countries', () => {
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ id: 'a0', url: '/news/2024/09/02/headline-a0/', story: 'a0', countries: ['United States'] });
    expect(second).toMatchObject({ id: 'a1', story: 'a0', publishedAt: '2024-09-12T12:00:00+03:00' });
  });

  it('is data, not HTML: text is JSON-escaped only', () => {
    expect(lines[0]).toContain('"summary":"A summary with <b>markup</b> & \\"quotes\\"."');
  });
});

describe('exportIndexOf', () => {
  it('lists each file with its count, adding up to the articles', () => {
    const index = ExportIndexSchema.parse(exportIndexOf(exportMonths(articles), '/'));
    expect(index).toEqual({
      articles: 3,
      schema: '/data/schema.json',
      files: [
        { path: '/data/2024/09.ndjson', year: 2024, month: 9, articles: 2 },
        { path: '/data/2024/10.ndjson', year: 2024, month: 10, articles: 1 },
      ],
    });
  });
});

describe('exportJsonSchema', () => {
  it('describes every field of a line and allows no others', () => {
    const schema = exportJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ExportRecordSchema.shape));
    expect(schema.required).toEqual(Object.keys(ExportRecordSchema.shape));
    expect(schema.additionalProperties).toBe(false);
  });
});
