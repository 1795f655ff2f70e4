/**
 * Seed bytes to a raw ParsedSeed (what the file literally says) plus every problem found.
 * Strict by design: fatal UTF-8 decoding; one line-ending rule; controls stripped and NUL refused;
 * NFC; an exact timestamp grammar with range and round-trip checks; and for Markdown, front matter
 * opened only by a first line of exactly `---` and checked by the fences' own rules first, then split
 * from the body by gray-matter, whose only engine reads YAML core-schema data from its syntax tree
 * (no tags, no aliases, no prototype keys); every other language's engine throws.
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, Parser, parseDocument, visit, type Document, type Scalar } from 'yaml';
import {
  cleanInlineText,
  cleanLines,
  codePointLabel,
  columnAt,
  findInvisible,
  findNoncharacter,
  splitLines,
  stripInvisible,
} from './characters.ts';
import { renderMarkdown, type RenderedMarkdown } from './markdown.ts';
import { quoteForMessage, type Problem, type ProblemClass } from '../report/problems.ts';
import { SLUG_PATTERN } from './slug.ts';
import { parseTimestamp, type FutureCheck, type ResolvedTimestamp } from './timestamp.ts';

/** One paragraph of a plain-text seed with the line it came from. */
export interface SourceParagraph {
  text: string;
  line: number;
}

/** The front-matter fields a Markdown seed may set. */
export interface FrontMatter {
  title: string;
  date: string;
  summary?: string;
  id?: string;
  slug?: string;
}

/** What a seed file says, before anything is derived. */
export interface ParsedSeed {
  /** Path relative to the seeds folder. */
  file: string;
  format: 'txt' | 'md';
  /** Id from the file name (`NNN_<hex>.txt`), front matter, or derived from the name by the caller. */
  id: string;
  timestamp: ResolvedTimestamp;
  /** Plain-text paragraphs (text seeds only). */
  paragraphs: SourceParagraph[];
  frontMatter?: FrontMatter;
  /** Markdown source of the body, for `.md` seeds. */
  markdown?: string;
  /** The body rendered and sanitised while parsing (its warnings are among the problems). */
  rendered?: RenderedMarkdown;
  /** File line on which the Markdown body starts. */
  bodyLine?: number;
}

export type ParseResult = { seed?: ParsedSeed; problems: Problem[] };

export interface ParseOptions {
  /** IANA zone in which timestamps are wall-clock times. */
  timeZone: string;
  /** Rejects timestamps too far after "now"; omitted, no future check. */
  future?: FutureCheck;
}

/** Plain-text seed names: a sequence number and a 16-hex id (any letter case). */
export const TEXT_SEED_NAME = /^([0-9]+)_([0-9a-fA-F]{16})\.txt$/i;
/** Article ids: what ArticleSchema accepts. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest front-matter slug and title accepted (ArticleSchema's limits). */
export const SLUG_MAX = 100;
export const TITLE_MAX = 300;
/** Slugs that name listing pages under a day (`/YYYY/MM/DD/page/2/`), so no article may take them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page']);

/** The problems of one file; `fatal` once anything but a warning was added. */
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
 * Decodes bytes as UTF-8, fatally: invalid bytes are reported with their line and column instead
 * of being replaced with U+FFFD. A UTF-16 byte order mark is reported as such.
 */
