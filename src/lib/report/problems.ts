/**
 * Problems found while reading seeds, and their one-line rendering
 * `path:line:col CODE message` (see shared/docs/BAD-INPUTS.md, "The error contract").
 */
import { z } from 'zod';

/** A: integrity/security (fails the build); B: malformed article (skipped); C: fixable (normalised and warned). */
export const ProblemClassSchema = z.enum(['A', 'B', 'C']);
export type ProblemClass = z.infer<typeof ProblemClassSchema>;

export const ProblemSchema = z.object({
  /** Path relative to the seeds folder, with forward slashes (`.` for the folder itself). */
  file: z.string(),
  /** 1-based line in the file (after BOM removal); 0 when the problem concerns the whole file. */
  line: z.number().int().min(0),
  /** 1-based column in characters (code points); 0 when the problem concerns the whole file. */
  col: z.number().int().min(0),
  /** Stable machine-readable code, e.g. `TIMESTAMP_RANGE`. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  /** The problem's class, which decides what happens to the article and the build. */
  severity: ProblemClassSchema,
  /** One sentence for a human: what is wrong and, where it helps, how to fix it. */
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Characters that would break a one-line message or hide what the file contains. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]/gu;

function escapeChar(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
}

/** Shows control, format and line-separator characters escaped. @example escapeUnprintable('a\nb') // 'a\\u000Ab' */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}

/**
 * Formats a problem as exactly one line; control, format and line-separator characters in the
 * path or message are shown escaped, so a hostile file name cannot forge extra lines.
 * @example formatProblem({ file: 'a.txt', line: 1, col: 1, code: 'EMPTY_FILE', severity: 'B', message: 'empty file' })
 *   // 'a.txt:1:1 EMPTY_FILE empty file'
 */
export function formatProblem(problem: Problem): string {
  return `${escapeUnprintable(problem.file)}:${problem.line}:${problem.col} ${problem.code} ${escapeUnprintable(problem.message)}`;
}

/**
 * Quotes text for a message, cut to `maxLength` characters, showing invisible and control
 * characters escaped so that a reader can see what was actually in the file.
 * @example quoteForMessage('\uFEFF2024') // '"\\uFEFF2024"'
 */
export function quoteForMessage(text: string, maxLength = 40): string {
  // Cut before escaping: the text may be a 10 MB line, and only its start is shown.
  let shown = '';
  let count = 0;
  for (const ch of text) {
    if (count === maxLength) {
      shown += '…';
      break;
    }
    shown += ch;
    count++;
  }
  const escaped = shown.replace(/["\\]/g, (ch) => `\\${ch}`).replace(UNPRINTABLE, escapeChar);
  return `"${escaped}"`;
}

/** A sorted list's order: class A first, then by file, line and column (code-unit order, locale-independent). */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.severity !== b.severity) return a.severity < b.severity ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
