/**
 * The search page's state and its URL form, plus the pure pieces of turning that state into a
 * Pagefind query (filters, sort) and Pagefind's answers back into safe display data
 * (excerpt segments, dates, text-fragment links). No DOM, no I/O: the page script does the glue.
 */
import { MONTH_NAMES } from '../archive/dates.ts';
import { daysInRange, readDateRange } from './search-dates.ts';

/** How results are ordered. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];

/** Facets whose values come from article fields; the key is both the URL parameter and the Pagefind filter name. */
export const VALUE_FACETS = ['agency', 'person', 'place'] as const;
export type ValueFacet = (typeof VALUE_FACETS)[number];

export interface SearchState {
  /** The words typed, trimmed; '' when browsing by filters only. */
  q: string;
  /** Start of the date range as given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; search-dates.ts reads it), or '' for open. */
  from: string;
  /** End of the date range as given, or '' for open. */
  to: string;
  sort: SearchSort;
  /** Selected values per facet; an article must carry every selected value. */
  agency: string[];
  person: string[];
  place: string[];
}

/** Longest query or filter value taken from a URL; anything longer is cut, never trusted whole. */
export const MAX_VALUE_LENGTH = 200;
/** Most values per facet taken from a URL. */
export const MAX_VALUES_PER_FACET = 10;
/** Longest date bound kept from a URL (a wrong one is kept to be explained, not trusted whole). */
const MAX_DATE_LENGTH = 24;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** An empty search: no words, no filters, relevance order. */
export function emptySearchState(): SearchState {
  return { q: '', from: '', to: '', sort: 'relevance', agency: [], person: [], place: [] };
}

/** Collapses whitespace and control characters, trims and caps the length of a value from a URL. */
function cleanValue(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_VALUE_LENGTH);
}

/**
 * Reads the state from a query string; unknown parameters are ignored and malformed values dropped.
 * @example parseSearchState('?q=gas&from=2019-03&sort=newest&agency=Reuters').from // '2019-03'
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptySearchState();
  state.q = cleanValue(params.get('q') ?? '');
  // Bounds are kept as written, even wrong or backwards, so the page can say what it made of them.
  state.from = cleanValue(params.get('from') ?? '').slice(0, MAX_DATE_LENGTH);
  state.to = cleanValue(params.get('to') ?? '').slice(0, MAX_DATE_LENGTH);
  const sort = params.get('sort');
  state.sort = (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance';
  for (const facet of VALUE_FACETS) {
    const values = params.getAll(facet).map(cleanValue).filter(Boolean);
    state[facet] = [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
  }
  return state;
}

/**
 * The query string for a state, in a fixed parameter order, leaving out defaults ('' when empty).
 * @example serializeSearchState({ ...emptySearchState(), q: 'gas prices', sort: 'newest' }) // '?q=gas+prices&sort=newest'
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const facet of VALUE_FACETS) for (const value of state[facet]) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state asks for anything: words, a date range or a filter. */
export function isActiveSearch(state: SearchState): boolean {
  return Boolean(state.q || state.from || state.to || VALUE_FACETS.some((facet) => state[facet].length > 0));
}

/** Same state, compared by value. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every month from `from` to `to` inclusive, clamped to the archive's first and last month.
 * Empty bounds are open and fall back to the archive's. Returns [] when the range misses the archive.
 * @example monthsInRange('2024-11', '2025-02', { first: '2000-01', last: '2025-01' }) // ['2024-11', '2024-12', '2025-01']
 */
export function monthsInRange(from: string, to: string, archive: { first: string; last: string }): string[] {
  const start = from && from > archive.first ? from : archive.first;
  const end = to && to < archive.last ? to : archive.last;
  const parse = (month: string) => {
    const match = MONTH_PATTERN.exec(month);
    return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : NaN;
  };
  const first = parse(start);
  const last = parse(end);
  if (!Number.isFinite(first) || !Number.isFinite(last) || first > last) return [];
  const months: string[] = [];
  for (let index = first; index <= last; index++) months.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  return months;
}

/** Pagefind's filter argument: every selected facet value must match (AND), the date range as any of its months. */
export type PagefindFilters = Record<string, { all: string[] } | { any: string[] }>;

