import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/data/page-keys.ts';

describe('digestOf', () => {
  const article = { id: 'a1', headline: 'Bridge opens', entities: { people: ['Ana Diaz'], places: [] as string[] } };

  it('is the same for equal data, whether or not the objects are the same', () => {
    expect(digestOf(['article', article, [['2024', 3]]])).toBe(digestOf(['article', structuredClone(article), [['2024', 3]]]));
  });

  it('changes with any value, however deep, and with the order or nesting of arrays', () => {
    const base = digestOf(['article', article, [['2024', 3]]]);
    const variants = [
      ['article', { ...article, entities: { people: ['Ana Díaz'], places: [] } }, [['2024', 3]]],
      ['article', article, [['2024', 4]]],
      ['article', article, [[3, '2024']]],
      ['article', article, ['2024', 3]],
      [article, 'article', [['2024', 3]]],
      ['article', article, [['2024', 3]], null],
    ];
    for (const variant of variants) expect(digestOf(variant)).not.toBe(base);
  });

  it('tells an object apart from a string that looks like its digest, and numbers from strings', () => {
    expect(digestOf([article])).not.toBe(digestOf([digestOf(article)]));
    expect(digestOf([`#${digestOf(article)}`])).not.toBe(digestOf([article]));
    expect(digestOf([1])).not.toBe(digestOf(['1']));
  });
});
