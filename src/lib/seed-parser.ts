/**
 * Seed bytes to a raw ParsedSeed: what the file literally says, plus the problems found.
 * Strict by design: fatal UTF-8 decoding, an exact timestamp grammar on line 1,
 * and only a first line of exactly `---` opens front matter.
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { quoteForMessage, type Problem, type ProblemClass } from './problems.ts';
import { parseTimestamp, type ResolvedTimestamp } from './timestamp.ts';

/** One paragraph of a plain-text seed with the line it came from. */
export interface SourceParagraph {
  text: string;
  line: number;
}

export interface FrontMatter {
  title: string;
  date: string;
  summary?: string;
  id?: string;
  slug?: string;
}

/** What a seed file says, before anything is derived. */
export interface ParsedSeed {
  file: string;
  format: 'txt' | 'md';
  /** Id from the file name (`NNN_<hex>.txt`) or front matter. */
  id: string;
  timestamp: ResolvedTimestamp;
  paragraphs: SourceParagraph[];
  frontMatter?: FrontMatter;
  /** Markdown source of the body, for `.md` seeds. */
  markdown?: string;
  /** File line on which the Markdown body starts. */
  bodyLine?: number;
}

export type ParseResult = { seed?: ParsedSeed; problems: Problem[] };

export interface ParseOptions {
  timeZone: string;
}

/** Plain-text seed names: a sequence number and a 16-hex id. */
export const TEXT_SEED_NAME = /^(\d+)_([0-9a-f]{16})\.txt$/;

class Problems {
  readonly list: Problem[] = [];
  private readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  add(severity: ProblemClass, code: string, line: number, col: number, message: string): void {
    this.list.push({ file: this.file, line, col, code, severity, message });
  }
  get fatal(): boolean {
    return this.list.some((p) => p.severity !== 'C');
  }
}

/**
 * Decodes bytes as UTF-8, fatally: invalid bytes are reported with their line and column
 * instead of being replaced with U+FFFD.
 */
export function decodeSeed(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const problems = new Problems(file);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    problems.add('B', 'ENCODING_UTF16', 1, 1, 'file is UTF-16 (byte order mark found); convert it to UTF-8');
    return { problems: problems.list };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, problems: problems.list };
  } catch {
    const { line, col, offset } = locateInvalidUtf8(bytes);
    problems.add(
      'B',
      'ENCODING_INVALID',
      line,
      col,
      `invalid UTF-8 byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}; save the file as UTF-8`,
    );
    return { problems: problems.list };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters, after BOM removal) of the first invalid UTF-8 sequence. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; col: number; offset: number } {
  const offset = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  return { line: lines.length, col: [...lines[lines.length - 1]!].length + 1, offset };
}

/**
 * Cleans one line of text: NUL is fatal (class B), other C0/C1 controls are stripped (class C).
 * Returns undefined when the line must not be used.
 */
function cleanLine(raw: string, line: number, problems: Problems): string | undefined {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    problems.add('B', 'CONTROL_CHARACTER', line, nul + 1, 'NUL control character; remove it (the file may be binary or UTF-16)');
    return undefined;
  }
  const control = /[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/u.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    problems.add('C', 'CONTROL_CHARACTER', line, control.index + 1, `control character U+${code} removed`);
    text = text.replace(/[\u0001-\u0008\u000B-\u001F\u007F-\u009F]/gu, '');
  }
  return text;
}