const monthEndDay = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(year, m, 0)).getUTCDate())}`;
};

/**
 * The filters Pagefind needs for a state. The date range becomes the list of months it covers,
 * so it works with Pagefind's exact-match filters, and, when a bound is a day inside a month, also
 * the list of its days (both must match). Bounds that are not dates are left out (the page says so).
 * @example toPagefindFilters({ ...emptySearchState(), agency: ['TASS'] }, archive) // { agency: { all: ['TASS'] } }
 */
export function toPagefindFilters(state: SearchState, archive: { first: string; last: string }): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of VALUE_FACETS) if (state[facet].length > 0) filters[facet] = { all: [...state[facet]] };
  const range = readDateRange(state.from, state.to);
  if (range.first || range.last) {
    const months = monthsInRange(range.first.slice(0, 7), range.last.slice(0, 7), archive);
    // A range outside the archive must find nothing, not everything.
    filters.month = { any: months.length > 0 ? months : ['none'] };
    if (range.byDay && months.length > 0) {
      const days = daysInRange(range.first, range.last, { first: `${archive.first}-01`, last: monthEndDay(archive.last) });
      filters.day = { any: days.length > 0 ? days : ['none'] };
    }
  }
  return filters;
}

/** Pagefind's sort argument; relevance is Pagefind's own order, and browsing without words lists newest first. */
export function toPagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  if (state.sort === 'newest' || (state.sort === 'relevance' && !state.q)) return { date: 'desc' };
  if (state.sort === 'oldest') return { date: 'asc' };
  return {};
}

/** The date range that covers exactly one year. @example rangeForYear('2019') // { from: '2019-01', to: '2019-12' } */
export function rangeForYear(year: string): { from: string; to: string } {
  return { from: `${year}-01`, to: `${year}-12` };
}

/** The year the whole range lies in, or '' when it spans several years, is open or is not a date. */
export function yearOfRange(state: Pick<SearchState, 'from' | 'to'>): string {
  const range = readDateRange(state.from, state.to);
  return range.first && range.last && range.first.slice(0, 4) === range.last.slice(0, 4) ? range.first.slice(0, 4) : '';
}

/** @example formatMonth('2024-09') // 'September 2024' */
export function formatMonth(month: string): string {
  const match = MONTH_PATTERN.exec(month);
  return match ? `${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : month;
}

/**
 * The wall-clock date of an ISO 8601 timestamp with offset (the archive zone's), without converting zones.
 * @example formatIsoDate('2024-09-12T23:28:21+03:00') // '12 September 2024'
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(iso);
  if (!match) return '';
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/**
 * A sort key that orders articles by instant whatever their offsets: UTC, fixed width, compared as text.
 * Built from numbers, never by parsing a date string.
 * @example searchSortKey('2024-03-31T02:30:00+02:00') // '2024-03-31T00:30:00Z'
 */
