/**
 * Character hygiene for seed text: line endings, control characters, invisible format
 * characters, noncharacters and Unicode normalisation (NFC), with positions counted in characters.
 */

/**
 * Format characters that render as nothing: zero-width space, word joiner, BOM, soft hyphen,
 * bidirectional marks, embeddings, overrides and isolates. Stripped from headlines, ids and
 * slugs (where they make look-alike URLs and titles), kept in body text. ZWJ (U+200D, emoji
 * sequences) and ZWNJ (U+200C, Persian and Indic orthography) are letters' business and are
 * never stripped.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
 * U+1FFFE, U+1FFFF … U+10FFFF). They are reserved for a program's internal use and are never text
 * to interchange (https://www.unicode.org/faq/private_use.html#noncharacters); readers
 * show them as boxes or U+FFFD. Stripped from headlines and titles, kept in body text like INVISIBLE.
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

/** C0 and C1 controls other than tab and line feed (carriage returns are line endings, handled first). */
const CONTROL = /[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** Removes invisible format characters (see INVISIBLE). @example stripInvisible('Bre\u200Bxit') // 'Brexit' */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The first invisible format character in `text`, with its 0-based UTF-16 index. */
export function findInvisible(text: string): { index: number; char: string } | undefined {
  INVISIBLE.lastIndex = 0;
  const match = INVISIBLE.exec(text);
  INVISIBLE.lastIndex = 0;
  return match ? { index: match.index, char: match[0] } : undefined;
}

/**
 * Removes Unicode noncharacters (see NONCHARACTER).
 * @example stripNoncharacters('Oil\uFFFE rises\u{10FFFF}') // 'Oil rises'
 */
export function stripNoncharacters(text: string): string {
  return text.replace(NONCHARACTER, '');
}

/** The first noncharacter in `text`, with its 0-based UTF-16 index. */
export function findNoncharacter(text: string): FoundCharacter | undefined {
  NONCHARACTER.lastIndex = 0;
  const match = NONCHARACTER.exec(text);
  NONCHARACTER.lastIndex = 0;
  return match ? { index: match.index, char: match[0] } : undefined;
}

/**
 * Splits text into lines at LF, CRLF and lone CR (the line endings of CommonMark and YAML 1.2),
 * so that Windows and classic Mac files read exactly like Unix ones.
 * U+2028 and U+2029 are not line endings here: they stay inside their paragraph as text.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

/** 1-based column, in characters (code points), of a UTF-16 index within a line. */
export function columnAt(line: string, index: number): number {
  let col = 1;
  for (let i = 0; i < index && i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    col++;
  }
  return col;
}

/** `U+0007`-style name of a character for messages. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What `cleanLines` found: the first NUL (fatal) and the first stripped control character, with counts. */
export interface CharacterReport {
  /** First NUL byte: the file is binary or mis-encoded. */
  nul?: { line: number; col: number };
  /** First control character stripped, and how many were stripped in all. */
  control?: { line: number; col: number; char: string; count: number };
}

/**
 * Strips controls from every line and normalises it to NFC; reports the first NUL (after
 * which the result must not be used) and the first control character removed.
 * Lines are numbered from `firstLine`.
 */
export function cleanLines(lines: readonly string[], firstLine = 1): { lines: string[]; report: CharacterReport } {
  const report: CharacterReport = {};
  const cleaned: string[] = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      report.nul = { line: firstLine + i, col: columnAt(text, nul) };
      return { lines: [], report };
    }
    CONTROL.lastIndex = 0;
    const control = CONTROL.exec(text);
    if (control) {
      const count = text.match(CONTROL)!.length;
      if (report.control) report.control.count += count;
      else report.control = { line: firstLine + i, col: columnAt(text, control.index), char: control[0], count };
      text = text.replace(CONTROL, '');
    }
    // NFC: canonically equivalent text compares, slugs and searches the same (macOS writes NFD).
    cleaned[i] = text.normalize('NFC');
  }
  CONTROL.lastIndex = 0;
  return { lines: cleaned, report };
}

/** A character found in a text, with its 0-based UTF-16 index. */
export interface FoundCharacter {
  index: number;
  char: string;
}

/**
 * A one-line text field (title, summary): invisible characters and noncharacters removed,
 * whitespace runs collapsed, NFC. Reports the first invisible character and the first
 * noncharacter removed, if any.
 * @example cleanInlineText('Bre\u200Bxit  deal\uFFFF').text // 'Brexit deal'
 */
export function cleanInlineText(text: string): { text: string; invisible?: FoundCharacter; noncharacter?: FoundCharacter } {
  const invisible = findInvisible(text);
  const noncharacter = findNoncharacter(text);
  const visible = stripNoncharacters(stripInvisible(text));
  // Split and join instead of /\s+/ replace: linear whatever the input.
  const collapsed = visible.split(/\s/u).filter(Boolean).join(' ').normalize('NFC');
  return { text: collapsed, ...(invisible ? { invisible } : {}), ...(noncharacter ? { noncharacter } : {}) };
}
