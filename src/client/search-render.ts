/**
 * DOM building for the search page: result items and facet groups. Every piece of text that came
 * from the index or the URL goes in as a text node or an attribute value, never as HTML. Text from
 * articles (headlines, excerpts, summaries, entity names) gets dir="auto", so a right-to-left one
 * lays out right to left.
 */
import { formatIsoDate, formatMonth, parseExcerpt, textFragmentFor } from '../lib/search/search-state.ts';

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

/**
 * One result: headline linking to the article (with a text fragment that highlights the matched
 * words there), date, and the excerpt with matches in `<mark>`; the summary when browsing without words.
 */
export function renderResult(data: ResultData, withQuery: boolean): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h3', 'result__title');
  heading.dir = 'auto';
  const link = element('a', undefined, data.meta.title || data.url);
  const segments = withQuery ? parseExcerpt(data.excerpt) : [];
  link.href = `${data.url}${textFragmentFor(segments)}`;
  heading.append(link);
  item.append(heading);
  const iso = data.meta.date ?? '';
  if (iso) {
    const meta = element('p', 'result__meta');
    const time = element('time', undefined, formatIsoDate(iso));
    time.dateTime = iso;
    meta.append(time);
    item.append(meta);
  }
  const excerpt = element('p', 'result__excerpt');
  excerpt.dir = 'auto';
  if (segments.length > 0) {
    for (const segment of segments)
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
