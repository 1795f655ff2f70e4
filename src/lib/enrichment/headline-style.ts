/**
 * Newsroom compression of a lead sentence into headline English: time phrases dropped ("on
 * Tuesday", "today"), the main verb in the present ("Apple unveiled" → "Apple unveils", "has
 * agreed" → "agrees"), auxiliaries dropped ("was delayed" → "delayed"), the future as "to"
 * ("will cut" → "to cut"), and the articles a headline leaves out (the opening one and the one
 * after the main verb). Word look-ups only: no tagger, so the main thread never loads one.
 */

const WEEKDAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// A time phrase that only dates the news: never one after "until", "since", "by"… ("closed until Friday" is the news).
const NOT_AFTER = '(?<!\\b(?:until|till|since|by|before|after|from|through|to|of|next|than|and|or|between)\\s)';
const TIME_PHRASES: RegExp[] = [
  new RegExp(
    `${NOT_AFTER}(?:\\b(?:on|late|early|earlier|later|last|this)\\s)?(?:(?:early|late)\\s)?(?<!\\p{Lu}\\p{Ll}+\\s)${WEEKDAYS}(?:\\s(?:morning|afternoon|evening|night|Night))?(?![\\p{L}'’-])`,
    'gu',
  ),
  new RegExp(`${NOT_AFTER}\\b(?:(?:earlier|later)\\s)?(?:today|yesterday|tonight)(?![\\p{L}'’-])`, 'giu'),
  new RegExp(`${NOT_AFTER}\\b(?:[Tt]his|[Ll]ast|[Tt]his past)\\s(?:week|weekend|month|morning|afternoon|evening)(?![\\p{L}'’-])`, 'gu'),
  new RegExp(
    `\\bon\\s(?:${MONTHS}\\s\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTHS})(?:,?\\s\\d{4})?(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  /\bat\s\d{1,2}(?::\d{2}(?:\s?(?:UTC|GMT|[ap]\.m\.|[AP]M|local time))?|(?:\.\d{2})?\s?(?:[ap]\.m\.|[AP]M|UTC|GMT))(?![\p{L}\p{N}])/gu,
];

/**
 * The sentence without the phrases that only date it.
 * @example dropTimePhrases('The council approved the bridge on Tuesday after a debate') // 'The council approved the bridge after a debate'
 */
export function dropTimePhrases(text: string): string {
  let result = text;
  for (const pattern of TIME_PHRASES)
    result = result.replace(pattern, (phrase: string, at: number, whole: string) => {
      // A time phrase that is the subject stays: "This past week saw the first snow".
      const next = /^\s+([a-z]+)/u.exec(whole.slice(at + phrase.length))?.[1];
      return at === 0 && next && (baseOf(next, false) || /^(?:is|was|marks|sees|brings)$/u.test(next)) ? phrase : '';
    });
  return result
    .replace(/\s{2,}/gu, ' ')
    .replace(/\s+([,;:.!?])/gu, '$1')
    .replace(/,\s*,/gu, ',')
    .trim();
}

// Irregular verbs a news lead uses: base, past, participle.
const IRREGULAR: [string, string, string][] = [
  ['arise', 'arose', 'arisen'],
  ['be', 'was', 'been'],
  ['become', 'became', 'become'],
  ['begin', 'began', 'begun'],
  ['bring', 'brought', 'brought'],
  ['build', 'built', 'built'],
  ['buy', 'bought', 'bought'],
  ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came', 'come'],
  ['deal', 'dealt', 'dealt'],
  ['draw', 'drew', 'drawn'],
  ['drink', 'drank', 'drunk'],
  ['drive', 'drove', 'driven'],
  ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'],
  ['feel', 'felt', 'felt'],
  ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'],
  ['flee', 'fled', 'fled'],
  ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'],
  ['forecast', 'forecast', 'forecast'],
  ['forget', 'forgot', 'forgotten'],
  ['freeze', 'froze', 'frozen'],
  ['get', 'got', 'got'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'],
  ['hang', 'hung', 'hung'],
  ['have', 'had', 'had'],
  ['hear', 'heard', 'heard'],
  ['hide', 'hid', 'hidden'],
  ['hold', 'held', 'held'],
  ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'],
  ['lead', 'led', 'led'],
  ['leave', 'left', 'left'],
  ['lend', 'lent', 'lent'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['mean', 'meant', 'meant'],
  ['meet', 'met', 'met'],
  ['overcome', 'overcame', 'overcome'],
  ['oversee', 'oversaw', 'overseen'],
  ['overtake', 'overtook', 'overtaken'],
  ['pay', 'paid', 'paid'],
  ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['shake', 'shook', 'shaken'],
  ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'],
  ['shrink', 'shrank', 'shrunk'],
  ['sink', 'sank', 'sunk'],
  ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'],
  ['slide', 'slid', 'slid'],
  ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'],
  ['stand', 'stood', 'stood'],
  ['steal', 'stole', 'stolen'],
  ['stick', 'stuck', 'stuck'],
  ['strike', 'struck', 'struck'],
  ['swear', 'swore', 'sworn'],
  ['sweep', 'swept', 'swept'],
  ['swim', 'swam', 'swum'],
  ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['undergo', 'underwent', 'undergone'],
  ['understand', 'understood', 'understood'],
  ['undertake', 'undertook', 'undertaken'],
  ['uphold', 'upheld', 'upheld'],
  ['wake', 'woke', 'woken'],
  ['wear', 'wore', 'worn'],
  ['win', 'won', 'won'],
  ['withdraw', 'withdrew', 'withdrawn'],
  ['write', 'wrote', 'written'],
];
const BASE_OF_PAST = new Map(IRREGULAR.filter(([base]) => base !== 'be' && base !== 'have').map(([base, past]) => [past, base]));
// Verbs whose past and participle are the base itself ("set", "cut"): read as participles only after an
// auxiliary ("was set to", "has cut"), never as a main verb on their own ("Rate cut lifts shares").
const SAME_FORM = ['set', 'put', 'cut', 'hit', 'let', 'shut', 'quit', 'cost', 'hurt', 'spread', 'bid', 'cast', 'split', 'upset', 'beat'];
const BASE_OF_PARTICIPLE = new Map([
  ...IRREGULAR.map(([base, , participle]): [string, string] => [participle, base]),
  ...SAME_FORM.map((base): [string, string] => [base, base]),
]);
// Words ending in "-ed" that are not verbs' past forms.
const NOT_PAST = new Set([
  'bed',
  'red',
  'fed',
  'led',
  'shed',
  'sled',
  'wed',
  'hundred',
  'need',
  'seed',
  'speed',
  'feed',
  'deed',
  'breed',
  'greed',
  'creed',
  'sacred',
  'naked',
  'wicked',
  'kindred',
  'rugged',
]);

const VOWEL = /[aeiou]/u;
// Stems that take back an "e" although the rules below would not give one.
const E_STEMS = new Set([
  'cit',
  'invit',
  'unit',
  'excit',
  'incit',
  'recit',
  'ignit',
  'quot',
  'ignor',
  'explor',
  'restor',
  'stor',
  'scor',
  'bor',
  'ador',
  'implor',
  'deplor',
  'shor',
  'phon',
  'zon',
  'clon',
  'postpon',
  'condon',
  'aton',
  'hon',
  'dron',
  'creat',
]);

/**
 * The base form of a regular past tense or participle ("unveiled" → "unveil", "announced" →
 * "announce", "stopped" → "stop", "carried" → "carry"), by English spelling rules.
 */
export function baseOfRegular(past: string): string {
  if (/eed$/u.test(past) && past.length > 4) return past.slice(0, -1); // agreed, freed
  if (/ied$/u.test(past)) return past.length <= 4 ? past.slice(0, -1) : `${past.slice(0, -3)}y`; // died; carried
  const stem = past.slice(0, -2);
  // A doubled final consonant after one vowel: stopped, planned, occurred, controlled.
  const doubled = /([bgmnprt])\1$/u.exec(stem);
  if (doubled && /[^aeiou][aeiou]([bgmnprt])\1$/u.test(stem)) return stem.slice(0, -1);
  if (/[^aeiou][eo]ll$/u.test(stem) && stem.length > 6) return stem.slice(0, -1);
  if (E_STEMS.has(stem) || [...E_STEMS].some((s) => s.length >= 5 && stem.endsWith(s))) return `${stem}e`;
  const last = stem.at(-1) ?? '';
  const beforeLast = stem.at(-2) ?? '';
  const twoBefore = stem.at(-3) ?? '';
  const singleVowelAfterConsonant = VOWEL.test(beforeLast) && !VOWEL.test(twoBefore) && twoBefore !== '';
  switch (last) {
    case 'c':
    case 'v':
      return `${stem}e`;
    case 'u':
      return `${stem}e`; // continued, argued
    case 'z':
      return beforeLast === 'z' ? stem : `${stem}e`;
    case 's':
      if (beforeLast === 's') return stem;
      if (beforeLast === 'u' && !VOWEL.test(twoBefore)) return stem; // focused
      return `${stem}e`; // closed, released, caused, collapsed
    case 'g':
      if (beforeLast === 'g') return stem;
      if (beforeLast === 'n') return twoBefore === 'o' || twoBefore === 'i' ? stem : `${stem}e`; // belonged; plunged, changed
      return `${stem}e`; // urged, judged, engaged
    case 'l':
      if (beforeLast === 'l' || beforeLast === 'r' || beforeLast === 'e' || beforeLast === 'w') return stem; // called, hurled, canceled
      if (VOWEL.test(beforeLast)) return singleVowelAfterConsonant ? `${stem}e` : stem; // filed, ruled; failed, unveiled
      return `${stem}e`; // settled, handled
    case 'r':
      if (beforeLast === 'e' || !VOWEL.test(beforeLast) || VOWEL.test(twoBefore)) return stem; // entered; feared, soared
      if (beforeLast === 'o') return stem; // honored, sponsored (stems taking an "e" are listed)
      return `${stem}e`; // declared, required, secured
    case 'm':
    case 'p':
    case 'k':
    case 'b':
      return singleVowelAfterConsonant && !(last === 'p' && stem.endsWith('elop')) ? `${stem}e` : stem; // named, escaped, liked, described
    case 'n':
      if (beforeLast === 'i' && singleVowelAfterConsonant) return `${stem}e`; // declined, determined
      if ((beforeLast === 'a' || beforeLast === 'u') && singleVowelAfterConsonant) return `${stem}e`; // waned, tuned
      return stem; // opened, warned, joined, abandoned
    case 't':
      if (/[iu]at$/u.test(stem)) return `${stem}e`; // negotiated, evaluated
      if (!singleVowelAfterConsonant) return stem; // posted, treated, shouted
      if (beforeLast === 'a' || beforeLast === 'o' || beforeLast === 'u') return `${stem}e`; // stated, voted, disputed
      if (beforeLast === 'e') return /(?:g|k|pr)et$/u.test(stem) ? stem : `${stem}e`; // targeted; completed
      return stem; // visited, limited
    case 'd':
      if (!singleVowelAfterConsonant) return stem; // added, avoided, ended
      return beforeLast === 'e' ? stem : `${stem}e`; // decided, included, exploded, traded
    default:
      return stem; // played, allowed, fixed, pushed
  }
}

/** The base form of a past tense or participle, or undefined for a word that is not one. */
function baseOf(word: string, participle: boolean): string | undefined {
  const irregular = participle ? (BASE_OF_PARTICIPLE.get(word) ?? BASE_OF_PAST.get(word)) : BASE_OF_PAST.get(word);
  if (irregular) return irregular;
  if (!/^[a-z]{2,}ed$/u.test(word) || NOT_PAST.has(word)) return undefined;
  return baseOfRegular(word);
}

/** The third person singular of a base form: "file" → "files", "carry" → "carries", "reach" → "reaches". */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (base === 'go' || base === 'do' || base === 'undergo') return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(base)) return `${base}es`;
  return `${base}s`;
}

const PLURAL_WORDS = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'i', 'you', 'we', 'they']);
// Words after a head noun that are not the head: "Stock indexes worldwide", "Both companies alone".
const TRAILING_MODIFIERS = /^(?:worldwide|nationwide|alone|too|also|both|all|now|together|themselves|itself|\p{Ll}+ly)$/u;
// "Apple CEO and co-founder Steve Jobs" is one person.
const TITLE_AFTER_AND =
  /^(?:co-?founder|founder|chief|chairman|chairwoman|president|owner|ceo|editor|director|head|leader|secretary|spokesman|spokeswoman)$/u;
const SINGULAR_ENDINGS = /(?:ss|us|is|ics|news|series|species)$/u;

/** Whether a subject ("Apple Computer", "Stock markets around the world", "GM and Chrysler") is plural. */
function pluralSubject(subject: string[]): boolean {
  // "&" joins the words of one name ("Procter & Gamble", "Marks & Spencer"); "and" joins two subjects.
  // The head noun is the last word before a preposition ("Stock markets around the world"); an "and" after it
  // joins the preposition's objects ("A team from Yale and Oxford has…").
  const preposition = subject.findIndex(
    (word, i) => i > 0 && /^(?:of|in|on|at|to|from|for|with|around|across|near|among|under|over)$/u.test(word),
  );
  const beforePreposition = preposition > 0 ? subject.slice(0, preposition) : subject;
  if (beforePreposition.some((word, i) => word === 'and' && !TITLE_AFTER_AND.test(beforePreposition[i + 1] ?? ''))) return true;
  if (subject.includes('&')) return false;
  const noun = preposition > 0 ? subject.slice(0, preposition) : [...subject];
  while (noun.length > 1 && TRAILING_MODIFIERS.test(noun.at(-1)!)) noun.pop();
  const head = noun.at(-1) ?? '';
  // A capital opening the sentence says nothing: "Officials from…" is plural, "Apple" is not.
  const proper = /^\p{Lu}/u.test(head) && (noun.length > 1 || /^\p{Lu}{2,}|^\p{Lu}\p{Ll}*\p{Lu}/u.test(head));
  if (proper || /\d/u.test(head)) return false; // "General Motors", "Apple", "the 777"
  const lower = head.toLowerCase().replace(/['’]s?$/u, '');
  if (PLURAL_WORDS.has(lower) || /men$/u.test(lower)) return true;
  return /s$/u.test(lower) && !SINGULAR_ENDINGS.test(lower);
}

const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
  'do',
]);
// Words a subject never contains: after one of them, the first verb-like word is not the main verb.
const NOT_IN_SUBJECT =
  /^(?:who|which|that|whose|whom|when|where|if|because|although|while|as|to|be|been|being|not|it|he|she|they|we|there)$/iu;
// Words after which a past form is an adjective or participle ("the recently announced iPhone").
const BEFORE_ADJECTIVE =
  /^(?:the|a|an|its|their|his|her|our|this|these|those|newly|recently|previously|so-called|once|long|well|much|widely|heavily|highly|fully|partly|being|been|be|get|got)$/iu;
const HEADLINE_ADVERB =
  /^(?:also|first|later|now|just|finally|recently|reportedly|allegedly|unexpectedly|officially|formally|quietly|already)$/u;
// Reported speech shifts the tense back: "would" is the future, "had" the perfect ("was planning" is handled below).
const REPORTED_SHIFT = new Map([
  ['would', 'will'],
  ['had', 'has'],
]);
const SPEECH_THAT =
  /^(?:says|say|announces|announce|tells|tell|reports|report|confirms|confirm|states|state|claims|claim|reveals|reveal|warns|warn|admits|admit|believes|believe|argues|argue|insists|insist|notes|note|rules|rule|finds|find|decides|decide)$/u;

interface Word {
  text: string;
  /** Punctuation and space after the word. */
  post: string;
}

const split = (text: string): Word[] =>
  [...text.matchAll(/(\S+?)([,;:!?.]*(?:\s+|$))/gu)].map((match) => ({ text: match[1]!, post: match[2]! }));
const join = (words: readonly Word[]) =>
  words
    .map((word) => word.text + word.post)
    .join('')
    .trim();

/**
 * The main clause's verb in headline tense: "has filed" → "files", "have agreed" → "agree",
 * "was delayed" / "has been suspended" → "delayed" / "suspended", "will cut" / "is to cut" → "to cut",
 * "is planning" → "plans", and a simple past after the subject → the present ("Apple unveiled" → "Apple unveils").
 * Only the first verb after a subject that has no verb of its own is changed; anything unclear stays as written.
 * @example presentTense('The Beatles’ Apple Corps has filed a lawsuit against Apple Computer') // 'The Beatles’ Apple Corps files a lawsuit against Apple Computer'
 */
export function presentTense(sentence: string, reported = false): string {
  const words = split(sentence);
  // The subject: the words before the first verb-like word, without punctuation inside it.
  let verbAt = -1;
  for (let i = 0; i < words.length && i < 30; i++) {
    const word = words[i]!.text;
    const lower = word.toLowerCase();
    if (i === 0) {
      if (AUXILIARIES.has(lower)) return sentence; // a question: "Will the bank cut rates?"
      continue;
    }
    // A quotation is never rewritten: the main verb comes before it or not at all (a quoted name of
    // up to three capitalised words, "Big Three", is part of the subject).
    if (/^["“‘«]/u.test(word)) {
      const close = words.findIndex((w, j) => j >= i && /["”’»][,;:.!?]*$/u.test(w.text));
      const name = close >= i && close - i < 3 && words.slice(i, close + 1).every((w) => /^["“‘«]?\p{Lu}/u.test(w.text));
      if (!name) return sentence;
      i = close;
      continue;
    }
    // "to" before a determiner is a preposition inside the subject ("News of the response to a boy's clock has…").
    if (NOT_IN_SUBJECT.test(word) && !(word === 'to' && /^(?:a|an|the|his|her|its|their)$/u.test(words[i + 1]?.text ?? '')))
      return sentence;
    if (AUXILIARIES.has(word)) {
      verbAt = i;
      break;
    }
    if (/^[a-z]/u.test(word) && baseOf(lower, false) && !BEFORE_ADJECTIVE.test(words[i - 1]!.text)) {
      verbAt = i;
      break;
    }
    if (/[;:!?]/u.test(words[i]!.post)) return sentence;
  }
  if (verbAt < 1) return sentence;
  if (words.slice(0, verbAt).some((word) => /[;:!?]/u.test(word.post))) return sentence;
  // An apposition in commas ("Jana Novak, the head of research and an adviser, is") is not the subject's head;
  // a list ("Ford, GM and Chrysler are") is.
  const comma = words.findIndex((word, i) => i < verbAt - 1 && word.post.includes(','));
  const apposition = comma >= 0 && /^\p{Ll}/u.test(words[comma + 1]!.text);
  const subject = words.slice(0, apposition ? comma + 1 : verbAt).map((word) => word.text.replace(/[,]$/u, ''));
  const plural = pluralSubject(subject);
  const present = (base: string) => (plural ? (base === 'be' ? 'are' : base) : thirdPerson(base));
  const verb = words[verbAt]!;
  const next = words[verbAt + 1];
  const after = words[verbAt + 2];
  const replace = (count: number, replacement: Word[]) => {
    words.splice(verbAt, count, ...replacement);
    return true;
  };
  const clean = (word: Word | undefined) => word?.text.toLowerCase() ?? '';
  // In reported speech ("said it would cut", "said it had signed") the tense is shifted back one step.
  const lower = reported ? (REPORTED_SHIFT.get(verb.text.toLowerCase()) ?? verb.text.toLowerCase()) : verb.text.toLowerCase();
  let changed = false;
  if (AUXILIARIES.has(lower)) {
    if (verb.post.trim() !== '' || !next) return sentence;
    // An adverb between the auxiliary and the participle moves before the verb: "has also agreed" → "also agrees",
    // "was first persuaded" → "first persuaded".
    const adverb = words[verbAt + 1]!;
    const participle = words[verbAt + 2];
    if (
      /^(?:has|have|was|were)$/u.test(lower) &&
      HEADLINE_ADVERB.test(adverb.text) &&
      adverb.post.trim() === '' &&
      participle &&
      /^[a-z]+$/u.test(participle.text) &&
      baseOf(participle.text, true) &&
      participle.text !== 'been'
    ) {
      const base = baseOf(participle.text, true)!;
      const form = lower === 'has' || lower === 'have' ? present(base) : participle.text;
      words.splice(verbAt, 3, { text: adverb.text, post: ' ' }, { text: form, post: participle.post });
      return join(words);
    }
    const second = clean(next);
    const inner = next.post.trim() === ''; // no punctuation inside "has been", "is to"
    if (
      (lower === 'has' || lower === 'have') &&
      second === 'been' &&
      inner &&
      after &&
      /^[a-z]+$/u.test(after.text) &&
      baseOf(after.text, true)
    ) {
      changed = replace(2, []); // has been suspended → suspended
    } else if (
      (lower === 'has' || lower === 'have') &&
      /^[a-z]+$/u.test(next.text) &&
      baseOf(second, true) &&
      second !== 'been' &&
      second !== 'had'
    ) {
      changed = replace(2, [{ text: present(baseOf(second, true)!), post: next.post }]);
    } else if ((lower === 'was' || lower === 'were') && /^[a-z]+$/u.test(next.text) && baseOf(second, true) && second !== 'been') {
      changed = replace(1, []); // was delayed → delayed
    } else if (
      (lower === 'is' || lower === 'are') &&
      second === 'to' &&
      inner &&
      after &&
      /^[a-z]+$/u.test(after.text) &&
      !AUXILIARIES.has(after.text)
    ) {
      changed = replace(1, []); // is to begin → to begin
    } else if (lower === 'will' && second === 'be' && inner && after && /^[a-z]{3,}ing$/u.test(after.text) && baseOfGerund(after.text)) {
      changed = replace(3, [
        { text: 'to', post: ' ' },
        { text: baseOfGerund(after.text)!, post: after.post },
      ]); // will be providing → to provide
    } else if (
      lower === 'will' &&
      /^[a-z]+$/u.test(next.text) &&
      !/^(?:not|have|also|still|now|soon|likely|probably)$/u.test(second) &&
      (second !== 'be' || reported) &&
      !/(?:ed|ing|s)$/u.test(second)
    ) {
      changed = replace(1, [{ text: 'to', post: ' ' }]); // will cut → to cut
    } else if (
      (lower === 'is' || lower === 'are' || (reported && (lower === 'was' || lower === 'were'))) &&
      /^[a-z]{3,}ing$/u.test(next.text) &&
      second !== 'being' &&
      second !== 'going'
    ) {
      const base = baseOfGerund(second);
      if (base) changed = replace(2, [{ text: present(base), post: next.post }]);
    }
  } else if (/^[a-z]+$/u.test(verb.text)) {
    // A simple past is the main verb only when no auxiliary follows in its clause ("Emails exchanged among officials have been entered").
    const rest = words.slice(verbAt + 1);
    const clauseEnd = rest.findIndex(
      (word) => /^(?:that|which|who|whose|where|when|while|and|but|because|after|before|as)$/u.test(word.text) || /[,;:]/u.test(word.post),
    );
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd + 1);
    // A verb of saying opens a clause of its own: "announced it has settled".
    const saying = SPEECH_THAT.test(thirdPerson(baseOf(lower, false) ?? ''));
    if ((saying || !clause.some((word) => AUXILIARIES.has(word.text))) && !/^(?:by)$/u.test(clean(next))) {
      const base = baseOf(lower, false)!;
      if (base !== 'be' && base !== 'have') changed = replace(1, [{ text: present(base), post: verb.post }]);
    }
  }
  if (!changed) return sentence;
  // "says that…" → "says…".
  const verbNow = words[verbAt];
  if (verbNow && SPEECH_THAT.test(verbNow.text) && clean(words[verbAt + 1]) === 'that' && verbNow.post.trim() === '')
    words.splice(verbAt + 1, 1);
  return join(words);
}

// "-ing" words after "is" or "will be" that are adjectives, not a verb's progressive ("is missing", "will be willing").
const ING_ADJECTIVES = new Set([
  'willing',
  'unwilling',
  'missing',
  'outstanding',
  'interesting',
  'amazing',
  'exciting',
  'surprising',
  'disappointing',
  'encouraging',
  'ongoing',
  'upcoming',
  'leading',
  'pending',
  'promising',
  'worrying',
  'boring',
  'loving',
  'caring',
]);

/** The base form of an "-ing" form: "planning" → "plan", "exercising" → "exercise", "buzzing" → "buzz". */
function baseOfGerund(gerund: string): string | undefined {
  if (ING_ADJECTIVES.has(gerund)) return undefined;
  const stem = gerund.slice(0, -3);
  if (stem.length < 2) return undefined;
  if (/([bdgmnprt])\1$/u.test(stem) && /[^aeiou][aeiou]([bdgmnprt])\1$/u.test(stem)) return stem.slice(0, -1);
  // The "e" the "-ed" form would show: "exercis" + "ed" → "exercise".
  const fromPast = baseOfRegular(`${stem}ed`);
  return fromPast;
}

const KEEP_THE = /^(?:Hague|Netherlands|Gambia|Bahamas|Who|Beatles|Times|Guardian|Economist|Onion|Independent|Telegraph|Observer|Sun)\b/u;

/**
 * Headline articles: the opening "The", "A" or "An" and an article right after the main verb are
 * dropped ("The Beatles' Apple Corps files a lawsuit" → "Beatles' Apple Corps files lawsuit"), as
 * newsrooms write; "The Hague", "The Times" and the like keep theirs.
 */
export function dropArticles(headline: string, verb?: string): string {
  let text = headline;
  const opening = /^(?:The|A|An) (?=\S)/u.exec(text);
  if (opening && !KEEP_THE.test(text.slice(opening[0].length)) && text.split(' ').length > 4) {
    const rest = text.slice(opening[0].length);
    text = /^\p{Ll}+\p{Lu}/u.test(rest) ? rest : rest.charAt(0).toUpperCase() + rest.slice(1); // "iPhone" stays
  }
  if (verb) text = text.replace(new RegExp(`\\b(${verb}) (?:a|an|the) (?=[\\p{L}\\p{N}$£€])`, 'u'), '$1 ');
  return text;
}

// Verbs that report what the subject says it does: "Ford said it would cut" is "Ford to cut".
const REPORTING =
  /^(?:says|say|said|announces|announce|announced|states|state|stated|confirms|confirm|confirmed|reveals|reveal|revealed|reports|report|reported)$/u;
const CLAUSE_WORD = /^(?:after|before|since|following|amid|but|when|because|although|while)$/u;
const SUBJECT_PRONOUN = /^(?:it|they|he|she)$/u;
// Present-tense verbs a pronoun may go on with ("it wants to", "she plans to"), besides the ones presentTense turns.
const STATED_VERB = /^(?:wants|plans|intends|expects|hopes|needs|aims|seeks|remains|continues)$/u;

/**
 * Reported speech about the subject itself, said in the subject's own words: "Ford announces it will cut
 * 3,000 jobs" → "Ford to cut 3,000 jobs", "Apple says it has settled" → "Apple settles", "Acme announced in
 * a statement that it had signed" → "Acme signs". Only for a pronoun after the verb of saying (another
 * subject keeps the attribution) and only when what follows is a verb phrase ("it is time" is not).
 * @example collapseReported('The airline announces it will hire 200 pilots') // { text: 'The airline to hire 200 pilots', verb: 'hire' }
 */
export function collapseReported(sentence: string, mainVerb?: string): { text: string; verb?: string } | undefined {
  const words = split(sentence);
  let at = -1;
  for (let i = 1; i < words.length && i < 14; i++) {
    const text = words[i]!.text;
    if (REPORTING.test(text)) {
      at = i;
      break;
    }
    // Only the main verb reports: not one after another verb or in a clause of its own.
    if (
      text === mainVerb ||
      AUXILIARIES.has(text) ||
      NOT_IN_SUBJECT.test(text) ||
      CLAUSE_WORD.test(text) ||
      /[;:!?]/u.test(words[i - 1]!.post)
    )
      return undefined;
  }
  if (at < 1 || words[at]!.post.trim() !== '') return undefined;
  // "announced that it", "said in a statement that it", "announced it".
  let next = at + 1;
  if (words[next]?.text === 'that') next++;
  else if (/^(?:in|on|at|via|through|during|to)$/u.test(words[next]?.text ?? '')) {
    const that = words.findIndex((word, i) => i > next && i <= next + 6 && word.text === 'that');
    if (that < 0 || words.slice(next, that).some((word) => word.post.trim() !== '')) return undefined;
    next = that + 1;
  }
  const pronoun = words[next];
  // ("that" may be gone already: presentTense drops it after a verb of saying.)
  if (pronoun && !SUBJECT_PRONOUN.test(pronoun.text) && (words[next - 1]?.text === 'that' || next === at + 1))
    return announcedDecision(words, at, next);
  if (!pronoun || !SUBJECT_PRONOUN.test(pronoun.text) || pronoun.post.trim() !== '' || !words[next + 1]) return undefined;
  const subject = words.slice(0, at);
  const rest = words.slice(next + 1);
  const before = join([...subject, ...rest]);
  const tensed = presentTense(before, true);
  if (tensed !== before) return { text: tensed, verb: mainVerbOf(before, tensed) };
  const first = rest[0]!.text;
  if (STATED_VERB.test(first) && pronoun.text !== 'they') return { text: before, verb: first };
  return undefined;
}

const ANNOUNCING = /^(?:announces|announce|announced|confirms|confirm|confirmed)$/u;

/**
 * An announced decision about another subject is the news: "The ministry announced that the border would reopen"
 * → "Border to reopen". Only for a verb of announcing and a future ("will", "would") in the announced clause,
 * whose subject is at most eight words without punctuation; a claim ("police said the man had fled") keeps its speaker.
 */
function announcedDecision(words: Word[], at: number, from: number): { text: string; verb?: string } | undefined {
  if (!ANNOUNCING.test(words[at]!.text)) return undefined;
  const modal = words.findIndex((word, i) => i > from && i <= from + 8 && (word.text === 'would' || word.text === 'will'));
  if (modal < 0 || words.slice(from, modal).some((word) => word.post.trim() !== '' || NOT_IN_SUBJECT.test(word.text))) return undefined;
  const clause = words.slice(from);
  const before = join(clause);
  const tensed = presentTense(before, true);
  if (tensed === before) return undefined;
  return { text: tensed.charAt(0).toUpperCase() + tensed.slice(1), verb: mainVerbOf(before, tensed) };
}

/**
 * The whole compression: time phrases out, the verb in headline tense, articles out.
 * @example compressHeadline('The Ford Motor Company will cut 30,000 jobs today') // 'Ford Motor Company to cut 30,000 jobs'
 */
export function compressHeadline(sentence: string): string {
  return compressWithVerb(sentence).text;
}

/** `compressHeadline` and the main verb it found (the verb after "to" for a future), if any. */
export function compressWithVerb(sentence: string): { text: string; verb?: string } {
  const undated = dropTimePhrases(sentence);
  const tensed = presentTense(undated);
  let verb = tensed === undated ? undefined : mainVerbOf(undated, tensed);
  let text = tensed;
  const reported = collapseReported(tensed, verb);
  if (reported) ({ text, verb } = reported);
  return { text: dropArticles(text, verb), verb };
}

/** The word that `presentTense` put in: the first word of `after` that `before` does not have at that place ("to cut" gives "cut"). */
function mainVerbOf(before: string, after: string): string | undefined {
  const a = before.split(' ');
  const b = after.split(' ');
  for (let i = 0; i < b.length; i++)
    if (a[i] !== b[i]) {
      const word = (b[i] === 'to' ? b[i + 1] : b[i])?.replace(/[,;:.!?]+$/u, '');
      return word && /^[a-z]+$/u.test(word) ? word : undefined;
    }
  return undefined;
}
