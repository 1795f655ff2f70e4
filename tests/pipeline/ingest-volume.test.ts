/**
 * Volume: the parser is linear in its input (no backtracking regex on long lines), and a seed
 * of 200,000 one-character paragraphs goes through the whole ingest. No timed assertions: these
 * tests pass when the work completes; the figures are printed for the record.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parseMarkdownSeed, parseTextSeed } from '../../src/lib/seed/seed-parser.ts';
import { addNeighbours, ingestDir, makeTempDir } from '../support/seeds-folder.ts';

const UTC = { timeZone: 'UTC' };
const TEN_MB = 10_000_000;

let cleanup = () => {};
afterEach(() => cleanup());

it.each([
  ['a 10 MB first line of text', 'x'.repeat(TEN_MB), 'TIMESTAMP_MISSING'],
  ['a timestamp followed by 10 MB of spaces and a letter', `2024-01-05 10:00:00${' '.repeat(TEN_MB)}x`, 'TIMESTAMP_TRAILING_TEXT'],
  ['10 MB of digits and dashes', '2024-'.repeat(TEN_MB / 5), 'TIMESTAMP_FORMAT'],
])('S05: the parser rejects %s in linear time', (_case, line, code) => {
  const started = performance.now();
  const { problems } = parseTextSeed('long.txt', `${line}\nBody.\n`, 'long', UTC);
  console.log(`S05 ${_case}: ${(performance.now() - started).toFixed(0)} ms`);
  expect(problems.map((p) => p.code)).toEqual([code]);
  // Only the start of the line is quoted back.
  expect(problems[0]!.message.length).toBeLessThan(200);
});

it('S05: the parser reads a 10 MB paragraph, and 10 MB of trailing whitespace, in linear time', () => {
  const started = performance.now();
  const paragraph = 'The talks went on late into the night. '.repeat(TEN_MB / 39);
  const { seed } = parseTextSeed('long.txt', `2024-01-05 10:00:00\n${paragraph}${' \t'.repeat(TEN_MB / 2)}\n`, 'long', UTC);
  const markdown = parseMarkdownSeed(
    'long.md',
    `---\ntitle: 'Long'\ndate: '2024-01-05 10:00:00'\n---\n\n${paragraph.slice(0, 2_000_000)}\n`,
    'long',
    UTC,
  );
  console.log(`S05 10 MB paragraph (+ 2 MB Markdown): ${(performance.now() - started).toFixed(0)} ms`);
  expect(seed?.paragraphs).toHaveLength(1);
  expect(markdown.problems).toEqual([]);
});

it('S06: 200,000 one-character paragraphs complete, with every paragraph kept', async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  addNeighbours(temp.dir);
  writeFileSync(path.join(temp.dir, 'many.txt'), `2024-01-05 10:00:00\n${'a\n'.repeat(200_000)}`);
  const started = performance.now();
  const verdict = await ingestDir(temp.dir);
  const rssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(`S06 200,000 paragraphs: ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${rssMiB} MiB`);
  expect(verdict.lines).toEqual([]);
  expect(verdict.articles.find((article) => article.sourceFile === 'many.txt')?.paragraphs).toHaveLength(200_000);
}, 180_000);
