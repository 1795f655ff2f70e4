/**
 * Splits a paragraph into sentences without being fooled by abbreviations
 * ("U.S.", "Mr.", "Jan."), initials ("J. Smith"), decimals ("3.5") or quotations.
 * Linear scan, no backtracking regex, so a 10 MB line costs linear time.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'messrs',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'cf',
  'al',
  'ca',
  'mt',
  'ft',
  'op',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** True when the word ending at `end` (exclusive, before a '.') is an abbreviation or an initial. */
function isAbbreviation(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  if (word === '') return false;
  // Single capital letters ("J. Smith") and dotted acronyms ("U.S", "U.N") are not sentence ends.
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits text into trimmed sentences, keeping terminal punctuation and closing quotes.
 * @example splitSentences('Prices rose 3.5% in the U.S. economy. Markets fell.') // ['Prices rose 3.5% in the U.S. economy.', 'Markets fell.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    // A sentence ends only before whitespace followed by something that can start a sentence.
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next < text.length && !/[\p{Lu}\p{N}"'“‘«(\[]/u.test(text[next]!)) continue;
    if (ch === '.' && isAbbreviation(text, i) && next < text.length) {
      // "U.S. Navy" stays together, but "in the U.S. The" still splits when the next word is a common sentence opener.
      if (!/^(?:The|A|An|In|On|It|He|She|They|We|This|That|But|And|However)\b/.test(text.slice(next, next + 10))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = next;
    i = next - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
