/**
 * The search box's query language, parsed into what the page asks Pagefind for: quoted phrases,
 * `-word` exclusion, `OR` between words, and field terms (`person:`, `place:`, `agency:`,
 * `story:`) that become facet filters. Pure and total: any text parses, and syntax that means
 * nothing (a lone quote, a dangling `OR`, an unknown field) is read as plain words, with a notice
 * saying so, never as an error or an empty query.
 */

/** Field terms and the facet each filters on. */
export const QUERY_FIELDS = { person: 'person', place: 'place', agency: 'agency', story: 'story' } as const;
export type QueryField = keyof typeof QUERY_FIELDS;

/** Most alternatives plus excluded terms in one query: their counts are combined 2^n ways. */
export const MAX_QUERY_OPERANDS = 4;
/** Most terms read from one query; the rest are ignored (a 5,000-character paste stays cheap). */
export const MAX_QUERY_TERMS = 32;

export interface FieldTerm {
  field: QueryField;
  value: string;
}

export interface ParsedQuery {
  /** Alternatives (joined by OR); each is the Pagefind query text of its terms, all required. '' = any article. */
  alternatives: string[];
  /** Words or quoted phrases no result may contain. */
  excluded: string[];
  /** Field terms, as written (the page maps them onto facet values). */
  fields: FieldTerm[];
  /** What was read differently from how it was written, for the page to say. */
  notices: string[];
}

type Token = { kind: 'term'; text: string; negated: boolean } | { kind: 'field'; field: QueryField; value: string } | { kind: 'or' };

const FIELD_PATTERN = /^(person|place|agency|story):(.*)$/i;

/** A Pagefind term for a phrase: quotes inside are dropped so the phrase stays one. */
const phrase = (text: string) => `"${text.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()}"`;

/** Splits the text into terms, phrases, fields and ORs; lone quotes become spaces (with a notice). */
function tokenize(text: string, notices: string[]): Token[] {
  const tokens: Token[] = [];
  const quotes = (text.match(/"/g) ?? []).length;
  // An odd quote is read as a space: the words around it stay words.
  let source = text;
  if (quotes % 2 === 1) {
    const last = source.lastIndexOf('"');
    source = `${source.slice(0, last)} ${source.slice(last + 1)}`;
    notices.push('A quote without its pair was read as a space.');
  }
  const pattern = /(-?)(?:(person|place|agency|story):)?"([^"]*)"|(\S+)/gi;
  for (const match of source.matchAll(pattern)) {
    const [, minus, quotedField, quoted, bare] = match;
    if (quoted !== undefined) {
      const inner = quoted.replace(/\s+/g, ' ').trim();
      if (!inner) continue;
      if (quotedField) tokens.push({ kind: 'field', field: quotedField.toLowerCase() as QueryField, value: inner });
      else tokens.push({ kind: 'term', text: phrase(inner), negated: minus === '-' });
      continue;
    }
    const word = bare!;
    if (word.includes('"')) {
      // Quotes inside a word (`a"b"`) are not a phrase: its parts are words.
      for (const part of word.split('"').filter(Boolean)) tokens.push({ kind: 'term', text: part, negated: false });
      continue;
    }
    if (word === 'OR') {
      tokens.push({ kind: 'or' });
      continue;
    }
    const field = FIELD_PATTERN.exec(word);
    if (field && field[2]) {
      tokens.push({ kind: 'field', field: field[1]!.toLowerCase() as QueryField, value: field[2] });
      continue;
    }
    if (field) {
      // `person:` with nothing after it is the word itself.
      tokens.push({ kind: 'term', text: field[1]!, negated: false });
      notices.push(`“${word}” has no value, so it was read as a word.`);
      continue;
    }
    if (/^-+$/.test(word)) continue;
    if (word.startsWith('-')) {
      tokens.push({ kind: 'term', text: word.replace(/^-+/, ''), negated: true });
      continue;
    }
    // Other `name:value` syntax is not ours: its words are searched.
    if (/^[\p{L}\p{N}]+:\S/u.test(word)) {
      notices.push(`“${word}” is not a field this search knows (person:, place:, agency:, story:), so its words were searched.`);
      for (const part of word.split(':').filter(Boolean)) tokens.push({ kind: 'term', text: part, negated: false });
      continue;
    }
    tokens.push({ kind: 'term', text: word, negated: false });
  }
  return tokens;
}

/**
 * Parses a query.
 * @example parseQuery('copper OR zinc -brazil person:Putin').alternatives // ['copper', 'zinc']
 */
