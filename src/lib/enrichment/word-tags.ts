/**
 * Words of a sentence with their tags, by look-up instead of a tagger: compromise's lexicon
 * (with every tag's parents, and its suffix rules for words it does not list), its multi-word
 * names ("Goldman Sachs", "Rio de Janeiro"), given names from gender-detection-from-name, and
 * the place gazetteer (src/lib/enrichment/places.ts). Running compromise's tagger cost several
 * milliseconds an article; the entity rules read only what a word is, which a look-up gives.
 */
import nlp from 'compromise/two';
import de from 'gender-detection-from-name/names/de.js';
import en from 'gender-detection-from-name/names/en.js';
import es from 'gender-detection-from-name/names/es.js';
import fr from 'gender-detection-from-name/names/fr.js';
import it from 'gender-detection-from-name/names/it.js';
import tr from 'gender-detection-from-name/names/tr.js';
import { placeByLowerName } from './places.ts';

/** One word as the entity rules read it. */
export interface Term {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** Punctuation before it ("(", "“"). */
  pre: string;
  /** Punctuation and space after it (", ", "-", " - "). */
  post: string;
  /** Lower case, for look-ups and context words. */
  normal: string;
  tags: Set<string>;
}

interface World {
  model: {
    one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
    two: { suffixPatterns: Record<string, string>[]; orgWords: Record<string, boolean> };
  };
}
const world = nlp.world() as unknown as World;
const { lexicon, tagSet } = world.model.one;
const suffixPatterns = world.model.two.suffixPatterns;
const orgWords = world.model.two.orgWords;

/** True for compromise's words that end organisations' names ("gaming", "lab", "weekly"). */
export const isOrgWord = (normal: string) => orgWords[normal] === true;

const withParents = (tags: readonly string[]) => {
  const all = new Set<string>();
  for (const tag of tags) {
    all.add(tag);
    for (const parent of tagSet[tag]?.parents ?? []) all.add(parent);
  }
  return all;
};

const NAME_OR_PLACE = /Person|FirstName|LastName|MaleName|FemaleName|Place|City|Country|Region|Organization|ProperNoun|Honorific/u;
/** True for a person compromise's lexicon knows by one name ("clinton", "napoleon", "rembrandt"). */
export const isFamousName = (normal: string) => lexicon[normal] === 'Person';

/** True for lexicon words that are only ordinary words (not names): never given names, whatever a names list says. */
export const isCommonWord = (normal: string) => {
  const tags = lexicon[normal];
  return tags !== undefined && ![tags].flat().some((tag) => NAME_OR_PLACE.test(tag));
};

// Given names in six languages' lists; words the lexicon knows as ordinary words ("May", "Will",
// "April") and places ("Boston", "Paris") are left out, so a name list cannot make them people.
// Common given names that are also adjectives are kept ("Frank Rack", "Rich Lowry").
const ADJECTIVE_NAMES = new Set('frank rich earnest randy rusty sandy woody bella'.split(' '));
const GIVEN_NAMES = new Set<string>();
for (const list of [en, de, es, fr, it, tr] as ReadonlyMap<string, string>[]) {
  for (const name of list.keys())
    if (
      name.length >= 3 &&
      (!isCommonWord(name) || ADJECTIVE_NAMES.has(name)) &&
      !(placeByLowerName(name) && !placeByLowerName(name)!.weak)
    )
      GIVEN_NAMES.add(name);
}

/** Multi-word lexicon entries that are names, keyed by their first word: "goldman" → ["goldman sachs"]. */
const MULTI_WORD = new Map<string, { words: string[]; tags: Set<string> }[]>();
for (const [key, tags] of Object.entries(lexicon)) {
  if (!key.includes(' ') || ![tags].flat().some((tag) => /Organization|City|Country|Region|Place/u.test(tag))) continue;
  const words = key.split(' ');
  (MULTI_WORD.get(words[0]!) ?? MULTI_WORD.set(words[0]!, []).get(words[0]!)!).push({ words, tags: withParents([tags].flat()) });
}

const capitalisedCache = new Map<string, Set<string>>();
const lowerCache = new Map<string, Set<string>>();
const EMPTY = new Set<string>();