export function decodeSeed(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const problems = new Problems(file);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    problems.add('B', 'ENCODING_UTF16', 1, 1, 'file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8');
    return { problems: problems.list };
  }
  try {
    // ignoreBOM: false removes a UTF-8 BOM here; line 1 starts after it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), problems: problems.list };
  } catch {
    const { line, col, offset } = locateInvalidUtf8(bytes);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    problems.add('B', 'ENCODING_INVALID', line, col, `invalid UTF-8 byte 0x${byte}; save the file as UTF-8`);
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
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
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

/** Line and column (in characters, after BOM removal, with the seeds' line-ending rule) of the first invalid byte. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; col: number; offset: number } {
  const offset = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = splitLines(before);
  const last = lines[lines.length - 1]!;
  return { line: lines.length, col: columnAt(last, last.length), offset };
}

/**
 * The shared first step of both formats: BOM removed, lines split, NUL refused, controls stripped
 * (one warning naming the first and the count), NFC. Undefined when the file must be skipped.
 */
function readLines(text: string, problems: Problems): string[] | undefined {
  const { lines, report } = cleanLines(splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text));
  if (report.nul) {
    problems.add('B', 'CONTROL_CHARACTER', report.nul.line, report.nul.col, 'NUL character; the file is binary or not UTF-8 (UTF-16?)');
    return undefined;
  }
  if (report.control) {
    const { line, col, char, count } = report.control;
    const more = count > 1 ? ` (${count} control characters removed from the file)` : '';
    problems.add('C', 'CONTROL_CHARACTER', line, col, `control character ${codePointLabel(char)} removed${more}`);
  }
  if (lines.every((line) => line.trim() === '')) {
    problems.add('B', 'EMPTY_FILE', 1, 1, 'empty file; a seed needs a timestamp on line 1 and paragraphs below it');
    return undefined;
  }
  return lines;
}

/** Warns once about invisible characters in text that feeds the headline, id or slug. */
function warnInvisible(problems: Problems, line: number, lineText: string, where: string): void {
  const found = findInvisible(lineText);
  if (found) {
    problems.add(
      'C',
      'INVISIBLE_CHARACTER',
      line,
      columnAt(lineText, found.index),
      `invisible character ${codePointLabel(found.char)} ${where}`,
    );
  }
}

/** Warns once about Unicode noncharacters (U+FFFE, U+FDD0…) in text that feeds the headline. */
function warnNoncharacter(problems: Problems, line: number, lineText: string, where: string): void {
  const found = findNoncharacter(lineText);
  if (found)
    problems.add('C', 'NONCHARACTER', line, columnAt(lineText, found.index), `noncharacter ${codePointLabel(found.char)} ${where}`);
}

/** Parses a plain-text seed: line 1 is the timestamp, each following non-empty line a paragraph. */
export function parseTextSeed(file: string, text: string, id: string, options: ParseOptions): ParseResult {
  const problems = new Problems(file);
  const lines = readLines(text, problems);
  if (!lines) return { problems: problems.list };

  const first = lines[0]!;
  const timestampText = first.trimEnd();
  if (timestampText === '') {
    problems.add('B', 'TIMESTAMP_MISSING', 1, 1, 'line 1 is empty; it must be the timestamp "YYYY-MM-DD HH:MM:SS"');
    return { problems: problems.list };
  }
  const resolved = parseTimestamp(timestampText, options.timeZone, options.future);
  if (!resolved.ok) {
    // A line that starts with a letter is text, not a mistyped timestamp.
    if (/^\p{L}/u.test(timestampText)) {
      problems.add(
        'B',
        'TIMESTAMP_MISSING',
        1,
        1,
        `line 1 must be the timestamp "YYYY-MM-DD HH:MM:SS", found ${quoteForMessage(timestampText)}`,
      );
    } else {
      problems.add('B', resolved.code, 1, resolved.col, resolved.message);
    }
    return { problems: problems.list };
  }
  if (timestampText !== first) {
    problems.add(
      'C',
      'TIMESTAMP_TRAILING_SPACE',
      1,
      columnAt(first, timestampText.length),
      'trailing whitespace after the timestamp removed',
    );
  }

  const paragraphs: SourceParagraph[] = [];
  for (let i = 1; i < lines.length; i++) {
    const paragraph = lines[i]!.trim();
    if (paragraph) paragraphs.push({ text: paragraph, line: i + 1 });
  }
  if (paragraphs.length === 0) {
    problems.add('B', 'NO_BODY', 2, 1, 'no paragraphs after the timestamp; add the article text from line 2');
    return { problems: problems.list };
  }
  const lead = paragraphs[0]!;
  warnInvisible(problems, lead.line, lines[lead.line - 1]!, 'in the lead paragraph: kept in the text, removed from the headline and slug');
  warnNoncharacter(
    problems,
    lead.line,
    lines[lead.line - 1]!,
    'in the lead paragraph: kept in the text, removed from the headline and summary',
  );
  if (problems.fatal) return { problems: problems.list };
  return { seed: { file, format: 'txt', id, timestamp: resolved.value, paragraphs }, problems: problems.list };
}

