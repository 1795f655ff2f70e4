import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/report/problems.ts';
import { decodeSeed, parseMarkdownSeed, parseSeed, parseTextSeed } from '../../../src/lib/seed/seed-parser.ts';

const UTC = { timeZone: 'UTC' };
const ID = '0123456789abcdef';
const lines = (result: { problems: Parameters<typeof formatProblem>[0][] }) => result.problems.map(formatProblem);

describe('parseTextSeed', () => {
  it('reads the bundled seed: timestamp, then one paragraph per line', () => {
    const text = readFileSync('seeds/000_6f6e37195cd625da.txt', 'utf8');
    const { seed, problems } = parseTextSeed('000_6f6e37195cd625da.txt', text, '6f6e37195cd625da', UTC);
    expect(problems).toEqual([]);
    expect(seed?.timestamp.publishedAt).toBe('2024-09-12T23:28:21+00:00');
    expect(seed?.paragraphs).toHaveLength(7);
    expect(seed?.paragraphs[0]).toMatchObject({ line: 2 });
    expect(seed?.paragraphs[0]?.text).toMatch(/^The Russian-Chinese partnership/);
  });

  it.each([
    ['empty file', '', 'a.txt:1:1 EMPTY_FILE empty file; a seed needs a timestamp on line 1 and paragraphs below it'],
    [
      'no timestamp',
      'Hello world\nBody',
      'a.txt:1:1 TIMESTAMP_MISSING line 1 must be the timestamp "YYYY-MM-DD HH:MM:SS", found "Hello world"',
    ],
    [
      'blank first line',
      '\n2024-01-05 10:00:00\nBody',
      'a.txt:1:1 TIMESTAMP_MISSING line 1 is empty; it must be the timestamp "YYYY-MM-DD HH:MM:SS"',
    ],
    [
      'day out of range',
      '2024-02-30 10:00:00\nBody',
      'a.txt:1:9 TIMESTAMP_RANGE day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"',
    ],
    ['no body', '2024-01-05 10:00:00\n\n', 'a.txt:2:1 NO_BODY no paragraphs after the timestamp; add the article text from line 2'],
    [
      'text after the timestamp',
      '2024-01-05 10:00:00 UTC\nBody',
      'a.txt:1:20 TIMESTAMP_TRAILING_TEXT unexpected text after the timestamp, found "2024-01-05 10:00:00 UTC"',
    ],
  ])('rejects a seed with %s', (_case, text, expected) => {
    const result = parseTextSeed('a.txt', text, ID, UTC);
    expect(result.seed).toBeUndefined();
    expect(lines(result)).toEqual([expected]);
  });

  it('gives identical paragraphs for CRLF and LF files', () => {
    const lf = parseTextSeed('a.txt', '2024-01-05 10:00:00\nOne.\nTwo.\n', ID, UTC);
    const crlf = parseTextSeed('a.txt', '2024-01-05 10:00:00\r\nOne.\r\nTwo.\r\n', ID, UTC);
    expect(crlf).toEqual(lf);
  });

  it('reads the timestamp as wall-clock time in the configured zone', () => {
    const { seed } = parseTextSeed('a.txt', '2024-07-01 12:00:00\nBody.', ID, { timeZone: 'Europe/Sofia' });
    expect(seed?.timestamp.publishedAt).toBe('2024-07-01T12:00:00+03:00');
  });
});

describe('decodeSeed', () => {
  it('reports invalid UTF-8 with its line and column instead of replacing it', () => {
    const bytes = new Uint8Array([...Buffer.from('2024-01-05 10:00:00\nCaf'), 0xe9, ...Buffer.from(' noir')]);
    expect(decodeSeed(bytes, 'a.txt').problems.map(formatProblem)).toEqual([
      'a.txt:2:4 ENCODING_INVALID invalid UTF-8 byte 0xE9; save the file as UTF-8',
    ]);
  });
});