/** Parses a plain-text seed: line 1 is the timestamp, each following non-empty line a paragraph. */
export function parseTextSeed(file: string, text: string, id: string, options: ParseOptions): ParseResult {
  const problems = new Problems(file);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problems.add('B', 'EMPTY_FILE', 1, 1, 'empty file; a seed needs a timestamp on line 1 and paragraphs below it');
    return { problems: problems.list };
  }
  const lines = body.split('\n');
  const first = cleanLine(lines[0]!, 1, problems);
  if (first === undefined) return { problems: problems.list };
  const timestampText = first.replace(/[ \t]+$/, '');
  if (timestampText !== first)
    problems.add('C', 'TIMESTAMP_TRAILING_SPACE', 1, timestampText.length + 1, 'trailing whitespace after the timestamp removed');
  if (timestampText === '') {
    problems.add('B', 'TIMESTAMP_MISSING', 1, 1, 'line 1 is empty; it must be the timestamp "YYYY-MM-DD HH:MM:SS"');
    return { problems: problems.list };
  }
  const resolved = parseTimestamp(timestampText, options.timeZone);
  if (!resolved.ok) {
    const looksLikeText = !/^[0-9+-]/.test(timestampText);
    const code = looksLikeText ? 'TIMESTAMP_MISSING' : resolved.code;
    const message = looksLikeText
      ? `line 1 must be the timestamp "YYYY-MM-DD HH:MM:SS", found ${quoteForMessage(timestampText)}`
      : `${resolved.message}, found ${quoteForMessage(timestampText)}`;
    problems.add('B', code, 1, looksLikeText ? 1 : resolved.col, message);
    return { problems: problems.list };
  }
  const paragraphs: SourceParagraph[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cleaned = cleanLine(lines[i]!, i + 1, problems);
    if (cleaned === undefined) return { problems: problems.list };
    const paragraph = cleaned.trim();
    if (paragraph) paragraphs.push({ text: paragraph, line: i + 1 });
  }
  if (paragraphs.length === 0) {
    problems.add('B', 'NO_BODY', 2, 1, 'no paragraphs after the timestamp; add the article text from line 2');
    return { problems: problems.list };
  }
  if (problems.fatal) return { problems: problems.list };
  return { seed: { file, format: 'txt', id, timestamp: resolved.value, paragraphs }, problems: problems.list };
}

/** YAML for front matter: core schema only (no custom tags), unique keys, no aliases to expand. */
function parseFrontMatterYaml(source: string): Record<string, unknown> {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false, customTags: [] });
  const first = doc.errors[0];
  if (first) throw Object.assign(new Error(first.message.split('\n')[0]), { yamlLine: first.linePos?.[0].line ?? 1, yamlCode: first.code });
  const value = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw Object.assign(new Error('front matter must be a mapping of keys to values'), { yamlLine: 1 });
  return value as Record<string, unknown>;
}

const FRONT_MATTER_KEYS = new Set(['title', 'date', 'summary', 'id', 'slug']);