/** The YAML 1.2 core schema's own tags, written in shorthand: harmless, so allowed. */
const CORE_TAGS = new Set(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);
/** Keys that would reach an object's prototype if the data ever met a naive merge. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FRONT_MATTER_KEYS = ['title', 'date', 'summary', 'id', 'slug'] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** A scalar's value as written, with where its text starts (after an opening quote). */
interface FieldValue {
  value: unknown;
  /** The value as written in the file, for messages. */
  raw: string;
  kind: string;
  line: number;
  col: number;
}

/** Front matter read from YAML, positioned in the file. */
class FrontMatterReader {
  private readonly problems: Problems;
  private readonly yamlLines: string[];
  private readonly counter = new LineCounter();
  private readonly source: string;

  /** `source` is the front matter between the fences, its first line being the file's line 2. */
  constructor(problems: Problems, source: string) {
    this.problems = problems;
    this.yamlLines = source.split('\n');
    this.source = source;
  }

  /** File line and column of an offset in the YAML source (front matter starts on file line 2). */
  private at(offset: number): { line: number; col: number } {
    const pos = this.counter.linePos(offset);
    const lineText = this.yamlLines[pos.line - 1] ?? '';
    return { line: pos.line + 1, col: columnAt(lineText, pos.col - 1) };
  }

  /**
   * Refuses every tag outside the YAML 1.2 core schema (class A: `!!js/function`, `!foo`, `!!binary`…)
   * and every alias (class B), from the concrete syntax tree, before any value is resolved.
   */
  private checkTokens(): boolean {
    let ok = true;
    const scan = (token: unknown): void => {
      if (!ok || token === null || typeof token !== 'object') return;
      if (Array.isArray(token)) return token.forEach(scan);
      const t = token as { type?: string; offset?: number; source?: string };
      const allowedTag = t.type === 'tag' && CORE_TAGS.has(t.source ?? '');
      if ((t.type === 'tag' || t.type === 'alias') && !allowedTag && typeof t.offset === 'number') {
        const { line, col } = this.at(t.offset);
        if (t.type === 'tag') {
          this.problems.add(
            'A',
            'FRONT_MATTER_TAG',
            line,
            col,
            `YAML tag ${quoteForMessage(t.source ?? '')} refused; front matter is plain data (quoted strings), never typed or executable values`,
          );
        } else {
          this.problems.add(
            'B',
            'FRONT_MATTER_ALIAS',
            line,
            col,
            `YAML alias ${quoteForMessage(t.source ?? '')} refused; write the value out`,
          );
        }
        ok = false;
        return;
      }
      for (const value of Object.values(token)) if (value && typeof value === 'object') scan(value);
    };
    // Parse to the concrete syntax tree first: positions of every tag and alias, nothing resolved.
    for (const token of new Parser(this.counter.addNewLine).parse(this.source)) scan(token);
    return ok;
  }