describe('parseMarkdownSeed', () => {
  it('reads title, date and optional fields from YAML front matter', () => {
    const text = '---\ntitle: "A corrected story"\ndate: "2024-03-01 08:00:00"\nslug: corrected-story\n---\nThe **body** text.\n';
    const { seed, problems } = parseMarkdownSeed('fix.md', text, 'fix', UTC);
    expect(problems).toEqual([]);
    expect(seed?.frontMatter).toEqual({ title: 'A corrected story', date: '2024-03-01 08:00:00', slug: 'corrected-story' });
    expect(seed?.markdown).toBe('The **body** text.\n');
  });

  it('refuses ---js front matter before any parsing, so its code never runs', () => {
    const text = "---js\n{ title: require('child_process').execSync('touch /tmp/pwned') }\n---\nBody\n";
    expect(lines(parseMarkdownSeed('evil.md', text, 'evil', UTC))).toEqual([
      'evil.md:1:4 FRONT_MATTER_LANGUAGE front matter language "js" refused; only YAML front matter opened by a line of exactly "---" is allowed',
    ]);
  });

  it('reports a non-string title with the line in the file', () => {
    const text = '---\ndate: "2024-03-01 08:00:00"\ntitle: 1e3\n---\nBody\n';
    expect(lines(parseMarkdownSeed('n.md', text, 'n', UTC))).toEqual([
      'n.md:3:8 FRONT_MATTER_TYPE "title" expected a string, got a number (1e3); quote the text',
    ]);
  });
});

describe('positions', () => {
  it('counts columns in characters, not UTF-16 units (an emoji is one column)', () => {
    const result = parseTextSeed('a.txt', '2024-01-05 10:00:00\n😀😀 bell\u0007 here\n', ID, UTC);
    expect(lines(result)).toEqual(['a.txt:2:8 CONTROL_CHARACTER control character U+0007 removed']);
    expect(result.seed?.paragraphs[0]?.text).toBe('😀😀 bell here');
  });

  it('numbers lines the same for LF, CRLF and lone CR files', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['2024-01-05 10:00:00', 'One.', '', 'Two \u0000'].join(eol);
      expect(lines(parseTextSeed('a.txt', text, ID, UTC))).toEqual([
        'a.txt:4:5 CONTROL_CHARACTER NUL character; the file is binary or not UTF-8 (UTF-16?)',
      ]);
    }
  });

  it('gives front-matter problems the line and column in the file, not in the YAML block', () => {
    const text = "---\ntitle: 'Fine'\n\ndate: '2024-02-30 10:00:00'\n---\nBody\n";
    expect(lines(parseMarkdownSeed('a.md', text, 'a', UTC))).toEqual([
      'a.md:4:16 TIMESTAMP_RANGE day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"',
    ]);
  });

  it('reports invalid UTF-8 after a BOM and CRLF lines at the right line and column', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('2024-01-05 10:00:00\r\nab'), 0xff]);
    expect(decodeSeed(bytes, 'a.txt').problems.map(formatProblem)).toEqual([
      'a.txt:2:3 ENCODING_INVALID invalid UTF-8 byte 0xFF; save the file as UTF-8',
    ]);
  });

  it('reports a big-endian UTF-16 byte order mark', () => {
    expect(decodeSeed(new Uint8Array([0xfe, 0xff, 0, 0x32]), 'a.txt').problems.map(formatProblem)).toEqual([
      'a.txt:1:1 ENCODING_UTF16 file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
    ]);
  });
});

