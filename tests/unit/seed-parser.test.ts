import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { decodeSeed, parseMarkdownSeed, parseTextSeed } from '../../src/lib/seed-parser.ts';

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
    expect(lines(parseMarkdownSeed('n.md', text, 'n', UTC))).toEqual(['n.md:3:8 FRONT_MATTER_TYPE "title" expected a string, got a number (1e3); quote the text']);
  });
});