  /** Reads the five known fields; undefined when the YAML is unusable (problems added). */
  read(): Partial<Record<FrontMatterKey, FieldValue>> | undefined {
    if (!this.checkTokens()) return undefined;
    let doc: Document.Parsed;
    try {
      doc = parseDocument(this.source, { schema: 'core', uniqueKeys: true, prettyErrors: false, merge: false, strict: true });
    } catch (error) {
      // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
      this.problems.add('B', 'FRONT_MATTER_YAML', 2, 1, `front matter could not be read: ${String((error as Error).message)}`);
      return undefined;
    }
    const error = doc.errors[0];
    if (error) {
      const { line, col } = this.at(error.pos[0]);
      const duplicate = error.code === 'DUPLICATE_KEY';
      const message = duplicate ? 'duplicate key; each front-matter key may appear once' : error.message.split('\n')[0]!;
      this.problems.add('B', duplicate ? 'FRONT_MATTER_DUPLICATE_KEY' : 'FRONT_MATTER_YAML', line, col, message);
      return undefined;
    }
    let refused = false;
    visit(doc, {
      Pair: (_, pair) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && PROTOTYPE_KEYS.has(key)) {
          const { line, col } = this.at(pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
          this.problems.add('A', 'FRONT_MATTER_KEY', line, col, `key "${key}" refused; it could reach object prototypes`);
          refused = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (refused) return undefined;
    if (doc.contents === null) return {};
    if (!isMap(doc.contents)) {
      const { line, col } = this.at(doc.contents.range?.[0] ?? 0);
      this.problems.add(
        'B',
        'FRONT_MATTER_YAML',
        line,
        col,
        'front matter must be "key: value" lines (title, date, …); a body cannot start with a "---" rule',
      );
      return undefined;
    }
    const fields: Partial<Record<FrontMatterKey, FieldValue>> = {};
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') {
        const keyNode = pair.key as { range?: [number, number, number] } | null;
        const { line, col } = this.at(keyNode?.range?.[0] ?? 0);
        this.problems.add('B', 'FRONT_MATTER_YAML', line, col, 'front-matter keys must be plain names such as title or date');
        return undefined;
      }
      const key = pair.key.value;
      const keyAt = this.at(pair.key.range?.[0] ?? 0);
      if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
        this.problems.add(
          'C',
          'FRONT_MATTER_UNKNOWN_KEY',
          keyAt.line,
          keyAt.col,
          `unknown front-matter key ${quoteForMessage(key)} ignored (known: ${FRONT_MATTER_KEYS.join(', ')})`,
        );
        continue;
      }
      const node = pair.value;
      if (isScalar(node)) {
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        const start = this.at((node.range?.[0] ?? 0) + (quoted ? 1 : 0));
        const raw = node.range ? this.source.slice(node.range[0], node.range[1]) : String(node.value);
        fields[key as FrontMatterKey] = { value: (node as Scalar).value, raw, kind: 'scalar', ...start };
      } else {
        const kind = isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'nothing';
        fields[key as FrontMatterKey] = { value: undefined, raw: '', kind, ...keyAt };
      }
    }
    return fields;
  }
}

/**
 * Front-matter languages gray-matter knows or aliases (`---js` is evaluated by its default engine).
 * The fence checks refuse any word after the opening `---` before gray-matter is called, so these
 * engines are a second wall: each throws instead of parsing.
 */
const REFUSED_LANGUAGES = ['javascript', 'js', 'json', 'coffee', 'coffeescript', 'cson', 'toml'];

/** The error a refused engine throws; never expected, since the fence checks come first. */
export class FrontMatterEngineError extends Error {}

/**
 * gray-matter's options for one file. Always passed: called without options gray-matter caches
 * files by content, across files and builds of a long-lived process. YAML is the only engine.
 */
export function frontMatterOptions(readYaml: (source: string) => object) {
  const refused = (language: string) => () => {
    throw new FrontMatterEngineError(`front matter language "${language}" has no engine; only YAML is read`);
  };
  return {
    language: 'yaml',
    delimiters: '---',
    excerpt: false,
    engines: { yaml: readYaml, ...Object.fromEntries(REFUSED_LANGUAGES.map((language) => [language, refused(language)])) },
  };
}

/**
 * Splits checked front matter from the body with gray-matter and reads its YAML. Called only once
 * the fences are checked: line 1 is `---` with no language and `closing` is the first line starting
 * `---`, which is where gray-matter closes a block. Fences go in bare, so positions stay the file's.
 * `fields` is undefined when the YAML is unusable (problems added).
 */
function splitFrontMatter(lines: string[], closing: number, problems: Problems) {
  // An empty (or comments-only) block never reaches the engine: no fields, as YAML would give.
  const read: { fields?: Partial<Record<FrontMatterKey, FieldValue>> } = { fields: {} };
  const readYaml = (source: string) => {
    // gray-matter keeps the newline after the opening fence; the YAML starts on the file's line 2.
    read.fields = new FrontMatterReader(problems, source.replace(/^\n/, '')).read();
    return {};
  };
  const text = ['---', ...lines.slice(1, closing), '---', ...lines.slice(closing + 1)].join('\n');
  const file = matter(text, frontMatterOptions(readYaml));
  return { fields: read.fields, body: file.content };
}

