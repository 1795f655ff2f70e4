/**
 * The archive's vocabulary for "Did you mean": the words of headlines and bodies, counted by the
 * articles they appear in, cut into shards by word length so that correcting a word of n letters
 * loads only the shards of n-1, n and n+1 letters. Each shard keeps its most frequent words only,
 * so its size is bounded whatever the archive's size. Pure: the build writes the shards
 * (src/pages/search/vocabulary/[shard].json.ts), the search page loads them when a search finds nothing.
 */

/** Shortest and longest words kept: shorter ones have too many neighbours, longer ones are rare. */
export const MIN_VOCABULARY_WORD = 3;
export const MAX_VOCABULARY_WORD = 24;
/** Most words per shard (the most frequent ones): bounds a shard at a few tens of KB however large the archive. */
export const MAX_WORDS_PER_SHARD = 4000;

/** One shard: words of one length, most frequent first, with the number of articles each is in. */
export interface VocabularyShard {
  version: 1;
  length: number;
  words: string[];
  counts: number[];
}

/** The words of a text as the vocabulary keeps them: lower case, letters only, within the length bounds. */
export function vocabularyWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)) {
    const length = [...word].length;
    if (length >= MIN_VOCABULARY_WORD && length <= MAX_VOCABULARY_WORD) words.push(word);
  }
  return words;
}

/**
 * The shards for a set of documents (each a list of texts), keyed by word length.
 * @example buildVocabulary([['Coffee prices rise']]).get(6)?.words // ['coffee', 'prices']
 */
export function buildVocabulary(documents: Iterable<readonly string[]>, maxWords = MAX_WORDS_PER_SHARD): Map<number, VocabularyShard> {
  const counts = new Map<string, number>();
  for (const texts of documents) {
    const seen = new Set(texts.flatMap(vocabularyWords));
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const byLength = new Map<number, [string, number][]>();
  for (const entry of counts) {
    const length = [...entry[0]].length;
    let list = byLength.get(length);
    if (!list) byLength.set(length, (list = []));
    list.push(entry);
  }
  const shards = new Map<number, VocabularyShard>();
  for (const [length, list] of [...byLength].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = list.slice(0, maxWords);
    shards.set(length, { version: 1, length, words: kept.map(([word]) => word), counts: kept.map(([, count]) => count) });
  }
  return shards;
}

/** Reads a shard fetched by the page; undefined when it is not one. */
export function parseVocabularyShard(json: unknown): VocabularyShard | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const shard = json as Partial<VocabularyShard>;
  if (shard.version !== 1 || !Array.isArray(shard.words) || !Array.isArray(shard.counts) || shard.words.length !== shard.counts.length)
    return undefined;
  if (!shard.words.every((word) => typeof word === 'string') || !shard.counts.every((count) => Number.isInteger(count))) return undefined;
  return shard as VocabularyShard;
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours (Damerau). */
export function isOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length - 1;
  let endY = y.length - 1;
  while (endX >= start && endY >= start && x[endX] === y[endY]) {
    endX--;
    endY--;
  }
  const restX = endX - start + 1;
  const restY = endY - start + 1;
  if (restX <= 1 && restY <= 1) return true;
  // A swap of two neighbours: "teh" / "the".
  return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start];
}

/** The shard lengths a correction of `word` needs. */
export function shardsFor(word: string): number[] {
  const length = [...word].length;
  return [length - 1, length, length + 1].filter((n) => n >= MIN_VOCABULARY_WORD && n <= MAX_VOCABULARY_WORD);
}

/**
 * The correction of one word: itself when the vocabulary has it, else the most frequent word one
 * edit away, else undefined.
 * @example correctWord('cofee', shards) // 'coffee'
 */
export function correctWord(word: string, shards: ReadonlyMap<number, VocabularyShard>): string | undefined {
  const lower = word.toLowerCase();
  const length = [...lower].length;
  if (shards.get(length)?.words.includes(lower)) return lower;
  let best: { word: string; count: number } | undefined;
  for (const n of shardsFor(lower)) {
    const shard = shards.get(n);
    if (!shard) continue;
    shard.words.forEach((candidate, index) => {
      const count = shard.counts[index]!;
      if ((!best || count > best.count) && isOneEdit(lower, candidate)) best = { word: candidate, count };
    });
  }
  return best?.word;
}