export function searchSortKey(publishedAt: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/.exec(publishedAt);
  if (!match) throw new Error(`searchSortKey: not an ISO 8601 timestamp with offset: ${JSON.stringify(publishedAt)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offset = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute - offset, second));
  return `${String(utc.getUTCFullYear()).padStart(4, '0')}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}Z`;
}

/** One run of excerpt text; `marked` runs matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts (named few, decimal and hex). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (entity-encoded text with `<mark>` around matches) into plain-text runs,
 * so the page can build text nodes and `<mark>` elements and never parse it as HTML.
 * Any other tag-like text stays literal.
 * @example parseExcerpt('a <mark>gas</mark> &lt;b&gt;') // [{ text: 'a ', marked: false }, { text: 'gas', marked: true }, { text: ' <b>', marked: false }]
 */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/** Shortest piece of a headline removed from the start or end of an excerpt (shorter ones may be chance). */
const MIN_HEADLINE_PIECE = 12;

/**
 * The excerpt without the headline's words: the headline is indexed as the page's first text and a
 * derived headline repeats the lead, so an excerpt often starts with it, or with its end, and shows
 * above it what the reader already sees. Every whole copy of the headline is removed, and a piece
 * of it cut by the excerpt's edges; [] when nothing else is left (the page shows the summary then).
 * @example excerptWithoutHeadline(parseExcerpt('Rates rise. Rates rise as <mark>inflation</mark> bites'), 'Rates rise').map((s) => s.text).join('') // 'as inflation bites'
 */
export function excerptWithoutHeadline(segments: ExcerptSegment[], headline: string): ExcerptSegment[] {
  const chars: { char: string; marked: boolean }[] = [];
  for (const segment of segments)
    for (const char of segment.text.replace(/\s+/g, ' ')) {
      if (char === ' ' && chars.at(-1)?.char === ' ') continue;
      chars.push({ char, marked: segment.marked });
    }
  const head = headline.replace(/\s+/g, ' ').trim().toLowerCase();
  const text = chars.map((c) => c.char).join('');
  const lower = text.toLowerCase();
  if (!head || lower.length !== text.length) return segments;
  const removed = new Array<boolean>(text.length).fill(false);
  const cut = (start: number, end: number) => removed.fill(true, start, end);
  for (let at = lower.indexOf(head); at !== -1; at = lower.indexOf(head, at + head.length)) cut(at, at + head.length);
  // The end of the headline at the excerpt's start, or its beginning at the excerpt's end.
  const body = lower.replace(/^[\s.…]+/, '');
  const offset = lower.length - body.length;
  for (let length = Math.min(head.length, body.length); length >= MIN_HEADLINE_PIECE; length--) {
    if (body.startsWith(head.slice(head.length - length)) && /^\W?$/.test(head[head.length - length - 1] ?? '')) {
      cut(offset, offset + length);
      break;
    }
  }
  const trimmed = lower.replace(/[\s.…]+$/, '');
  for (let length = Math.min(head.length, trimmed.length); length >= MIN_HEADLINE_PIECE; length--) {
    if (trimmed.endsWith(head.slice(0, length)) && /^\W?$/.test(head[length] ?? '')) {
      cut(trimmed.length - length, trimmed.length);
      break;
    }
  }
  const kept: ExcerptSegment[] = [];
  chars.forEach((c, index) => {
    if (removed[index]) return;
    const last = kept.at(-1);
    if (last && last.marked === c.marked) last.text += c.char;
    else kept.push({ text: c.char, marked: c.marked });
  });
  // Leftover punctuation and spaces where the headline was.
  const first = kept[0];
  if (first && !first.marked) first.text = first.text.replace(/^[\s.,;:…–—-]+/, '');
  const end = kept.at(-1);
  if (end && !end.marked) end.text = end.text.replace(/\s+$/, '');
  const rest = kept.filter((segment) => segment.text);
  return rest
    .map((segment) => segment.text)
    .join('')
    .replace(/[\W_]+/g, '').length >= 3
    ? rest
    : [];
}

/** Most distinct terms put into one text fragment link. */
export const MAX_FRAGMENT_TERMS = 4;

/**
 * A text-fragment suffix (`#:~:text=…`) that makes the browser highlight and scroll to the matched
 * words of an excerpt on the article page: no script on the article needed. One directive per
 * distinct matched word, in excerpt order; '' when nothing matched.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 * @example textFragmentFor(parseExcerpt('the <mark>gas</mark> pipeline')) // '#:~:text=gas'
 */
export function textFragmentFor(segments: ExcerptSegment[]): string {
  const terms: string[] = [];
  for (const segment of segments) {
    if (!segment.marked) continue;
    // Strip punctuation Pagefind keeps attached to words; the fragment must match the page's text.
    const term = segment.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
    if (term && !terms.some((known) => known.toLowerCase() === term.toLowerCase())) terms.push(term);
    if (terms.length === MAX_FRAGMENT_TERMS) break;
  }
  if (terms.length === 0) return '';
  // Text directives reserve '-', '&' and ',' as syntax, so they are percent-encoded along with the rest.
  const encode = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');
  return `#:~:${terms.map((term) => `text=${encode(term)}`).join('&')}`;
}

/**
 * Result counts per year, summed from counts per `YYYY-MM` month: the index keeps only the month
 * filter, and a year is just twelve of them.
 * @example yearCounts({ '2024-01': 2, '2024-05': 1, '2023-12': 4 }) // { '2024': 3, '2023': 4 }
 */
export function yearCounts(monthCounts: Record<string, number>): Record<string, number> {
  const years: Record<string, number> = {};
  for (const [month, count] of Object.entries(monthCounts)) {
    const match = MONTH_PATTERN.exec(month);
    if (match) years[match[1]!] = (years[match[1]!] ?? 0) + count;
  }
  return years;
}

/** Shortest last word that searches as you type; shorter ones wait for a pause or Enter. */
export const MIN_TYPED_WORD = 3;

/**
 * Whether a query being typed is worth searching at once: its last word has MIN_TYPED_WORD
 * characters (an exclusion's minus not counted), or the reader has finished it with a space. A
 * one-letter prefix matches words in many index chunks, which would all be downloaded for a
 * result nobody wants. A last `OR` waits for the word after it: searched alone it is the word
 * "or", whose index chunks nobody wants either.
 * @example isTypedEnough('gas p') // false
 * @example isTypedEnough('summit -sa') // false
 * @example isTypedEnough('earthquake OR ') // false
 */
export function isTypedEnough(query: string): boolean {
  const last = query.trim().split(/\s+/).at(-1) ?? '';
  if (last === 'OR') return false;
  if (/\s$/.test(query)) return query.trim().length > 0;
  return [...last.replace(/^-/, '')].length >= MIN_TYPED_WORD;
}
