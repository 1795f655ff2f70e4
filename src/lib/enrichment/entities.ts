/**
 * People, places and organisations named in one article. Each word's tags come by look-up
 * (src/lib/enrichment/word-tags.ts: first names, surnames, cities, countries, organisations);
 * this module groups capitalised words
 * into names, strips titles and possessives, classifies each name with the tags, a country
 * gazetteer and context ("his counterpart Xi Jinping", "Lavrov said"), and resolves
 * one-word mentions ("Putin") to the full name used elsewhere in the article.
 */
import type { Entities } from '../article-schema.ts';
import { agencySpelledAs } from './agencies.ts';
import { impliedCountries, placeByLowerName } from './places.ts';
import { splitSentences } from './sentences.ts';
import { resolveSurname } from './surnames.ts';
import { isCommonWord, isFamousName, isOrgWord, termsOf, type Term } from './word-tags.ts';
import {
  BODY_BEFORE_OF,
  CLUB_HEADS,
  COUNTRY_NAMES,
  DEMONYMS,
  FAMILY_NAME_FIRST,
  LEGAL_FORMS,
  ORG_ALIASES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_ALIASES,
  ROLE_NOUNS,
  SAY_VERBS,
  TITLES,
} from './entity-gazetteer.ts';

export { resolveSurname };

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
  /** Up to three lower-case words before the chunk in the same clause, nearest last ("president of the"). */
  lead?: string;
  /** `before` is the last word of another name, not a lower-case word. */
  beforeName?: boolean;
  /** A title was stripped from the front ("President"). */
  titled: boolean;
  /** Words the article writes in lower case (shared by its chunks). */
  lowerWords?: ReadonlySet<string>;
  /** Began with a capitalised "The" inside a sentence: a title of a paper or a body ("The Guardian"). */
  theName?: boolean;
  /** Order of appearance in the article. */
  position: number;
  /** A part after "and" of a split run ("Odesa" of "Kharkiv and Odesa"), its `before` the whole's. */
  coordinated?: boolean;
  /** Punctuation or the sentence's end follows the chunk ("…, said Mauer, the curator"). */
  closed?: boolean;
  /** Named as a person by its context: a reading list's author, a name listed after "writers such as". */
  listed?: boolean;
}

type Kind = 'person' | 'place' | 'organisation';

