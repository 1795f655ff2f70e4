import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATED_OPTIONS, findRelated, termsOf, type RelatedInput } from '../../../src/lib/enrichment/related.ts';

const day = 86_400_000;
const doc = (id: string, text: string, entities: string[] = [], daysAgo = 0): RelatedInput => ({
  id,
  time: 1_700_000_000_000 - daysAgo * day,
  texts: [text],
  entities,
});

describe('termsOf', () => {
  it('drops stop words, numbers and short words, folds plurals and possessives', () => {
    expect(termsOf("The missiles' launchers and Putin's 2024 missile talks")).toEqual(['missile', 'launcher', 'putin', 'missile', 'talk']);
  });
});

describe('findRelated', () => {
  const articles = [
    doc('a', 'Putin and Xi sign a partnership agreement in Beijing', ['Vladimir Putin', 'Xi Jinping', 'Beijing']),
    doc('b', 'Xi hosts Putin for partnership talks in Beijing', ['Vladimir Putin', 'Xi Jinping', 'Beijing'], 3),
    doc('c', 'The central bank raises interest rates to fight inflation', ['European Central Bank']),
    doc('d', 'Inflation slows as the central bank holds interest rates', ['European Central Bank'], 1),
    doc('e', 'Putin meets Xi again as partnership deepens', ['Vladimir Putin', 'Xi Jinping'], 200),
  ];

  it('ranks articles sharing words and entities first, and never lists the article itself', () => {
    const { related } = findRelated(articles);
    expect(related.get('a')).toEqual(['b', 'e']);
    expect(related.get('c')).toEqual(['d']);
  });

  it('prefers the closer article in time when similarity is equal', () => {
    const { related } = findRelated([
      doc('x', 'Floods hit the river valley', ['Danube'], 0),
      doc('old', 'Floods hit the river valley', ['Danube'], 300),
      doc('new', 'Floods hit the river valley', ['Danube'], 2),
    ]);
    expect(related.get('x')).toEqual(['new', 'old']);
  });

  it('does not depend on the order of the input', () => {
    const forward = findRelated(articles).related;
    const backward = findRelated([...articles].reverse()).related;
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it('does work close to linear in the number of articles: comparisons per article level off', () => {
    // Topics are local (about 40 articles each, as news stories are) but common words are shared by
    // the whole archive, so without caps the work per article would keep growing with the archive.
    const corpus = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const topic = Math.floor(i / 40);
        const words = Array.from({ length: 20 }, (_, k) => `topic${topic}word${(i + k * 7) % 30}`);
        const common = Array.from({ length: 10 }, (_, k) => `common${(i * 3 + k * 11) % 100}`);
        return doc(`doc${String(i).padStart(6, '0')}`, [...words, ...common].join(' '), [`Person ${topic}`, `Place ${i % 50}`], i % 365);
      });
    const options = { ...DEFAULT_RELATED_OPTIONS, featuresPerArticle: 20, maxPostings: 60 };
    const perArticle = [1000, 2000, 4000, 8000].map((n) => findRelated(corpus(n), options).comparisons / n);
    // Bounded by features × postings per article, whatever the archive size…
    for (const cost of perArticle) expect(cost).toBeLessThanOrEqual(options.featuresPerArticle * options.maxPostings);
    // …and flat as the archive doubles (all pairs would double it each time).
    expect(perArticle[3]! / perArticle[1]!).toBeLessThan(1.1);
    expect(perArticle[3]! / perArticle[2]!).toBeLessThan(1.05);
  });
});
