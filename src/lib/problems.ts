/**
 * Problems found while reading seeds, and their one-line rendering
 * `path:line:col CODE message` (see shared/docs/BAD-INPUTS.md, "The error contract").
 */

/** A: integrity/security (fails the build); B: malformed article (skipped); C: fixable (warned). */
export type ProblemClass = 'A' | 'B' | 'C';

export interface Problem {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  /** 1-based line in the file (after BOM removal); 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when the problem concerns the whole line or file. */
  col: number;
  /** Stable machine-readable code, e.g. `TIMESTAMP_FORMAT`. */
  code: string;
  severity: ProblemClass;
  message: string;
}

/**
 * Formats a problem as one line.
 * @example formatProblem({ file: 'a.txt', line: 1, col: 1, code: 'EMPTY_FILE', severity: 'B', message: 'empty file' })
 *   // 'a.txt:1:1 EMPTY_FILE empty file'
 */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.code} ${problem.message}`;
}

/**
 * Quotes text for a message, showing invisible and control characters escaped
 * so that a reader can see what was actually in the file.
 * @example quoteForMessage('\uFEFF2024') // '"\\uFEFF2024"'
 */
export function quoteForMessage(text: string, maxLength = 40): string {
  const shown = [...text].slice(0, maxLength).join('');
  const escaped = shown.replace(
    // Controls, format characters (zero-width, bidi, BOM), line/paragraph separators, replacement char.
    /[\p{Cc}\p{Cf}\u2028\u2029\uFFFD"\\]/gu,
    (ch) => {
      if (ch === '"') return '\\"';
      if (ch === '\\') return '\\\\';
      return `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    },
  );
  return `"${escaped}${[...text].length > maxLength ? '…' : ''}"`;
}
