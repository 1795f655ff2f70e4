/**
 * C15: front matter is data, never code. The fixtures' `---js` payloads call child_process to
 * create a marker file. gray-matter with its default engines does run them; the archive calls
 * gray-matter only after its own fence checks and with engines that refuse every language but
 * YAML, so ingest never runs them and refuses each file as class A.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrontMatterEngineError, frontMatterOptions, parseMarkdownSeed } from '../../../src/lib/seed/seed-parser.ts';
import { addFixtures, addNeighbours, BAD, ingestDir, makeTempDir } from '../../support/seeds-folder.ts';

// gray-matter, watched: the parser's calls go through this spy to the real library.
vi.mock('gray-matter', async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof matter }>()).default;
  return { default: vi.fn(actual) };
});

/** The file every payload creates (`touch /tmp/news-archive-C15-pwned`). */
const MARKER = '/tmp/news-archive-C15-pwned';
const FIXTURES = ['C15_js.md', 'C15_javascript.md', 'C15_space_JS.md'];
const PAYLOAD = "require('child_process').execSync('touch /tmp/news-archive-C15-pwned')";
/** The languages gray-matter evaluates, aliases, or finds on Object.prototype (`constructor`). */
const LANGUAGES = ['js', 'javascript', 'coffee', 'constructor'];
const OPTIONS = { timeZone: 'UTC' };

let cleanup = () => {};
beforeEach(() => {
  rmSync(MARKER, { force: true });
  vi.mocked(matter).mockClear();
});
afterEach(() => {
  cleanup();
  rmSync(MARKER, { force: true });
});

describe('---js front matter', () => {
  it.each(FIXTURES)('%s: the payload is live (gray-matter with its default engines runs it)', (fixture) => {
    // Options disable gray-matter's cache, so each call really parses.
    matter(readFileSync(path.join(BAD, fixture), 'utf8'), {});
    expect(existsSync(MARKER)).toBe(true);
  });

  it.each(FIXTURES)('%s: ingest refuses it as class A and the payload never runs', async (fixture) => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    addNeighbours(temp.dir);
    addFixtures(temp.dir, [fixture]);
    const verdict = await ingestDir(temp.dir);
    expect(verdict.lines).toHaveLength(1);
    expect(verdict.lines[0]).toMatch(new RegExp(`^${fixture}:1:\\d FRONT_MATTER_LANGUAGE front matter language "[a-zA-Z]+" refused`));
    expect(verdict.failure).toBe('1 integrity problem(s) (class A)');
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe('parseMarkdownSeed', () => {
  it.each(LANGUAGES)('---%s: refused by the fence check; gray-matter, so every engine, is never called', (language) => {
    const text = `---${language}\n{ title: ${PAYLOAD} || 'x', date: '2024-01-05 10:00:00' }\n---\n\nBody.`;
    const { seed, problems } = parseMarkdownSeed('a.md', text, 'a', OPTIONS);
    expect(seed).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`)).toEqual([
      `1:4 FRONT_MATTER_LANGUAGE front matter language "${language}" refused; only YAML front matter opened by a line of exactly "---" is allowed`,
    ]);
    expect(matter).not.toHaveBeenCalled();
    expect(existsSync(MARKER)).toBe(false);
  });

  it('a YAML seed is split by gray-matter, always with options (so never from its cache)', () => {
    const text = "---\ntitle: 'A title'\ndate: '2024-01-05 10:00:00'\n---\n\nBody.";
    const { seed } = parseMarkdownSeed('a.md', text, 'a', OPTIONS);
    expect(seed?.frontMatter).toEqual({ title: 'A title', date: '2024-01-05 10:00:00' });
    expect(seed?.markdown).toBe('\nBody.');
    expect(matter).toHaveBeenCalledTimes(1);
    expect(vi.mocked(matter).mock.calls[0]![1]).toBeTypeOf('object');
  });
});

describe('frontMatterOptions', () => {
  it.each(['js', 'javascript', 'coffee', 'json'])('---%s reaching gray-matter anyway meets an engine that throws', (language) => {
    const yaml = vi.fn(() => ({}));
    const text = `---${language}\n{ "title": ${language === 'json' ? '"x"' : PAYLOAD} }\n---\nBody.`;
    expect(() => matter(text, frontMatterOptions(yaml))).toThrow(FrontMatterEngineError);
    expect(yaml).not.toHaveBeenCalled();
    expect(existsSync(MARKER)).toBe(false);
  });
});
