import { describe, expect, it } from 'vitest';
import { cleanInlineText, findNoncharacter, stripNoncharacters } from '../../../src/lib/seed/characters.ts';

/** Every noncharacter: U+FDD0–U+FDEF and the last two code points of each of the 17 planes (66 in all). */
const NONCHARACTERS = [
  ...Array.from({ length: 32 }, (_, i) => 0xfdd0 + i),
  ...Array.from({ length: 17 }, (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]).flat(),
];

describe('stripNoncharacters', () => {
  it.each([
    ['U+FDD0, first of the block', 'a\uFDD0b', 'ab'],
    ['U+FDEF, last of the block', 'a\uFDEFb', 'ab'],
    ['U+FFFE', '\uFFFEOil rises', 'Oil rises'],
    ['U+FFFF', 'Oil rises\uFFFF', 'Oil rises'],
    ['U+1FFFE', 'a\u{1FFFE}b', 'ab'],
    ['U+1FFFF', 'a\u{1FFFF}b', 'ab'],
    ['U+10FFFE', 'a\u{10FFFE}b', 'ab'],
    ['U+10FFFF', 'a\u{10FFFF}b', 'ab'],
    ['several at once', '\uFDD0Oil\uFFFF rises\u{2FFFE}', 'Oil rises'],
    ['U+FDCF, just before the block, kept', 'a\uFDCFb', 'a\uFDCFb'],
    ['U+FDF0, just after the block, kept', 'a\uFDF0b', 'a\uFDF0b'],
    ['U+FFFD, the replacement character, kept', 'a\uFFFDb', 'a\uFFFDb'],
    ['U+FEFF, a BOM (an invisible character, not a noncharacter), kept', 'a\uFEFFb', 'a\uFEFFb'],
    ['U+1FFFD, the last character of plane 1, kept', 'a\u{1FFFD}b', 'a\u{1FFFD}b'],
    ['U+10FFFD, the last private-use character, kept', 'a\u{10FFFD}b', 'a\u{10FFFD}b'],
    ['an emoji sequence, kept', '👩‍💻 code', '👩‍💻 code'],
    ['Arabic with a noncharacter', 'النفط\uFFFE يرتفع', 'النفط يرتفع'],
  ])('%s', (_case, input, expected) => {
    expect(stripNoncharacters(input)).toBe(expected);
  });

  it('removes exactly the 66 noncharacters and keeps every other code point', () => {
    expect(NONCHARACTERS).toHaveLength(66);
    const removed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // Lone surrogates are not code points of well-formed text.
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (stripNoncharacters(String.fromCodePoint(cp)) === '') removed.push(cp);
    }
    expect(removed).toEqual(NONCHARACTERS);
  });
});

describe('findNoncharacter', () => {
  it.each([
    ['Oil rises', undefined],
    ['Oil\uFFFE rises\uFFFF', { index: 3, char: '\uFFFE' }],
    ['😀\u{1FFFF}', { index: 2, char: '\u{1FFFF}' }],
  ])('%j → %j', (text, expected) => {
    expect(findNoncharacter(text)).toEqual(expected);
    // The regex is global: a second call must find the same.
    expect(findNoncharacter(text)).toEqual(expected);
  });
});

describe('cleanInlineText', () => {
  it.each([
    ['A plain title', { text: 'A plain title' }],
    ['Oil\uFFFE rises', { text: 'Oil rises', noncharacter: { index: 3, char: '\uFFFE' } }],
    ['Oil \uFDD0 rises', { text: 'Oil rises', noncharacter: { index: 4, char: '\uFDD0' } }],
    ['\u{10FFFF}Oil rises', { text: 'Oil rises', noncharacter: { index: 0, char: '\u{10FFFF}' } }],
    [
      'Bre\u200Bxit\uFFFF deal',
      { text: 'Brexit deal', invisible: { index: 3, char: '\u200B' }, noncharacter: { index: 7, char: '\uFFFF' } },
    ],
    ['Bre\u200Bxit deal', { text: 'Brexit deal', invisible: { index: 3, char: '\u200B' } }],
  ])('%j → %j', (input, expected) => {
    expect(cleanInlineText(input)).toEqual(expected);
  });
});
