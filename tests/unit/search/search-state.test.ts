import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  excerptWithoutHeadline,
  formatIsoDate,
  formatMonth,
  isActiveSearch,
  isTypedEnough,
  MAX_VALUE_LENGTH,
  MAX_VALUES_PER_FACET,
  monthsInRange,
  parseExcerpt,
  parseSearchState,
  rangeForYear,
  searchSortKey,
  serializeSearchState,
  textFragmentFor,
  toPagefindFilters,
  toPagefindSort,
  yearCounts,
  yearOfRange,
  type SearchState,
} from '../../../src/lib/search/search-state.ts';

const ARCHIVE = { first: '2000-01', last: '2024-12' };
const state = (overrides: Partial<SearchState> = {}): SearchState => ({ ...emptySearchState(), ...overrides });

describe('parseSearchState', () => {
  it('reads every parameter', () => {
    expect(
      parseSearchState('?q=gas+pipeline&from=2019-03&to=2020-06&sort=newest&agency=Reuters&agency=TASS&person=Maria+Zakharova&place=Sofia'),
    ).toMatchInlineSnapshot(`
        {
          "agency": [
            "Reuters",
            "TASS",
          ],
          "from": "2019-03",
          "person": [
            "Maria Zakharova",
          ],
          "place": [
            "Sofia",
          ],
          "q": "gas pipeline",
          "sort": "newest",
          "to": "2020-06",
        }
      `);
  });

  it.each([
    ['an empty query string', '', state()],
    ['a malformed month, kept to be explained', '?from=2019-13&to=2019-3', state({ from: '2019-13', to: '2019-3' })],
    ['an unknown sort', '?sort=random', state()],
    ['a backwards range, kept as given', '?from=2021-05&to=2019-01', state({ from: '2021-05', to: '2019-01' })],
    ['control characters and runs of spaces', '?q=%00gas%0A%0A++prices%1F', state({ q: 'gas prices' })],
    ['repeated and empty facet values', '?agency=TASS&agency=TASS&agency=+&agency=', state({ agency: ['TASS'] })],
    [
      'hostile markup, kept as the text it is',
      '?agency=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E',
      state({ agency: ['<img src=x onerror=alert(1)>'] }),
    ],
  ])('handles %s', (_case, search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it('caps the length and number of values', () => {
    const long = 'x'.repeat(MAX_VALUE_LENGTH + 50);
    const many = Array.from({ length: 30 }, (_, i) => `person=p${i}`).join('&');
    const parsed = parseSearchState(`?q=${long}&${many}`);
    expect(parsed.q).toHaveLength(MAX_VALUE_LENGTH);
    expect(parsed.person).toHaveLength(MAX_VALUES_PER_FACET);
  });
});

describe('serializeSearchState', () => {
  it.each([
    ['nothing for the empty state', state(), ''],
    ['leaves out the default sort', state({ q: 'gas prices' }), '?q=gas+prices'],
    [
      'keeps a fixed parameter order',
      state({ place: ['Sofia'], sort: 'oldest', to: '2020-01', q: 'x', agency: ['A & B'] }),
      '?q=x&to=2020-01&sort=oldest&agency=A+%26+B&place=Sofia',
    ],
  ])('%s', (_case, input, expected) => {
    expect(serializeSearchState(input)).toBe(expected);
  });

  it('round-trips through parseSearchState', () => {
    const original = state({
      q: 'zakharova “quote”',
      from: '2001-02',
      to: '2001-02',
      sort: 'newest',
      person: ['A, B'],
      place: ['São Paulo'],
    });
    expect(parseSearchState(serializeSearchState(original))).toEqual(original);
  });
});

describe('isActiveSearch', () => {
  it.each([
    [state(), false],
    [state({ sort: 'newest' }), false],
    [state({ q: 'x' }), true],
    [state({ to: '2020-01' }), true],
    [state({ place: ['Sofia'] }), true],
  ])('%j → %s', (input, expected) => {
    expect(isActiveSearch(input)).toBe(expected);
  });
});

describe('monthsInRange', () => {
  it.each([
    ['a range inside one year', '2019-03', '2019-05', ['2019-03', '2019-04', '2019-05']],
    ['a range across a new year', '2019-11', '2020-02', ['2019-11', '2019-12', '2020-01', '2020-02']],
    ['an open start, clamped to the archive', '', '2000-02', ['2000-01', '2000-02']],
    ['an open end, clamped to the archive', '2024-11', '', ['2024-11', '2024-12']],
    ['a range outside the archive', '2030-01', '2031-01', []],
  ])('%s', (_case, from, to, expected) => {
    expect(monthsInRange(from, to, ARCHIVE)).toEqual(expected);
  });

  it('covers the whole archive when both ends are open', () => {
    expect(monthsInRange('', '', ARCHIVE)).toHaveLength(25 * 12);
  });
});

describe('toPagefindFilters', () => {
  it('requires every selected value and any month of the range', () => {
    expect(toPagefindFilters(state({ agency: ['Reuters', 'TASS'], place: ['Sofia'], from: '2024-11' }), ARCHIVE)).toEqual({
      agency: { all: ['Reuters', 'TASS'] },
      place: { all: ['Sofia'] },
      month: { any: ['2024-11', '2024-12'] },
    });
  });

  it('makes a range outside the archive match nothing', () => {
    expect(toPagefindFilters(state({ from: '2030-01' }), ARCHIVE)).toEqual({ month: { any: ['none'] } });
  });

  it('has no filters for a plain query', () => {
    expect(toPagefindFilters(state({ q: 'gas' }), ARCHIVE)).toEqual({});
  });

  it('adds the days of a range that starts or ends inside a month', () => {
    expect(toPagefindFilters(state({ from: '2024-02-27', to: '2024-03-02' }), ARCHIVE)).toEqual({
      month: { any: ['2024-02', '2024-03'] },
      day: { any: ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02'] },
    });
  });

  it('reads years as whole years, backwards ranges the right way round, and leaves out a bound that is not a date', () => {
    expect(toPagefindFilters(state({ from: '2024', to: '2023' }), ARCHIVE).month).toEqual({
      any: Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
    });
    expect(toPagefindFilters(state({ from: '2024-13', to: '2000-02' }), ARCHIVE)).toEqual({ month: { any: ['2000-01', '2000-02'] } });
  });
});

describe('toPagefindSort', () => {
  it.each([
    [state({ q: 'gas' }), {}],
    [state({ q: 'gas', sort: 'newest' }), { date: 'desc' }],
    [state({ q: 'gas', sort: 'oldest' }), { date: 'asc' }],
    [state({ agency: ['TASS'] }), { date: 'desc' }],
  ])('%j → %j', (input, expected) => {
    expect(toPagefindSort(input)).toEqual(expected);
  });
});

describe('date range helpers', () => {
  it('rangeForYear covers January to December', () => {
    expect(rangeForYear('2019')).toEqual({ from: '2019-01', to: '2019-12' });
  });

  it.each([
    [{ from: '2019-01', to: '2019-12' }, '2019'],
    [{ from: '2019-05', to: '2019-05' }, '2019'],
    [{ from: '2019-05', to: '2020-05' }, ''],
    [{ from: '2019-05', to: '' }, ''],
  ])('yearOfRange(%j) is %j', (range, expected) => {
    expect(yearOfRange(range)).toBe(expected);
  });

  it('formats months and dates from their digits', () => {
    expect(formatMonth('2024-09')).toBe('September 2024');
    expect(formatIsoDate('2024-01-01T00:30:00+14:00')).toBe('1 January 2024');
    expect(formatIsoDate('not a date')).toBe('');
  });
});

describe('searchSortKey', () => {
  it.each([
    ['UTC', '2024-09-12T23:28:21+00:00', '2024-09-12T23:28:21Z'],
    ['a positive offset across midnight and a year', '2024-01-01T01:00:00+02:00', '2023-12-31T23:00:00Z'],
    ['a negative offset', '2024-02-28T22:30:00-05:30', '2024-02-29T04:00:00Z'],
  ])('normalises %s', (_case, input, expected) => {
    expect(searchSortKey(input)).toBe(expected);
  });

  it('orders instants, not wall-clock times, across a daylight-saving change', () => {
    // 02:30 summer time happens before 02:10 winter time on the night clocks go back.
    const before = searchSortKey('2024-10-27T02:30:00+03:00');
    const after = searchSortKey('2024-10-27T02:10:00+02:00');
    expect(before < after).toBe(true);
  });

  it('refuses a timestamp without an offset', () => {
    expect(() => searchSortKey('2024-09-12 23:28:21')).toThrowErrorMatchingInlineSnapshot(
      `[Error: searchSortKey: not an ISO 8601 timestamp with offset: "2024-09-12 23:28:21"]`,
    );
  });
});

describe('parseExcerpt', () => {
  it('splits marked and plain runs and decodes entities', () => {
    expect(parseExcerpt('The <mark>gas</mark> &amp; <mark>oil</mark> &lt;img src=x onerror=alert(1)&gt; &#39;quoted&#x27;')).toEqual([
      { text: 'The ', marked: false },
      { text: 'gas', marked: true },
      { text: ' & ', marked: false },
      { text: 'oil', marked: true },
      { text: " <img src=x onerror=alert(1)> 'quoted'", marked: false },
    ]);
  });

  it('keeps unknown entities and any other tags as literal text', () => {
    expect(parseExcerpt('&bogus; <b>bold</b> &#0;')).toEqual([{ text: '&bogus; <b>bold</b> &#0;', marked: false }]);
  });

  it('merges adjacent runs of the same kind', () => {
    expect(parseExcerpt('<mark>gas</mark><mark>pipe</mark>')).toEqual([{ text: 'gaspipe', marked: true }]);
  });
});

describe('textFragmentFor', () => {
  it.each([
    ['nothing marked', 'plain text', ''],
    ['one term', 'the <mark>gas</mark> pipeline', '#:~:text=gas'],
    [
      'distinct terms in order, case-insensitively',
      '<mark>Gas</mark> and <mark>pipeline</mark>, <mark>gas</mark>',
      '#:~:text=Gas&text=pipeline',
    ],
    [
      'punctuation trimmed, reserved characters encoded',
      '<mark>Russian-Chinese,</mark> <mark>“São”</mark>',
      '#:~:text=Russian%2DChinese&text=S%C3%A3o',
    ],
    [
      'at most four terms',
      '<mark>a1</mark> <mark>b2</mark> <mark>c3</mark> <mark>d4</mark> <mark>e5</mark>',
      '#:~:text=a1&text=b2&text=c3&text=d4',
    ],
  ])('%s', (_case, excerpt, expected) => {
    expect(textFragmentFor(parseExcerpt(excerpt))).toBe(expected);
  });
});

describe('yearCounts', () => {
  it('sums months into years and ignores anything that is not a month', () => {
    expect(yearCounts({ '2024-01': 2, '2024-05': 1, '2023-12': 4, '2023-11': 0, none: 9 })).toEqual({ '2024': 3, '2023': 4 });
  });
});

describe('isTypedEnough', () => {
  it.each([
    ['', false],
    ['g', false],
    ['ga', false],
    ['gas', true],
    ['gas p', false],
    ['gas ', true],
    ['EU ', true],
    ['  ', false],
    ['Zakharova', true],
    ['summit -s', false],
    ['summit -sa', false],
    ['summit -san', true],
    ['summit -', false],
    ['earthquake OR', false],
    ['earthquake OR ', false],
    ['earthquake OR wil', true],
    ['earthquake or ', true],
  ])('%j → %s', (query, expected) => {
    expect(isTypedEnough(query)).toBe(expected);
  });
});

describe('excerptWithoutHeadline', () => {
  const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
  it('removes the headline repeated at the start and keeps the marks', () => {
    const segments = excerptWithoutHeadline(
      parseExcerpt('Coffee prices rise in Brazil. Coffee prices rise in Brazil as <mark>frost</mark> hits the crop'),
      'Coffee prices rise in Brazil',
    );
    expect(text(segments)).toBe('as frost hits the crop');
    expect(segments.find((segment) => segment.marked)?.text).toBe('frost');
  });
  it('removes the end of the headline cut by the excerpt, case aside', () => {
    expect(text(excerptWithoutHeadline(parseExcerpt('rise in brazil. The <mark>frost</mark> came'), 'Coffee prices rise in Brazil'))).toBe(
      'The frost came',
    );
  });
  it('leaves nothing when the excerpt is only the headline', () => {
    expect(excerptWithoutHeadline(parseExcerpt('<mark>Coffee</mark> prices rise'), 'Coffee prices rise')).toEqual([]);
  });
  it('keeps an excerpt that does not repeat the headline', () => {
    expect(text(excerptWithoutHeadline(parseExcerpt('Frost hit the <mark>crop</mark>.'), 'Coffee prices rise'))).toBe(
      'Frost hit the crop.',
    );
  });
});
