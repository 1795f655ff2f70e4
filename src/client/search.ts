/**
 * The search page: a small UI on Pagefind's JS API. The URL holds the whole state
 * (?q=&from=&to=&sort=&agency=&person=&place=), so a search can be shared, reloaded, and walked
 * with Back and Forward. Bundle path, base URL and the archive's month range come from data
 * attributes, so the same bundle works at the root or under a sub-path.
 */
import { SEARCH_RANKING } from '../lib/search/search-fields.ts';
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
import { renderFacet, renderResult, type FacetOption, type ResultData } from './search-render.ts';

interface PagefindResult {
  id: string;
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
/** Pause after the last keystroke before searching; short, because results should follow typing. */
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

const { bundlePath = '/pagefind/', baseUrl = '/', firstMonth = '', lastMonth = '' } = form.dataset;
const archive = { first: firstMonth, last: lastMonth };

let state: SearchState = parseSearchState(location.search);
/** True while the current history entry was made by typing, so further keystrokes replace it. */
let typingEntry = false;
/** Increases with every search; an answer to an older search is dropped. */
let generation = 0;
let shownResults: PagefindResult[] = [];
let shown = 0;
let lastFilters: PagefindSearch['filters'] = {};
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
    await module.options({ baseUrl, ranking: SEARCH_RANKING, excerptLength: 30 });
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
    .then(() => {
      valueFiltersLoaded = true;
    });
  return valueFilters;
}

/** The filters for Pagefind; with the Year group open, the whole archive's months, so years can be counted. */
function searchFilters(): ReturnType<typeof toPagefindFilters> {
  const filters = toPagefindFilters(state, archive);
  const everyMonth = monthsInRange('', '', archive);
  if (!filters.month && openFacets.has('year') && everyMonth.length > 0) filters.month = { any: everyMonth };
  return filters;
}

/** Puts the state into the form controls. */
function showState(): void {
  queryInput.value = state.q;
  sortSelect.value = state.sort;
  fromInput.value = state.from;
  toInput.value = state.to;
  clearDates.hidden = !state.from && !state.to;
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
function describe(count: number): string {
  const words = state.q ? ` for “${state.q}”` : '';
  const order =
    state.sort === 'newest' || (!state.q && state.sort === 'relevance')
      ? ', newest first'
      : state.sort === 'oldest'
        ? ', oldest first'
        : '';
  return count === 0 ? `No results${words}.` : `${plural(count, 'result')}${words}${order}.`;
}

/** Runs the search the state describes and renders results, count and facets. */
async function runSearch(): Promise<void> {
  const current = ++generation;
  if (!isActiveSearch(state)) {
    shownResults = [];
    resultList.replaceChildren();
    moreButton.hidden = true;
    facetsSection.hidden = true;
    status.textContent = '';
    return;
  }
  resultList.setAttribute('aria-busy', 'true');
  try {
    const engine = await loadPagefind();
    if (openFacets.size > 0 || VALUE_FACETS.some((facet) => state[facet].length > 0)) await loadValueFilters();
    const search = await engine.search(state.q || null, { filters: searchFilters(), sort: toPagefindSort(state) });
    if (current !== generation) return;
    shownResults = search.results;
    shown = 0;
    lastFilters = search.filters;
    const first = await loadPage();
    if (current !== generation) return;
    resultList.replaceChildren(...first);
    renderFacets();
    status.textContent = describe(search.results.length);
  } catch (error) {
    if (current !== generation) return;
    console.error(error);
    status.textContent = 'Search is unavailable: the search index could not be loaded.';
  } finally {
    if (current === generation) resultList.removeAttribute('aria-busy');
  }
}

/** Loads and renders the next PAGE_SIZE results, and updates the "Show more" button. */
async function loadPage(): Promise<HTMLLIElement[]> {
  const slice = shownResults.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((result) => result.data()));
  shown += slice.length;
  const remaining = shownResults.length - shown;
  moreButton.hidden = remaining <= 0;
  moreButton.textContent = `Show more results (${shown.toLocaleString('en-GB')} of ${shownResults.length.toLocaleString('en-GB')} shown)`;
  return data.map((result) => renderResult(result, Boolean(state.q)));
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
  const wholeYear = year && state.from === `${year}-01` && state.to === `${year}-12` ? year : '';
  // Years are few and read as a timeline, so all of them show.
  const yearOpen = openFacets.has('year') || Boolean(state.from || state.to);
  const groups = [
    renderFacet('year', optionsFor('year', wholeYear ? [wholeYear] : [], 'value-desc'), {
      expanded: true,
      collapsible: { open: yearOpen, loading: yearOpen && !lastFilters.month },
    }),
  ];
  if (year) {
    const month = state.from === state.to ? [state.from] : [];
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

// Show what the URL asks for; rewrite it in canonical form (dropping anything malformed) without a new entry.
showState();
if (location.search !== serializeSearchState(state) && (location.search || serializeSearchState(state))) record('replace');
if (isActiveSearch(state)) void runSearch();
else queryInput.focus();
