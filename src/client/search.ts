/**
 * The search page: a small UI on Pagefind's JS API. The URL holds the whole state
 * (?q=&from=&to=&sort=&agency=&person=&place=), so a search can be shared, reloaded, and walked
 * with Back and Forward. Bundle path, base URL and the archive's month range come from data
 * attributes, so the same bundle works at the root or under a sub-path.
 */
import { SEARCH_RANKING } from '../lib/search/search-ranking.ts';
import { daysInRange, readDateRange } from '../lib/search/search-dates.ts';
import { EXPORT_LIMIT } from '../lib/search/search-export.ts';
import { isCompound, parseQuery, resolveFacetValue, type ParsedQuery } from '../lib/search/search-query.ts';
import { correctableWords, exactQuery, sharedPrefix, SHORT_PREFIX, unmatchedWords } from '../lib/search/search-vocabulary.ts';
import { describeTimeline, timelineFor } from '../lib/search/search-timeline.ts';
import {
  VALUE_FACETS,
  isActiveSearch,
  isTypedEnough,
  parseSearchState,
  rangeForYear,
  sameSearchState,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
  monthsInRange,
  yearCounts,
  yearOfRange,
  type SearchState,
} from '../lib/search/search-state.ts';
import { openSearchBundles } from './search-bundles.ts';
import { download, exportFile, exportRows, suggestCorrection } from './search-extras.ts';
import { renderFacet, renderResult, renderTimeline, type FacetOption, type ResultData } from './search-render.ts';
import { runPartial, runQuery } from './search-run.ts';

interface PagefindResult {
  id: string;
  score?: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<PagefindSearch['filters']>;
}

/** Results rendered per page ("Show more" adds as many again); each costs a fragment download. */
const PAGE_SIZE = 10;
/**
 * Pause after the last keystroke before searching; short, because results should follow typing.
 * A pause fitted to the reader's typing speed searched fewer prefixes but made the first search
 * wait for index chunks the earlier prefixes would have loaded, so results came later.
 */