/** Parses a Markdown seed with YAML front matter (`title`, `date`; optional `summary`, `id`, `slug`). */
export function parseMarkdownSeed(file: string, text: string, fallbackId: string, options: ParseOptions): ParseResult {
  const problems = new Problems(file);
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const lines = body.split('\n');
  const firstLine = lines[0] ?? '';
  if (/^---\s*\S/.test(firstLine)) {
    // gray-matter treats `---js` as a JavaScript engine and evaluates it: refuse before any parsing.
    problems.add(
      'A',
      'FRONT_MATTER_LANGUAGE',
      1,
      4,
      `front matter language ${quoteForMessage(firstLine.slice(3).trim())} refused; only YAML front matter opened by a line of exactly "---" is allowed`,
    );
    return { problems: problems.list };
  }
  if (firstLine !== '---') {
    problems.add(
      'B',
      'FRONT_MATTER_MISSING',
      1,
      1,
      'Markdown seeds need YAML front matter: a first line of exactly "---", then title and date, then "---"',
    );
    return { problems: problems.list };
  }
  const closing = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
  if (closing < 0) {
    problems.add(
      'B',
      'FRONT_MATTER_UNTERMINATED',
      1,
      1,
      'front matter opened on line 1 is never closed; add a line of exactly "---" after it',
    );
    return { problems: problems.list };
  }
  const fenceLike = lines.slice(1, closing).findIndex((line) => /^---/.test(line));
  if (fenceLike >= 0) {
    problems.add(
      'B',
      'FRONT_MATTER_FENCE',
      fenceLike + 2,
      1,
      `unexpected ${quoteForMessage(lines[fenceLike + 1]!)} inside front matter; a fence must be exactly "---"`,
    );
    return { problems: problems.list };
  }
  let data: Record<string, unknown>;
  try {
    // Passing options disables gray-matter's content cache (shared mutable results), and the
    // only engine left reachable is our safe YAML parser.
    const refuse = () => {
      throw new Error('front matter language refused');
    };
    const parsed = matter(body, {
      language: 'yaml',
      delimiters: '---',
      engines: { yaml: parseFrontMatterYaml, js: refuse, javascript: refuse, json: refuse, coffee: refuse, toml: refuse },
    });
    data = parsed.data as Record<string, unknown>;
  } catch (error) {
    const err = error as Error & { yamlLine?: number; yamlCode?: string };
    const tag = /tag/i.test(err.message);
    const duplicate = err.yamlCode === 'DUPLICATE_KEY';
    problems.add(
      tag ? 'A' : 'B',
      tag ? 'FRONT_MATTER_TAG' : duplicate ? 'FRONT_MATTER_DUPLICATE_KEY' : 'FRONT_MATTER_YAML',
      (err.yamlLine ?? 1) + 1,
      1,
      err.message,
    );
    return { problems: problems.list };
  }
  for (const key of Object.keys(data)) {
    const line = 1 + lines.slice(1, closing).findIndex((l) => l.startsWith(`${key}:`)) + 1;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      problems.add('A', 'FRONT_MATTER_KEY', line, 1, `key "${key}" refused`);
      return { problems: problems.list };
    }
    if (!FRONT_MATTER_KEYS.has(key))
      problems.add(
        'C',
        'FRONT_MATTER_UNKNOWN_KEY',
        line,
        1,
        `unknown front-matter key "${key}" ignored (known: title, date, summary, id, slug)`,
      );
  }
  const keyLine = (key: string) => 1 + lines.slice(1, closing).findIndex((l) => l.startsWith(`${key}:`)) + 1;
  const stringField = (key: string, required: boolean): string | undefined => {
    const value = data[key];
    if (value === undefined) {
      if (required) problems.add('B', 'FRONT_MATTER_REQUIRED', 1, 1, `front matter needs "${key}"`);
      return undefined;
    }
    if (typeof value !== 'string') {
      const got = value === null ? 'null' : value instanceof Date ? 'a date (quote it)' : typeof value;
      problems.add('B', 'FRONT_MATTER_TYPE', keyLine(key), 1, `"${key}" expected a string, got ${got}`);
      return undefined;
    }
    return value.trim();
  };
  const title = stringField('title', true);
  const date = stringField('date', true);
  const summary = stringField('summary', false);
  const id = stringField('id', false);
  const slug = stringField('slug', false);
  if (title === '') problems.add('B', 'FRONT_MATTER_REQUIRED', keyLine('title'), 1, '"title" is empty');
  if (id !== undefined && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id))
    problems.add('B', 'FRONT_MATTER_ID', keyLine('id'), 1, `invalid id ${quoteForMessage(id)}; use lower-case letters, digits and hyphens`);
  if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    problems.add(
      'A',
      'FRONT_MATTER_SLUG',
      keyLine('slug'),
      1,
      `invalid slug ${quoteForMessage(slug)}; use lower-case letters, digits and single hyphens`,
    );
  let timestamp: ResolvedTimestamp | undefined;
  if (date) {
    const resolved = parseTimestamp(date, options.timeZone);
    if (resolved.ok) timestamp = resolved.value;
    else problems.add('B', resolved.code, keyLine('date'), 1, `${resolved.message}, found ${quoteForMessage(date)}`);
  }
  const markdown = lines.slice(closing + 1).join('\n');
  if (markdown.trim() === '') problems.add('B', 'NO_BODY', closing + 2, 1, 'no article text after the front matter');
  if (problems.fatal || !timestamp || !title || !date) return { problems: problems.list };
  const frontMatter: FrontMatter = { title, date, ...(summary ? { summary } : {}), ...(id ? { id } : {}), ...(slug ? { slug } : {}) };
  return {
    seed: { file, format: 'md', id: id ?? fallbackId, timestamp, paragraphs: [], frontMatter, markdown, bodyLine: closing + 2 },
    problems: problems.list,
  };
}
