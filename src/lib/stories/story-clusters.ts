/**
 * Stories from signatures: groups the versions of a story in linear time. Candidates come from
 * two locality-sensitive indexes (bands of the body's MinHash, for versions that share most of
 * their text; the smallest shingles of the lead, for shortened versions that are the lead of a
 * longer one), every bucket capped; each candidate pair is then checked against the measured
 * thresholds, and accepted pairs are joined into stories (union-find). A story's id is the id of
 * its earliest version (publishedAt, then id). Deterministic: the result does not depend on the
 * order of the input.
 */
import type { StorySignature } from './story-signature.ts';

export interface StoryInput {
  id: string;
  /** Publication instant in milliseconds. */
  time: number;
  signature: StorySignature;
}

export interface StoryOptions {
  /** MinHash values per band of the body index (the signature's length must be a multiple). */
  bandRows: number;
  /** Smallest lead shingles each article is indexed under. */
  leadKeys: number;
  /** Most articles compared per bucket: bounds the work on boilerplate shared by many articles. */
  maxBucket: number;
  /** Estimated Jaccard similarity of the bodies at which two articles are versions of one story. */
  minJaccard: number;
  /** Lower Jaccard similarity at which they are versions when their specifics (names, numbers) agree too. */
  minJaccardWithSpecifics: number;
  /** Share of the shorter list of specifics found in the other at which they agree. */
  minSpecifics: number;
  /** Share of the shorter lead's shingles found in the other lead at which a shortened version joins. */
  minLeadContainment: number;
  /**
   * Estimated share of the shorter article's shingles found in the other, which the lead rule
   * also needs: a shortened version is mostly its lead, while two stories written on one template
   * share the lead's wording but not the rest.
   */
  minContainment: number;
  /** Fewest distinct lead shingles the shorter article needs for the lead rule (a one-line item matches nothing by its lead). */
  minLeadShingles: number;
  /** Fewest distinct shingles either article needs to match at all. */
  minShingles: number;
  /** Longest time between two versions, in days. */
  maxGapDays: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  bandRows: 4,
  leadKeys: 8,
  maxBucket: 64,
  minJaccard: 0.6,
  minJaccardWithSpecifics: 0.45,
  minSpecifics: 0.8,
  minLeadContainment: 0.7,
  minContainment: 0.5,
  minLeadShingles: 12,
  minShingles: 6,
  maxGapDays: 7,
};

export interface StoryResult {
  /** Story id (the earliest version's id) by article id, for every article. */
  storyOf: Map<string, string>;
  /** Candidate pairs checked: the measure of work. */
  comparisons: number;
}

/** Shared lead shingles over the shorter lead's count (both sorted ascending). */
export function leadContainment(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / shorter;
}

/**
 * How far two articles' specifics agree: the share of the shorter list in the other. Both are
 * the smallest hashes of their sets, so only the part below the larger of the two lists' last
 * values is compared; an article without any agrees with everything.
 */
export function specificsAgreement(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 1;
  const limit = Math.min(a[a.length - 1]!, b[b.length - 1]!);
  const below = (list: Uint32Array) => list.filter((value) => value <= limit);
  return leadContainment(below(a), below(b));
}

/** Estimated Jaccard similarity of two MinHash signatures: the share of equal values. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}

/**
 * The share of the smaller set inside the larger, from their Jaccard similarity and sizes:
 * |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
export function estimatedContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * smaller));
}

/** Whether two articles are versions of one story, by their signatures and times. */
export function areVersions(a: StoryInput, b: StoryInput, options: StoryOptions = DEFAULT_STORY_OPTIONS): boolean {
  if (Math.abs(a.time - b.time) > options.maxGapDays * 86_400_000) return false;
  if (Math.min(a.signature.shingles, b.signature.shingles) < options.minShingles) return false;
  const jaccard = estimatedJaccard(a.signature.minhash, b.signature.minhash);
  if (jaccard >= options.minJaccard) return true;
  if (specificsAgreement(a.signature.specifics, b.signature.specifics) < options.minSpecifics) return false;
  if (jaccard >= options.minJaccardWithSpecifics) return true;
  return (
    Math.min(a.signature.lead.length, b.signature.lead.length) >= options.minLeadShingles &&
    leadContainment(a.signature.lead, b.signature.lead) >= options.minLeadContainment &&
    estimatedContainment(jaccard, a.signature.shingles, b.signature.shingles) >= options.minContainment
  );
}

function mix(h: number, value: number): number {
  let x = Math.imul(h ^ value, 0x5bd1e995);
  x ^= x >>> 15;
  return Math.imul(x, 0x27d4eb2d) >>> 0;
}

/** Groups the articles into stories. */
export function findStories(inputs: readonly StoryInput[], options: StoryOptions = DEFAULT_STORY_OPTIONS): StoryResult {
  // Earliest first (then by id), so buckets fill in a fixed order and a story's root is its first version.
  const docs = [...inputs].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = Int32Array.from(docs, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  // The earlier root wins, so each root is its story's earliest version.
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const lastChecked = new Int32Array(docs.length).fill(-1);
  let comparisons = 0;
  // One pass per band, each with buckets of its own that go once it is done: memory stays at one
  // key per article however many bands there are. Within a pass an article is compared with the
  // earlier members of each bucket it falls in (at most maxBucket of them).
  const pass = (keysOf: (doc: number, visit: (key: number) => void) => void) => {
    const buckets = new Map<number, number[]>();
    lastChecked.fill(-1);
    for (let doc = 0; doc < docs.length; doc++)
      keysOf(doc, (key) => {
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        for (const other of bucket) {
          if (lastChecked[other] === doc) continue;
          lastChecked[other] = doc;
          comparisons++;
          if (find(other) !== find(doc) && areVersions(docs[other]!, docs[doc]!, options)) union(other, doc);
        }
        if (bucket.length < options.maxBucket) bucket.push(doc);
      });
  };
  const bands = Math.floor((docs[0]?.signature.minhash.length ?? 0) / options.bandRows);
  for (let band = 0; band < bands; band++) {
    const start = band * options.bandRows;
    pass((doc, visit) => {
      const { minhash } = docs[doc]!.signature;
      let key = mix(0x3c6ef372, band);
      for (let k = start; k < start + options.bandRows; k++) key = mix(key, minhash[k]!);
      visit(key);
    });
  }
  // Lead keys: the smallest lead shingles (lead is sorted), all in one pass, so any of one
  // article's keys meets any of another's. A lead shingle that more articles share than a bucket
  // holds is boilerplate ("the company said in a statement"), no evidence of a shared story.
  const leadKeyCounts = new Map<number, number>();
  for (const doc of docs)
    for (let k = 0; k < Math.min(options.leadKeys, doc.signature.lead.length); k++)
      leadKeyCounts.set(doc.signature.lead[k]!, (leadKeyCounts.get(doc.signature.lead[k]!) ?? 0) + 1);
  pass((doc, visit) => {
    const { lead } = docs[doc]!.signature;
    for (let k = 0; k < Math.min(options.leadKeys, lead.length); k++)
      if (leadKeyCounts.get(lead[k]!)! <= options.maxBucket) visit(lead[k]!);
  });
  const storyOf = new Map<string, string>();
  docs.forEach((doc, index) => storyOf.set(doc.id, docs[find(index)]!.id));
  return { storyOf, comparisons };
}
