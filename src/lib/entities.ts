/**
 * People, places and organisations named in one article. compromise tags each word (first
 * names, surnames, cities, countries, organisations); this module groups capitalised words
 * into names, strips titles and possessives, classifies each name with the tags, a country
 * gazetteer and context ("his counterpart Xi Jinping", "Lavrov said"), and resolves
 * one-word mentions ("Putin") to the full name used elsewhere in the article.
 */
import nlp from 'compromise';
import type { Entities } from './article-schema.ts';
import { isAgencyName } from './agencies.ts';
import {
  DEMONYMS,
  FAMILY_NAME_FIRST,
  ORG_ALIASES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_ALIASES,
  ROLE_NOUNS,
  SAY_VERBS,
  TITLES,
} from './entity-gazetteer.ts';

interface Word {
  text: string;
  tags: ReadonlySet<string>;
  /** What joins this word to the next one in the name: a space or a hyphen. */
  joiner: string;
}

interface Chunk {
  words: Word[];
  /** The lower-case word before the chunk, if any. */
  before: string;
  /** The lower-case word after the chunk, if any. */
  after: string;
  /** A title was stripped from the front ("President"). */
  titled: boolean;
  /** Order of appearance in the article. */
  position: number;
}

type Kind = 'person' | 'place' | 'organisation';

// Words inside a name that are not capitalised ("Bank of England", "Ludwig van Beethoven").
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
]);
// Capitalised words that begin sentences or sit next to names without being part of them.
const EDGE_WORDS = new Set(
  'The A An This That These Those It Its He She They We I You His Her Their Our My In On At By For From To With As But And Or If When While After Before However Although Because Since Meanwhile Also Then Yet So Still Earlier Later Last Next On Over Under Both Neither Either Some Many Most Several Such Mr Mrs Ms'.split(
    ' ',
  ),
);
const CLOSED_CLASS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Verb',
  'Adverb',
  'QuestionWord',
  'Date',
  'Month',
  'WeekDay',
  'Value',
  'Holiday',
];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const MAX_NAME_WORDS = 8;

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(text);
const stripPossessive = (text: string) => text.replace(/(?:['’]s|['’])$/u, '');
const hasAny = (tags: ReadonlySet<string>, names: readonly string[]) => names.some((name) => tags.has(name));

/** True when most letters of the sentence are capitals (all-caps wire headlines and datelines). */
function isShouting(words: readonly { text: string }[]): boolean {
  const letters = words
    .map((word) => word.text)
    .join('')
    .replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.7;
}

/** Title case for an all-caps word ("MOSCOW" → "Moscow"). */
const titleCase = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();

