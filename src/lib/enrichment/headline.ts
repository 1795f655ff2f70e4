/**
 * Headline and summary for untitled wire copy, derived from the lead sentence.
 * The headline is the lead sentence without its dateline ("MOSCOW, Sept 12 (Reuters) -")
 * and attribution tail (", Zakharova said", ", quoted by Reuters"), cut at a clause boundary
 * when it is long; the summary is the rest of the lead, cut cleanly.
 * Slugs do not use these rules (see slug.ts), so changing them never moves a permalink.
 */
import { stripNoncharacters } from '../seed/characters.ts';
import { PLACE_ALIASES } from './entity-gazetteer.ts';
import { compressWithVerb, dropTimePhrases } from './headline-style.ts';
import { splitSentences } from './sentences.ts';

export const HEADLINE_MAX = 100;
export const SUMMARY_MAX = 200;

// Trailing commas, colons, dashes, full stops and opening quotes dangle; "?", "!" and closing quotes do not.
const TRAILING_PUNCTUATION = /[\s,;:.\-–—(“‘«"']+$/u;
const LEADING_PUNCTUATION = /^[\s,;:.\-–—)]+/u;

/** Removes dangling punctuation at both ends; keeps "?", "!" and balanced closing quotes. */
function tidy(text: string): string {
  let result = text.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '').trim();
  // A closing quote whose opening quote was cut away dangles too.
  const opens = (result.match(/[“«]/gu) ?? []).length;
  const closes = (result.match(/[”»]/gu) ?? []).length;
  if (closes > opens) result = result.replace(/[”»]+$/u, '').replace(TRAILING_PUNCTUATION, '');
  if (opens > closes && !/[”»]$/u.test(result)) result = `${result}”`;
  // An odd number of straight quotes: the closing one was cut away.
  if ((result.match(/"/gu) ?? []).length % 2 === 1) result = /"$/u.test(result) ? result.slice(0, -1).trimEnd() : `${result}"`;
  return result;
}

// "MOSCOW, Sept 12 (Reuters) -", "WASHINGTON (AP) —", "Sofia, September 12 (BTA) -", "(Reuters) -".
const DATELINE_CAPS = /^(?:[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}?)(?:,\s*[\p{L}\p{N} .,/-]{1,30}?)?\s*(?:\([^()]{1,40}\)\s*)?[-–—]{1,2}\s+/u;
const DATELINE_AGENCY = /^(?:[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}?(?:,\s*[\p{L}\p{N} .,/-]{1,30}?)?\s*)?\([^()]{1,40}\)\s*[-–—]{1,2}\s+/u;

/**
 * The text without a leading wire dateline.
 * @example stripDateline('MOSCOW, Sept 12 (Reuters) - Oil rose.') // 'Oil rose.'
 */
export function stripDateline(text: string): string {
  const match = DATELINE_AGENCY.exec(text) ?? DATELINE_CAPS.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  // Only a dateline when something substantial follows ("A - B" in a table is not one).
  return rest.length >= 10 ? rest : text;
}

const SPEECH_VERBS =
  "said|says|told [\\p{L}’'-]+(?: [\\p{L}’'-]+){0,3}|added|noted|stressed|warned|announced|reported|reports|wrote|writes|pointed out|stated|explained|declared|confirmed|insisted|argued|underlined|emphasised|emphasized|claimed|tweeted|posted|quoted [\\p{L}’'-]+(?: [\\p{L}’'-]+){0,3}";
// A speaker: "Zakharova", "the ministry", "two people familiar with the matter" (up to eight words, not a subordinate clause).
const SPEAKER =
  "(?!(?:which|that|who|whom|whose|and|but|or|while|as|because|although|though|if|when|where|after|before|since|so|to)\\b)[\\p{L}\\p{N}’'.-]+(?: [\\p{L}\\p{N}’'.-]+){0,7}";
// ", Zakharova said at a press conference", ", the ministry said in a statement on Tuesday".
const TAIL_SPEAKER_FIRST = new RegExp(
  `^(?:${SPEAKER}) (?:(?:also|later|earlier|has|had|have|was|were|is|then) ){0,2}(?:${SPEECH_VERBS})(?: [^,;:]{0,60})?$`,
  'u',
);
// ", said Zakharova", ", quoted by Reuters", ", according to the ministry", ", writes BTA", ", reports TASS".
const TAIL_VERB_FIRST = new RegExp(
  `^(?:said|says|added|noted|stressed|warned|wrote|writes|told|reported|reports|reporting|according to|quoted by|cited by|reported by|citing|quoting|as quoted by|as reported by)(?: [^,;:]{1,80})?$`,
  'u',
);
// A bare verb after a name in commas: ", Maria Zakharova, the spokeswoman, said on Thursday".
const TAIL_BARE_VERB =
  /^(?:said|says|added|noted|stressed|warned|wrote|told reporters)(?: (?:on|in|at|late|earlier|later|today|yesterday|this|last|during|after|while|when)\b[^,;:]{0,40})?$/u;

/**
 * The sentence without attribution tails, repeatedly from the end.
 * @example stripAttribution('Talks will resume, Zakharova said at a press conference, quoted by TASS.') // 'Talks will resume.'
 */
export function stripAttribution(sentence: string): string {
  const terminal = /[.!?…]+$/u.exec(sentence)?.[0] ?? '';
  let body = sentence.slice(0, sentence.length - terminal.length);
  for (let round = 0; round < 4; round++) {
    const comma = body.lastIndexOf(', ');
    if (comma <= 0) break;
    const segment = body.slice(comma + 2).trim();
    if (TAIL_BARE_VERB.test(segment)) {
      // Drop the verb and the name (and apposition) before it, when they are short.
      let cut = comma;
      for (let i = 0; i < 2; i++) {
        const previous = body.lastIndexOf(', ', cut - 1);
        if (previous <= 0 || body.slice(previous + 2, cut).split(' ').length > 8) break;
        cut = previous;
      }
      if (cut === comma) break;
      body = body.slice(0, cut);
      continue;
    }
    if (TAIL_SPEAKER_FIRST.test(segment) || TAIL_VERB_FIRST.test(segment)) {
      body = body.slice(0, comma);
      continue;
    }
    break;
  }
  // Keep "?" and "!"; a full stop is dropped by tidy() later anyway.
  return body.trim() + (terminal === '.' ? '.' : terminal);
}

// A lead that is a quotation with its attribution: "“We will respond,” Zakharova said."
const QUOTE_LEAD = /^[“"«]([^”"»]{3,})[”"»],?\s+(.+)$/u;

/** "“We will respond,” Zakharova said." → { quote: 'We will respond', speaker: 'Zakharova' }. */
function splitQuoteLead(sentence: string): { quote: string; speaker?: string } | undefined {
  const match = QUOTE_LEAD.exec(sentence.replace(/^([“"«][^”"»]*?)[,.]([”"»])/u, '$1$2'));
  if (!match) return undefined;
  const tail = match[2]!.replace(/[.!?…]+$/u, '');
  if (!TAIL_SPEAKER_FIRST.test(tail) && !TAIL_VERB_FIRST.test(tail)) return undefined;
  const named = /^([\p{Lu}][\p{L}’'.-]*(?: [\p{Lu}][\p{L}’'.-]*){0,2}) (?:said|says|told|added|wrote|writes|stressed|warned)\b/u.exec(tail);
  const inverted = /^(?:said|says|added|wrote|writes) ([\p{Lu}][\p{L}’'.-]*(?: [\p{Lu}][\p{L}’'.-]*){0,2})$/u.exec(tail);
  const speaker = named?.[1] ?? inverted?.[1];
  return speaker ? { quote: match[1]!.trim(), speaker } : { quote: match[1]!.trim() };
}

const ABBREVIATION_WORDS = new Set([
  'US',
  'UK',
  'EU',
  'UN',
  'NATO',
  'OPEC',
  'IMF',
  'WHO',
  'GDP',
  'CEO',
  'AI',
  'FBI',
  'CIA',
  'ECB',
  'G7',
  'G20',
  'BRICS',
  'TASS',
  'AFP',
  'AP',
  'BTA',
  'UAE',
  'USA',
  'COVID-19',
  'LNG',
  'OSCE',
  'IAEA',
]);

/**
 * Sentence case for an all-capitals lead ("OIL PRICES JUMP AFTER OPEC CUT" → "Oil prices jump after OPEC cut");
 * other text is returned unchanged. Known abbreviations stay in capitals.
 */
export function unshout(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters.replace(/[^\p{Lu}]/gu, '').length / letters.length < 0.8) return text;
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
  const output: string[] = words.map((word) => word[0].toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (ABBREVIATION_WORDS.has(words[i]![0].replace(/['’]S$/u, ''))) {
      output[i] = words[i]![0];
      continue;
    }
    // Place names of up to three words keep their capitals ("SOUTH KOREA" → "South Korea").
    for (let span = 3; span >= 1; span--) {
      const group = words.slice(i, i + span);
      if (group.length < span || group.some((word, k) => k > 0 && word.index !== group[k - 1]!.index + group[k - 1]![0].length + 1))
        continue;
      const phrase = group.map((word) => titleCase(word[0])).join(' ');
      if (!PLACE_ALIASES.has(phrase)) continue;
      group.forEach((word, k) => (output[i + k] = titleCase(word[0])));
      i += span - 1;
      break;
    }
  }
  if (output.length > 0) output[0] = output[0]!.charAt(0).toUpperCase() + output[0]!.slice(1);
  let result = '';
  let at = 0;
  words.forEach((word, i) => {
    result += text.slice(at, word.index) + output[i];
    at = word.index + word[0].length;
  });
  return result + text.slice(at);
}

// (A spaced dash after a number is a range or a score: "2000 - 2050", "1 – 0".)
const CLAUSE_BOUNDARY = /[,;:](?=\s)|(?<!\d)\s[–—-]\s|\s\((?=\S)/gu;
// Words that open a new clause: cutting before them leaves a complete clause behind.
const CLAUSE_OPENERS =
  /\s(?=(?:and|but|while|whereas|which|who|whose|where|after|before|as|because|although|though|since|when|amid|despite|following|after|until|unless|if|so|yet|that|with|without|over|under|for|in|on|at|by|from)\s)/gu;

// "between 12 and 20 million": the "and" of a range is not a clause opener.
const INSIDE_RANGE = /\bbetween(?: [^ ,;:]+){1,3}$/u;
// Nor is "that" after a verb of saying: "after the central bank said" would end on what was not said.
const BEFORE_REPORTED =
  /\b(?:said|says|say|announced|announces|stated|states|reported|reports|warned|warns|claimed|claims|believes|believed|thinks|thought)$/u;

/**
 * Cuts `text` to at most `max` characters at the last clause boundary (",", ";", ":", a dash),
 * then before a clause-opening word, then at the last word boundary with an ellipsis.
 * Never cuts mid-word; never leaves dangling punctuation.
 * @example cutAtClause('The partnership is not directed against third countries, but Moscow may join forces', 60)
 *   // 'The partnership is not directed against third countries'
 */
export function cutAtClause(text: string, max: number, after = 0): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return tidy(clean);
  const window = clean.slice(0, max + 1);
  // A cut before `after` (the end of the main verb) would leave a subject without its verb.
  const from = after < max ? after : 0;
  const minClause = Math.max(Math.floor(max * 0.35), from);
  let clauseEnd = -1;
  for (const match of window.matchAll(CLAUSE_BOUNDARY)) if (match.index >= minClause && match.index <= max) clauseEnd = match.index;
  let openerAt = -1;
  for (const match of window.matchAll(CLAUSE_OPENERS))
    if (
      match.index >= Math.max(Math.floor(max * 0.5), from) &&
      match.index <= max &&
      !INSIDE_RANGE.test(window.slice(0, match.index)) &&
      !BEFORE_REPORTED.test(window.slice(0, match.index))
    )
      openerAt = match.index;
  // A clause boundary wins unless a clause opener well after it keeps much more of the sentence.
  if (clauseEnd > 0 && !(openerAt > clauseEnd + max * 0.2)) return tidy(clean.slice(0, clauseEnd));
  if (openerAt > 0) return tidy(clean.slice(0, openerAt).replace(/\s+(?:the|a|an|of|and|or)$/iu, ''));
  // A short first clause is still a whole thought, better than a cut mid-clause.
  let shortClause = -1;
  for (const match of window.matchAll(CLAUSE_BOUNDARY))
    if (match.index >= Math.max(from, 12) && match.index < minClause) shortClause = match.index;
  if (from > 0 && shortClause > 0 && clean.slice(0, shortClause).split(' ').length >= 3) return tidy(clean.slice(0, shortClause));
  const lastSpace = window.lastIndexOf(' ', max - 1);
  const cut = lastSpace > 0 ? clean.slice(0, lastSpace) : [...clean].slice(0, max - 1).join('');
  return `${tidy(cut)}…`;
}

/** The first non-empty sentence of the first paragraph with text (used by the slug, so its rules stay fixed). */
export function leadSentence(paragraphs: readonly string[]): string {
  for (const paragraph of paragraphs) {
    const first = splitSentences(paragraph)[0];
    if (first) return first;
  }
  return '';
}

/** Whether a paragraph has text beyond whitespace and noncharacters. */
const hasText = (paragraph: string) => stripNoncharacters(paragraph).trim() !== '';

/** The lead paragraph's sentences, without the dateline and noncharacters, in reading case. */
// Paragraphs searched for a lead that states something.
const LEAD_SEARCH = 4;

/** A short line without a sentence's end: a heading or a dateline on its own ("Operating the business"). */
const isHeading = (paragraph: string) => {
  const text = paragraph.trim();
  const words = text.split(/\s+/u).length;
  // A caption of a few words keeps its full stop ("General Motors logo."); no lead is that short.
  return (words <= 8 && !/[.!?…:;"”’']$/u.test(text)) || (words <= 3 && /\.$/u.test(text));
};

function leadSentences(paragraphs: readonly string[], interview = false): { sentences: string[]; paragraphIndex: number } {
  // Noncharacters (U+FFFE, U+FDD0…) are never text a reader should get; the body keeps them as written.
  const first = paragraphs.findIndex((p) => hasText(p));
  if (first < 0) return { sentences: [], paragraphIndex: first };
  // A heading or a question before the story ("General questions", "Why did you…?") is not its lead:
  // the first paragraph that states something is, within the first few.
  // In an interview, neither is a question without its mark nor what the interviewer says to "you".
  const asks = (p: string) => interview && (ASKS.test(p.trimStart().slice(0, 300)) || /^you\b/iu.test(p.trimStart()));
  const states = (p: string) => hasText(p) && !isHeading(p) && !/\?["”’']?\s*$/u.test(p.trim()) && !asks(p);
  const stated = paragraphs.findIndex((p, i) => i >= first && i < first + LEAD_SEARCH && states(p));
  const paragraphIndex = stated >= 0 ? stated : first;
  const text = stripDateline(stripNoncharacters(paragraphs[paragraphIndex]!).replace(/\s+/gu, ' ').trim());
  return { sentences: splitSentences(text).map(unshout), paragraphIndex };
}

const WHEN =
  '(?:(?:on|last|this|early|late|earlier|later) )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|weekend|month|year|morning|afternoon|evening|night)(?: (?:morning|afternoon|evening|night))?|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{1,2})?)';
// Openings that put the news second: "On Friday, ", "Yesterday, ", "According to the ministry, ", "Wikinews has learned that ".
const LEADING_CONTEXT = [
  new RegExp(`^${WHEN}, (?=\\S)`, 'iu'),
  /^according to [^,]{3,80}, (?=\S)/iu,
  // "According to the Saudi Interior Ministry over 345 pilgrims…": the source's name ends where lower case resumes.
  /^[Aa]ccording to (?:the )?(?:[\p{Lu}][\p{L}\p{N}'’.&-]*\s(?:(?:of|for|and|de)\s)?){1,8}(?=\p{Ll}|\d)/u,
  /^(?:quoting|citing) [^,]{3,80}, (?=\S)/iu,
  // A leading subordinate clause: "After talks failed on Monday, the union called a strike".
  /^(?:after|following|despite|amid|amidst|while|although|though|as part of|in the wake of|in response to)\b[^,;]{5,120}, (?=\S)/iu,
  /^[\p{Lu}][\p{L}\p{N} .'’-]{1,40} (?:has|have) (?:learned|learnt|been told|confirmed|revealed|reported) that (?=\S)/u,
];
// A dateline in mixed case before a dash: "Taipei, Taiwan — ".
const MIXED_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,30}(?:, \p{Lu}[\p{L} .'’-]{1,30}){0,2} (?:[—–]{1,2}|-{1,2}) (?=\p{Lu})/u;

// A scene-setting opening before the subject: "In a ceremony attended by leaders, ", "During a media event, ",
// "Five years after its launch, ", "With development almost complete, ".
const SCENE_OPENING =
  /^(?:in|during|at|with|within|amid|amidst|under|speaking|addressing|(?:updating|adding|correcting|recasting|repeating|responding|reacting|commenting|referring|writing)(?= [a-z])|(?:just |only |some |about )?(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years?|months?|weeks?|days?|hours?|minutes?) (?:after|before|since|into))\b/iu;

const DATE_IN_COMMAS =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{4})$/u;
// What follows a scene-setting opening when it is not a clause of its own.
const NOT_A_SUBJECT = /^(?:and|but|or|which|who|whose|where|when|while|as|so|then|is|are|was|were|has|have|had|to|of|in|on|at)\b/iu;

/**
 * The sentence without a scene-setting opening, when what follows the comma is a clause of its own
 * (a place in commas, "Sochi, Russia, ", belongs to the opening).
 * @example dropSceneOpening('In a ceremony in Toulouse, France, Airbus unveiled the A380.') // 'Airbus unveiled the A380.'
 */
export function dropSceneOpening(sentence: string): string {
  if (!SCENE_OPENING.test(sentence)) return sentence;
  let from = 0;
  for (let round = 0; round < 4; round++) {
    const comma = sentence.indexOf(', ', from);
    if (comma < 0 || comma > 160) return sentence;
    const rest = sentence.slice(comma + 2);
    // "Sochi, Russia, Wikinews…": a capitalised word and a comma continue a place name.
    const upToComma = rest.slice(0, Math.max(0, rest.indexOf(',')));
    if (PLACE_ALIASES.has(upToComma) || DATE_IN_COMMAS.test(upToComma)) {
      from = comma + 2;
      continue;
    }
    return rest.split(' ').length >= 4 && !NOT_A_SUBJECT.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
  }
  return sentence;
}

/**
 * The sentence without what opens it before its subject: a mixed-case dateline, an opening time or
 * attribution phrase, a scene-setting opening and a reply that opens an answer ("Yes, …").
 */
function dropOpenings(sentence: string): string {
  let text = sentence.replace(MIXED_DATELINE, '').replace(REPLY, '');
  // Twice: "Wikinews has learned that according to a posting, …" has two openings.
  for (let round = 0; round < 2; round++)
    for (const pattern of LEADING_CONTEXT) {
      const rest = text.replace(pattern, '');
      if (rest !== text && rest.split(' ').length >= 4) text = rest;
    }
  text = dropSceneOpening(text);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Answers that open with a reply to the question: "Yes, all tropical cyclones …".
const REPLY = /^(?:yes|no|well|sure|absolutely|indeed|of course|ok|okay)[,.!] +(?=\p{L})/iu;

/**
 * The lead sentence with the news first: without an opening time or attribution phrase, a mixed-case
 * dateline, ages in commas (", 42,") and an apposition between the subject and its verb
 * ("Valeska Paris, an Australian woman, has claimed" → "Valeska Paris has claimed").
 * @example newsFirst('On Friday, fishermen rescued 700 people.') // 'Fishermen rescued 700 people.'
 */
export function newsFirst(sentence: string): string {
  let text = dropOpenings(sentence);
  // A description before the name in commas: "European aircraft maker, Airbus, has won" → "European aircraft maker Airbus has won".
  text = text.replace(
    // (Only a noun phrase before the name and a verb after it: not "The talks were constructive, Zakharova, the spokeswoman, said".)
    /^((?:The |An? )?\p{L}[\p{Ll}-]*(?: (?!(?:is|are|was|were|has|have|had|will|would|be|been)\b)[\p{Ll}-]+){1,5}), (\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}), (?=(?:has|have|had|is|are|was|were|will|would|\p{Ll}+(?:ed|s))\b)/u,
    '$1 $2 ',
  );
  text = text.replace(/, \d{1,3},/gu, '');
  // Then a relative clause in commas after the subject or its apposition: "Fritz Henderson, the chief executive
  // of the carmaker, which filed for bankruptcy today, outlined" → "Fritz Henderson outlined".
  text = text.replace(
    /^([\p{Lu}][^,]{1,60}), (?:an?|the|who|which|one of|of|from) [^,]{2,80}, (?=(?!(?:which|who|whose|and|or|but|known|called|named|nicknamed|dubbed)\s)\p{Ll})/u,
    '$1 ',
  );
  text = text.replace(/^([\p{Lu}][^,]{1,60})(?:, (?:an?|the) [^,]{2,80})?, (?:which|who) [^,]{2,120}, (?=\p{Ll})/u, '$1 ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// An aside between commas or brackets, followed by the rest of the clause in lower case
// (not by "and" or "or": ", a jet that seats 840, or 555 in three classes" is a list).
const ASIDE =
  /\s*\([^()]{1,80}\)|, (?![^,]{0,80}\b(?:said|says|told)\b)[^,;:]{2,80}, (?=(?!(?:and|or|nor|but|yet|so|although|though|while|whereas|which|who|known|called|named|nicknamed|dubbed)\s)\p{Ll}|\$|(?!\d{4}\b)\d)/u;
// An aside between a pair of dashes: "the Big Three -- Chrysler, Ford and GM -- were".
// Not a score ("Sweden beat Korea 1 – 0; Belgium beat Panama 3 – 0").
const DASH_ASIDE = /(?<!\d)\s(?:--|[–—])\s(?=\p{L})[^–—;]{2,80}?\s(?:--|[–—])(?=\s\D)/gu;

/**
 * A long sentence without its asides, first to last, until it fits: an apposition or a bracket
 * would make the headline end before its verb ("A test flight of the A380, the largest jet, was delayed").
 * @example dropAsides('Stock markets, particularly those in Asia, fell sharply on Monday', 40) // 'Stock markets fell sharply on Monday'
 */
export function dropAsides(sentence: string, max: number): string {
  let text = sentence;
  for (let round = 0; round < 4 && text.length > max; round++) {
    const match = ASIDE.exec(text);
    if (!match) break;
    text = `${text.slice(0, match.index)}${match[0].startsWith(',') ? ' ' : ''}${text.slice(match.index + match[0].length)}`;
  }
  return text;
}

// Long names a headline abbreviates, as newsrooms do.
const HEADLINE_ABBREVIATIONS: [RegExp, string][] = [
  [/\b(?:[Tt]he )?United States(?: of America)?(?! of)\b/gu, 'US'],
  [/\b(?:[Tt]he )?United Kingdom\b/gu, 'UK'],
  [/\b(?:[Tt]he )?United Nations\b/gu, 'UN'],
  [/\b(?:[Tt]he )?European Union\b/gu, 'EU'],
  // Headline words for long phrases: "Stock markets around the world fall" → "Stock markets worldwide fall".
  [/(?<=\p{Ll}) (?:around|across|throughout|all over) the (?:world|globe)\b/gu, ' worldwide'],
  [/\b(?:automobile|auto|car) (?:manufacturer|maker|company|manufacturing (?:firm|company))\b/gu, 'automaker'],
];

/** Headline style: the long names above abbreviated ("The United States will…" → "US will…"). */
export function headlineStyle(headline: string): string {
  let text = headline;
  for (const [pattern, short] of HEADLINE_ABBREVIATIONS) text = text.replace(pattern, short);
  text = text.replace(/\b([Aa]) (?=EU\b)/gu, '$1n '); // "a European Union deal" → "an EU deal"
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// A name followed by its acronym in brackets: "General Motors Corporation (GM)", "Royal Air Force (RAF)".
const NAME_AND_ACRONYM = /((?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s(?:(?:and|of|for|the|de|&)\s)?){1,10})\(([\p{Lu}][\p{Lu}\p{N}&.]{1,7})\)/gu;
const NAME_CONNECTOR = /^(?:and|of|for|the|de|&)$/u;

/**
 * A long name written out before its acronym gives way to the acronym, as in a headline:
 * "General Motors Corporation (GM) posts loss" → "GM posts loss". The acronym's letters must be the
 * initials of the name's words, in order, from its first word.
 * @example useAcronyms('The Royal Air Force (RAF) ordered tankers') // 'The RAF ordered tankers'
 */
export function useAcronyms(text: string): string {
  return text.replace(NAME_AND_ACRONYM, (whole, name: string, acronym: string) => {
    const words = name.trim().split(' ');
    const letters = acronym.replace(/[.&]/gu, '');
    for (let start = 0; start < words.length; start++) {
      if (NAME_CONNECTOR.test(words[start]!) || words[start]!.charAt(0) !== letters.charAt(0)) continue;
      let matched = 0;
      for (const word of words.slice(start)) if (!NAME_CONNECTOR.test(word) && word.charAt(0) === letters.charAt(matched)) matched++;
      if (matched < letters.length) continue;
      const kept = words.slice(0, start).join(' ');
      return `${kept ? `${kept} ` : ''}${acronym}`;
    }
    return whole;
  });
}

/** Articles inside a headline, which newsrooms leave out ("a few", "a third", "the Hague" keep theirs). */
const INNER_ARTICLE =
  /(?<=\s)(?<!\b(?:is|are|was|were|be|been|over|than|such|quite|once|twice|half|what|many|all) )(?<!\b(?:one|some|all|most|many|each|any|none|part|both|several) of )(?:the|a|an) (?!(?:few|little|lot|bit|third|half|quarter|score|dozen|number|hundred|thousand|million|billion|year|decade|week|day|month|time|while|same|most|least|rest|Hague|Netherlands|Gambia|Bahamas)\b)(?=[\p{L}\p{N}$£€"“])/gu;

/**
 * A compressed lead cut to `max` characters the way a newsroom would shorten it first: asides go
 * while it is too long, then an apposition between the subject and its verb, the inner articles and
 * long names with an acronym in brackets go, each only when it lets more of the news into the
 * headline than the cut alone keeps; the cut never falls before the main verb when it can be kept.
 * @example fitHeadline('Acme, the maker of anvils based in the desert, opens a plant', 'opens', 30) // 'Acme opens a plant'
 */
export function fitHeadline(text: string, verb: string | undefined, max: number): string {
  const cut = (candidate: string) => cutAtClause(candidate, max, verbEnd(candidate, verb));
  // A headline with its main verb beats any without; then the one with more news words.
  const score = (headline: string) => (verb && verbEnd(headline, verb) > 0 ? 1000 : 0) + newsWords(headline);
  let best = cut(dropAsides(text, max));
  let bestWords = score(best);
  let candidate = text;
  const steps: ((t: string) => string)[] = [
    (t) => (verb ? t.replace(new RegExp(`^(\\p{Lu}[^,]{1,60}), [^,;:]{2,160}, (?=(?:to )?${verb}\\b)`, 'u'), '$1 ') : t),
    // (Never inside a quotation: a headline does not misquote.)
    (t) =>
      t
        .split(/(["“][^"”]*["”])/u)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(INNER_ARTICLE, '')))
        .join(''),
    useAcronyms,
    (t) => (verb ? subjectHead(t, verb, max) : t),
  ];
  for (const step of steps) {
    const next = step(candidate);
    if (next === candidate) continue;
    candidate = next;
    const shortened = cut(dropAsides(candidate, max));
    const words = score(shortened);
    if (words > bestWords) [best, bestWords] = [shortened, words];
  }
  return best;
}

/**
 * A subject so long that the main verb falls past the limit, cut to its head before its first
 * prepositional phrase: "Research team from the Massachusetts Institute of Technology and … analyses" →
 * "Research team analyses".
 */
function subjectHead(text: string, verb: string, max: number): string {
  const end = verbEnd(text, verb);
  if (end <= max) return text;
  const verbAt = end - verb.length;
  const subject = text.slice(0, verbAt);
  const preposition = /^(?:\S+ ){2,5}?(?=(?:from|of|at|in|with|for|on|among|across|around) )/u.exec(subject);
  if (!preposition || /[,;:]/u.test(preposition[0])) return text;
  const auxiliary = /(?:\bto |\b(?:has|have|had|is|are|was|were|will|would) )$/u.exec(subject)?.[0] ?? '';
  return `${preposition[0]}${auxiliary}${text.slice(verbAt)}`;
}

/** How many words of news a headline holds (articles and an ellipsis do not count). */
const newsWords = (headline: string) =>
  (headline.replace(/…$/u, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.$%-]*/gu) ?? []).filter((word) => !/^(?:the|a|an)$/iu.test(word)).length -
  (headline.endsWith('…') ? 1 : 0);

/** Where the main verb's word ends in `text`, or 0 when it is not found. */
function verbEnd(text: string, verb: string | undefined): number {
  if (!verb) return 0;
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${verb}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index + verb.length : 0;
}

/**
 * Derives a headline from the article's paragraphs: the lead sentence without dateline and
 * attribution, cut at a clause boundary to at most HEADLINE_MAX characters.
 * @example deriveHeadline(['Parliament passed the budget on Friday, the speaker said. Debate lasted six hours.']) // 'Parliament passed the budget on Friday'
 */
// A lead sentence that only describes: "October is National Magic Month", "Acme is a family firm".
const DESCRIBES = /^\p{Lu}[^,;:]{0,60}? (?:is|are) (?!\p{Ll}+(?:ed|ing)\b)/u;
const REPORTS = /\b(?:was|were|has|have|had|will|would|said|says|say)\b/u;
// A sentence whose subject is a pronoun ("He was…", "It recently…"),
// or that speaks in the first or second person (an interview's answers and questions).
const REFERS_BACK = /^(?:he|she|it|they|this|that|these|those|there|his|her|its|their|i|we|you|my|our|your)\b/iu;

/**
 * Which lead sentence the headline comes from: the first, unless it only describes (a present "is" with
 * no news verb) and the next one reports an event by a named subject, which is then the news.
 */
function newsSentenceIndex(sentences: readonly string[]): number {
  const [first, second] = sentences;
  if (!first || !second || !DESCRIBES.test(first) || REPORTS.test(first) || REFERS_BACK.test(first) || first.split(' ').length > 25)
    return 0;
  const next = newsFirst(second);
  if (REFERS_BACK.test(next) || !compressWithVerb(next).verb) return 0;
  return 1;
}

/**
 * A paragraph of tokenised copy written as prose: no space before punctuation or a possessive, none
 * inside brackets ("Bhutto 's government , police said ." → "Bhutto's government, police said.").
 * @example untokenised('Prices rose ( slightly ) , dealers said .') // 'Prices rose (slightly), dealers said.'
 */
export function untokenised(paragraph: string): string {
  // Prose never has a space before a comma or a full stop; tokenised copy has one in every sentence.
  if (!/ [,.;:](?: |$)/u.test(paragraph)) return paragraph;
  const quotesPaired = (paragraph.match(/"/gu)?.length ?? 0) % 2 === 0;
  return (quotesPaired ? paragraph.replace(/" ([^"]*?) "/gu, '"$1"') : paragraph)
    .replace(/ (?=[,.;:!?)\]](?:[\s"”’]|$))/gu, '')
    .replace(/([(\[]) /gu, '$1')
    .replace(/(\p{L}) (n?['’](?:s|t|re|ve|ll|d|m)\b)/gu, '$1$2');
}

export function deriveHeadline(raw: readonly string[]): string {
  const paragraphs = raw.map(untokenised);
  if (isInterview(paragraphs)) return interviewHeadline(paragraphs).headline;
  return headlineOfLead(leadSentences(paragraphs).sentences, HEADLINE_MAX);
}

/** The headline of the lead's news sentence, at most `max` characters. */
function headlineOfLead(lead: readonly string[], max: number): string {
  const first = newsFirst(lead[newsSentenceIndex(lead)] ?? '');
  const quoted = splitQuoteLead(first);
  if (quoted) {
    const prefix = quoted.speaker ? `${quoted.speaker}: ` : '';
    const quote = cutAtClause(quoted.quote, max - prefix.length - 2).replace(/[”"»]+$/u, '');
    return `${prefix}“${quote}”`;
  }
  const { text: compressed, verb } = compressWithVerb(stripAttribution(first).replace(DASH_ASIDE, ''));
  return headlineStyle(fitHeadline(headlineStyle(compressed), verb, max) || cutAtClause(first, max));
}

// An interview printed as questions and answers: a heading that says so, or questions among the first
// paragraphs, one of them put to "you". (A news story quoting a rhetorical question has no such pattern.)
const INTERVIEW_HEADING = /^(?:(?:the |an? )?interview|q ?(?:&|and) ?a|questions and answers)$/iu;
const ENDS_AS_QUESTION = /\?["”’']?\s*$/u;
const ASKS =
  /^(?:how|what|why|when|where|who|which|do|did|does|are|were|is|was|have|has|can|could|would|will|should)\b[^.!?]*\byou(?:r|rs|rself)?\b/iu;
const TO_YOU = /\byou(?:r|rs|rself)?\b/iu;
const INTERVIEW_SCAN = 12;

/** Whether the article is an interview printed as questions and answers. */
function isInterview(paragraphs: readonly string[]): boolean {
  let questions = 0;
  let toYou = false;
  let seen = 0;
  for (const paragraph of paragraphs) {
    if (seen >= INTERVIEW_SCAN) break;
    if (!hasText(paragraph)) continue;
    seen++;
    const text = paragraph.trim();
    if (INTERVIEW_HEADING.test(text)) return true;
    // (Only the ends of a long paragraph are read: a 10 MB line costs no more than a short one.)
    const head = text.slice(0, 300);
    if (ENDS_AS_QUESTION.test(text.slice(-4)) || ASKS.test(head)) {
      questions++;
      toYou ||= TO_YOU.test(head) || TO_YOU.test(text.slice(-300));
    }
  }
  return questions >= 2 && toYou;
}

const NAME = "\\p{Lu}[\\p{L}\\p{N}.'’&@-]*(?: (?:of |de |van |von |al-)?\\p{Lu}[\\p{L}\\p{N}.'’&@-]*){0,3}";
// "Wikinews interviewed Tina McKenzie, …", "…, the paper spoke with William Evans, president of …".
const INTERVIEWED = new RegExp(
  `(?:^|, )(${NAME}|(?:[Tt]he|[Oo]ur) [\\p{L}-]+) (?:has |have )?(?:interviewed|spoke (?:with|to)|talked (?:with|to)|caught up with) (.+)$`,
  'u',
);
// "He was interviewed by Wikinews", "Robert Sarvis, the party's nominee, answered five questions …".
const WAS_INTERVIEWED = new RegExp(`^(.+?) (?:was|were) interviewed by (${NAME})`, 'u');
const ANSWERED = /^(.+?) answer(?:ed|s) (?:\S+ ){0,2}questions\b/u;
const PRONOUN = /^(?:he|she|they|him|her|them)$/iu;
// "Aner Shalev is an Israeli mathematician and writer": a person named in full and what they are.
const DESCRIBED = new RegExp(`^(${NAME}) (?:is|was) ((?:an?|the) [^;:]+?)[.!]?$`, 'u');
// A long title before a name ("Assistant Professor in … at Washington State University Simon Ličen"): the name.
const NAME_AT_END = /(?:^|\s)(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)$/u;

/**
 * The headline of an interview: who interviewed whom when the introduction says so ("Wikinews interviewed
 * Tina McKenzie, a former member of …" → "Wikinews interviews Tina McKenzie, former member of …"), else
 * "Interview with" a person the lead describes, else "Interview: " and the lead's headline.
 * @example interviewHeadline(['Wikinews spoke with Ann Lee, head of the guild, about magic.', 'Why magic?', 'Who are you?']) // 'Wikinews interviews Ann Lee, head of the guild'
 */
function interviewHeadline(paragraphs: readonly string[]): { headline: string; source?: string } {
  const intro = introSentences(paragraphs);
  let described: { name: string; role: string } | undefined;
  for (const raw of intro) {
    const sentence = dropTimePhrases(dropOpenings(raw)).replace(/[.!]+$/u, '');
    const describes = DESCRIBED.exec(sentence);
    if (describes && !described && describes[1]!.includes(' ')) {
      described = { name: describes[1]!, role: describes[2]!.replace(/^an? /u, '') };
      continue;
    }
    const active = INTERVIEWED.exec(sentence);
    const passive = active ? undefined : WAS_INTERVIEWED.exec(sentence);
    const answered = active || passive ? undefined : ANSWERED.exec(sentence);
    const interviewer = active?.[1] ?? passive?.[2];
    let rest = active ? active[2]! : passive ? passive[1]! : answered ? answered[1]! : undefined;
    if (rest === undefined) continue;
    // The interviewee: a name, with the apposition in commas that says who they are, and what they are asked about.
    const pronoun = /^(\S+)(.*)$/u.exec(rest)!;
    if (PRONOUN.test(pronoun[1]!)) {
      if (!described) continue;
      rest = `${described.name}, ${described.role}${active ? `,${pronoun[2]}` : ''}`;
    }
    const opening = interviewer ? `${interviewer} interviews ` : 'Interview with ';
    // (Cut no earlier than the interviewee's name: "Wikinews interviews Tina McKenzie", not mid-apposition.)
    return { headline: headlineStyle(cutAtClause(`${opening}${interviewee(rest)}`, HEADLINE_MAX, opening.length + 1)), source: raw };
  }
  if (described) return { headline: headlineStyle(cutAtClause(`Interview with ${described.name}, ${described.role}`, HEADLINE_MAX, 16)) };
  const prefix = 'Interview: ';
  const headline = headlineOfLead(leadSentences(paragraphs, true).sentences, HEADLINE_MAX - prefix.length);
  return { headline: headline ? `${prefix}${headline}` : headline };
}

/**
 * The interviewee part of an introduction, without the article of their apposition ("Ann Lee, the head of
 * the guild" → "Ann Lee, head of the guild"); a long title before the name and the topic gives way to the name.
 */
function interviewee(text: string): string {
  const person = text.replace(/^([^,]+), (?:the|an?) (?=\p{L})/u, '$1, ');
  const topic = /\s(?:about|on|regarding|concerning)\s/u.exec(person);
  if (!topic) return person;
  const before = person.slice(0, topic.index);
  if (before.length <= 60 || before.endsWith(',')) return person;
  const name = NAME_AT_END.exec(before)?.[1];
  return name ? `${name}${person.slice(topic.index)}` : person;
}

/** The first sentences of an interview's first three paragraphs with text (its introduction). */
function introSentences(paragraphs: readonly string[]): string[] {
  const sentences: string[] = [];
  let seen = 0;
  for (const paragraph of paragraphs) {
    if (seen >= 3) break;
    if (!hasText(paragraph) || isHeading(paragraph)) continue;
    seen++;
    const text = stripDateline(stripNoncharacters(paragraph).replace(/\s+/gu, ' ').trim());
    sentences.push(...splitSentences(text).slice(0, 6).map(unshout));
  }
  return sentences;
}

/**
 * Derives a summary: what the lead says beyond the headline, at most SUMMARY_MAX characters,
 * cut at a sentence end, else a clause boundary, else a word boundary with an ellipsis.
 * @example deriveSummary(['Parliament passed the budget on Friday. Debate lasted six hours.'], 'Parliament passed the budget on Friday') // 'Debate lasted six hours.'
 */
export function deriveSummary(raw: readonly string[], headline: string): string {
  const paragraphs = raw.map(untokenised);
  const interview = isInterview(paragraphs);
  const { sentences: found, paragraphIndex } = leadSentences(paragraphs, interview);
  // An interview's headline says who was interviewed: the summary leaves that sentence out.
  const source = interview ? interviewHeadline(paragraphs).source : undefined;
  const all = source === undefined ? found : found.filter((sentence) => sentence !== source);
  // When the headline comes from the second sentence, the summary is the description and what follows it.
  const lead = newsSentenceIndex(all) === 1 ? [all[1]!, all[0]!, ...all.slice(2)] : all;
  const sentences = lead.length > 0 ? [newsFirst(lead[0]!), ...lead.slice(1)] : lead;
  const first = sentences[0] ?? '';
  const cleanFirst = tidy(stripAttribution(first));
  let rest: string;
  // The headline is a compressed first sentence: the summary goes on from where it stops, and never repeats it.
  const headlineWords = new Set(contentWords(headline));
  const firstWords = contentWords(cleanFirst);
  const covered = firstWords.filter((word) => headlineWords.has(word)).length / Math.max(1, firstWords.length);
  const lastWord = wordsOf(headline).at(-1);
  const lastAt = lastWord ? first.toLowerCase().search(new RegExp(`\\b${lastWord.replace(/[^\p{L}\p{N}]/gu, '.')}\\b`, 'u')) : -1;
  const remainder = lastAt >= 0 ? first.slice(lastAt + lastWord!.length) : '';
  // The headline reaches the end of the first sentence (a compressed whole sentence): the summary starts after it.
  const reachesEnd = lastAt >= 0 && wordsOf(remainder).length < 4 && !CONTINUES_CLAUSE.test(remainder);
  if (splitQuoteLead(first) || tidy(first) === headline || cleanFirst === headline || covered >= 0.6 || reachesEnd) {
    rest = sentences.slice(1).join(' ');
  } else if (lastAt >= 0 && CONTINUES_CLAUSE.test(remainder)) {
    // The headline is the first clause and the next one stands on its own: the summary goes on from the cut.
    const clause = remainder.replace(LEADING_PUNCTUATION, '').trim();
    rest = [clause.charAt(0).toUpperCase() + clause.slice(1), ...sentences.slice(1)].join(' ');
  } else {
    rest = sentences.join(' ');
  }
  if (/^\([^()]{1,40}\)$/u.test(rest.trim())) rest = ''; // only an agency credit: "(AP)"
  if (!rest.trim()) {
    // The next paragraph, unless it is only a quotation (which says nothing about the story without its context).
    const following = paragraphs.slice(paragraphIndex + 1, paragraphIndex + 4).filter((p) => hasText(p));
    // Nor an agency credit on its own line ("(AP)").
    const says = (p: string) => {
      const text = stripNoncharacters(p).trim();
      // Nor, in an interview, a question or a heading ("Interview"), which say nothing about the story.
      const asks = interview && (/\?["”’']?$/u.test(text) || isHeading(text));
      return !QUOTATION_ONLY.test(text) && !/^\([^()]{1,40}\)$/u.test(text) && !asks;
    };
    const next = following.find(says) ?? following[0];
    const usable = next !== undefined && says(next);
    rest = usable ? stripNoncharacters(next) : tidy(first) !== headline ? first : '';
  }
  return cutSummary(rest.replace(/\s+/gu, ' ').trim(), SUMMARY_MAX);
}

/** Lower-case words of a text, for comparing a headline with the sentence it came from. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
// Words that only date a sentence, which a headline drops.
const DATING =
  /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|week|weekend|earlier|later)$/u;
/** A sentence's content words by their first five letters, so "passed" and "passes" are one word. */
const contentWords = (text: string) =>
  wordsOf(text)
    .filter((word) => word.length > 3 && !DATING.test(word))
    .map((word) => word.slice(0, 5));
// A paragraph that is a quotation and its speaker only: "“We are delighted,” she said."
const QUOTATION_ONLY = /^[“"«][^”"»]+[”"»][^.!?]{0,60}[.!?]?$/u;

// After the headline's cut: a semicolon, a colon, or a comma before "but", "yet", "while"… starts a clause that stands alone.
const CONTINUES_CLAUSE = /^\s*(?:[;:]\s+\p{Ll}|,?\s+(?:but|yet|while|whereas|although|though)\s)/u;

/** Cuts at the last sentence end within `max`, else at a clause boundary or word boundary. */
function cutSummary(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const sentence of splitSentences(text)) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > max) break;
    kept = next;
  }
  if (kept) return kept;
  const clause = cutAtClause(text, max - 1);
  return clause.endsWith('…') ? clause : `${clause}…`;
}
