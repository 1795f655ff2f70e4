/**
 * What changed between two versions of a story: paragraphs aligned with jsdiff's array diff,
 * a paragraph removed next to one added counted as reworded when most of its words survive,
 * and words marked inside reworded paragraphs with jsdiff's word diff. Gives the one-line
 * summary an article's version list shows and the rows of the side-by-side story page.
 */
import { diffArrays, diffWords } from 'diff';
import { STORY_STRINGS } from './story-strings.ts';

export interface ChangeSummary {
  added: number;
  removed: number;
  reworded: number;
  /** Whether the first paragraph is among the reworded ones. */
  leadReworded: boolean;
}

/** A run of text in a diffed paragraph: kept, or only in the earlier (`removed`) or later (`added`) version. */
export interface Segment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** One row of the side-by-side diff: the earlier paragraph and the later one (either may be absent). */
export interface DiffRow {
  kind: 'same' | 'added' | 'removed' | 'reworded';
  before?: Segment[];
  after?: Segment[];
}

/** Share of a paragraph's words that the other keeps, at which a removed and an added paragraph are one reworded paragraph. */
const REWORDED_MIN_SHARED = 0.5;

const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Words shared by two paragraphs over the longer one's word count, by jsdiff's word diff. */
function sharedWords(before: string, after: string): { share: number; segments: ReturnType<typeof diffWords> } {
  const segments = diffWords(before, after);
  const shared = segments.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + wordsIn(part.value), 0);
  return { share: shared / Math.max(1, wordsIn(before), wordsIn(after)), segments };
}

/** The rows of the side-by-side diff of two versions' paragraphs, in reading order. */
export function diffVersions(before: readonly string[], after: readonly string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  const parts = diffArrays([...before], [...after]);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of part.value) rows.push({ kind: 'same', before: [{ text, kind: 'same' }], after: [{ text, kind: 'same' }] });
      continue;
    }
    // A removal followed by an addition: pair the paragraphs in order while they are rewordings of each other.
    const next = parts[i + 1];
    const removed = part.removed ? part.value : [];
    const added = part.removed && next?.added ? next.value : part.added ? part.value : [];
    if (part.removed && next?.added) i++;
    let r = 0;
    let a = 0;
    while (r < removed.length || a < added.length) {
      if (r < removed.length && a < added.length) {
        const { share, segments } = sharedWords(removed[r]!, added[a]!);
        if (share >= REWORDED_MIN_SHARED) {
          rows.push({
            kind: 'reworded',
            before: segments.filter((s) => !s.added).map((s) => ({ text: s.value, kind: s.removed ? 'removed' : 'same' })),
            after: segments.filter((s) => !s.removed).map((s) => ({ text: s.value, kind: s.added ? 'added' : 'same' })),
          });
          r++;
          a++;
          continue;
        }
      }
      if (r < removed.length) rows.push({ kind: 'removed', before: [{ text: removed[r++]!, kind: 'removed' }] });
      else rows.push({ kind: 'added', after: [{ text: added[a++]!, kind: 'added' }] });
    }
  }
  return rows;
}

/** Counts of paragraphs added, removed and reworded from one version to the next. */
export function summariseChange(before: readonly string[], after: readonly string[]): ChangeSummary {
  const rows = diffVersions(before, after);
  const count = (kind: DiffRow['kind']) => rows.filter((row) => row.kind === kind).length;
  return { added: count('added'), removed: count('removed'), reworded: count('reworded'), leadReworded: rows[0]?.kind === 'reworded' };
}

/**
 * The one-line summary of a change, for the list of versions.
 * @example describeChange({ added: 1, removed: 0, reworded: 1, leadReworded: true }) // 'lead reworded, 1 paragraph added'
 */
export function describeChange(change: ChangeSummary): string {
  const s = STORY_STRINGS;
  const parts: string[] = [];
  const otherReworded = change.reworded - (change.leadReworded ? 1 : 0);
  if (change.leadReworded) parts.push(s.leadReworded);
  if (otherReworded > 0) parts.push(s.paragraphs(otherReworded, s.reworded));
  if (change.added > 0) parts.push(s.paragraphs(change.added, s.added));
  if (change.removed > 0) parts.push(s.paragraphs(change.removed, s.removed));
  return parts.length ? parts.join(', ') : s.unchangedText;
}
