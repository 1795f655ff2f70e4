/**
 * Related articles: for each article, the most similar others by TF-IDF cosine over its words
 * and named entities, with a small bonus for closeness in time. Candidates come from an
 * inverted index over each article's strongest features, with every posting list capped, so
 * the work grows linearly with the number of articles (never all pairs). Deterministic:
 * the result depends only on the articles, not on their order.
 */
import { eng } from 'stopword';

export interface RelatedInput {
  id: string;
  /** Publication instant in milliseconds. */
  time: number;
  /** Headline and body paragraphs. */
  texts: readonly string[];
  /** Canonical entity and agency names, which weigh more than plain words. */
  entities: readonly string[];
  /** The article's story (storyOf): other versions of the same story are never related. */
  story?: string;
}

export interface RelatedOptions {
  /** How many related articles per article. */
  count: number;
  /** Features kept per article (its highest TF-IDF weights). */
  featuresPerArticle: number;
  /** Longest posting list walked per feature (the highest weights are kept). */
  maxPostings: number;
  /** Weight of an entity relative to a word. */
  entityWeight: number;
  /** Largest relative bonus for articles published close together. */
  timeBonus: number;
  /** Days over which the time bonus halves, roughly. */
  timeScaleDays: number;
}

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = {
  count: 5,
  featuresPerArticle: 30,
  maxPostings: 150,
  entityWeight: 3,
  timeBonus: 0.15,
  timeScaleDays: 30,
};

export interface RelatedResult {
  /** Related ids per article id, most similar first. */
  related: Map<string, string[]>;
  /** Score accumulations performed: the measure of work, linear in the number of articles. */
  comparisons: number;
}

const STOP_WORDS = new Set([
  ...eng,
  ...'said says told also would could should will just one two three four five six seven eight nine ten year years month week day today yesterday monday tuesday wednesday thursday friday saturday sunday per cent percent according new last first time including since like may might made make well however'.split(
    ' ',
  ),
]);

/** Lower-case word features of a text: stop words, short words and numbers dropped, plural "s" folded. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  const words = /\p{L}[\p{L}\p{N}'’-]*/gu;
  const lower = text.toLowerCase();
  for (let match = words.exec(lower); match !== null; match = words.exec(lower)) {
    let word = match[0];
    // A trailing apostrophe or possessive goes ("minister's" → "minister"); most words have neither.
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s?$/u, '');
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    terms.push(word);
  }
  return terms;
}

interface Vector {
  features: number[];
  weights: number[];
}