// Words inside a name that are not capitalised ("Bank of England", "Ludwig van Beethoven").
const CONNECTORS = new Set([
  'of',
  'do',
  'das',
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
  'The A An This That These Those It Its He She They We I You His Her Their Our My In On At By For From To With As But And Or If When While After Before However Although Because Since Meanwhile Also Then Yet So Still Earlier Later Last Next On Over Under Both Neither Either Some Many Most Several Such Mr Mrs Ms Hey Hi Hello No Yes Oh Well Thanks Dear Please Sorry OK Okay'.split(
    ' ',
  ),
);
// Month and weekday names at a name's edge are dates, not part of it ("April One", "Monday Putin"); "May" is also a name.
const CALENDAR_WORDS = new Set(
  'January February March April June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);
// Last words of a desk's sign-off.
const DESK_WORDS = new Set(['Newsroom', 'Desk', 'Newsdesk']);
// Words of an office between a title and the name ("Member of Parliament Tony Marlow", "Chancellor of the Exchequer Nigel Lawson").
const OFFICE_WORDS = new Set(
  'Affairs Parliament Exchequer Commons Lords Representatives Treasury Staff Congress Senate Assembly Council Board Directors Duchy'.split(
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
/** Entities are read from this much text per article: tagging costs about 10 ms per 1,000 characters, and a 5 MB seed must not stall the build. */
export const MAX_ANALYSED_CHARS = 100_000;

// ("T-shirt", "X-ray", "U-turn": a letter before a hyphen and a word in lower case is an ordinary word.)
// ("d'Ettorre", "dell'Utri": an elided particle before a capital opens a surname.)
const isCapitalised = (text: string) =>
  (/^\p{Lu}/u.test(text) && !/^\p{Lu}-\p{Ll}/u.test(text)) ||
  /^(?:al|el|bin|ibn)-\p{Lu}/u.test(text) ||
  /^(?:d|dell|dall)['’]\p{Lu}/u.test(text);
const stripPossessive = (text: string) => text.replace(/(?:['’]s|['’])$/u, '');
const hasAny = (tags: ReadonlySet<string>, names: readonly string[]) => names.some((name) => tags.has(name));

/** True when most letters of the sentence are capitals (all-caps wire headlines and datelines). */
function isShouting(words: readonly { text: string }[]): boolean {
  // Counted a character at a time: a letter is upper case when lower-casing changes it, and the
  // other way round (no regular expression or string per sentence: this runs on every sentence).
  let upper = 0;
  let lower = 0;
  for (const word of words) {
    for (const ch of word.text) {
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
    if (lower > 3 * upper + 4) return false;
  }
  return upper + lower >= 12 && upper / (upper + lower) > 0.7;
}

/** Title case for an all-caps word ("MOSCOW" → "Moscow"). */
const titleCase = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();

/** True when the words from `at` on are more connectors and then a capitalised word ("von der Leyen"). */
function nextNameWord(terms: readonly nlpTerm[], at: number): boolean {
  for (let k = at; k < terms.length && k < at + 3; k++) {
    if (isCapitalised(terms[k]!.text)) return true;
    if (!CONNECTORS.has(terms[k]!.text) || /[^\s-]/u.test(terms[k]!.post)) return false;
  }
  return false;
}

/** True when a word's trailing punctuation ends a name: anything but spaces and a hyphen between words; a dash between spaces ("Midfielders - Gheorghe Hagi") too. */
const breaksAfter = (post: string) => /[^\s-]/u.test(post) || (/-/u.test(post) && /\s/u.test(post));
/** "and" or "&" inside an organisation's name ("Securities and Exchange Commission", "Procter & Gamble"). */
const AMPERSAND_OR_AND = new Set(['and', '&']);

/** Groups a sentence's capitalised words into chunks, breaking at punctuation. */
function chunkSentence(terms: readonly nlpTerm[], position: { next: number }, out: Chunk[]): void {
  let current: Word[] = [];
  let before = '';
  // The word before was the end of another name ("Labour Party, Raymond Chan"), not a lower-case word.
  let beforeName = false;
  let start = 0;
  const flush = (after: string, closed = false) => {
    if (current.length > 0) {
      const lead = leadOf(terms, start);
      out.push(
        ...splitCoordination({
          words: current,
          before,
          after,
          titled: false,
          ...(closed ? { closed } : {}),
          ...(beforeName ? { beforeName } : {}),
          ...(lead ? { lead } : {}),
          position: position.next++,
        }),
      );
    }
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const text = term.text;
    const tags = term.tags;
    const opensGroup = /[("“‘«]/u.test(term.pre);
    if (opensGroup) flush(term.normal);
    // No name: a currency ("US$ 10 billion", "HK$5 million"), a side taken ("the pro-Beijing camp"), or an
    // agency's credit ("LONDON (Reuters) -", a sign-off line "Reuter"; the agency facet has those).
    const currency = term.post.startsWith('$') || text.includes('$');
    const side = terms[i - 1]?.post === '-' && /^(?:pro|anti)$/iu.test(terms[i - 1]!.text);
    const credit = agencySpelledAs(text) !== undefined && ((term.pre.endsWith('(') && term.post.startsWith(')')) || terms.length === 1);
    if (currency || side || credit) {
      flush(term.normal);
      before = term.normal;
      beforeName = false;
      continue;
    }
    const next = terms[i + 1];
    // A lower-case part hyphenated to a name belongs to it ("Lai Ching-te", "Tehreek-e-Insaf").
    // Longer lower-case parts are words of their own ("Russia-led", "U.S.-based").
    // So is a longer one after a short syllable, as in Cantonese names ("Leung Che-cheung", "Shiu Ka-chun"),
    // when it is no English word ("Kim-led", "Hong Kong-based", "Al-Qaeda-linked" stay apart).
    const hyphenated =
      current.length > 0 &&
      terms[i - 1]?.post === '-' &&
      !/ed$/u.test(text) &&
      (/^\p{Ll}{1,3}$/u.test(text) ||
        (/^\p{Ll}{4,6}$/u.test(text) &&
          current.at(-1)!.text.length <= 6 &&
          !isCommonWord(text) &&
          !/(?:\p{Ll}{3}ing|ly|ist|ism|ian|ic)$/u.test(text)));
    // "and"/"&" is kept inside a run of capitalised words for now; splitCoordination decides.
    const joinsNames =
      current.length > 0 &&
      AMPERSAND_OR_AND.has(text) &&
      !breaksAfter(term.post) &&
      next !== undefined &&
      isCapitalised(next.text) &&
      !EDGE_WORDS.has(next.text);
    const continues =
      isCapitalised(text) ||
      hyphenated ||
      joinsNames ||
      (current.length > 0 && CONNECTORS.has(text) && !breaksAfter(term.post) && nextNameWord(terms, i + 1)) ||
      // "Council on Foreign Relations": "on" inside a body's name only.
      (current.length > 0 &&
        text === 'on' &&
        BODY_BEFORE_OF.has(current.at(-1)!.text) &&
        !breaksAfter(term.post) &&
        next !== undefined &&
        PERSON_WORD.test(next.text) &&
        !EDGE_WORDS.has(next.text)) ||
      // "Chancellor of the Exchequer", "Bank of the Philippine Islands".
      (current.length > 0 &&
        text === 'the' &&
        /^(?:of|for|on)$/u.test(current.at(-1)!.text) &&
        next !== undefined &&
        isCapitalised(next.text));
    if (!continues) {
      flush(term.normal);
      before = term.normal;
      beforeName = false;
      continue;
    }
    // The first word of a sentence is capitalised anyway: keep it only when tagged as a name.
    const sentenceStart = i === 0 || (current.length === 0 && /[“"‘]/u.test(term.pre));
    if (current.length === 0 && sentenceStart && (EDGE_WORDS.has(text) || (hasAny(tags, CLOSED_CLASS) && !hasAny(tags, NAME_TAGS)))) {
      before = term.normal;
      beforeName = false;
      continue;
    }
    if (current.length === 0) start = i;
    if (hyphenated) {
      const previous = current.at(-1)!;
      current[current.length - 1] = { ...previous, text: `${previous.text}-${text}`, joiner: term.post === '-' ? '-' : ' ' };
    } else {
      current.push({ text, tags, joiner: term.post === '-' ? '-' : ' ' });
    }
    // A possessive ends a name, except inside an organisation's ("Moody's Investors Service").
    // A place's possessive ends the place ("Saudi Arabia's Civil Defense Authority").
    const possessive =
      /['’]s?$/u.test(text) &&
      (!(next && isCapitalised(next.text) && possessiveOrgAhead(terms, i + 1)) ||
        PLACE_ALIASES.has(stripPossessive(joinWords(current))) ||
        // …and so does a whole body's ("Hebrew University of Jerusalem's Einstein Institute").
        (current.length >= 3 && suffixBeforeOf(current)));
    // (The limit is per name of a coordinated run: "Jann Wenner of Rolling Stone Magazine and Carlo De Benedetti".)
    const sinceAnd = current.length - 1 - current.findLastIndex((word) => AMPERSAND_OR_AND.has(word.text));
    const breaks = breaksAfter(term.post) || possessive || Math.min(current.length, sinceAnd) >= MAX_NAME_WORDS;
    if (breaks) {
      flush(next?.normal ?? '', breaksAfter(term.post) || next === undefined);
      before = term.normal;
      beforeName = true;
    }
  }
  flush('', true);
}

/** The lower-case words before the word at `start`, up to three, back to the clause's start ("president of the"). */
function leadOf(terms: readonly nlpTerm[], start: number): string {
  let lead = '';
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const term = terms[k]!;
    if (breaksAfter(term.post) || term.text !== term.normal) break;
    lead = lead === '' ? term.normal : `${term.normal} ${lead}`;
  }
  return lead;
}

/** True when the capitalised words from `at` end in an organisation word ("Investors Service", "Corp"). */
function possessiveOrgAhead(terms: readonly nlpTerm[], at: number): boolean {
  for (let k = at; k < terms.length && k < at + 4; k++) {
    if (!isCapitalised(terms[k]!.text)) return false;
    if (ORG_SUFFIXES.has(terms[k]!.text) || LEGAL_FORMS.has(terms[k]!.text)) return true;
    if (breaksAfter(terms[k]!.post)) return false;
  }
  return false;
}

/**
 * A run with "and" in it is one organisation when it ends like one ("Securities and Exchange
 * Commission", "Merrill Lynch and Co"); otherwise its parts are names of their own ("Cloud9 and Immortals").
 */
function splitCoordination(chunk: Chunk): Chunk[] {
  const at = chunk.words.findIndex((word) => AMPERSAND_OR_AND.has(word.text));
  if (at < 0 || (chunk.words[0]!.text === 'The' && chunk.before !== '' && chunk.words.length <= 5)) return [chunk];
  // The last word before any officer's title ("Securities and Exchange Commission Chairman"), unless
  // a title before "and" makes the parts people's ("French President Emmanuel Macron and ...").
  let end = chunk.words.length;
  const titledBefore = chunk.words.slice(0, at).some((word) => isTitle(word.text));
  while (!titledBefore && end > at + 2 && isTitle(chunk.words[end - 1]!.text) && !ORG_SUFFIXES.has(chunk.words[end - 1]!.text)) end--;
  const last = chunk.words[end - 1]!.text;
  // "Mobil Corp and Harcourt Brace Co": the part before "and" is a whole name already.
  const before = chunk.words.slice(0, at);
  // "Massachusetts Institute of Technology and Colorado State University": two schools or bodies, each named in full.
  const wholeBody = before.length >= 2 && (ORG_SUFFIXES.has(before.at(-1)!.text) || before.some((word) => SCHOOL_WORDS.has(word.text)));
  const wholeBefore =
    at > 0 &&
    (LEGAL_FORMS.has(before.at(-1)!.text) ||
      ORG_ALIASES.has(joinWords(before)) ||
      (at === 1 && ACRONYM.test(before[0]!.text)) ||
      (wholeBody && (ORG_SUFFIXES.has(last) || LEGAL_FORMS.has(last))));
  const oneName =
    ORG_SUFFIXES.has(last) || LEGAL_FORMS.has(last) || ORG_HEADS.has(chunk.words[0]!.text) || isKnownOrganisation(chunk.words);
  // "Banco Santander and Grupo Televisa": a firm's word after "and" opens a name of its own.
  if (oneName && !wholeBefore && !FIRM_HEADS.has(chunk.words[at + 1]?.text ?? '')) return [chunk];
  return [
    { ...chunk, words: chunk.words.slice(0, at), after: chunk.words[at]!.text },
    // "in Kharkiv and Odesa": each part keeps the word before the whole.
    ...splitCoordination({ ...chunk, words: chunk.words.slice(at + 1), coordinated: true }),
  ].filter((part) => part.words.length > 0);
}

/** The "and" is part of a multi-word organisation the lexicon knows ("Johnson & Johnson"). */
const isKnownOrganisation = (words: readonly Word[]) =>
  words.some((word) => AMPERSAND_OR_AND.has(word.text) && word.tags.has('Organization'));

type nlpTerm = Term;

/** Strips edge words, possessives, leading demonyms and titles; returns undefined when nothing is left. */
function cleanChunk(chunk: Chunk): Chunk | undefined {
  const words = chunk.words.map((word, i) => (i === chunk.words.length - 1 ? { ...word, text: stripPossessive(word.text) } : word));
  const edge = (word: Word) =>
    EDGE_WORDS.has(word.text) ||
    CONNECTORS.has(word.text) ||
    word.text === 'the' ||
    CALENDAR_WORDS.has(word.text) ||
    /^(?:I|You|We|They|He|She|It|That|There|What|Let|Here|Who)['’]/u.test(word.text);
  let before = chunk.before;
  while (words.length > 0 && edge(words[0]!)) before = words.shift()!.text.toLowerCase();
  while (words.length > 0 && edge(words.at(-1)!)) words.pop();
  if (words.length === 0) return undefined;
  chunk = { ...chunk, before };
  // Sign-offs ("London Newsroom", "New York Commodities Desk") name no one.
  if (DESK_WORDS.has(words.at(-1)!.text)) return undefined;
  // "the Bank of England Governor", "the Exchange Commission Chairman": the body without its officer.
  while (words.length >= 3 && isTitle(words.at(-1)!.text) && !ORG_SUFFIXES.has(words.at(-1)!.text)) {
    const body = words.slice(0, -1);
    // Not an office after "of" ("Ministry of Health"): only a body's own last word ends it.
    const end = body.at(-1)!.text;
    const ofBody = body.length >= 3 && ORG_HEADS.has(body[0]!.text) && body[1]!.text === 'of';
    if (CONNECTORS.has(end) || !(ORG_SUFFIXES.has(end) || LEGAL_FORMS.has(end) || suffixBeforeOf(body) || ofBody)) break;
    words.pop();
  }
  const last = words.at(-1)!.text;
  // "Director of Media", "Minister of Finance": an office, whatever its last word.
  const office = words.length >= 3 && isTitle(words[0]!.text) && !BODY_BEFORE_OF.has(words[0]!.text) && words[1]!.text === 'of';
  const isOrgShaped = !office && (ORG_SUFFIXES.has(last) || ORG_HEADS.has(words[0]!.text) || suffixBeforeOf(words));
  // "Grand Mosque", "Senior Centre": a title word before a building's word is part of its name.
  const isFacility = words.length >= 2 && FACILITY_WORDS.has(last) && !words.at(-2)!.tags.has('FirstName');
  // "Labour's", "Labour has": a party known by a word that is also a title's ("Labour Minister").
  const isKnownBody = (words.length === 1 && ORG_ALIASES.has(stripPossessive(last))) || isFieldAgency(words);
  let titled = false;
  if (!isOrgShaped && !isFacility && !isKnownBody) {
    // "Russian President Vladimir Putin", "Foreign Minister Sergei Lavrov", "Secretary of State Antony Blinken".
    let start = 0;
    while (
      start < words.length - 1 &&
      (isTitle(words[start]!.text) ||
        demonymLength(words, start) > 0 ||
        CONNECTORS.has(words[start]!.text) ||
        words[start]!.text === 'the' ||
        (titled && OFFICE_WORDS.has(words[start]!.text)))
    ) {
      if (isTitle(words[start]!.text) || OFFICE_WORDS.has(words[start]!.text)) titled = true;
      start += Math.max(1, isTitle(words[start]!.text) ? 1 : demonymLength(words, start));
    }
    if (titled) words.splice(0, start);
    // "Prime Minister", "Secretary of State": a title with no name after it names no one.
    if (words.every((word) => isTitle(word.text) || OFFICE_WORDS.has(word.text) || CONNECTORS.has(word.text))) return undefined;
    while (words.length > 1 && (CONNECTORS.has(words[0]!.text) || words[0]!.text === 'the')) words.shift();
  }
  const theName = chunk.words[0]!.text === 'The' && chunk.before !== '' && words.length <= 4;
  return { ...chunk, words, titled, ...(theName ? { theName } : {}) };
}

/**
 * "Massachusetts Institute of Technology", "State Bank of India", "Centre for Social Research",
 * "Council on Foreign Relations": an organisation's word before "of", "for" or "on", inside the name.
 */
const suffixBeforeOf = (words: readonly Word[]) =>
  words.some(
    (word, i) =>
      i < words.length - 1 &&
      words.length >= 3 &&
      (i > 0 ? ORG_SUFFIXES.has(word.text) || BODY_BEFORE_OF.has(word.text) : BODY_BEFORE_OF.has(word.text)) &&
      /^(?:of|for|on)$/u.test(words[i + 1]!.text) &&
      i + 2 < words.length,
  );

/** True for a place the gazetteer knows and does not mark as a small town another name may share. */
const isBigPlace = (name: string) => {
  const place = placeByLowerName(name.toLowerCase());
  return place !== undefined && !place.weak;
};

/** The words of a name joined as written ("Asia-Pacific", "Vladimir Putin"). */
const joinWords = (words: readonly Word[]) => words.map((word, i) => (i < words.length - 1 ? word.text + word.joiner : word.text)).join('');

/** True when the word is a title, counting "President-elect" and "Secretary-General". */
const isTitle = (text: string) => TITLES.has(text) || TITLES.has(text.replace(/-(?:elect|designate|General)$/u, ''));

/** True when the first one or two words are a demonym ("Russian", "South Korean"); returns how many. */
function demonymLength(words: readonly Word[], at: number): number {
  if (words[at] && DEMONYMS.has(words[at]!.text)) return 1;
  if (words[at] && words[at + 1] && DEMONYMS.has(`${words[at]!.text} ${words[at + 1]!.text}`)) return 2;
  return 0;
}

/**
 * Splits names glued to what precedes them: a place before a title or an organisation
 * ("U.S. Secretary of State Antony Blinken", "U.S. National Security Council"), and an
 * organisation or company before a title ("European Commission President Ursula von der Leyen",
 * "Bank of Japan Governor Kazuo Ueda", "Tesla Chief Executive Elon Musk").
 */
function splitChunk(chunk: Chunk): Chunk[] {
  const words = chunk.words;
  // The place may take two or three words ("Los Angeles Sheriff's office").
  const placeWords = PLACE_ALIASES.has(stripPossessive(words[0]?.text ?? ''))
    ? 1
    : ([3, 2].find((k) => k < words.length && isBigPlace(joinWords(words.slice(0, k)))) ?? 0);
  if (placeWords > 0 && words.length > placeWords && !PLACE_ALIASES.has(joinWords(words))) {
    const first = placeWords === 1 ? words[0]! : { ...words[placeWords - 1]!, text: joinWords(words.slice(0, placeWords)) };
    const rest = words.slice(placeWords);
    // "Washington State University", "Texas Instruments Inc" keep their place word.
    // …and a school's name may run on into a person's ("Washington State University Simon Licen").
    const school = rest.slice(0, 3).some((word) => SCHOOL_WORDS.has(word.text));
    // …as does a company registered with it ("China National Petroleum Corp").
    const ownName =
      rest[0]!.text === 'State' || SCHOOL_WORDS.has(rest.at(-1)!.text) || LEGAL_FORMS.has(rest.at(-1)!.text) || rest.length === 1;
    // (A city keeps its bodies: "Tokyo Stock Exchange", "New York Police Department"; a country's are split off.)
    const country = placeWords === 1 && COUNTRY_NAMES.has(PLACE_ALIASES.get(stripPossessive(words[0]!.text)) ?? '');
    if ((isTitle(stripPossessive(rest[0]!.text)) && !school) || (ORG_SUFFIXES.has(rest.at(-1)!.text) && !ownName && country)) {
      return [{ ...chunk, words: [first], after: rest[0]!.text.toLowerCase() }, ...splitChunk({ ...chunk, words: rest, before: '' })];
    }
  }
  // A person's name after another name: "Washington Chris Gregoire", "Refugee Council Enver Solomon",
  // "Matthew Ingram of The Globe and Mail". Not inside an organisation's name ("Andy Warhol Foundation").
  // "Jim Jones of Salomon Brothers Inc": a person of a company, when nothing before "of" is an organisation's word.
  const last = words.at(-1)?.text ?? '';
  // ("Lydia Buchtmann for Food Standards Australia", a spokeswoman for it, is split the same way.)
  const of = words.findIndex((word) => word.text === 'of' || word.text === 'for');
  if (
    of >= 2 &&
    of <= 3 &&
    of < words.length - 1 &&
    // A given name first, or a hyphenated one after the family name ("Leung Yiu-chung of NWSC").
    (words[0]!.tags.has('FirstName') || (of === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!.text))) &&
    !isTitle(words[0]!.text) &&
    words.slice(0, of).every((word) => PERSON_WORD.test(word.text) && !ORG_SUFFIXES.has(word.text) && !ORG_HEADS.has(word.text))
  ) {
    const link = words[of]!.text;
    return [{ ...chunk, words: words.slice(0, of), after: link }, ...splitChunk({ ...chunk, words: words.slice(of + 1), before: link })];
  }
  if (words.length > 2 && !ORG_SUFFIXES.has(last) && !LEGAL_FORMS.has(last)) {
    for (let i = 1; i < words.length - 1; i++) {
      const rest = words.slice(i);
      if (
        words[i]!.tags.has('FirstName') &&
        !words[i - 1]!.tags.has('FirstName') &&
        !/^(?:\p{Lu}\.)+$/u.test(words[i - 1]!.text) && // an initial first ("L. Ron Hubbard")
        // Not inside a place's name ("Los Angeles Sheriff's office").
        !placeByLowerName(joinWords(words.slice(0, i + 1)).toLowerCase()) &&
        !CONNECTORS.has(words[i - 1]!.text) &&
        words[i - 1]!.text !== 'The' &&
        !isTitle(words[i - 1]!.text) &&
        rest.length <= 3 &&
        rest.every((word) => PERSON_WORD.test(word.text))
      ) {
        return [
          { ...chunk, words: words.slice(0, i), after: words[i]!.text.toLowerCase() },
          { ...chunk, words: rest, before: '' },
        ];
      }
    }
  }
  // The first title word after the start, followed by at least one word that is not a title;
  // not inside an organisation's name ("World Health Organisation", "Squadron Officer School").
  for (let i = 1; i < words.length - 1 && !ORG_SUFFIXES.has(last) && !LEGAL_FORMS.has(last); i++) {
    if (!isTitle(words[i]!.text) || demonymLength(words, 0) === i || CONNECTORS.has(words[i - 1]!.text)) continue;
    // "Democratic Party of Japan": a body's word before "of" is inside its name, not a title.
    if (ORG_SUFFIXES.has(words[i]!.text) && words[i + 1]?.text === 'of') continue;
    if (words.slice(0, i).every((word) => isTitle(word.text) || DEMONYMS.has(word.text))) break;
    let j = i;
    while (j < words.length && (isTitle(words[j]!.text) || CONNECTORS.has(words[j]!.text))) j++;
    if (j >= words.length) break;
    return [
      { ...chunk, words: words.slice(0, i), after: words[i]!.text.toLowerCase() },
      { ...chunk, words: words.slice(i), before: '' },
    ];
  }
  return [chunk];
}

// A capital and at least one lower-case letter ("McKenzie", "O'Brien", "Ching-te"), or initials ("J.", "O.J.").
const PERSON_WORD =
  /^(?:\p{Lu}(?=[\p{L}\p{M}'’-]*\p{Ll})[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*|(?:\p{Lu}\.)+|(?:al|el|bin|ibn)-\p{Lu}[\p{Ll}]*|(?:d|dell|dall)['’]\p{Lu}[\p{L}\p{M}]*|de|da|van|von|der|bin|ibn|al|el|la|le|du|dos|of)$/u;
// Last words of geographic names ("Black Sea", "Red Square", "Gulf of Aden" by its head).
const GEO_SUFFIXES = new Set(
  'Sea Ocean River Mountains Gulf Strait Bay Lake Desert Peninsula Island Islands Valley Region Province Oblast County Square Canal Coast Plateau Basin Delta'.split(
    ' ',
  ),
);
const GEO_HEADS = new Set(['Gulf', 'Strait', 'Bay', 'Lake', 'Sea', 'Isle', 'Mount', 'Port', 'Cape']);
// Place-taking prepositions: "in Rafah", "near Kharkiv" (not "at", which also takes companies).
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'into', 'throughout']);
/** A place's preposition comes just before the chunk ("in Rafah", "next to Genova"). */
const placePreposition = (chunk: Chunk) =>
  PLACE_PREPOSITIONS.has(chunk.before) || (chunk.before === 'to' && /\b(?:next|close) to$/u.test(chunk.lead ?? ''));
// Endings of abstract nouns and fields, never of a place's name ("a degree in Philosophy", "in Educational Leadership").
const ABSTRACT_NOUN = /\p{Ll}(?:ship|ology|sophy|ics|ism|ness|ment|tion|sion)$/u;
const NOT_PLACES = new Set(
  'English Arabic Islam Ramadan Christianity Judaism Buddhism Hinduism Parliament Congress Christmas Easter January February March April May June July August September October November December'.split(
    ' ',
  ),
);
// Last words of buildings and sites, which are places ("Johnson Space Center", "Fisht Stadium").
const FACILITY_WORDS = new Set(
  'Stadium Arena Hall Center Centre Museum Station Bridge Hotel Mosque Airport Square Park Tower Building Road Street Avenue Boulevard Highway Cathedral Temple Palace Castle Base Facility Complex Memorial'.split(
    ' ',
  ),
);
// Last words of schools, whose names often start with a place ("Washington State University").
const SCHOOL_WORDS = new Set(['University', 'College', 'School', 'Institute', 'Academy', 'Polytechnic']);
// Firms' first words in other languages ("Banco Santander", "Grupo Televisa").
const FIRM_HEADS = new Set(
  'Banco Banca Banque Grupo Gruppo Groupe Companhia Compania Compañía Compagnie Comissaria Sociedad Sociedade Società Société Cooperativa Corporación Corporacion Industrias Petróleos Petroleos'.split(
    ' ',
  ),
);
// Fields that name a government agency before its country ("Statistics Canada").
const AGENCY_FIELDS = new Set('Statistics Environment Health Transport Parks Industry Fisheries Immigration Elections Heritage'.split(' '));
const isFieldAgency = (words: readonly Word[]) =>
  words.length === 2 && AGENCY_FIELDS.has(words[0]!.text) && COUNTRY_NAMES.has(PLACE_ALIASES.get(stripPossessive(words[1]!.text)) ?? '');
// Last words of events and works, never of a body's name.
const EVENT_ENDS = new Set(
  'Festival Games Olympics Paralympics Cup Championship Championships Expo Awards Prize Jubilee Carnival Series Tour Trophy Show'.split(
    ' ',
  ),
);
// Last words of names of things, events and works, never of people.
const NOT_NAME_ENDS = new Set([
  ...EVENT_ENDS,
  ...'Award Museum Complex Planetarium Galleries Gallery Program Programme Memorial Station Day Week Act Bill Amendment Treaty Agreement Accord Convention Declaration Report Open Shuttle Mission Project Summit Stadium Arena Park Hall Building Tower Bridge Street Road Avenue Boulevard Highway Airport Hotel Theatre Theater Cathedral Temple Mosque Palace Castle Medal Index Initiative District Sheriff Republic Paper Democrats Republicans Angels Training Change Underground Cream Soup Rocks West East North South Passion'.split(
    ' ',
  ),
]);
// Nouns that make the name before them a group ("the Islamic State group", "the Wagner militia").
const GROUP_NOUNS = new Set(
  (
    'group movement militia militants party organisation organization faction newspaper daily weekly magazine company firm ' +
    'airline carrier bank broadcaster network bloc alliance coalition union club team agency conglomerate unit subsidiary'
  ).split(' '),
);
// Nouns that make the name after them an organisation ("the carrier Lufthansa", "the newspaper Hurriyet").
const ORG_NOUNS_BEFORE = new Set(
  (
    'company firm airline carrier bank insurer retailer broadcaster newspaper daily weekly magazine club automaker carmaker ' +
    'brewer chipmaker conglomerate lender miner refiner group party'
  ).split(' '),
);
const NOT_PLACE_TAGS = [
  'Person',
  'FirstName',
  'Organization',
  'Date',
  'Month',
  'WeekDay',
  'Holiday',
  'Demonym',
  'Language',
  'Religion',
  'Value',
  'Adjective',
  'Verb',
];

interface Found {
  kind: Kind;
  name: string;
  /** For a one-word person: the mention had its own evidence (a title, "said", a surname tag). */
  strong?: boolean;
  /** A place only by its preposition ("in Rafah"): another kind found for the name elsewhere wins. */
  guessed?: boolean;
  /** A place after a preposition ("in Paris", "to Paris"), never a person's surname. */
  placed?: boolean;
}

/** Decides what a cleaned chunk names; empty when it is not an entity we keep. */
function classify(chunk: Chunk): Found[] {
  if (chunk.listed) {
    const found = classify({ ...chunk, listed: false });
    return found.some((entity) => entity.kind !== 'person') ? found : [{ kind: 'person', name: joinWords(chunk.words), strong: true }];
  }
  const words = chunk.words;
  const name = joinWords(words);
  // An agency named in the text is an organisation too ("told Reuters", "Interfax news agency said"),
  // as news NER labels it; the agency facet counts citations alone (agencies.ts). A short name that
  // agencies share with parties and people ("AP", "Bloomberg") counts only spelled out.
  const agency = agencySpelledAs(name);
  if (agency)
    return agency.ambiguous && name !== agency.fullName
      ? []
      : [{ kind: 'organisation', name: agency.ambiguous ? agency.fullName : agency.name }];
  const shouting = words.every((word) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(word.text));
  const place = placeNamed(chunk, name);
  if (place) return [{ kind: 'place', name: place }];
  // "Statistics Canada", "Environment Canada", "Statistics Norway": a government agency named for its field and its country.
  if (isFieldAgency(words)) return [{ kind: 'organisation', name }];
  const org = ORG_ALIASES.get(name) ?? (shouting ? undefined : ORG_ALIASES.get(stripLegalForm(words)));
  if (org) return [{ kind: 'organisation', name: org }];
  // "the British Red Cross": a known body after a demonym, named as written.
  const demonym = demonymLength(words, 0);
  if (demonym > 0 && demonym < words.length && ORG_ALIASES.has(joinWords(words.slice(demonym)))) return [{ kind: 'organisation', name }];
  // "Real Madrid", "Dynamo Kiev", "Inter Milan": a club's word first makes the name a club, not its city.
  if (words.length >= 2 && words.length <= 4 && CLUB_HEADS.has(words[0]!.text) && !chunk.titled) return [{ kind: 'organisation', name }];
  // "Banco Santander", "Grupo Televisa", "Comissaria Smith": a firm's word in another language opens its name.
  if (words.length >= 2 && words.length <= 5 && FIRM_HEADS.has(words[0]!.text))
    return [{ kind: 'organisation', name: stripLegalForm(words) || name }];
  // "The Independent reported", "the Commission said": what "the" names and reports or speaks is a
  // paper or a body, even when its name is an ordinary word; a title ("the Minister said") is not.
  if (
    chunk.before === 'the' &&
    !chunk.beforeName &&
    REPORT_VERBS.has(chunk.after) &&
    words.length <= 4 &&
    !shouting &&
    !words.some((word) => isTitle(word.text) || word.tags.has('FirstName')) &&
    demonymLength(words, 0) < words.length
  )
    return [{ kind: 'organisation', name: stripLegalForm(words) || name }];
  // Acronyms of organisations ("USDA", "KCNA"); known non-organisations ("CEO", "GDP") aside.
  if (
    words.length === 1 &&
    ACRONYM.test(name) &&
    !NOT_ACRONYMS.has(name) &&
    !/^[IVXLCDM]+$/u.test(name) &&
    !/^(.)\1+$/u.test(name) &&
    !isCommonWord(name.toLowerCase()) &&
    !STOP_CAPS.has(name)
  )
    return [{ kind: 'organisation', name }];
  if (words.every((word) => DEMONYMS.has(word.text) || word.text.split('-').every((part) => DEMONYMS.has(part)))) return [];
  if (demonymLength(words, 0) === words.length) return [];
  // "Northern Ukraine", "eastern Donbas": the place without its direction.
  const direction =
    /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern)$/u;
  if (words.length > 1 && direction.test(words[0]!.text)) {
    const restName = joinWords(words.slice(1));
    const rest = PLACE_ALIASES.get(restName) ?? (isBigPlace(restName) ? placeByLowerName(restName.toLowerCase())!.name : undefined);
    if (rest) return [{ kind: 'place', name: rest }];
  }
  const last = words.at(-1)!;
  if (
    ORG_SUFFIXES.has(last.text) ||
    LEGAL_FORMS.has(last.text) ||
    (words.length > 2 && ORG_HEADS.has(words[0]!.text) && words[1]!.text === 'of') ||
    suffixBeforeOf(words)
  ) {
    const bare = stripLegalForm(words);
    // "the Church", "the Commission": a body's word alone, capitalised after "the" inside a sentence, names that body.
    const theBody =
      chunk.before === 'the' &&
      !chunk.beforeName &&
      !chunk.titled &&
      !chunk.coordinated &&
      ORG_SUFFIXES.has(last.text) &&
      !LEGAL_FORMS.has(last.text) &&
      last.text !== 'Government';
    if (
      (words.length === 1 && !ORG_ALIASES.has(last.text) && !GROUP_NOUNS.has(chunk.after) && !theBody) ||
      bare === '' ||
      LEGAL_FORMS.has(bare)
    )
      return [];
    return [{ kind: 'organisation', name: ORG_ALIASES.get(bare) ?? bare }];
  }
  // A company the lexicon knows by one word ("Mobil", "Microsoft"), or a bank by its compound
  // ("Bundesbank", "Rabobank", "Sberbank").
  if (
    words.length === 1 &&
    ((last.tags.has('Organization') && !last.tags.has('Person') && !isTitle(last.text)) ||
      /^\p{Lu}\p{Ll}{2,}bank$/u.test(stripPossessive(last.text)))
  )
    return [{ kind: 'organisation', name: stripPossessive(name) }];
  // (A given name and a surname that is a building's word name a person: "spokesman Jim Hall", "Lisa Park said".)
  const namedLikePerson =
    words.length === 2 && words[0]!.tags.has('FirstName') && (ROLE_NOUNS.has(chunk.before) || SAY_VERBS.has(chunk.after));
  if (
    words.length > 1 &&
    !namedLikePerson &&
    (GEO_SUFFIXES.has(last.text) || FACILITY_WORDS.has(last.text) || (GEO_HEADS.has(words[0]!.text) && words[1]!.text === 'of'))
  )
    return [{ kind: 'place', name }];
  // "in Jersey City", "Mexico City": a city named with its word, after a place's preposition or a country's
  // name (a town's name alone is a club's: "Manchester City").
  const placeBefore = placePreposition(chunk) || chunk.before === 'from';
  if (words.length > 1 && last.text === 'City' && (placeBefore || PLACE_ALIASES.has(joinWords(words.slice(0, -1)))))
    return [{ kind: 'place', name }];
  // "in Mountain View, California": a name between a place's preposition and a known state or country.
  const region = placeByLowerName(chunk.after);
  if (
    placeBefore &&
    words.length <= 3 &&
    region !== undefined &&
    !region.weak &&
    !chunk.titled &&
    words.every((word) => PERSON_WORD.test(word.text) && !word.tags.has('Organization')) &&
    !/['’]s?$/u.test(chunk.words.at(-1)!.text)
  )
    return [{ kind: 'place', name }];
  const allTagged = (tag: string) => words.every((word) => word.tags.has(tag));
  const anyTagged = (...tags: string[]) => words.some((word) => hasAny(word.tags, tags));
  if (/\d/u.test(name)) return [];
  // "King Abdullah of Jordan": the person and the place.
  const of = words.findIndex((word) => word.text === 'of');
  if (chunk.titled && of > 0 && PLACE_ALIASES.has(joinWords(words.slice(of + 1)))) {
    return [
      { kind: 'person', name: joinWords(words.slice(0, of)), strong: true },
      { kind: 'place', name: PLACE_ALIASES.get(joinWords(words.slice(of + 1)))! },
    ];
  }
  const personShaped =
    words.length <= 5 && words.every((word) => PERSON_WORD.test(word.text)) && words[0]!.text !== 'of' && !direction.test(words[0]!.text);
  // "Valeska Paris", "Michael Jackson": a given name first makes a person of a name whose last word is also a place.
  const givenFirst = words.length >= 2 && words[0]!.tags.has('FirstName');
  const otherTagged = givenFirst ? anyTagged('Organization', 'Demonym') : anyTagged('Place', 'Organization', 'Demonym');
  const lastLower = last.text.toLowerCase();
  // "Booker Prize", "Moon Rocks", "Winter Olympics": the last word is a thing's, not a person's.
  const endsLikeThing =
    (NOT_NAME_ENDS.has(last.text) && !namedLikePerson) ||
    GEO_SUFFIXES.has(last.text) ||
    ORG_SUFFIXES.has(last.text) ||
    // A given name first makes a surname of an ordinary word ("John Key", "Terry Gross").
    (!givenFirst &&
      (isCommonWord(lastLower) || (last.tags.has('Plural') && !last.tags.has('ProperNoun'))) &&
      !last.tags.has('LastName') &&
      !last.tags.has('FirstName'));
  // "Romelu Lukaku", "Leung Yiu-chung": two or three words no list knows (or known only as names) are a
  // person's name, unless a place's preposition or "at" comes before ("in Levico Terme", "at Kinnex Labs").
  const unknownName =
    words.length >= 2 &&
    words.length <= 3 &&
    !placePreposition(chunk) &&
    chunk.before !== 'from' &&
    chunk.before !== 'at' &&
    words.some((word) => word.tags.size === 0) &&
    words.every(
      (word) =>
        !writtenLower(chunk, word.text) &&
        (word.tags.size === 0 || word.tags.has('FirstName') || word.tags.has('LastName')) &&
        !isCommonWord(word.text.toLowerCase()),
    );
  // "Park Joo-Ho", "Moon Jae-in": a family name written first, then a hyphenated given name.
  const familyFirst =
    words.length === 3 && FAMILY_NAME_FIRST.has(words[0]!.text) && words[1]!.joiner === '-' && /^\p{Lu}\p{Ll}+$/u.test(words[1]!.text);
  const personTagged =
    givenFirst ||
    unknownName ||
    familyFirst ||
    words.some(
      (word) =>
        word.tags.has('LastName') ||
        (word.tags.has('Person') && !word.tags.has('Honorific') && !word.tags.has('Actor') && (words.length > 1 || loneFamous(word))),
    );
  const saidAfter = SAY_VERBS.has(chunk.after);
  // "Yeltsin said", "Hagi told reporters": a lone word before a verb of saying, when no article
  // precedes it ("the Bundesbank said" names a body).
  const loneSaid = saidAfter && words.length === 1 && !ARTICLES.has(chunk.before);
  // "…, said Mauer.", "…, says Lee, who": a lone name right after "said" that ends the clause.
  const saidBefore = (chunk.before === 'said' || chunk.before === 'says') && words.length === 1 && chunk.closed === true;
  // "Jason, who edits it": a given name alone, then ", who".
  const givenWho = words.length === 1 && chunk.after === 'who' && chunk.closed === true && last.tags.has('FirstName');
  // "my name is Frank", "Hey Frank,": a name given as one's own, or called.
  const ownName =
    words.length <= 3 && (/\bname is$/u.test(chunk.lead ?? '') || (/^(?:hey|hi|hello|dear)$/u.test(chunk.before) && chunk.closed === true));
  const personContext =
    ownName ||
    ROLE_NOUNS.has(chunk.before) ||
    (saidAfter && words.length >= 2) ||
    loneSaid ||
    (SAY_VERBS.has(chunk.before) && words.length >= 2 && words.length <= 3) ||
    saidBefore ||
    givenWho;
  // One word alone is a person only when it is a name's word, not an ordinary or a title word ("Minister", "Refugees").
  const loneWordOk =
    words.length > 1 ||
    (ownName && last.tags.has('FirstName')) ||
    (!isTitle(last.text) &&
      !OFFICE_WORDS.has(last.text) &&
      !isCommonWord(lastLower) &&
      !writtenLower(chunk, last.text) &&
      !anyTagged('Place', 'Organization'));
  // "The Guardian", "The Globe and Mail", "in The Onion": a capitalised "The" inside a sentence opens a
  // name (a person's word may come first: "The Brooklyn Paper").
  // (Not an event or a work: "The Taipei Lantern Festival", "The Animated Series".)
  if (chunk.theName && !hasAny(last.tags, ['Person', 'FirstName', 'LastName']) && !EVENT_ENDS.has(last.text))
    return [{ kind: 'organisation', name }];
  // "the carrier Lufthansa", "the daily Al-Hayat": an organisation named after its kind.
  if (
    ORG_NOUNS_BEFORE.has(chunk.before) &&
    !chunk.beforeName &&
    !chunk.titled &&
    !isCommonWord(lastLower) &&
    !writtenLower(chunk, last.text)
  )
    return [{ kind: 'organisation', name }];
  // "Lufthansa spokesman Klaus Walther", "Fiat shares": a name before a word only a body has.
  if (
    ORG_MARKS_AFTER.has(chunk.after) &&
    !chunk.titled &&
    !anyTagged('Person', 'FirstName', 'LastName', 'Adjective', 'Demonym') &&
    !allTagged('Place') &&
    (words.length > 1 || (!isCommonWord(lastLower) && !writtenLower(chunk, last.text) && !isTitle(last.text)))
  )
    return [{ kind: 'organisation', name }];
  // "the president of the International Brotherhood of Magicians", "a spokesman for Lufthansa": what
  // an officer or a member belongs to is a body, when nothing marks the name as a person's or a place's.
  if (
    chunk.lead !== undefined &&
    MEMBER_OF.test(chunk.lead) &&
    !chunk.titled &&
    !anyTagged('Person', 'FirstName', 'LastName', 'Place', 'Demonym') &&
    (words.length > 1 || (!isCommonWord(lastLower) && !writtenLower(chunk, last.text) && !isTitle(last.text)))
  )
    return [{ kind: 'organisation', name }];
  // "the Frankfurter Allgemeine Zeitung newspaper", "the Lashkar-e-Taiba group": a name of several words
  // before a group's noun, unless a given name opens it without "the" before it.
  if (
    GROUP_NOUNS.has(chunk.after) &&
    words.length > 1 &&
    !chunk.titled &&
    (chunk.before === 'the' || !words[0]!.tags.has('FirstName')) &&
    !anyTagged('Demonym')
  )
    return [{ kind: 'organisation', name }];
  // "the Monti government", "a Hill administration": one capitalised word that leads a government is its leader.
  if (
    words.length === 1 &&
    ARTICLES.has(chunk.before) &&
    LED_BY.has(chunk.after) &&
    PERSON_WORD.test(last.text) &&
    // A name's word, or a word no list knows or knows as a noun only, that does not end like an
    // adjective ("the Federal government") nor names a kind of government ("the Junta government").
    (hasAny(last.tags, ['FirstName', 'LastName', 'Person']) || [...last.tags].every((tag) => /Noun|Singular/u.test(tag))) &&
    !/(?:al|ic|ist|ian|ary|ory|ive|ous)$/u.test(lastLower) &&
    !NOT_LEADERS.has(last.text) &&
    !anyTagged('Place', 'Organization', 'Demonym', 'Adjective') &&
    !isTitle(last.text) &&
    !DEMONYMS.has(last.text)
  )
    return [{ kind: 'person', name, strong: true }];
  // "the graphic novel Angel Catbird", "the film Black Swan": a work's title after its kind names no one.
  if (WORK_NOUNS.has(chunk.before) && !chunk.titled) return [];
  // People are not "at" anything: "analysts at Morgan Stanley" names a company.
  if (
    personShaped &&
    loneWordOk &&
    !endsLikeThing &&
    chunk.before !== 'at' &&
    (chunk.titled || (!otherTagged && (personTagged || personContext)))
  ) {
    const strong =
      chunk.titled ||
      (words.length === 1 && loneFamous(last)) ||
      saidAfter ||
      saidBefore ||
      givenWho ||
      ownName ||
      ROLE_NOUNS.has(chunk.before) ||
      words.some((word) => word.tags.has('LastName'));
    return [{ kind: 'person', name, strong }];
  }
  // "the Likud party", "the Fiat group": one word too, unless it is an ordinary word ("the Conservative party").
  // (An adjective of a people, even misspelt, is no name: "the Brazillian team".)
  if (GROUP_NOUNS.has(chunk.after))
    return words.length > 1 ||
      !(isCommonWord(lastLower) || writtenLower(chunk, last.text) || anyTagged('Adjective') || /(?:ian|ean|ese)$/u.test(lastLower))
      ? [{ kind: 'organisation', name }]
      : [];
  if (allTagged('Place') || (words.length === 1 && anyTagged('Country', 'City', 'Region'))) return [{ kind: 'place', name }];
  if (allTagged('Organization') && words.length > 1 && !anyTagged('Person')) return [{ kind: 'organisation', name }];
  // "in Rafah", "near Belem": an unknown one- or two-word name after a place preposition.
  if (
    placePreposition(chunk) &&
    words.length <= 2 &&
    words.every(
      (word) =>
        PERSON_WORD.test(word.text) &&
        !NOT_PLACES.has(word.text) &&
        !ABSTRACT_NOUN.test(word.text) &&
        !hasAny(word.tags, NOT_PLACE_TAGS) &&
        !isCommonWord(word.text.toLowerCase()) &&
        !writtenLower(chunk, word.text),
    ) &&
    !/['’]s?$/u.test(chunk.words.at(-1)!.text)
  ) {
    return [{ kind: 'place', name, guessed: true }];
  }
  // compromise's organisation words as a last word ("Heaven Sent Gaming", "Cosmic Dust Lab").
  if (words.length >= 2 && isOrgWord(last.text.toLowerCase())) return [{ kind: 'organisation', name }];
  return [];
}

// compromise's lexicon lists famous people by one name ("Clinton", "Napoleon"), apart from given names.
const loneFamous = (word: Word) => isFamousName(stripPossessive(word.text).toLowerCase()) && !hasAny(word.tags, ['Place', 'Organization']);

const ARTICLES = new Set(['the', 'a', 'an']);
// Kinds of works whose title may follow them ("the novel White Fang").
const WORK_NOUNS = new Set('novel book film movie album song single play opera poem documentary sitcom'.split(' '));
// Capitalised words before "government" that name a kind of government, not its leader.
const NOT_LEADERS = new Set('Junta Regime Tory Tories Baath Vichy Puppet Unity Caretaker Minority Majority'.split(' '));
// What a person leads and is named by ("the Obama administration").
const LED_BY = new Set(['administration', 'government', 'cabinet', 'presidency', 'premiership']);
// Words after a name that only a body has ("Lufthansa spokesman", "Fiat shares").
const ORG_MARKS_AFTER = new Set(
  'spokesman spokeswoman spokesperson spokespeople shares shareholders stockholders subsidiary subsidiaries headquarters executives employees'.split(
    ' ',
  ),
);
// An officer or member "of", "for" or "at" a body, just before its name ("chairman of the", "spokeswoman for").
const MEMBER_OF =
  /(?:^| )(?:president|vice-president|chairman|chairwoman|chair|director|head|member|members|spokesman|spokeswoman|spokesperson|founder|co-founder|ceo|executive|executives|officials|official|employees|employee|staff|shareholders|secretary-general|leader|leaders|researchers|researcher|scientists|scientist|professor|lecturer|students|curator|editor|manager|owner|analyst|analysts|economist|economists|chief) (?:of|for|at)(?: the)?$/u;
// Verbs a paper or a body is the subject of ("The Times reported", "the Commission said").
const REPORT_VERBS = new Set([...SAY_VERBS, 'reported', 'reports', 'cited', 'quoted', 'published', 'revealed', 'announced']);
const ACRONYM = /^(?:\p{Lu}{3,6}|(?:\p{Lu}\.){2,4})$/u;
// English words written in capitals for emphasis.
const STOP_CAPS = new Set(
  'AND THE ALL NOT NOW NEW YES BUT FOR ARE WAS HAS HAD THIS THAT WITH FROM WILL YOU OUR ANY CAN MAY ONE TWO BIG HOT TOP OFF OUT USE WAY WHO WHY HOW'.split(
    ' ',
  ),
);
// Capitalised abbreviations that are not organisations.
const NOT_ACRONYMS = new Set(
  'CEO CFO COO GDP GNP CPI PPI VAT IPO SUV UFO DVD TV PC ID OK AM PM USD EUR GBP JPY CHF CNY RUB UTC GMT BST EST EDT PST PDT CET AIDS HIV DNA RNA COVID SARS MERS LNG LPG OTC ETF NBA NFL ATM MVP FAQ PDF HTML URL USB API RPG PPE TBA TBD ASAP AKA RIP PhD MBA BBQ WWII WWI DIY ICU ER GPS SMS LGBT LGBTQ USSR BCE CE AD BC VIP POTUS FLOTUS SCOTUS POV IRC ROV ROS MMPI STS CCTV HQ DJ MC RSVP PS NB FYI IQ BMI EEG MRI CT'.split(
    ' ',
  ),
);

/** The place a chunk names, from the gazetteer: a smaller city that is also a name needs a place's context. */
function placeNamed(chunk: Chunk, name: string): string | undefined {
  const alias = PLACE_ALIASES.get(name);
  if (alias) return alias;
  const entry = placeByLowerName(name.toLowerCase());
  if (!entry) return undefined;
  if (!entry.weak) return entry.name;
  if (placeByLowerName(chunk.after)) return entry.name; // "Irving, Texas"
  if (chunk.words.length === 1 && (isCommonWord(name.toLowerCase()) || writtenLower(chunk, name))) return undefined;
  const nameLike = chunk.words.some((word) =>
    hasAny(word.tags, ['Person', 'FirstName', 'LastName', 'Organization', 'Honorific', 'Verb', 'Adjective']),
  );
  return !nameLike || placePreposition(chunk) || chunk.before === 'from' ? entry.name : undefined;
}

/** An organisation's name without its legal form ("Mobil Corp" → "Mobil", "Merrill Lynch and Co Inc" → "Merrill Lynch"). */
function stripLegalForm(words: readonly Word[]): string {
  let end = words.length;
  while (end > 0 && (LEGAL_FORMS.has(words[end - 1]!.text) || (end < words.length && AMPERSAND_OR_AND.has(words[end - 1]!.text)))) end--;
  return joinWords(words.slice(0, end));
}

/** True when the article also writes the word in lower case ("ants"): with a capital it is a heading's or a sentence's first word, not a name. */
const writtenLower = (chunk: Chunk, text: string) => chunk.lowerWords?.has(text.toLowerCase()) === true;

// A team's name in a result or standings line: capitalised words, no digits.
const TEAM = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’&-]*|de|of|and))*`;
// "Liverpool 2 Arsenal 0", "Manchester United 3 Chelsea 1" (scorers in brackets removed first).
const RESULT_LINE = new RegExp(String.raw`^(${TEAM}) \d{1,3} (${TEAM}) \d{1,3}$`, 'u');
// "Liverpool 10 7 2 1 20 8 23": a standings row (played, won, drawn, lost, goals, points).
const STANDINGS_LINE = new RegExp(String.raw`^(?:\d{1,2}\. )?(${TEAM})(?: \d{1,4}){4,}$`, 'u');

// "Scorers : Shearer 25 , Ferdinand 41": a list of who scored when, which a score line resembles.
const SCORERS = /^(?:scorers?|goal ?scorers|goals|bookings?|sent off|referee|attendance|line-?ups?|teams?)\s*:/iu;
// A scorer and the minute: "Shearer 25", "Les Ferdinand 41 pen", inside a result line's brackets or after "Scorers :".
const SCORER = /(?:^|[(,;:]) ?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) \d{1,3}(?:st|nd|rd|th)?(?: pen| og)?(?= ?[,;)]| ?$)/gu;

/** The people a result line's brackets or a scorers' line names by the minute they scored. */
function scorersOf(paragraph: string): Word[][] {
  const lists = SCORERS.test(paragraph)
    ? [paragraph.replace(SCORERS, '')]
    : mayBeResultLine(paragraph) && RESULT_LINE.test(scoresOnly(paragraph))
      ? [...paragraph.matchAll(/\(([^()]*)\)/gu)].map((match) => match[1]!)
      : [];
  return lists.flatMap((list) => [...list.matchAll(SCORER)].map((match) => wordsOf(match[1]!)));
}

// Result lines are short and end in a score or a scorers' bracket: anything else costs one test.
const mayBeResultLine = (paragraph: string) => paragraph.length <= 200 && /[\d)]\s*$/u.test(paragraph);
/** A result line without its brackets and separators ("Leeds 2 ( Kewell 12 ) , Hull 0" → "Leeds 2 Hull 0"). */
const scoresOnly = (paragraph: string) =>
  paragraph
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/[,;]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

// "Glamorgan 259 and 207 , Durham 114 and 81-3", "Leicestershire 22 points , Somerset 4": each side a name, then its score.
const SCORE_PART = new RegExp(String.raw`^(${TEAM}) \d[^\p{Lu}]*$`, 'u');

/** The teams a sports result, standings or score line names; empty for any other paragraph. */
function teamsOfResultLine(whole: string): string[] {
  const paragraph = whole.replace(/\s+\.$/u, '');
  if (!mayBeResultLine(paragraph)) return [];
  // A score line, after its venue ("Chester-le-Street : ") and its bowlers' brackets; not a list of scorers.
  if (SCORERS.test(paragraph)) return [];
  const parts = paragraph
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/^[^:]{1,40} : /u, '')
    .split(/\s*[,;]\s*/u)
    .map((part) => part.replace(/\s+/gu, ' ').trim());
  const sides = parts.map((part) => SCORE_PART.exec(part)?.[1]);
  // (Countries stay places: "Germany 2.1 , France 1.8" is a table of figures as often as of national sides.)
  const isCountry = (side: string) => COUNTRY_NAMES.has(PLACE_ALIASES.get(side) ?? side);
  // (A side is a name, not an ordinary word: "Growth 2.1 , Inflation 1.8" is a table of figures.)
  const named = (side: string | undefined) =>
    side !== undefined && isTeamName(side) && !(!side.includes(' ') && isCommonWord(side.toLowerCase()));
  // …and a town the gazetteer knows among them, or a match's score ("259 and 207", "22 points", "81-3"):
  // "Sales 5 , Profit 2" names no team.
  const town = (side: string | undefined) => side !== undefined && !isCountry(side) && placeByLowerName(side.toLowerCase()) !== undefined;
  const matchScore = /\b\d+ (?:and \d+|for \d+|points)\b|\b\d+-\d+\b/u.test(paragraph);
  if (parts.length >= 2 && sides.every(named) && (sides.some(town) || matchScore))
    return (sides as string[]).filter((side) => !isCountry(side));
  const line = scoresOnly(paragraph);
  const result = RESULT_LINE.exec(line);
  if (result) return [result[1]!, result[2]!].filter(isTeamName);
  const standing = STANDINGS_LINE.exec(line);
  return standing && isTeamName(standing[1]!) ? [standing[1]!] : [];
}

/** Not a shouted heading, a month or a lone edge word ("RESULTS", "June 12 Ajax 2"). */
const isTeamName = (name: string) =>
  !/^[\p{Lu}\s.'’&-]+$/u.test(name) || name.length <= 4
    ? !name.split(' ').some((word) => CALENDAR_WORDS.has(word) || EDGE_WORDS.has(word)) && name.length >= 3
    : false;

// What one side does to the other in a match report ("Leeds drew 1-1 with Bolton", "Kent v Surrey").
const PLAYS =
  /\b(?:beat|beats|defeated|defeats|thrashed|edged|drew(?: \d+-\d+)? with|lost(?: \d+-\d+)? to|v|vs|versus|(?:win|victory|draw) (?:over|against)|(?:defeat|loss) (?:to|by|against))\b/u;

/**
 * The places among `places` that play in a match report: both sides of a verb of playing are
 * places or teams, a score may stand between ("Lancashire 310 and 48 for one beat Worcestershire").
 * Countries stay places: a national side is named by its country, which news labelling keeps a place.
 */
function placesPlaying(paragraphs: readonly string[], places: readonly string[], teams: readonly string[]): string[] {
  if (!places.some((place) => !COUNTRY_NAMES.has(place))) return [];
  const text = paragraphs
    .filter((paragraph) => PLAYS.test(paragraph))
    .join(' ')
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ');
  if (text === '') return [];
  const names = [...new Set([...places, ...teams])]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  const sides = new RegExp(String.raw`\b(${names})(?: \d[^\p{Lu}]*?)? ${PLAYS.source} (${names})\b`, 'gu');
  const playing = new Set<string>();
  for (const match of text.matchAll(sides)) for (const side of [match[1]!, match[2]!]) playing.add(side);
  return places.filter((place) => playing.has(place) && !COUNTRY_NAMES.has(place));
}

/**
 * An organisation's name without a person's possessive before it ("Bhutto's Pakistan People's Party"
 * → "Pakistan People's Party"); "Moody's Investors Service" keeps its own.
 */
const withoutOwner = (people: readonly string[]) => (name: string) => {
  const owned = /^(\p{Lu}[\p{L}-]+)['’]s (\p{Lu}.+)$/u.exec(name);
  return owned && people.some((person) => person === owned[1] || person.endsWith(` ${owned[1]}`)) ? owned[2]! : name;
};

/** A name's words as a chunk holds them, tagged ("Les Ferdinand" → Les, Ferdinand). */
const wordsOf = (name: string): Word[] => termsOf(name).map((term) => ({ text: term.text, tags: term.tags, joiner: ' ' }));

// "gods such as Zeus, Hera and Athena", "writers like Tolstoy and Chekhov": names listed after a plural of people.
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}`;
const LISTED_PEOPLE = new RegExp(
  String.raw`\b(?:gods|goddesses|deities|writers|authors|novelists|poets|artists|painters|musicians|composers|singers|actors|actresses|players|politicians|philosophers|scientists|thinkers),? (?:such as|like|including) (${NAME}(?:(?:,| and|, and) ${NAME})*)`,
  'gu',
);

/** The names a paragraph lists after a plural of people, each as a chunk's words. */
function listedPeople(paragraph: string): Word[][] {
  if (!/ (?:such as|like|including) \p{Lu}/u.test(paragraph)) return [];
  const lists = [...paragraph.matchAll(LISTED_PEOPLE)].map((match) => match[1]!);
  return lists.flatMap((list) => list.split(/,? and |, /u).map((name) => wordsOf(name)));
}

// "Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich.": a reading list's line.
const REFERENCE =
  /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?: and (\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+))?\.(?: |$)/u;

/** The authors of a reference line, given name first, when a given name list knows one of them; its title names no one. */
function referenceAuthors(paragraph: string): Word[][] | undefined {
  const match = REFERENCE.exec(paragraph);
  if (!match) return undefined;
  const authors: Word[][] = [];
  for (let i = 1; i < match.length && match[i]; i += 2) {
    const given = wordsOf(match[i + 1]!);
    const [family] = wordsOf(match[i]!);
    if (given.length === 0 || !family) return undefined;
    authors.push([...given, family]);
  }
  return authors.some(([given]) => given!.tags.has('FirstName')) ? authors : undefined;
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
export function extractNamedEntities(paragraphs: readonly string[]): Omit<Entities, 'countries'> {
  const chunks: Chunk[] = [];
  const position = { next: 0 };
  let budget = MAX_ANALYSED_CHARS;
  const lowerWords = new Set<string>();
  const teams: string[] = [];
  // Where each paragraph's teams come among the chunks (their position), to keep order of appearance.
  const teamsAt: { position: number; name: string }[] = [];
  for (const whole of paragraphs) {
    for (const name of teamsOfResultLine(whole)) {
      teams.push(name);
      teamsAt.push({ position: position.next, name });
    }
    // Names start with a capital: a paragraph without one has none (and tables of numbers cost nothing).
    if (budget <= 0 || !/\p{Lu}/u.test(whole)) continue;
    const authors = referenceAuthors(whole);
    if (authors) {
      for (const words of authors) chunks.push({ words, before: '', after: '', titled: false, listed: true, position: position.next++ });
      continue;
    }
    for (const words of [...listedPeople(whole), ...scorersOf(whole)])
      chunks.push({ words, before: '', after: '', titled: false, listed: true, position: position.next++ });
    const paragraph = whole.length <= budget ? whole : whole.slice(0, whole.lastIndexOf(' ', budget) + 1 || budget);
    budget -= paragraph.length;
    for (const sentence of splitSentences(paragraph).map(termsOf)) {
      for (const term of sentence) if (term.text.length > 2 && term.text === term.normal) lowerWords.add(term.normal);
      if (isShouting(sentence)) {
        // In capitals only single words we know as places are trusted (datelines: "MOSCOW, Sept 12").
        for (const [k, term] of sentence.entries()) {
          if (sentence[k - 1]?.text === 'OF') continue; // "BANK OF JAPAN" names a bank, not a place
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
  const found: Found[] = [];
  let nextTeam = 0;
  const teamsBefore = (position: number) => {
    while (nextTeam < teamsAt.length && teamsAt[nextTeam]!.position <= position)
      found.push({ kind: 'organisation', name: teamsAt[nextTeam++]!.name });
  };
  for (const raw of chunks.flatMap(splitChunk)) {
    teamsBefore(raw.position);
    const chunk = cleanChunk({ ...raw, lowerWords });
    if (!chunk) continue;
    const entities = classify(chunk);
    const placed = placePreposition(chunk) || chunk.before === 'to' || chunk.before === 'from' || chunk.before === 'at';
    found.push(...entities.map((entity) => (placed && entity.kind === 'place' ? { ...entity, placed } : entity)));
    if (entities.length === 0 && chunk.words.length === 1 && PERSON_WORD.test(chunk.words[0]!.text)) {
      // Maybe a surname whose full name the article gives elsewhere.
      found.push({ kind: 'person', name: chunk.words[0]!.text, strong: false });
    }
  }
  teamsBefore(Infinity);
  // Any name once seen as a person is a person everywhere in the article.
  const fullNames = unique(found.filter((e) => e.kind === 'person' && e.name.includes(' ')).map((e) => e.name));
  const people: string[] = [];
  for (const entity of found) {
    if (entity.kind !== 'person') continue;
    const resolved = resolveSurname(entity.name, fullNames, true);
    // A one-word name counts when it abbreviates a full name here, or has evidence of its own
    // ("President Putin", "Putin said"); the archive-wide pass may still lengthen it.
    if (resolved === entity.name && !entity.name.includes(' ') && !entity.strong) continue;
    people.push(resolved);
  }
  // A name that plays in a result line is a team everywhere in the article ("Liverpool 2 Arsenal 0"),
  // as is a town or a county that beats or draws with another ("Lancashire beat Worcestershire").
  // "Valeska Paris … Paris was born in Switzerland": a one-word place that is the surname of a person
  // named in full here is that person, unless a place's preposition comes before it.
  const surnames = new Set(fullNames.map((name) => name.split(' ').at(-1)!));
  const asPlace = new Set(found.filter((e) => e.kind === 'place' && (e.placed || !surnames.has(e.name))).map((e) => e.name));
  for (const [i, e] of found.entries()) if (e.kind === 'place' && !asPlace.has(e.name)) found[i] = { kind: 'person', name: e.name };
  const placeNames = unique(found.filter((e) => e.kind === 'place').map((e) => e.name));
  const bodies = found.filter((e) => e.kind === 'organisation').map((e) => e.name);
  const teamSet = new Set([...teams, ...placesPlaying(paragraphs, placeNames, [...teams, ...bodies])]);
  const organisations = unique([...bodies, ...placeNames.filter((name) => teamSet.has(name))]);
  // "in The Onion" after "The Onion has": a place only by its preposition is the body named elsewhere.
  const orgSet = new Set(organisations);
  const places = unique(
    found.filter((e) => e.kind === 'place' && !teamSet.has(e.name) && !(e.guessed && orgSet.has(e.name))).map((e) => e.name),
  );
  const taken = new Set([...places, ...organisations]);
  const named = unique(people).filter((name) => !taken.has(name));
  return { people: named, places, organisations: unique(organisations.filter((name) => !places.includes(name)).map(withoutOwner(named))) };
}

/**
 * Extracts an article's entities: the names it gives (extractNamedEntities), and `countries`, every
 * country the article names or implies ("Houston" → "United States"). `places` stays what the text
 * names; facets and place pages count the implied countries too (placesCounted in article-schema.ts).
 * @example extractEntities(['Floods hit Houston.']).countries // ['United States']
 */
export function extractEntities(paragraphs: readonly string[]): Entities {
  const named = extractNamedEntities(paragraphs);
  return { ...named, countries: impliedCountries(named.places) };
}