export function parseQuery(text: string): ParsedQuery {
  const notices: string[] = [];
  let tokens = tokenize(text, notices);
  if (tokens.length > MAX_QUERY_TERMS) {
    tokens = tokens.slice(0, MAX_QUERY_TERMS);
    notices.push(`Only the first ${MAX_QUERY_TERMS} terms were searched.`);
  }
  // An OR with no term on one side is the word "or".
  const readAsWord = (index: number) => {
    tokens[index] = { kind: 'term', text: 'or', negated: false };
  };
  let danglingOr = false;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'or') continue;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const isTerm = (token: Token | undefined) => token?.kind === 'term' && !token.negated;
    if (!isTerm(before) || !isTerm(after)) {
      readAsWord(index);
      danglingOr = true;
    }
  }
  if (danglingOr) notices.push('OR needs a word on each side; a lone OR was read as the word “or”.');

  const groups: string[][] = [[]];
  const excluded: string[] = [];
  const fields: FieldTerm[] = [];
  let droppedOperands = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      if (groups.length + excluded.length < MAX_QUERY_OPERANDS) groups.push([]);
      else droppedOperands = true;
    } else if (token.kind === 'field') fields.push({ field: token.field, value: token.value });
    else if (token.negated) {
      if (groups.length + excluded.length < MAX_QUERY_OPERANDS) {
        if (!excluded.includes(token.text)) excluded.push(token.text);
      } else droppedOperands = true;
    } else groups.at(-1)!.push(token.text);
  }
  if (droppedOperands) notices.push(`At most ${MAX_QUERY_OPERANDS} alternatives and exclusions are used; the others were left out.`);
  // Words before an OR and after it belong to neither side alone: "a b OR c" is (a b) OR c.
  const alternatives = [...new Set(groups.map((group) => group.join(' ')))].filter(
    (alternative, _index, all) => alternative || all.length === 1,
  );
  return { alternatives: alternatives.length > 0 ? alternatives : [''], excluded, fields, notices };
}

/** True when the query needs more than one Pagefind search (OR or exclusion). */
export function isCompound(query: ParsedQuery): boolean {
  return query.alternatives.length > 1 || query.excluded.length > 0;
}

/**
 * The searches whose counts combine, by inclusion and exclusion, into the counts of
 * (A1 ∪ A2 ∪ …) minus (E1 ∪ E2 ∪ …): every non-empty set of alternatives, each with every set of
 * excluded terms, as one Pagefind query (all its words required) and the sign of its counts.
 * @example countingSearches({ alternatives: ['a'], excluded: ['b'], fields: [], notices: [] }) // [{ text: 'a', sign: 1 }, { text: 'a b', sign: -1 }]
 */
export function countingSearches(query: Pick<ParsedQuery, 'alternatives' | 'excluded'>): { text: string; sign: 1 | -1 }[] {
  const searches: { text: string; sign: 1 | -1 }[] = [];
  const { alternatives, excluded } = query;
  for (let a = 1; a < 1 << alternatives.length; a++) {
    const chosen = alternatives.filter((_, index) => a & (1 << index));
    for (let e = 0; e < 1 << excluded.length; e++) {
      const without = excluded.filter((_, index) => e & (1 << index));
      const size = chosen.length + without.length;
      const text = [...chosen, ...without].filter(Boolean).join(' ');
      searches.push({ text, sign: size % 2 === 1 ? 1 : -1 });
    }
  }
  return searches;
}

/** Folds a facet value for matching: no accents, no case, single spaces. @example foldValue('  Mária ZAKHAROVA') // 'maria zakharova' */
export function foldValue(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The facet value a URL or field term means, among the index's values (with their counts): the one
 * equal to it regardless of case and accents, else, for field terms, the most frequent one that
 * contains all its words (`person:putin` is "Vladimir Putin"). undefined when none matches.
 * @example resolveFacetValue('maria zakharova', { 'Maria Zakharova': 3 }) // 'Maria Zakharova'
 */
export function resolveFacetValue(value: string, known: Record<string, number>, partial = false): string | undefined {
  if (value in known) return value;
  const folded = foldValue(value);
  const entries = Object.entries(known);
  const exact = entries.find(([candidate]) => foldValue(candidate) === folded);
  if (exact || !partial || !folded) return exact?.[0];
  const words = folded.split(' ');
  const matches = entries.filter(([candidate]) => {
    const candidateWords = foldValue(candidate).split(' ');
    return words.every((word) => candidateWords.includes(word));
  });
  matches.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return matches[0]?.[0];
}