const TYPING_DELAY_MS = 80;
/** Pause before searching a short last word ("EU", a prefix being typed): long enough to mean it. */
const SHORT_WORD_DELAY_MS = 600;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const queryInput = form.querySelector<HTMLInputElement>('#search-q')!;
const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
const fromInput = form.querySelector<HTMLInputElement>('#search-from')!;
const toInput = form.querySelector<HTMLInputElement>('#search-to')!;
const clearDates = form.querySelector<HTMLButtonElement>('#search-clear-dates')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const facetsSection = document.querySelector<HTMLElement>('#search-facets')!;
const facetLists = document.querySelector<HTMLElement>('#search-facet-lists')!;
const facetsHeading = document.querySelector<HTMLElement>('#search-facets-heading')!;
const resultList = document.querySelector<HTMLOListElement>('#search-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const notes = document.querySelector<HTMLUListElement>('#search-notes')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
const timelineSection = document.querySelector<HTMLElement>('#search-timeline')!;
const timelineBody = document.querySelector<HTMLElement>('#search-timeline-body')!;
const exportBox = document.querySelector<HTMLElement>('#search-export')!;
const exportStatus = document.querySelector<HTMLElement>('#search-export-status')!;

const { bundlePath = '/pagefind/', baseUrl = '/', firstMonth = '', lastMonth = '', vocabulary = '' } = form.dataset;
const archive = { first: firstMonth, last: lastMonth };
/** Word lengths the site has vocabulary shards for. */
const vocabularyLengths = new Set(vocabulary.split(',').filter(Boolean).map(Number));

let state: SearchState = parseSearchState(location.search);
/** True while the current history entry was made by typing, so further keystrokes replace it. */
let typingEntry = false;
/** Increases with every search; an answer to an older search is dropped. */
let generation = 0;
let shownResults: PagefindResult[] = [];
/** The results the export takes: the all-words results, without the partial matches listed after them. */
let exportedResults: PagefindResult[] = [];
/** Partial matches among shownResults (src/lib/search/partial-matches.ts), by id: the terms each lacks. */
let missingTerms = new Map<string, string[]>();
let shown = 0;
let lastFilters: PagefindSearch['filters'] = {};
/** Every facet value of the archive with its count, once the facet indexes are loaded. */
let allValues: PagefindSearch['filters'] = {};
/** Stories already shown in the list, each with its result item, so later versions fold into it. */
let shownStories = new Map<string, { count: number; item?: HTMLLIElement; id: string }>();
/** Whether the last search had words to rank by (else relevance order is newest first). */
let rankedByWords = false;
/** Whether versions of a story fold into one result (not when the reader asked for a story's versions). */
let groupStories = true;
/** The query words actually searched (a correction when the typed ones found nothing). */
let searchedQuery = '';
const expandedFacets = new Set<string>();
/** Collapsible facet groups the reader has opened. */
const openFacets = new Set<string>();
/** Whether each collapsible group was drawn open, to see what the reader toggled since. */
const drawnOpen = new Map<string, boolean>();

let pagefind: Promise<Pagefind> | undefined;
/** Loads pagefind.js once, from the bundle path, with the tuned ranking. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // One bundle, or several searched as one (large or partitioned archives: search-bundles.json).
    const module = await openSearchBundles<Pagefind>(bundlePath, baseUrl);
    await module.options({ baseUrl, ranking: SEARCH_RANKING, excerptLength: 40 });
    await module.init();
    return module;
  })();
  return pagefind;
}

/**
 * Pagefind counts facet values only for filter indexes it has loaded, and each index grows with
 * the archive. So facet groups are disclosures: the month index (for years and months) loads when
 * the Year group opens or a date range is set; agency, people and places when one of their groups
 * opens or a URL selects a value. A plain first search downloads no filter index at all.
 */
let valueFilters: Promise<void> | undefined;
let valueFiltersLoaded = false;
function loadValueFilters(): Promise<void> {
  valueFilters ??= loadPagefind()
    .then((engine) => engine.filters())
    .then((values) => {
      allValues = values;
      valueFiltersLoaded = true;
    });
  return valueFilters;
}

/**
 * The filters for Pagefind. The whole archive's months are always asked for, so the timeline and
 * the Year group can count; when the range lies in one month, its days too, for a timeline by day.
 */
function searchFilters(extra: Record<string, string[]>): ReturnType<typeof toPagefindFilters> {
  const filters = toPagefindFilters(state, archive);
  const everyMonth = monthsInRange('', '', archive);
  if (!filters.month && everyMonth.length > 0) filters.month = { any: everyMonth };
  const range = readDateRange(state.from, state.to);
  const month = rangeMonth();
  if (month && !filters.day)
    filters.day = {
      any: daysInRange(range.first || `${month}-01`, range.last || `${month}-31`, { first: `${month}-01`, last: `${month}-31` }),
    };
  for (const [facet, values] of Object.entries(extra)) {
    const known = filters[facet];
    filters[facet] = { all: [...new Set([...(known && 'all' in known ? known.all : []), ...values])] };
  }
  return filters;
}

/** The `YYYY-MM` month the date range lies in, or ''. */
function rangeMonth(): string {
  const range = readDateRange(state.from, state.to);
  return range.first && range.last && range.first.slice(0, 7) === range.last.slice(0, 7) ? range.first.slice(0, 7) : '';
}

/** Puts the state into the form controls; a month or year bound shows as its first (from) or last (to) day. */
function showState(): void {
  queryInput.value = state.q;
  sortSelect.value = state.sort;
  const range = readDateRange(state.from, state.to);
  fromInput.value = range.first;
  toInput.value = range.last;
  clearDates.hidden = !state.from && !state.to;
}

/** Lists what the page made of the query and the dates, when it differs from what was written. */
function showNotes(lines: string[]): void {
  notes.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
  notes.hidden = lines.length === 0;
}

/**
 * Facet values from the URL matched to the index's spelling regardless of case and accents
 * (`person=maria+zakharova` is "Maria Zakharova"); a value the index lacks stays as given, shown
 * with a count of 0 so it can be removed. Returns whether anything changed.
 */
function canonicaliseFacets(): boolean {
  let changed = false;
  for (const facet of VALUE_FACETS) {
    const values = state[facet].map((value) => resolveFacetValue(value, allValues[facet] ?? {}) ?? value);
    const unique = [...new Set(values)];
    if (unique.join('\u0000') !== state[facet].join('\u0000')) {
      state = { ...state, [facet]: unique };
      changed = true;
    }
  }
  return changed;
}

/**
 * The facet filters the query's field terms ask for, with notes for terms the index has no value
 * for: those are searched as words instead, so an unknown name never empties the results.
 */
function fieldFilters(query: ParsedQuery): { filters: Record<string, string[]>; words: string[]; notes: string[] } {
  const filters: Record<string, string[]> = {};
  const words: string[] = [];
  const fieldNotes: string[] = [];
  for (const { field, value } of query.fields) {
    const resolved =
      field === 'story'
        ? /^[a-z0-9][a-z0-9-]{0,63}$/i.test(value)
          ? value.toLowerCase()
          : undefined
        : resolveFacetValue(value, allValues[field] ?? {}, true);
    if (resolved) (filters[field] ??= []).push(resolved);
    else {
      words.push(/\s/.test(value) ? `"${value}"` : value);
      fieldNotes.push(`No ${field} in the archive is called “${value}”, so it was searched as words.`);
    }
  }
  return { filters, words, notes: fieldNotes };
}

/** Records the state in the URL: a new history entry, or replacing the current one while typing. */
function record(mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Moves to a new state from a control other than typing: one history entry per change. */
function change(next: SearchState): void {
  // Round-trip through the URL form, so the page shows exactly what a shared link would.
  const normalised = parseSearchState(serializeSearchState(next));
  typingEntry = false;
  if (sameSearchState(normalised, state)) return;
  state = normalised;
  record('push');
  showState();
  void runSearch();
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}

/** The sentence the live region reads out after each search. */
function describe(count: number, partial: number): string {
  const words = state.q ? ` for “${state.q}”` : '';
  if (searchedQuery !== state.q && count > 0)
    return `No results for “${state.q}”; showing ${plural(count, 'result')} for “${searchedQuery}”.`;
  if (partial > 0) {
    const some = `${partial === 1 ? 'has' : 'have'} some of the words.`;
    return count === 0
      ? `No results${words}; ${plural(partial, 'article')} ${some}`
      : `${plural(count, 'result')}${words}; ${plural(partial, 'more article')} ${some}`;
  }
  const order =
    state.sort === 'newest' || (!rankedByWords && state.sort === 'relevance')
      ? ', newest first'
      : state.sort === 'oldest'
        ? ', oldest first'
        : '';
  return count === 0 ? `No results${words}.` : `${plural(count, 'result')}${words}${order}.`;
}

/** Runs the search the state describes and renders results, count, timeline, facets and notes. */
async function runSearch(): Promise<void> {
  const current = ++generation;
  if (!isActiveSearch(state)) {
    shownResults = [];
    exportedResults = [];
    missingTerms = new Map();
    resultList.replaceChildren();
    moreButton.hidden = true;
    facetsSection.hidden = true;
    timelineSection.hidden = true;
    exportBox.hidden = true;
    suggestion.hidden = true;
    showNotes([]);
    status.textContent = '';
    return;
  }
  resultList.setAttribute('aria-busy', 'true');
  try {
    const engine = await loadPagefind();
    let query = parseQuery(state.q);
    const range = readDateRange(state.from, state.to);
    const needsValues =
      [...openFacets].some((facet) => facet !== 'year') ||
      VALUE_FACETS.some((facet) => state[facet].length > 0) ||
      query.fields.some((term) => term.field !== 'story');
    if (needsValues) await loadValueFilters();
    if (current !== generation) return;
    if (valueFiltersLoaded && canonicaliseFacets()) record('replace');
    const fields = fieldFilters(query);
    groupStories = !query.fields.some((term) => term.field === 'story');
    if (fields.words.length > 0)
      query = parseQuery([state.q.replace(/\b(?:person|place|agency|story):("[^"]*"|\S+)/gi, ' '), ...fields.words].join(' '));
    const filters = searchFilters(fields.filters);
    // Without words to rank by (only exclusions or field terms), newest first.
    rankedByWords = query.alternatives.some(Boolean);
    const sort = !rankedByWords && state.sort === 'relevance' ? { date: 'desc' } : toPagefindSort(state);
    // Text with nothing to search for (a lone quote, a lone minus) finds nothing rather than everything.
    const nothingAsked =
      query.alternatives.every((alternative) => !alternative) &&
      query.excluded.length === 0 &&
      Object.keys(fields.filters).length === 0 &&
      !state.from &&
      !state.to &&
      VALUE_FACETS.every((facet) => state[facet].length === 0);
    if (nothingAsked) query = { ...query, notices: [...query.notices, `There is nothing to search for in “${state.q}”: type a word.`] };
    let search = nothingAsked
      ? { results: [], counts: async () => ({}), excludedAll: false }
      : await runQuery(engine, query, filters, sort);
    searchedQuery = state.q;
    suggestion.hidden = true;
    // Found, but maybe through a shorter prefix: Pagefind searches a word it lacks as its longest
    // indexed prefix, so a typo lists articles whose marked words do not carry the typed word on.
    const excerpts =
      search.results.length > 0 && state.q && !isCompound(query)
        ? (await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()))).map((data) => data.excerpt)
        : [];
    let unmatched = excerpts.length > 0 ? unmatchedWords(correctableWords(state.q), excerpts) : [];
    // Among several words, an excerpt may show only the others: a word is checked again on its own.
    if (unmatched.length > 0 && correctableWords(state.q).length > 1) unmatched = await unmatchedAlone(engine, unmatched, filters);
    if (current !== generation) return;
    if ((search.results.length === 0 && state.q && !search.excludedAll) || unmatched.length > 0) {
      // Nothing found, or only a prefix: a word may be misspelt (not when an exclusion took out
      // what the words found). The vocabulary's shards load only now.
      const corrected = await suggestCorrection(state.q, baseUrl, vocabularyLengths);
      if (current !== generation) return;
      // What a short prefix found is replaced; what a longer one found may be the reader's.
      const replace = search.results.length === 0 || unmatched.every((word) => sharedPrefix(word, excerpts) <= SHORT_PREFIX);
      if (corrected) {
        const fixed = replace ? await runQuery(engine, parseQuery(corrected), filters, sort) : undefined;
        if (fixed && fixed.results.length > 0) {
          search = fixed;
          searchedQuery = corrected;
        }
        showSuggestion(corrected, searchedQuery === corrected);
      }
    }
    // Too few articles with every word: the page goes on with those that have some (ranked only).
    const partial =
      searchedQuery === state.q && rankedByWords && state.sort === 'relevance'
        ? await runPartial(engine, query, filters, search.results)
        : [];
    if (current !== generation) return;
    missingTerms = new Map(partial.map(({ result, missing }) => [result.id, missing]));
    shownResults = [...search.results, ...partial.map(({ result }) => result)] as PagefindResult[];
    shown = 0;
    shownStories = new Map();
    const first = await loadPage();
    if (current !== generation) return;
    // The results first; the facets and the timeline follow when their counting searches end.
    resultList.replaceChildren(...first);
    exportBox.hidden = search.results.length === 0;
    exportedResults = search.results as PagefindResult[];
    exportStatus.textContent = '';
    showNotes([...query.notices, ...fields.notes, ...range.problems]);
    status.textContent = describe(search.results.length, partial.length);
    resultList.removeAttribute('aria-busy');
    facetsSection.setAttribute('aria-busy', 'true');
    timelineSection.setAttribute('aria-busy', 'true');
    const counts = await search.counts();
    if (current !== generation) return;
    lastFilters = counts;
    renderFacets();
    renderTimelineSection();
  } catch (error) {
    if (current !== generation) return;
    console.error(error);
    status.textContent = 'Search is unavailable: the search index could not be loaded.';
  } finally {
    if (current === generation) for (const section of [resultList, facetsSection, timelineSection]) section.removeAttribute('aria-busy');
  }
}

/** The words of `words` that a search for the word alone finds nothing for, or only through a shorter prefix. */
async function unmatchedAlone(engine: Pagefind, words: readonly string[], filters: Record<string, unknown>): Promise<string[]> {
  const checked = await Promise.all(
    words.map(async (word) => {
      const { results } = await engine.search(word, { filters });
      const excerpts = (await Promise.all(results.slice(0, 3).map((result) => result.data()))).map((data) => data.excerpt);
      return results.length === 0 || unmatchedWords([word], excerpts).length > 0;
    }),
  );
  return words.filter((_, index) => checked[index]);
}

/** "Did you mean …?", a link to the corrected search. */
function showSuggestion(corrected: string, replaced: boolean): void {
  const link = document.createElement('a');
  link.href = `${location.pathname}${serializeSearchState({ ...state, q: corrected })}`;
  link.textContent = corrected;
  link.dataset.suggestion = corrected;
  suggestion.replaceChildren('Did you mean ', link, '?');
  if (replaced) {
    // The corrected results are shown: the reader's own words stay one click away.
    const exact = exactQuery(state.q, corrected);
    const original = document.createElement('a');
    original.href = `${location.pathname}${serializeSearchState({ ...state, q: exact })}`;
    original.textContent = exact;
    original.dataset.exact = exact;
    suggestion.append(' Search instead for ', original, '.');
  }
  suggestion.hidden = false;
}

/** Set when a timeline bar was clicked: focus goes back to the redrawn timeline. */
let focusTimeline = false;

/** The timeline of the current results, from the same month and day counts as the facets. */
function renderTimelineSection(): void {
  const timeline = timelineFor(lastFilters.month ?? {}, lastFilters.day ?? {}, rangeMonth());
  timelineSection.hidden = timeline.bars.length < 1;
  if (timeline.bars.length > 0) timelineBody.replaceChildren(renderTimeline(timeline, describeTimeline(timeline)));
  else timelineBody.replaceChildren();
  if (focusTimeline) {
    focusTimeline = false;
    (timelineBody.querySelector<HTMLButtonElement>('button[data-range]') ?? timelineSection.querySelector<HTMLElement>('h2'))?.focus();
  }
}

/**
 * Loads and renders the next PAGE_SIZE results, and updates the "Show more" button. A later
 * version of a story already listed folds into it ("N versions", linking to the story's search).
 */
async function loadPage(): Promise<HTMLLIElement[]> {
  const current = generation;
  const slice = shownResults.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((result) => result.data()));
  // A newer search took over while the fragments loaded: its state is not this page's to change.
  if (current !== generation) return [];
  shown += slice.length;
  const remaining = shownResults.length - shown;
  moreButton.hidden = remaining <= 0;
  moreButton.textContent = `Show more results (${shown.toLocaleString('en-GB')} of ${shownResults.length.toLocaleString('en-GB')} shown)`;
  const items: HTMLLIElement[] = [];
  const folded = new Set<string>();
  data.forEach((result, index) => {
    const story = result.meta.story;
    const known = story && groupStories ? shownStories.get(story) : undefined;
    if (story && known) {
      known.count++;
      folded.add(story);
      return;
    }
    const item = renderResult(result, Boolean(state.q), undefined, missingTerms.get(slice[index]!.id));
    item.dataset.story = story ?? '';
    item.dataset.result = slice[index]!.id;
    if (story) shownStories.set(story, { count: 1, item, id: slice[index]!.id });
    items.push(item);
  });
  for (const story of folded) {
    const known = shownStories.get(story)!;
    const first = await shownResults.find((result) => result.id === known.id)!.data();
    if (current !== generation) return [];
    const rendered = renderResult(
      first,
      Boolean(state.q),
      { count: known.count, href: `${location.pathname}${serializeSearchState({ ...state, q: `story:${story}` })}` },
      missingTerms.get(known.id),
    );
    rendered.dataset.story = story;
    rendered.dataset.result = known.id;
    const index = items.indexOf(known.item!);
    if (index >= 0) items[index] = rendered;
    else known.item?.replaceWith(rendered);
    known.item = rendered;
  }
  return items;
}

/** Facet options from Pagefind's counts for the current results; selected values always listed. */
function optionsFor(facet: string, selected: string[], order: 'count' | 'value-desc' | 'value-asc'): FacetOption[] {
  const counts = facet === 'year' ? yearCounts(lastFilters.month ?? {}) : (lastFilters[facet] ?? {});
  const options = Object.entries(counts)
    .filter(([value, count]) => count > 0 || selected.includes(value))
    .map(([value, count]) => ({ value, count, checked: selected.includes(value) }));
  for (const value of selected) if (!(value in counts)) options.push({ value, count: 0, checked: true });
  return options.sort((a, b) =>
    order === 'count'
      ? b.count - a.count || a.value.localeCompare(b.value)
      : order === 'value-desc'
        ? b.value.localeCompare(a.value)
        : a.value.localeCompare(b.value),
  );
}

/**
 * Takes into openFacets the groups the reader opened or closed since they were drawn, whose toggle
 * event may not have arrived: it is dispatched after the click, and redrawn groups would get it on
 * the element they replaced (a group opened as results arrived snapped shut). Returns the groups
 * just opened whose counts are not loaded yet.
 */
function takeToggledGroups(): string[] {
  const uncounted: string[] = [];
  for (const details of facetLists.querySelectorAll<HTMLDetailsElement>('details[data-facet-group]')) {
    const facet = details.dataset.facetGroup!;
    if (drawnOpen.get(facet) === details.open || openFacets.has(facet) === details.open) continue;
    if (!details.open) {
      openFacets.delete(facet);
      continue;
    }
    openFacets.add(facet);
    if (!(facet === 'year' ? Boolean(lastFilters.month) : valueFiltersLoaded)) uncounted.push(facet);
  }
  return uncounted;
}

/** Re-renders the facet groups, keeping keyboard focus on the same checkbox or toggle. */
function renderFacets(): void {
  const uncounted = takeToggledGroups();
  const active = document.activeElement as HTMLElement | null;
  const focusKey =
    active && facetLists.contains(active)
      ? `${active.dataset.facet ?? active.dataset.toggleFacet ?? active.parentElement?.dataset.facetGroup}|${active.dataset.value ?? ''}`
      : '';
  const year = yearOfRange(state);
  const range = readDateRange(state.from, state.to);
  const wholeYear = year && range.first === `${year}-01-01` && range.last === `${year}-12-31` ? year : '';
  // Years are few and read as a timeline, so all of them show.
  const yearOpen = openFacets.has('year') || Boolean(state.from || state.to);
  const groups = [
    renderFacet('year', optionsFor('year', wholeYear ? [wholeYear] : [], 'value-desc'), {
      expanded: true,
      collapsible: { open: yearOpen, loading: yearOpen && !lastFilters.month },
    }),
  ];
  if (year) {
    const month = rangeMonth() && range.first.endsWith('-01') && !range.byDay ? [rangeMonth()] : [];
    const months = optionsFor('month', month, 'value-asc').filter((option) => option.value.startsWith(`${year}-`));
    groups.push(renderFacet('month', months, { expanded: true }));
  }
  for (const facet of VALUE_FACETS) {
    const options = optionsFor(facet, state[facet], 'count');
    const open = openFacets.has(facet) || state[facet].length > 0;
    if (valueFiltersLoaded && options.length === 0) continue;
    groups.push(
      renderFacet(facet, options, { expanded: expandedFacets.has(facet), collapsible: { open, loading: open && !valueFiltersLoaded } }),
    );
  }
  facetLists.replaceChildren(...groups);
  facetsSection.hidden = false;
  drawnOpen.clear();
  for (const details of facetLists.querySelectorAll<HTMLDetailsElement>('details[data-facet-group]'))
    drawnOpen.set(details.dataset.facetGroup!, details.open);
  // A group opened before its toggle event arrived loads its counts as the event would have.
  if (uncounted.length > 0) void runSearch();
  if (focusKey) {
    const [facet, value] = focusKey.split('|');
    const target = [...facetLists.querySelectorAll<HTMLElement>('input, button, summary')].find(
      (node) =>
        (node.dataset.facet ?? node.dataset.toggleFacet ?? node.parentElement?.dataset.facetGroup) === facet &&
        (node.dataset.value ?? '') === value,
    );
    // A value that left the list (unticked, matching nothing) hands focus to its group, then to the heading.
    const fallback = facetLists.querySelector<HTMLElement>(`input[data-facet="${CSS.escape(facet ?? '')}"]`) ?? facetsHeading;
    (target ?? fallback).focus();
  }
}

/** The state after ticking or unticking one facet checkbox. */
function toggledState(facet: string, value: string, checked: boolean): SearchState {
  const next = { ...state, agency: [...state.agency], person: [...state.person], place: [...state.place] };
  if (facet === 'year') Object.assign(next, checked ? rangeForYear(value) : { from: '', to: '' });
  else if (facet === 'month') Object.assign(next, checked ? { from: value, to: value } : rangeForYear(value.slice(0, 4)));
  else if ((VALUE_FACETS as readonly string[]).includes(facet)) {
    const key = facet as (typeof VALUE_FACETS)[number];
    next[key] = checked ? [...next[key], value] : next[key].filter((known) => known !== value);
  }
  return next;
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
queryInput.addEventListener('input', () => {
  const q = queryInput.value;
  const enough = isTypedEnough(q);
  if (enough) void loadPagefind().then((engine) => engine.preload(q));
  clearTimeout(typingTimer);
  typingTimer = setTimeout(
    () => {
      const next = parseSearchState(serializeSearchState({ ...state, q }));
      if (sameSearchState(next, state)) return;
      state = next;
      record(typingEntry ? 'replace' : 'push');
      typingEntry = true;
      void runSearch();
    },
    enough || !q.trim() ? TYPING_DELAY_MS : SHORT_WORD_DELAY_MS,
  );
});
// Start loading the engine as soon as the reader shows an intent to search.
queryInput.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  change({ ...state, q: queryInput.value });
  typingEntry = false;
});
sortSelect.addEventListener('change', () => change({ ...state, sort: sortSelect.value as SearchState['sort'] }));
fromInput.addEventListener('change', () => change({ ...state, from: fromInput.value }));
toInput.addEventListener('change', () => change({ ...state, to: toInput.value }));
clearDates.addEventListener('click', () => {
  change({ ...state, from: '', to: '' });
  fromInput.focus();
});

facetLists.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.dataset.facet && input.dataset.value !== undefined)
    change(toggledState(input.dataset.facet, input.dataset.value, input.checked));
});
facetLists.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-toggle-facet]');
  if (!button) return;
  const facet = button.dataset.toggleFacet!;
  if (expandedFacets.has(facet)) expandedFacets.delete(facet);
  else expandedFacets.add(facet);
  openFacets.add(facet);
  renderFacets();
  facetLists.querySelector<HTMLButtonElement>(`button[data-toggle-facet="${facet}"]`)?.focus();
});

