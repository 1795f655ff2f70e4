/**
 * Related articles: for each article, the most similar articles published no later than it (its
 * earlier coverage), by TF-IDF cosine over words and named entities, with a small bonus for
 * closeness in time. Document frequencies and candidates come from the archive as it stood at the
 * article's time, so adding newer articles never changes an older article's list (a day's news
 * re-renders no old article page). Candidates come from an inverted index over each article's
 * strongest features, each list walked for its latest postings only, so the work grows linearly
 * with the number of articles (never all pairs). Deterministic: the result depends only on the
 * articles, not on their order.
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

/**
 * Builds the similarity lists for every article. Each article's list is chosen among the
 * articles published no later than it (its earlier coverage), with weights from the articles up
 * to its time only, so adding articles dated after every existing one never changes an older
 * article's list.
 */
export function findRelated(inputs: readonly RelatedInput[], options: RelatedOptions = DEFAULT_RELATED_OPTIONS): RelatedResult {
  // Chronological order, ties by id: every prefix of it is an archive as it stood at some time.
  const docs = [...inputs].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const featureIds = new Map<string, number>();
  const featureId = (feature: string) => {
    let id = featureIds.get(feature);
    if (id === undefined) featureIds.set(feature, (id = featureIds.size));
    return id;
  };
  // Term counts per document; entities are features of their own ("\u0000" cannot occur in a word).
  // Feature ids follow first use in chronological order, so a prefix numbers its features alike.
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

  // Walked in groups of articles published at the same instant: each group's document
  // frequencies count every article up to and including it. An article has two vectors, each
  // of its strongest features, L2-normalised: what it looks for among earlier articles (features
  // some other article so far has) and what later articles find it by (its new features too,
  // weighed as if one other article had them, since only then do they count: without them the
  // first report of anything could never be found).
  const df = new Uint32Array(featureIds.size);
  const found: Vector[] = new Array<Vector>(docs.length);
  const looking: Vector[] = new Array<Vector>(docs.length);
  const groupEnd = new Int32Array(docs.length);
  for (let start = 0; start < docs.length;) {
    let end = start + 1;
    while (end < docs.length && docs[end]!.time === docs[start]!.time) end++;
    for (let doc = start; doc < end; doc++) for (const id of counts[doc]!.keys()) df[id]! += 1;
    for (let doc = start; doc < end; doc++) {
      const scored: [number, number][] = [];
      for (const [id, count] of counts[doc]!) {
        // Smoothed IDF: a feature every article has still counts a little, never negatively.
        scored.push([id, (1 + Math.log(count)) * Math.log(1 + end / Math.max(df[id]!, 2))]);
      }
      scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      found[doc] = strongest(scored, options.featuresPerArticle);
      const shared = scored.filter(([id]) => df[id]! > 1);
      looking[doc] = strongest(shared, options.featuresPerArticle);
      groupEnd[doc] = end;
    }
    start = end;
  }

  // Inverted index: feature → its documents, oldest first, with their weights, flattened into
  // typed arrays (a feature's postings are one slice), which the scoring loop below walks about
  // three times faster than arrays of objects.
  const sliceStart = new Int32Array(featureIds.size + 1);
  for (const vector of found) for (const feature of vector.features) sliceStart[feature + 1]! += 1;
  for (let f = 0; f < featureIds.size; f++) sliceStart[f + 1]! += sliceStart[f]!;
  const postingDoc = new Int32Array(sliceStart[featureIds.size]!);
  const postingWeight = new Float64Array(sliceStart[featureIds.size]!);
  // Where each feature's postings of the archive up to a group's time end, for the group's documents.
  const filled = sliceStart.slice(0, featureIds.size);
  const vectorStart = new Int32Array(docs.length + 1);
  for (let doc = 0; doc < docs.length; doc++) vectorStart[doc + 1] = vectorStart[doc]! + looking[doc]!.features.length;
  const windowEnds = new Int32Array(vectorStart[docs.length]!);
  for (let start = 0; start < docs.length; start = groupEnd[start]!) {
    const end = groupEnd[start]!;
    for (let doc = start; doc < end; doc++) {
      const { features, weights } = found[doc]!;
      for (let k = 0; k < features.length; k++) {
        const at = filled[features[k]!]!++;
        postingDoc[at] = doc;
        postingWeight[at] = weights[k]!;
      }
    }
    for (let doc = start; doc < end; doc++)
      looking[doc]!.features.forEach((feature, k) => (windowEnds[vectorStart[doc]! + k] = filled[feature]!));
  }

  return scoreAll(docs, looking, { sliceStart, postingDoc, postingWeight, windowEnds, vectorStart }, options);
}

/** The first `limit` of features scored highest first, L2-normalised (weights of zero dropped). */
function strongest(scored: readonly [number, number][], limit: number): Vector {
  const kept = scored.slice(0, limit).filter(([, weight]) => weight > 0);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return { features: kept.map(([id]) => id), weights: kept.map(([, weight]) => weight / norm) };
}

interface Postings {
  /** Feature f's postings are [sliceStart[f], sliceStart[f + 1]), oldest document first. */
  sliceStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
  /** Document d's k-th feature's postings of the archive up to d's time end at windowEnds[vectorStart[d] + k]. */
  windowEnds: Int32Array;
  vectorStart: Int32Array;
}

/**
 * The top related documents of every document, by walking, for each feature it looks for, the
 * latest `maxPostings` postings up to its time (the capped list depends only on the archive up to
 * then, and recent coverage is what a reader wants most). Its own function with plain loops over
 * typed arrays: it runs about 45 million times at 10,000 articles, and closures or captured
 * counters in it made it several times slower.
 */
function scoreAll(docs: readonly RelatedInput[], vectors: readonly Vector[], postings: Postings, options: RelatedOptions): RelatedResult {
  const { sliceStart, postingDoc, postingWeight, windowEnds, vectorStart } = postings;
  const { maxPostings } = options;
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
    const firstWindow = vectorStart[doc]!;
    const story = stories[doc]!;
    let touchedCount = 0;
    for (let k = 0; k < features.length; k++) {
      const feature = features[k]!;
      const weight = weights[k]!;
      const end = windowEnds[firstWindow + k]!;
      for (let p = Math.max(sliceStart[feature]!, end - maxPostings); p < end; p++) {
        const other = postingDoc[p]!;
        if (other === doc || stories[other] === story) continue;
        comparisons++;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postingWeight[p]!;
      }
    }
    // Top `count` by a linear scan (no sort of every candidate); ties go to the smaller index
    // (the earlier document, or the smaller id at the same instant).
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