/**
 * A corrected query: every plain word outside quotes, operators and field terms that the
 * vocabulary lacks is replaced by its correction. undefined when nothing changes.
 * @example correctQuery('cofee -brazil', shards) // 'coffee -brazil'
 */
export function correctQuery(query: string, shards: ReadonlyMap<number, VocabularyShard>): string | undefined {
  let changed = false;
  // Only bare words are corrected: phrases, field terms and exclusions are the reader's exact wish.
  const corrected = query.replace(/"[^"]*"|\S+/g, (token) => {
    if (!/^[\p{L}\p{M}]+$/u.test(token) || token === 'OR') return token;
    const lengthOk = [...token].length >= MIN_VOCABULARY_WORD && [...token].length <= MAX_VOCABULARY_WORD;
    if (!lengthOk) return token;
    const fix = correctWord(token, shards);
    if (!fix || fix === token.toLowerCase()) return token;
    changed = true;
    return fix;
  });
  return changed ? corrected : undefined;
}

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

/**
 * The words of `words` that no marked word in `excerpts` (Pagefind excerpts of the first results,
 * `<mark>` around the matches) carries on. A marked word carries a typed one on when they start
 * alike for all of the typed word but its last two letters, and for at least three letters, so
 * stems and inflections count (`rates` and `rate`, `elections` and `election`). Pagefind searches a word
 * it lacks as its longest indexed prefix, so a typo finds the articles of a prefix (`aiport`
 * finds every word starting with `a`), and those mark words that do not carry the typed one on:
 * that word is then worth correcting.
 * @example unmatchedWords(['aiport'], ['the <mark>a</mark> train']) // ['aiport']
 */
export function unmatchedWords(words: readonly string[], excerpts: readonly string[]): string[] {
  return words.filter((word) => {
    const length = folded(word).length;
    return length > 0 && sharedPrefix(word, excerpts) < Math.max(3, length - 2);
  });
}

/** The most letters `word` starts with that a word marked in `excerpts` starts with too (case and accents aside). */
export function sharedPrefix(word: string, excerpts: readonly string[]): number {
  const plain = folded(word);
  let longest = 0;
  for (const excerpt of excerpts)
    for (const match of excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)) {
      const mark = folded(match[1]!);
      let common = 0;
      while (common < plain.length && common < mark.length && plain[common] === mark[common]) common++;
      longest = Math.max(longest, common);
    }
  return longest;
}

/**
 * A word found only as a prefix this short (`aiport` as `a`, `madien` as `mad`) lists articles
 * about something else, so its correction replaces them; found as a longer one (`bankrupcy` as
 * `bank`, a rare inflection as its stem) the articles may be the reader's, and the correction is
 * only offered.
 */
export const SHORT_PREFIX = 3;

/**
 * The query a reader asks for with "Search instead for …" after a correction: `query` with each
 * word that `corrected` changed in quotes, which correctQuery never corrects (and Pagefind then
 * matches as the exact word, with no prefix).
 * @example exactQuery('cofee prices', 'coffee prices') // '"cofee" prices'
 */
export function exactQuery(query: string, corrected: string): string {
  const fixed = corrected.match(/"[^"]*"|\S+/g) ?? [];
  let index = 0;
  return query.replace(/"[^"]*"|\S+/g, (token) => {
    const other = fixed[index++];
    return other !== undefined && other !== token && other !== token.toLowerCase() ? `"${token}"` : token;
  });
}

/** The bare words of a query whose shards a correction would need. */
export function correctableWords(query: string): string[] {
  return (query.match(/"[^"]*"|\S+/g) ?? []).filter(
    (token) =>
      /^[\p{L}\p{M}]+$/u.test(token) &&
      token !== 'OR' &&
      [...token].length >= MIN_VOCABULARY_WORD &&
      [...token].length <= MAX_VOCABULARY_WORD,
  );
}