// Opening a collapsible group loads the agency, people and place indexes once, then counts them.
facetLists.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLDetailsElement;
    const facet = details.dataset?.facetGroup;
    if (!facet) return;
    if (!details.open) {
      openFacets.delete(facet);
      return;
    }
    if (openFacets.has(facet)) return;
    openFacets.add(facet);
    const counted = facet === 'year' ? Boolean(lastFilters.month) : valueFiltersLoaded;
    if (!counted) {
      renderFacets();
      void runSearch();
    }
  },
  true,
);

timelineBody.addEventListener('click', (event) => {
  const bar = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-range]');
  if (!bar) return;
  const key = bar.dataset.range!;
  change({ ...state, from: key, to: key });
  // Focus stays on the timeline: its first bar after the redraw, or the results heading.
  focusTimeline = true;
});

for (const button of exportBox.querySelectorAll<HTMLButtonElement>('button[data-format]'))
  button.addEventListener('click', async () => {
    const format = button.dataset.format as 'csv' | 'json';
    const results = exportedResults;
    exportStatus.textContent = 'Preparing the file…';
    try {
      const rows = await exportRows(results);
      const file = exportFile(rows, format, { q: searchedQuery, search: serializeSearchState(state), total: results.length });
      download(file.text, file.type, file.name);
      exportStatus.textContent =
        results.length > EXPORT_LIMIT
          ? `Downloaded the first ${plural(rows.length, 'result')} of ${results.length.toLocaleString('en-GB')}.`
          : `Downloaded ${plural(rows.length, 'result')}.`;
    } catch (error) {
      console.error(error);
      exportStatus.textContent = 'The download could not be prepared.';
    }
  });

moreButton.addEventListener('click', async () => {
  const current = generation;
  const items = await loadPage();
  if (current !== generation) return;
  resultList.append(...items);
  // Keyboard users continue from the first new result rather than the end of the page.
  items[0]?.querySelector('a')?.focus();
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  state = parseSearchState(location.search);
  showState();
  void runSearch();
});

// Words typed before this script ran (a slow page, a quick reader) are kept and searched, when the
// URL asks for none; else the URL's search is shown.
const typedEarly = queryInput.value;
if (typedEarly.trim() && !state.q) state = parseSearchState(serializeSearchState({ ...state, q: typedEarly }));
// Show what the URL asks for; rewrite it in canonical form (dropping anything malformed) without a new entry.
showState();
if (location.search !== serializeSearchState(state) && (location.search || serializeSearchState(state))) record('replace');
if (isActiveSearch(state)) void runSearch();
else queryInput.focus();
