/**
 * Headline and summary for untitled wire copy, derived from the lead sentence.
 * The headline is the lead sentence, cut at a clause boundary when it is long;
 * the summary is the next part of the lead, cut cleanly at a word boundary.
 */
import { splitSentences } from './sentences.ts';

export const HEADLINE_MAX = 100;
export const SUMMARY_MAX = 200;

const TRAILING_PUNCTUATION = /[\s,;:.\-–—]+$/u;

/** Removes a trailing full stop and dangling punctuation; keeps "?" and "!" and closing quotes. */
function tidyEnd(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '').trim();
}

/**
 * Cuts `text` to at most `max` characters at the last clause boundary (",", ";", ":", a dash),
 * falling back to the last word boundary with an ellipsis. Never cuts mid-word.
 * @example cutAtClause('The partnership is not directed against third countries, but Moscow may join forces', 60)
 *   // 'The partnership is not directed against third countries'
 */
export function cutAtClause(text: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return tidyEnd(clean);
  const window = clean.slice(0, max + 1);
  const minClause = Math.floor(max * 0.35);
  let clauseEnd = -1;
  for (const match of window.matchAll(/[,;:](?=\s)|\s[–—-]\s/gu)) {
    if (match.index >= minClause && match.index <= max) clauseEnd = match.index;
  }
  if (clauseEnd > 0) return tidyEnd(clean.slice(0, clauseEnd));
  const lastSpace = window.lastIndexOf(' ', max - 1);
  const cut = lastSpace > 0 ? clean.slice(0, lastSpace) : clean.slice(0, max - 1);
  return `${tidyEnd(cut)}…`;
}

/** The first non-empty sentence of the first paragraph with text. */
export function leadSentence(paragraphs: readonly string[]): string {
  for (const paragraph of paragraphs) {
    const first = splitSentences(paragraph)[0];
    if (first) return first;
  }
  return '';
}

/**
 * Derives a headline from the article's paragraphs.
 * @example deriveHeadline(['Parliament passed the budget on Friday. Debate lasted six hours.']) // 'Parliament passed the budget on Friday'
 */
export function deriveHeadline(paragraphs: readonly string[]): string {
  return cutAtClause(leadSentence(paragraphs), HEADLINE_MAX);
}

/**
 * Derives a summary: the lead paragraph's text that the headline did not already say,
 * cut cleanly to at most SUMMARY_MAX characters.
 */
export function deriveSummary(paragraphs: readonly string[], headline: string): string {
  const lead = paragraphs.find((p) => p.trim() !== '') ?? '';
  const sentences = splitSentences(lead);
  const first = sentences[0] ?? '';
  // When the headline is the whole first sentence, the summary starts with the next one.
  const headlineIsWholeSentence = tidyEnd(first) === headline;
  const rest = headlineIsWholeSentence ? sentences.slice(1).join(' ') : lead;
  const source = rest.trim() || (paragraphs.find((p, i) => i > 0 && p.trim() !== '') ?? first);
  return source.length <= SUMMARY_MAX ? source.trim() : cutAtSentenceOrWord(source, SUMMARY_MAX);
}

/** Cuts at the last sentence end within `max`, else at a word boundary with an ellipsis. */
function cutAtSentenceOrWord(text: string, max: number): string {
  let kept = '';
  for (const sentence of splitSentences(text)) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > max) break;
    kept = next;
  }
  if (kept) return kept;
  const lastSpace = text.lastIndexOf(' ', max - 1);
  return `${tidyEnd(text.slice(0, lastSpace > 0 ? lastSpace : max - 1))}…`;
}
