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

  it('does work linear in the number of articles: the work each added article costs levels off', () => {
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
    const sizes = [1000, 2000, 4000, 8000];
    const work = sizes.map((n) => findRelated(corpus(n), options).comparisons);
    // Bounded by features × postings per article, whatever the archive size…
    work.forEach((comparisons, i) => expect(comparisons / sizes[i]!).toBeLessThanOrEqual(options.featuresPerArticle * options.maxPostings));
    // …and each doubling costs the same per added article (all pairs would double it each time).
    const perAdded = (i: number) => (work[i]! - work[i - 1]!) / (sizes[i]! - sizes[i - 1]!);
    expect(perAdded(3) / perAdded(2)).toBeLessThan(1.05);
    expect(perAdded(3) / perAdded(2)).toBeGreaterThan(0.95);
  });

  it('lists only articles published no later than the article itself', () => {
    const { related } = findRelated(articles);
    const time = new Map(articles.map((article) => [article.id, article.time]));
    for (const [id, list] of related) for (const other of list) expect(time.get(other)).toBeLessThanOrEqual(time.get(id)!);
    // The oldest article has no earlier coverage; articles published at the same instant relate both ways.
    expect(related.get('e')).toEqual([]);
    const sameInstant = findRelated([
      doc('x', 'Floods hit the river valley', ['Danube']),
      doc('y', 'Floods hit the river valley', ['Danube']),
    ]);
    expect([...sameInstant.related]).toEqual([
      ['x', ['y']],
      ['y', ['x']],
    ]);
  });

  it("leaves every older article's list identical when newer articles are appended", () => {
    // Eight topics over 600 days; the newer articles, a day after the last, are on the same topics,
    // share their common words and add new ones, so they shift every document frequency.
    const topics = [
      'flood river valley',
      'election vote parliament',
      'bank interest inflation',
      'missile launch test',
      'oil pipeline gas',
      'football match league',
      'vaccine virus hospital',
      'court ruling appeal',
    ];
    const article = (i: number, daysAgo: number, extra = '') =>
      doc(
        `n${String(i).padStart(4, '0')}`,
        `${topics[i % 8]} ${topics[(i * 3) % 8]!.split(' ')[i % 3]} common${i % 17} common${(i * 7) % 23} ${extra}`,
        [`Person ${i % 11}`, `Place ${i % 8}`],
        daysAgo,
      );
    const older = Array.from({ length: 400 }, (_, i) => article(i, 600 - Math.floor(i * 1.5)));
    const newer = Array.from({ length: 100 }, (_, i) => article(400 + i, -1, `fresh${i % 5}`));
    const before = findRelated(older).related;
    const after = findRelated([...newer, ...older]).related;
    for (const { id } of older) expect(after.get(id)).toEqual(before.get(id));
    // The newer articles do find the older coverage of their topics.
    for (const { id } of newer) expect(after.get(id)).toHaveLength(DEFAULT_RELATED_OPTIONS.count);
  });
});
