/**
 * Story signatures: what near-duplicate detection keeps of an article. The body's word shingles
 * become a MinHash signature (for Jaccard similarity of whole versions) and the lead's shingles
 * are kept exactly (for shortened versions: a radio cut is the lead of its story). Words keep
 * their digits and case-folded letters, so look-alike tables with other names and numbers share
 * few shingles. Pure and deterministic: a signature depends only on the paragraphs, so it can be
 * cached by content.
 */

export interface SignatureOptions {
  /** Words per shingle. */
  shingleWords: number;
  /** MinHash values per signature (a multiple of `bandRows`). */
  hashes: number;
  /** Words of the lead kept for containment. */
  leadWords: number;
  /** Most specifics (numbers, names) kept. */
  specifics: number;
}

export const DEFAULT_SIGNATURE_OPTIONS: SignatureOptions = { shingleWords: 5, hashes: 64, leadWords: 50, specifics: 48 };

export interface StorySignature {
  /** MinHash of the body's shingle set: the smallest value of each of `hashes` hash functions. */
  minhash: Uint32Array;
  /** Distinct shingles of the body. */
  shingles: number;
  /** Distinct shingle hashes of the lead's first `leadWords` words, sorted ascending. */
  lead: Uint32Array;
  /**
   * The specifics of the text: numbers and capitalised words inside sentences (names), as the
   * smallest `specifics` distinct hashes, sorted ascending. Copy written on one template shares
   * its wording but not these.
   */
  specifics: Uint32Array;
}

/** The 32-bit finaliser of MurmurHash3: a fast mix whose output bits all depend on every input bit. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a word's UTF-16 code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The word hashes of a text: letters and digits, lower-cased; punctuation, spacing and
 * typographic variants ("D.C." and "D. C.") do not count.
 * @example wordHashesOf('Dow falls 340 points').length // 4
 */
export function wordHashesOf(paragraphs: readonly string[]): number[] {
  const hashes: number[] = [];
  for (const paragraph of paragraphs) {
    const lower = paragraph.toLowerCase();
    WORD.lastIndex = 0;
    for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) hashes.push(hashWord(match[0]));
  }
  return hashes;
}

const SPECIFIC = /(?<![.!?:]\s|^)\p{Lu}[\p{L}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*/gu;

/**
 * Hashes of the numbers and of the capitalised words not opening a sentence in the text: the
 * names and figures that tell two stories on one template apart.
 * @example specificsOf(['Shares in Acme fell 3.5 percent.']).length // 2 ("Acme", "3.5")
 */
export function specificsOf(paragraphs: readonly string[], limit = DEFAULT_SIGNATURE_OPTIONS.specifics): Uint32Array {
  const hashes = new Set<number>();
  for (const paragraph of paragraphs) {
    SPECIFIC.lastIndex = 0;
    for (let match = SPECIFIC.exec(paragraph); match !== null; match = SPECIFIC.exec(paragraph)) hashes.add(fmix32(hashWord(match[0])));
  }
  return Uint32Array.from(hashes).sort().subarray(0, limit).slice();
}

/** Distinct hashes of every run of `size` words (one shingle of all words when the text is shorter). */
export function shingleHashesOf(words: readonly number[], size: number): Set<number> {
  const shingles = new Set<number>();
  const runs = Math.max(1, words.length - size + 1);
  for (let start = 0; start < runs && start < words.length; start++) {
    let h = 0x9747b28c;
    for (let k = start; k < start + size && k < words.length; k++) h = fmix32(Math.imul(h ^ words[k]!, 0x5bd1e995));
    shingles.add(h);
  }
  return shingles;
}

/** Seeds of the hash functions: fixed, so signatures from any build compare. */
function hashSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x2545f491;
  for (let i = 0; i < count; i++) seeds[i] = state = fmix32(state + 0x9e3779b9);
  return seeds;
}
const seedCache = new Map<number, Uint32Array>();

/** The story signature of an article's body paragraphs. */
export function signatureOf(paragraphs: readonly string[], options: SignatureOptions = DEFAULT_SIGNATURE_OPTIONS): StorySignature {
  const words = wordHashesOf(paragraphs);
  const shingles = shingleHashesOf(words, options.shingleWords);
  let seeds = seedCache.get(options.hashes);
  if (!seeds) seedCache.set(options.hashes, (seeds = hashSeeds(options.hashes)));
  const minhash = new Uint32Array(options.hashes).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const value = fmix32(shingle ^ seeds[i]!);
      if (value < minhash[i]!) minhash[i] = value;
    }
  }
  const lead = Uint32Array.from(shingleHashesOf(words.slice(0, options.leadWords), options.shingleWords)).sort();
  return { minhash, shingles: shingles.size, lead, specifics: specificsOf(paragraphs, options.specifics) };
}