/** Tags of one word by its lower-case form; the set is shared, never change it. */
export function tagsOf(normal: string, capitalised: boolean): Set<string> {
  const cache = capitalised ? capitalisedCache : lowerCache;
  const key = normal;
  let tags = cache.get(key);
  if (tags) return tags;
  const bare = normal.replace(/['’]s?$/u, '');
  const listed = lexicon[normal] ?? lexicon[bare];
  if (listed !== undefined) tags = withParents([listed].flat());
  else {
    tags = EMPTY;
    for (let length = Math.min(7, bare.length - 1); length >= 1; length--) {
      const tag = suffixPatterns[length]?.[bare.slice(-length)];
      if (tag) {
        tags = withParents([tag]);
        break;
      }
    }
  }
  if (capitalised && GIVEN_NAMES.has(bare)) {
    tags = new Set([
      ...[...tags].filter((tag) => !/Verb|Tense|Adjective|Adverb|Gerund|Infinitive|Participle/u.test(tag)),
      'FirstName',
      'Person',
      'ProperNoun',
    ]);
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(key, tags);
  return tags;
}

const DASHES = /^[-–—]+$/u;
// Leading and trailing punctuation of a whitespace-separated token; a dotted abbreviation keeps its dots ("U.S.", "St.").
const TOKEN = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const DOTTED = /^(?:\p{L}\.)+$|^(?:St|Mt|Ft|Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Co|Corp|Inc|Ltd|Bros|No)\.$/iu;

/**
 * The words of one sentence: split at spaces, punctuation moved to `pre`/`post`, a hyphen
 * between letters splitting the word ("Russia-led" → "Russia" + "-" + "led"; "al-Assad" kept),
 * and a dash standing between spaces kept as the previous word's `post` (" - "), so that it
 * breaks a name instead of joining one.
 * @example termsOf('Russia-led talks').map((t) => t.text) // ['Russia', 'led', 'talks']
 */
export function termsOf(sentence: string): Term[] {
  const terms: Term[] = [];
  for (const match of sentence.matchAll(/(\S+)(\s*)/gu)) {
    const token = match[1]!;
    const space = match[2]!;
    // Tokenised copy ("Clinton 's speech"): a detached possessive belongs to the word before it.
    const previous = terms.at(-1);
    if (/^['’]s$/u.test(token) && previous && /^\s+$/u.test(previous.post)) {
      previous.text += token;
      previous.post = space;
      continue;
    }
    if (DASHES.test(token) || (!/[\p{L}\p{N}]/u.test(token) && token !== '&')) {
      if (previous) previous.post += token + space;
      continue;
    }
    const [, pre = '', bareCore = '', barePost = ''] = token === '&' ? ['', '', '&', ''] : (TOKEN.exec(token) ?? []);
    let core = bareCore;
    let post = barePost;
    // "U.S." and "St." keep their full stop; a sentence's own full stop stays punctuation.
    if (post.startsWith('.') && DOTTED.test(`${core}.`)) {
      core += '.';
      post = post.slice(1);
    }
    if (post.startsWith("'") || post.startsWith('’')) {
      // "Reuters'" (possessive of a plural name).
      core += post.charAt(0);
      post = post.slice(1);
    }
    // Kept whole: "al-Assad", "President-elect", "T-shirt" (a letter and a word in lower case).
    const parts =
      /^(?:al|el|bin|ibn|ul|ur)-|-(?:elect|designate|General)$/iu.test(core) || /^\p{Lu}-\p{Ll}/u.test(core)
        ? [core]
        : core.split(/(?<=[\p{L}\p{N}.])-(?=[\p{L}\p{N}])/u);
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const capitalised = /^\p{Lu}/u.test(part);
      const normal = part.toLowerCase();
      terms.push({
        text: part,
        pre: i === 0 ? pre : '',
        post: last ? post + space : '-',
        normal,
        // The entity rules read tags of capitalised words only: a lower-case word needs no look-up.
        tags: capitalised ? tagsOf(normal, true) : EMPTY,
      });
    });
  }
  tagMultiWordNames(terms);
  return terms;
}

/** Gives every word of a known multi-word name its tags ("Goldman Sachs" → Organization). */
function tagMultiWordNames(terms: Term[]): void {
  for (let i = 0; i < terms.length; i++) {
    const candidates = MULTI_WORD.get(terms[i]!.normal);
    if (!candidates || !/^\p{Lu}/u.test(terms[i]!.text)) continue;
    for (const { words, tags } of candidates) {
      if (i + words.length > terms.length) continue;
      if (!words.every((word, k) => terms[i + k]!.normal.replace(/['’]s$/u, '') === word || terms[i + k]!.normal === word)) continue;
      for (let k = 0; k < words.length; k++) terms[i + k]!.tags = new Set([...terms[i + k]!.tags, ...tags]);
      i += words.length - 1;
      break;
    }
  }
}
