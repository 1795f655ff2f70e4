/**
 * The search page's DOM builders (src/client/search-render.ts) against a minimal stand-in for
 * `document`: the project has no DOM environment, and these builders only create elements, set
 * properties and append children.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderFacet, renderResult } from '../../../src/client/search-render.ts';

/** Just enough of an element: its tag, the properties the builders set, and its children. */
class FakeElement {
  readonly tagName: string;
  readonly dataset: Record<string, string> = {};
  readonly children: (FakeElement | string)[] = [];
  className = '';
  textContent: string | null = null;
  dir = '';
  [property: string]: unknown;
  constructor(tagName: string) {
    this.tagName = tagName.toUpperCase();
  }
  append(...nodes: (FakeElement | string)[]): void {
    this.children.push(...nodes);
  }
}

beforeAll(() => {
  vi.stubGlobal('document', {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => text,
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

/** The first descendant with a class, depth first. */
function find(root: FakeElement, className: string): FakeElement | undefined {
  if (root.className.split(' ').includes(className)) return root;
  for (const child of root.children) {
    const found = typeof child === 'string' ? undefined : find(child, className);
    if (found) return found;
  }
  return undefined;
}

const RESULT = {
  url: '/2024/01/05/a-1234abcd/',
  excerpt: 'النفط <mark>يرتفع</mark> اليوم',
  meta: { title: 'النفط يرتفع', date: '2024-01-05T10:00:00+02:00', summary: 'أسعار النفط ترتفع' },
};

describe('renderResult', () => {
  it.each([
    ['with words', true],
    ['browsing', false],
  ])('gives the headline and the excerpt or summary dir="auto" (%s)', (_case, withQuery) => {
    const item = renderResult(RESULT, withQuery) as unknown as FakeElement;
    expect(find(item, 'result__title')?.dir).toBe('auto');
    expect(find(item, 'result__excerpt')?.dir).toBe('auto');
  });

  it('keeps the date in the page direction', () => {
    const item = renderResult(RESULT, false) as unknown as FakeElement;
    expect(find(item, 'result__meta')?.dir).toBe('');
  });
});

describe('renderFacet', () => {
  it.each(['agency', 'person', 'place'])('gives each %s name dir="auto"', (facet) => {
    const group = renderFacet(facet, [{ value: 'وكالة الأنباء', count: 3, checked: false }], { expanded: true }) as unknown as FakeElement;
    const name = find(group, 'facet__value');
    expect([name?.textContent, name?.dir]).toEqual(['وكالة الأنباء', 'auto']);
  });
});