/** How a non-string front-matter value reads in a message. */
function describeValue(field: FieldValue): string {
  if (field.kind !== 'scalar') return field.kind;
  const { value } = field;
  if (value === null) return `null (${field.raw ? quoteForMessage(field.raw) : 'an empty value'}); quote the text`;
  if (typeof value === 'number') return `a number (${field.raw}); quote the text`;
  if (typeof value === 'boolean') return `a boolean (${field.raw}); quote the text`;
  return typeof value;
}

/** Parses a Markdown seed with YAML front matter (`title`, `date`; optional `summary`, `id`, `slug`). */
export function parseMarkdownSeed(file: string, text: string, fallbackId: string, options: ParseOptions): ParseResult {
  const problems = new Problems(file);
  const lines = readLines(text, problems);
  if (!lines) return { problems: problems.list };

  // Only a first line of exactly `---` opens front matter. A word after the dashes is how
  // gray-matter and its kin select an engine (`---js` is evaluated): refuse it outright.
  const opening = lines[0]!;
  if (/^---[ \t]*[A-Za-z]/.test(opening)) {
    const language = opening.slice(3).trim();
    problems.add(
      'A',
      'FRONT_MATTER_LANGUAGE',
      1,
      columnAt(opening, opening.indexOf(language)),
      `front matter language ${quoteForMessage(language)} refused; only YAML front matter opened by a line of exactly "---" is allowed`,
    );
    return { problems: problems.list };
  }
  if (opening.trimEnd() !== '---') {
    problems.add(
      'B',
      'FRONT_MATTER_MISSING',
      1,
      1,
      'a Markdown seed starts with front matter: a line of exactly "---", title and date, then "---"',
    );
    return { problems: problems.list };
  }
  const closing = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
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
  for (const i of [0, closing]) {
    if (lines[i] !== '---') problems.add('C', 'FRONT_MATTER_FENCE', i + 1, 4, 'trailing whitespace after "---" removed');
  }
  const strayFence = lines.slice(1, closing).findIndex((line) => line.startsWith('---'));
  if (strayFence >= 0) {
    const line = lines[strayFence + 1]!;
    problems.add(
      'B',
      'FRONT_MATTER_FENCE',
      strayFence + 2,
      1,
      `${quoteForMessage(line)} inside front matter; a fence is a line of exactly "---"`,
    );
    return { problems: problems.list };
  }

  const split = splitFrontMatter(lines, closing, problems);
  const fields = split.fields;
  if (!fields) return { problems: problems.list };

  const stringField = (key: FrontMatterKey, required: boolean): { text: string; field: FieldValue } | undefined => {
    const field = fields[key];
    if (!field) {
      if (required) problems.add('B', 'FRONT_MATTER_REQUIRED', 1, 1, `front matter needs "${key}"`);
      return undefined;
    }
    if (typeof field.value !== 'string') {
      problems.add('B', 'FRONT_MATTER_TYPE', field.line, field.col, `"${key}" expected a string, got ${describeValue(field)}`);
      return undefined;
    }
    return { text: field.value, field };
  };

  const title = stringField('title', true);
  let cleanTitle: string | undefined;
  if (title) {
    const cleaned = cleanInlineText(title.text);
    if (cleaned.invisible) {
      problems.add(
        'C',
        'INVISIBLE_CHARACTER',
        title.field.line,
        title.field.col,
        `invisible character ${codePointLabel(cleaned.invisible.char)} removed from the title`,
      );
    }
    if (cleaned.noncharacter) {
      problems.add(
        'C',
        'NONCHARACTER',
        title.field.line,
        title.field.col,
        `noncharacter ${codePointLabel(cleaned.noncharacter.char)} removed from the title`,
      );
    }
    cleanTitle = cleaned.text;
    if (cleanTitle === '') problems.add('B', 'FRONT_MATTER_REQUIRED', title.field.line, title.field.col, '"title" is empty');
    else if ([...cleanTitle].length > TITLE_MAX) {
      problems.add(
        'B',
        'FRONT_MATTER_TITLE',
        title.field.line,
        title.field.col,
        `"title" is ${[...cleanTitle].length} characters long; the limit is ${TITLE_MAX}`,
      );
    }
  }

  const date = stringField('date', true);
  let timestamp: ResolvedTimestamp | undefined;
  if (date) {
    const resolved = parseTimestamp(date.text, options.timeZone, options.future);
    if (resolved.ok) timestamp = resolved.value;
    else {
      const col = date.field.col + resolved.col - 1;
      problems.add('B', resolved.code, date.field.line, col, resolved.message);
    }
  }

  const summary = stringField('summary', false);
  const cleanSummary = summary ? cleanInlineText(summary.text).text : undefined;

  // Ids and slugs name URLs: invisible characters are removed (with a warning), and anything
  // else outside the grammar is refused rather than guessed at (class A: a path or identity problem).
  const identifier = (key: 'id' | 'slug', pattern: RegExp, max: number, hint: string): string | undefined => {
    const field = stringField(key, false);
    if (!field) return undefined;
    const value = stripInvisible(field.text).trim();
    if (value !== field.text.trim()) {
      const found = findInvisible(field.text)!;
      problems.add(
        'C',
        'INVISIBLE_CHARACTER',
        field.field.line,
        field.field.col,
        `invisible character ${codePointLabel(found.char)} removed from the ${key}`,
      );
    }
    if (key === 'slug' && RESERVED_SLUGS.has(value)) {
      problems.add(
        'A',
        'FRONT_MATTER_SLUG',
        field.field.line,
        field.field.col,
        `slug ${quoteForMessage(value)} is reserved: /YYYY/MM/DD/${value}/ belongs to the day's listing pages`,
      );
      return undefined;
    }
    if (!pattern.test(value) || value.length > max) {
      problems.add(
        'A',
        key === 'id' ? 'FRONT_MATTER_ID' : 'FRONT_MATTER_SLUG',
        field.field.line,
        field.field.col,
        `invalid ${key} ${quoteForMessage(value)}; ${hint}`,
      );
      return undefined;
    }
    return value;
  };
  const id = identifier('id', ID_PATTERN, 64, 'use 1–64 lower-case letters, digits and hyphens');
  const slug = identifier(
    'slug',
    SLUG_PATTERN,
    SLUG_MAX,
    `use lower-case letters and digits in groups joined by single hyphens (at most ${SLUG_MAX})`,
  );

  const bodyLine = closing + 2;
  const markdown = split.body;
  if (markdown.trim() === '') {
    problems.add('B', 'NO_BODY', bodyLine, 1, 'no article text after the front matter');
    return { problems: problems.list };
  }
  if (problems.fatal || !timestamp || !cleanTitle || !date) return { problems: problems.list };

  const rendered = renderMarkdown(markdown);
  for (const warning of rendered.warnings) problems.add('C', warning.code, bodyLine + warning.line - 1, warning.col, warning.message);
  if (rendered.paragraphs.length === 0) {
    problems.add('B', 'NO_BODY', bodyLine, 1, 'no article text after the front matter (only markup, images or removed HTML)');
    return { problems: problems.list };
  }
  const frontMatter: FrontMatter = {
    title: cleanTitle,
    date: date.text,
    ...(cleanSummary ? { summary: cleanSummary } : {}),
    ...(id ? { id } : {}),
    ...(slug ? { slug } : {}),
  };
  return {
    seed: { file, format: 'md', id: id ?? fallbackId, timestamp, paragraphs: [], frontMatter, markdown, rendered, bodyLine },
    problems: problems.list,
  };
}

/** Parses a seed by its extension (`.md` → Markdown, anything else → plain text), case-insensitively. */
export function parseSeed(file: string, text: string, fallbackId: string, options: ParseOptions): ParseResult {
  return /\.md$/i.test(file) ? parseMarkdownSeed(file, text, fallbackId, options) : parseTextSeed(file, text, fallbackId, options);
}
