/**
 * DOM building for the search page: result items and facet groups. Every piece of text that came
 * from the index or the URL goes in as a text node or an attribute value, never as HTML. Text from
 * articles (headlines, excerpts, summaries, entity names) gets dir="auto", so a right-to-left one
 * lays out right to left.
 */
import { metaList } from '../lib/search/search-export.ts';
import { excerptWithoutHeadline, formatIsoDate, formatMonth, parseExcerpt, textFragmentFor } from '../lib/search/search-state.ts';
import { formatDay } from '../lib/search/search-dates.ts';
import type { Timeline } from '../lib/search/search-timeline.ts';

/** What the page needs from one Pagefind result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** Creates an element with a class and optional text content. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A story with several versions among the results: how many, and the search that lists them. */
export interface ResultVersions {
  count: number;
  href: string;
}

/**
 * One result: headline linking to the article (with a text fragment that highlights the matched
 * words there), time, cited agencies and main people and places, and the excerpt with matches in
 * `<mark>` and without the headline repeated; the summary when browsing without words or when
 * the excerpt is only the headline. `versions` adds "N versions" for a story told several times;
 * `missing` marks a partial match with the query terms it lacks ("Missing: crisis").
 */
export function renderResult(data: ResultData, withQuery: boolean, versions?: ResultVersions, missing?: readonly string[]): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h3', 'result__title');
  heading.dir = 'auto';
  const link = element('a', undefined, data.meta.title || data.url);
  const segments = withQuery ? parseExcerpt(data.excerpt) : [];
  link.href = `${data.url}${textFragmentFor(segments)}`;
  const shownSegments = excerptWithoutHeadline(segments, data.meta.title ?? '');
  heading.append(link);
  item.append(heading);
  const iso = data.meta.date ?? '';
  if (iso) {
    const meta = element('p', 'result__meta');
    const time = element('time', undefined, formatIsoDate(iso));
    time.dateTime = iso;
    meta.append(time);
    const agencies = metaList(data.meta.agencies);
    if (agencies.length > 0) meta.append(' · ', element('span', 'result__agencies', agencies.join(', ')));
    if (versions && versions.count > 1) {
      const more = element('a', 'result__versions', `${versions.count} versions`);
      more.href = versions.href;
      meta.append(' · ', more);
    }
    item.append(meta);
  }
  if (missing && missing.length > 0) {
    item.classList.add('result--partial');
    item.append(element('p', 'result__missing', `Missing: ${missing.join(', ')}`));
  }
  const names = [...metaList(data.meta.people), ...metaList(data.meta.places)];
  if (names.length > 0) {
    const entities = element('p', 'result__entities', names.join(' · '));
    entities.dir = 'auto';
    item.append(entities);
  }
  const excerpt = element('p', 'result__excerpt');
  excerpt.dir = 'auto';
  if (shownSegments.length > 0) {
    for (const segment of shownSegments)
      excerpt.append(segment.marked ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  } else {
    excerpt.textContent = data.meta.summary ?? '';
  }
  item.append(excerpt);
  return item;
}

/** One value in a facet group. */
export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/** How many values a facet group shows before "Show all". */
export const FACET_PREVIEW = 8;

/** Human labels of facet groups. */
const FACET_LABELS: Record<string, string> = { year: 'Year', month: 'Month', agency: 'Agency', person: 'People', place: 'Places' };

/**
 * The timeline as a row of bars, each a button that narrows the range to its year, month or day
 * (data-range), named "label: N results" for screen readers, with the sentence `description`
 * as the figure's caption.
 */
export function renderTimeline(timeline: Timeline, description: string): HTMLElement {
  const figure = element('figure', 'timeline');
  const caption = element('figcaption', 'timeline__caption', description);
  const list = element('ol', 'timeline__bars');
  const peak = Math.max(1, ...timeline.bars.map((bar) => bar.count));
  for (const bar of timeline.bars) {
    const item = element('li', 'timeline__item');
    const button = element('button', 'timeline__bar');
    button.type = 'button';
    button.dataset.range = bar.key;
    const results = `${bar.count.toLocaleString('en-GB')} ${bar.count === 1 ? 'result' : 'results'}`;
    button.setAttribute('aria-label', `${bar.label}: ${results}`);
    button.title = `${bar.label}: ${results}`;
    const fill = element('span', 'timeline__fill');
    // A CSS property set through the CSSOM, which the Content-Security-Policy allows (no style attribute).
    fill.style.setProperty('--share', String(bar.count / peak));
    const label =
      timeline.unit === 'year' ? bar.key : timeline.unit === 'month' ? formatMonth(bar.key).slice(0, 3) : String(Number(bar.key.slice(8)));
    button.append(fill, element('span', 'timeline__label', label));
    item.append(button);
    list.append(item);
  }
  figure.append(caption, list);
  return figure;
}

/** The label of a range picked on the timeline or typed: a year, month or day written out. */
export function rangeLabel(key: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(key) ? formatDay(key) : /^\d{4}-\d{2}$/.test(key) ? formatMonth(key) : key;
}

/** How a facet group is drawn: always open (a fieldset), or a disclosure the reader opens. */
export interface FacetLayout {
  /** Show every value instead of the first FACET_PREVIEW. */
  expanded: boolean;
  /** Draw as `<details>`; its values are loaded only when opened, to keep the first search light. */
  collapsible?: { open: boolean; loading: boolean };
}

/**
 * A facet group of checkboxes "value (count)". Checked values always show; the rest are cut to
 * FACET_PREVIEW unless expanded. Inputs carry data-facet/data-value so the page can find them.
 */
export function renderFacet(facet: string, options: FacetOption[], layout: FacetLayout): HTMLElement {
  const label = FACET_LABELS[facet] ?? facet;
  let group: HTMLElement;
  if (layout.collapsible) {
    const details = element('details', 'facet');
    details.open = layout.collapsible.open;
    details.dataset.facetGroup = facet;
    details.append(element('summary', undefined, label));
    group = details;
    if (layout.collapsible.loading) {
      group.append(element('p', 'facet__loading', 'Loading…'));
      return group;
    }
  } else {
    group = element('fieldset', 'facet');
    group.append(element('legend', undefined, label));
  }
  const list = element('ul', 'facet__list');
  const visible = layout.expanded ? options : options.filter((option, index) => option.checked || index < FACET_PREVIEW);
  for (const option of visible) {
    const item = element('li');
    const optionLabel = element('label');
    const input = element('input');
    input.type = 'checkbox';
    input.checked = option.checked;
    input.dataset.facet = facet;
    input.dataset.value = option.value;
    const name = element('span', 'facet__value', facet === 'month' ? formatMonth(option.value) : option.value);
    // Agencies, people and places are names from the articles, in any script.
    name.dir = 'auto';
    const count = element('span', 'facet__count', `(${option.count})`);
    optionLabel.append(input, ' ', name, ' ', count);
    item.append(optionLabel);
    list.append(item);
  }
  group.append(list);
  if (!layout.expanded && options.length > FACET_PREVIEW) {
    const toggle = element('button', 'facet__toggle', `Show all ${options.length}`);
    toggle.type = 'button';
    toggle.dataset.toggleFacet = facet;
    group.append(toggle);
  } else if (layout.collapsible && options.length > FACET_PREVIEW && facet !== 'year') {
    const toggle = element('button', 'facet__toggle', 'Show fewer');
    toggle.type = 'button';
    toggle.dataset.toggleFacet = facet;
    group.append(toggle);
  }
  return group;
}