describe('front matter', () => {
  const md = (frontMatter: string, body = 'Body.') => `---\n${frontMatter}\n---\n\n${body}\n`;
  const base = "title: 'T'\ndate: '2024-01-05 10:00:00'";

  it.each([
    ['id: "Bad Id"', 'a.md:4:6 FRONT_MATTER_ID invalid id "Bad Id"; use 1–64 lower-case letters, digits and hyphens'],
    [
      "slug: 'a--b'",
      'a.md:4:8 FRONT_MATTER_SLUG invalid slug "a--b"; use lower-case letters and digits in groups joined by single hyphens (at most 100)',
    ],
    [
      `slug: ${'a'.repeat(101)}`,
      `a.md:4:7 FRONT_MATTER_SLUG invalid slug "${'a'.repeat(40)}…"; use lower-case letters and digits in groups joined by single hyphens (at most 100)`,
    ],
    ['tags: [a, b]', 'a.md:4:1 FRONT_MATTER_UNKNOWN_KEY unknown front-matter key "tags" ignored (known: title, date, summary, id, slug)'],
    ['nested:\n  __proto__: x', 'a.md:5:3 FRONT_MATTER_KEY key "__proto__" refused; it could reach object prototypes'],
    ['? [complex]\n: key', 'a.md:4:3 FRONT_MATTER_YAML front-matter keys must be plain names such as title or date'],
    [
      'summary: !<tag:yaml.org,2002:js/undefined> x',
      'a.md:4:10 FRONT_MATTER_TAG YAML tag "!<tag:yaml.org,2002:js/undefined>" refused; front matter is plain data (quoted strings), never typed or executable values',
    ],
  ])('%s', (extra, expected) => {
    expect(lines(parseMarkdownSeed('a.md', md(`${base}\n${extra}`), 'a', UTC))).toEqual([expected]);
  });

  it('uses a valid front-matter id and slug', () => {
    const { seed } = parseMarkdownSeed('a.md', md(`${base}\nid: budget-2024\nslug: budget-vote`), 'a', UTC);
    expect([seed?.id, seed?.frontMatter?.slug]).toEqual(['budget-2024', 'budget-vote']);
  });

  it('warns about trailing whitespace after a fence and reads the file', () => {
    const result = parseMarkdownSeed('a.md', `--- \n${base}\n---\t\n\nBody.\n`, 'a', UTC);
    expect(lines(result)).toEqual([
      'a.md:1:4 FRONT_MATTER_FENCE trailing whitespace after "---" removed',
      'a.md:4:4 FRONT_MATTER_FENCE trailing whitespace after "---" removed',
    ]);
    expect(result.seed?.frontMatter?.title).toBe('T');
  });

  it('C26: parsing the same text twice gives independent results (no cache, no shared state)', () => {
    const text = md(base);
    const first = parseMarkdownSeed('a.md', text, 'a', UTC);
    first.seed!.frontMatter!.title = 'mutated';
    first.seed!.rendered!.paragraphs.push('mutated');
    const second = parseMarkdownSeed('a.md', text, 'a', UTC);
    expect(second.seed?.frontMatter?.title).toBe('T');
    expect(second.seed?.rendered?.paragraphs).toEqual(['Body.']);
  });

  it('collapses whitespace in a multi-line title', () => {
    const { seed } = parseMarkdownSeed('a.md', md("title: >\n  A folded\n  title\ndate: '2024-01-05 10:00:00'"), 'a', UTC);
    expect(seed?.frontMatter?.title).toBe('A folded title');
  });
});

describe('noncharacters', () => {
  it.each([
    ['U+FFFE', 'Oil\uFFFE rises', 'a.md:2:9 NONCHARACTER noncharacter U+FFFE removed from the title'],
    ['U+FDD0', '\uFDD0Oil rises', 'a.md:2:9 NONCHARACTER noncharacter U+FDD0 removed from the title'],
    ['U+1FFFF', 'Oil rises\u{1FFFF}', 'a.md:2:9 NONCHARACTER noncharacter U+1FFFF removed from the title'],
  ])('removes %s from a front-matter title with a warning', (_case, title, expected) => {
    const result = parseMarkdownSeed('a.md', `---\ntitle: "${title}"\ndate: '2024-01-05 10:00:00'\n---\nBody.\n`, 'a', UTC);
    expect(lines(result)).toEqual([expected]);
    expect(result.seed?.frontMatter?.title).toBe('Oil rises');
  });

  it.each([
    [
      'U+FFFF',
      'Oil rises\uFFFF today.',
      'a.txt:2:10 NONCHARACTER noncharacter U+FFFF in the lead paragraph: kept in the text, removed from the headline and summary',
    ],
    [
      'U+10FFFE',
      '😀 \u{10FFFE}Oil rises.',
      'a.txt:2:3 NONCHARACTER noncharacter U+10FFFE in the lead paragraph: kept in the text, removed from the headline and summary',
    ],
  ])('warns about %s in the lead paragraph of a text seed and keeps the text', (_case, lead, expected) => {
    const result = parseTextSeed('a.txt', `2024-01-05 10:00:00\n${lead}\n`, ID, UTC);
    expect(lines(result)).toEqual([expected]);
    expect(result.seed?.paragraphs[0]?.text).toBe(lead);
  });
});

describe('parseSeed', () => {
  it('chooses the format by extension, case-insensitively', () => {
    expect(parseSeed('A.MD', "---\ntitle: 'T'\ndate: '2024-01-05 10:00:00'\n---\nBody\n", 'a', UTC).seed?.format).toBe('md');
    expect(parseSeed('A.TXT', '2024-01-05 10:00:00\nBody\n', 'a', UTC).seed?.format).toBe('txt');
  });
});