/** Builds the similarity lists for every article. */
export function findRelated(inputs: readonly RelatedInput[], options: RelatedOptions = DEFAULT_RELATED_OPTIONS): RelatedResult {
  const docs = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const featureIds = new Map<string, number>();
  const featureId = (feature: string) => {
    let id = featureIds.get(feature);
    if (id === undefined) featureIds.set(feature, (id = featureIds.size));
    return id;
  };
  // Term counts per document; entities are features of their own ("\u0000" cannot occur in a word).
  const counts = docs.map((doc) => {
    const tf = new Map<number, number>();
    for (const text of doc.texts) {
      for (const term of termsOf(text)) {
        const id = featureId(term);
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
    }
    for (const entity of new Set(doc.entities)) {
      const id = featureId(`\u0000${entity}`);
      tf.set(id, (tf.get(id) ?? 0) + options.entityWeight);
    }
    return tf;
  });
  const df = new Uint32Array(featureIds.size);
  for (const tf of counts) for (const id of tf.keys()) df[id]! += 1;
  const n = docs.length;

  // Each document keeps its strongest features, L2-normalised.
  const vectors: Vector[] = counts.map((tf) => {
    const scored: [number, number][] = [];
    for (const [id, count] of tf) {
      if (df[id]! < 2) continue; // a feature no other article has cannot relate two articles
      // Smoothed IDF: a feature every article has still counts a little, never negatively.
      scored.push([id, (1 + Math.log(count)) * Math.log(1 + n / df[id]!)]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = scored.slice(0, options.featuresPerArticle).filter(([, weight]) => weight > 0);
    const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return { features: kept.map(([id]) => id), weights: kept.map(([, weight]) => weight / norm) };
  });

  // Inverted index: feature → (document, weight), each list capped at its strongest postings.
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) =>
    vector.features.forEach((feature, k) => {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push({ doc, weight: vector.weights[k]! });
    }),
  );
  // Flattened into typed arrays (a feature's postings are one slice), which the scoring loop
  // below walks about three times faster than arrays of objects; the order is the same.
  const sliceStart = new Int32Array(featureIds.size + 1);
  for (const [feature, list] of postings) {
    if (list.length > options.maxPostings) {
      list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
      list.length = options.maxPostings;
    }
    sliceStart[feature + 1] = list.length;
  }
  for (let f = 0; f < featureIds.size; f++) sliceStart[f + 1]! += sliceStart[f]!;
  const postingDoc = new Int32Array(sliceStart[featureIds.size]!);
  const postingWeight = new Float64Array(sliceStart[featureIds.size]!);
  for (const [feature, list] of postings) {
    list.forEach((posting, i) => {
      postingDoc[sliceStart[feature]! + i] = posting.doc;
      postingWeight[sliceStart[feature]! + i] = posting.weight;
    });
  }

  return scoreAll(docs, vectors, { sliceStart, postingDoc, postingWeight }, options);
}

interface Postings {
  /** Feature f's postings are [sliceStart[f], sliceStart[f + 1]). */
  sliceStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
}

/**
 * The top related documents of every document, by walking the postings of its features.
 * Its own function with plain loops over typed arrays: it runs about 45 million times at
 * 10,000 articles, and closures or captured counters in it made it several times slower.
 */
function scoreAll(docs: readonly RelatedInput[], vectors: readonly Vector[], postings: Postings, options: RelatedOptions): RelatedResult {
  const { sliceStart, postingDoc, postingWeight } = postings;
  const n = docs.length;
  let comparisons = 0;
  const related = new Map<string, string[]>();
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const times = Float64Array.from(docs, (doc) => doc.time);
  // Stories as numbers, so the loop below compares integers.
  const storyNumbers = new Map<string, number>();
  const stories = Int32Array.from(docs, (doc) => {
    const story = doc.story ?? doc.id;
    let number = storyNumbers.get(story);
    if (number === undefined) storyNumbers.set(story, (number = storyNumbers.size));
    return number;
  });
  const dayMs = 86_400_000;
  const { count, timeBonus, timeScaleDays } = options;
  const maxBonus = 1 + Math.max(timeBonus, 0);
  const bestOther = new Int32Array(count + 1);
  const bestScore = new Float64Array(count + 1);
  for (let doc = 0; doc < n; doc++) {
    const { features, weights } = vectors[doc]!;
    const story = stories[doc]!;
    let touchedCount = 0;
    for (let k = 0; k < features.length; k++) {
      const feature = features[k]!;
      const weight = weights[k]!;
      for (let p = sliceStart[feature]!, end = sliceStart[feature + 1]!; p < end; p++) {
        const other = postingDoc[p]!;
        if (other === doc || stories[other] === story) continue;
        comparisons++;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postingWeight[p]!;
      }
    }
    // Top `count` by a linear scan (no sort of every candidate); ties go to the smaller id
    // (documents are sorted by id, so the smaller index).
    let bestCount = 0;
    const time = times[doc]!;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const similarity = scores[other]!;
      scores[other] = 0;
      // A candidate that cannot reach the current last place even with the full time bonus is
      // skipped before computing its bonus (an exponential per candidate was a third of the time).
      if (bestCount === count && similarity * maxBonus < bestScore[count - 1]!) continue;
      const days = Math.abs(time - times[other]!) / dayMs;
      const score = similarity * (1 + timeBonus * Math.exp(-days / timeScaleDays));
      if (bestCount === count && !(score > bestScore[count - 1]! || (score === bestScore[count - 1]! && other < bestOther[count - 1]!)))
        continue;
      // One version per story: another version already listed gives way only to a better one.
      let listed = -1;
      for (let b = 0; b < bestCount; b++) if (stories[bestOther[b]!] === stories[other]) listed = b;
      if (listed >= 0) {
        if (!(score > bestScore[listed]! || (score === bestScore[listed]! && other < bestOther[listed]!))) continue;
        bestScore.copyWithin(listed, listed + 1, bestCount);
        bestOther.copyWithin(listed, listed + 1, bestCount);
        bestCount--;
      }
      let at = bestCount;
      while (at > 0 && (score > bestScore[at - 1]! || (score === bestScore[at - 1]! && other < bestOther[at - 1]!))) {
        bestScore[at] = bestScore[at - 1]!;
        bestOther[at] = bestOther[at - 1]!;
        at--;
      }
      bestScore[at] = score;
      bestOther[at] = other;
      if (bestCount < count) bestCount++;
    }
    const ids: string[] = [];
    for (let b = 0; b < bestCount; b++) ids.push(docs[bestOther[b]!]!.id);
    related.set(docs[doc]!.id, ids);
  }
  return { related, comparisons };
}