/** Groups a sentence's capitalised words into chunks, breaking at punctuation. */
function chunkSentence(terms: readonly nlpTerm[], position: { next: number }, out: Chunk[]): void {
  let current: Word[] = [];
  let before = '';
  const flush = (after: string) => {
    if (current.length > 0) out.push({ words: current, before, after, titled: false, position: position.next++ });
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const text = term.text;
    const tags = term.tags ?? new Set<string>();
    const opensGroup = /[("“‘«]/u.test(term.pre);
    if (opensGroup) flush(term.normal);
    const next = terms[i + 1];
    const continues =
      isCapitalised(text) ||
      (current.length > 0 && CONNECTORS.has(text) && next !== undefined && isCapitalised(next.text) && !/[^\s-]/u.test(term.post));
    if (!continues) {
      flush(term.normal);
      before = term.normal;
      continue;
    }
    // The first word of a sentence is capitalised anyway: keep it only when tagged as a name.
    const sentenceStart = i === 0 || (current.length === 0 && /[“"‘]/u.test(term.pre));
    if (current.length === 0 && sentenceStart && (EDGE_WORDS.has(text) || (hasAny(tags, CLOSED_CLASS) && !hasAny(tags, NAME_TAGS)))) {
      before = term.normal;
      continue;
    }
    current.push({ text, tags, joiner: /-/u.test(term.post) ? '-' : ' ' });
    const breaks = /[^\s-]/u.test(term.post) || /['’]s?$/u.test(text) || current.length >= MAX_NAME_WORDS;
    if (breaks) {
      flush(next?.normal ?? '');
      before = term.normal;
    }
  }
  flush('');
}

type nlpTerm = { text: string; pre: string; post: string; normal: string; tags?: Set<string> };

/** Strips edge words, possessives, leading demonyms and titles; returns undefined when nothing is left. */
function cleanChunk(chunk: Chunk): Chunk | undefined {
  const words = chunk.words.map((word) => ({ ...word, text: stripPossessive(word.text) }));
  while (words.length > 0 && (EDGE_WORDS.has(words[0]!.text) || CONNECTORS.has(words[0]!.text))) words.shift();
  while (words.length > 0 && (EDGE_WORDS.has(words.at(-1)!.text) || CONNECTORS.has(words.at(-1)!.text))) words.pop();
  if (words.length === 0) return undefined;
  const last = words.at(-1)!.text;
  const isOrgShaped = ORG_SUFFIXES.has(last) || ORG_HEADS.has(words[0]!.text);
  let titled = false;
  if (!isOrgShaped) {
    // "Russian President Vladimir Putin", "Foreign Minister Sergei Lavrov", "Secretary of State Antony Blinken".
    let start = 0;
    while (
      start < words.length - 1 &&
      (TITLES.has(words[start]!.text) || DEMONYMS.has(words[start]!.text) || CONNECTORS.has(words[start]!.text))
    ) {
      if (TITLES.has(words[start]!.text)) titled = true;
      start++;
    }
    if (titled) words.splice(0, start);
    while (words.length > 1 && CONNECTORS.has(words[0]!.text)) words.shift();
  }
  return { ...chunk, words, titled };
}

/** The words of a name joined as written ("Asia-Pacific", "Vladimir Putin"). */
const joinWords = (words: readonly Word[]) => words.map((word, i) => (i < words.length - 1 ? word.text + word.joiner : word.text)).join('');

/** "U.S. Secretary of State Antony Blinken" → ["U.S."], ["Secretary of State Antony Blinken"]: a place before a title is its own name. */
function splitLeadingPlace(chunk: Chunk): Chunk[] {
  const [first, second] = chunk.words;
  if (!first || !second || !TITLES.has(second.text) || !PLACE_ALIASES.has(stripPossessive(first.text))) return [chunk];
  return [
    { ...chunk, words: [first], after: second.text.toLowerCase() },
    { ...chunk, words: chunk.words.slice(1), before: '' },
  ];
}

const PERSON_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*(?:-\p{Lu}[\p{Ll}\p{M}]*)?|\p{Lu}\.|(?:al|el|bin|ibn)-\p{Lu}[\p{Ll}]*|de|da|van|von|der|bin|ibn|al|el|la|le|du|dos)$/u;

/** Decides what a cleaned chunk names, or undefined when it is not an entity we keep. */
function classify(chunk: Chunk): { kind: Kind; name: string } | undefined {
  const words = chunk.words;
  const name = joinWords(words);
  if (isAgencyName(name)) return undefined;
  const place = PLACE_ALIASES.get(name) ?? (/^\p{Lu}{4,}$/u.test(name) ? PLACE_ALIASES.get(titleCase(name)) : undefined);
  if (place) return { kind: 'place', name: place };
  const org = ORG_ALIASES.get(name);
  if (org) return { kind: 'organisation', name: org };
  if (words.every((word) => DEMONYMS.has(word.text) || word.text.split('-').every((part) => DEMONYMS.has(part)))) return undefined;
  // "Northern Ukraine", "eastern Donbas": the place without its direction.
  const direction =
    /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern)$/u;
  if (words.length > 1 && direction.test(words[0]!.text)) {
    const rest = PLACE_ALIASES.get(joinWords(words.slice(1)));
    if (rest) return { kind: 'place', name: rest };
  }
  const last = words.at(-1)!;
  if (ORG_SUFFIXES.has(last.text) || (words.length > 2 && ORG_HEADS.has(words[0]!.text) && words[1]!.text === 'of')) {
    if (words.length === 1 && !ORG_ALIASES.has(last.text)) return undefined;
    return { kind: 'organisation', name };
  }
  const allTagged = (tag: string) => words.every((word) => word.tags.has(tag));
  const anyTagged = (...tags: string[]) => words.some((word) => hasAny(word.tags, tags));
  if (/\d/u.test(name)) return undefined;
  const personShaped = words.length <= 4 && words.every((word) => PERSON_WORD.test(word.text));
  const otherTagged = anyTagged('Place', 'Organization', 'Demonym');
  const personTagged = words.some(
    (word) =>
      word.tags.has('FirstName') ||
      word.tags.has('LastName') ||
      (word.tags.has('Person') && !word.tags.has('Honorific') && !word.tags.has('Actor')),
  );
  const personContext = ROLE_NOUNS.has(chunk.before) || (SAY_VERBS.has(chunk.after) && words.length >= 2);
  if (personShaped && (chunk.titled || (!otherTagged && (personTagged || personContext)))) return { kind: 'person', name };
  if (allTagged('Place') || (words.length === 1 && anyTagged('Country', 'City', 'Region'))) return { kind: 'place', name };
  if (allTagged('Organization') && words.length > 1 && !anyTagged('Person')) return { kind: 'organisation', name };
  return undefined;
}

/** One-word mention → the unique longer name in `fullNames` it abbreviates, else itself. */
export function resolveSurname(mention: string, fullNames: readonly string[]): string {
  if (mention.includes(' ')) return mention;
  const byLast = fullNames.filter((full) => full.includes(' ') && full.split(' ').at(-1) === mention);
  if (byLast.length === 1) return byLast[0]!;
  if (byLast.length > 1) return mention;
  if (!FAMILY_NAME_FIRST.has(mention)) return mention;
  const byFirst = fullNames.filter((full) => full.includes(' ') && full.split(' ')[0] === mention);
  return byFirst.length === 1 ? byFirst[0]! : mention;
}

/** Names in order of first appearance, each once. */
function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/**
 * Extracts people, places and organisations from an article's paragraphs (and title, if any),
 * deduplicated in order of first appearance.
 * @example extractEntities(['Russian President Vladimir Putin met Xi Jinping in Moscow. Putin said…']).people // ['Vladimir Putin', 'Xi Jinping']
 */
export function extractEntities(paragraphs: readonly string[]): Entities {
  const chunks: Chunk[] = [];
  const position = { next: 0 };
  for (const paragraph of paragraphs) {
    for (const sentence of nlp(paragraph).docs as nlpTerm[][]) {
      if (isShouting(sentence)) {
        // In capitals only single words we know as places are trusted (datelines: "MOSCOW, Sept 12").
        for (const term of sentence) {
          const word = titleCase(term.text.replace(/[^\p{L}.-]/gu, ''));
          if (PLACE_ALIASES.has(word) || term.tags?.has('City') || term.tags?.has('Country')) {
            const text = PLACE_ALIASES.has(term.text) ? term.text : word;
            chunks.push({
              words: [{ text, tags: term.tags ?? new Set(), joiner: ' ' }],
              before: '',
              after: '',
              titled: false,
              position: position.next++,
            });
          }
        }
        continue;
      }
      chunkSentence(sentence, position, chunks);
    }
  }
  const found: { kind: Kind; name: string }[] = [];
  const singleWordCandidates: string[] = [];
  for (const raw of chunks.flatMap(splitLeadingPlace)) {
    const chunk = cleanChunk(raw);
    if (!chunk) continue;
    const entity = classify(chunk);
    if (entity) found.push(entity);
    else if (chunk.words.length === 1 && PERSON_WORD.test(chunk.words[0]!.text)) {
      found.push({ kind: 'person', name: `?${chunk.words[0]!.text}` });
      singleWordCandidates.push(chunk.words[0]!.text);
    }
  }
  // Any name once seen as a person is a person everywhere in the article.
  const fullNames = unique(found.filter((e) => e.kind === 'person' && !e.name.startsWith('?') && e.name.includes(' ')).map((e) => e.name));
  const people: string[] = [];
  for (const entity of found) {
    if (entity.kind !== 'person') continue;
    const tentative = entity.name.startsWith('?');
    const mention = tentative ? entity.name.slice(1) : entity.name;
    const resolved = resolveSurname(mention, fullNames);
    // A bare capitalised word counts only when it abbreviates a full name in the same article.
    if (tentative && resolved === mention) continue;
    people.push(resolved);
  }
  const places = unique(found.filter((e) => e.kind === 'place').map((e) => e.name));
  const organisations = unique(found.filter((e) => e.kind === 'organisation').map((e) => e.name));
  const taken = new Set([...places, ...organisations]);
  return {
    people: unique(people).filter((name) => !taken.has(name)),
    places,
    organisations: organisations.filter((name) => !places.includes(name)),
  };
}
