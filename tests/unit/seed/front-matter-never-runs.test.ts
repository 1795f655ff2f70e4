/**
 * C15: front matter is data, never code. The fixtures' `---js` payloads call
 * child_process to create a marker file. gray-matter (a dev dependency kept for this proof only)
 * does run them; the archive's ingest must not, and refuses each file as class A.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { addFixtures, addNeighbours, BAD, ingestDir, makeTempDir } from '../../support/seeds-folder.ts';

/** The file every fixture's payload creates (`touch /tmp/news-archive-C15-pwned`). */
const MARKER = '/tmp/news-archive-C15-pwned';
const FIXTURES = ['C15_js.md', 'C15_javascript.md', 'C15_space_JS.md'];

let cleanup = () => {};
afterEach(() => {
  cleanup();
  rmSync(MARKER, { force: true });
});

describe('---js front matter', () => {
  it.each(FIXTURES)('%s: the payload is live (gray-matter runs it)', (fixture) => {
    rmSync(MARKER, { force: true });
    // Options disable gray-matter's cache, so each call really parses.
    matter(readFileSync(path.join(BAD, fixture), 'utf8'), {});
    expect(existsSync(MARKER)).toBe(true);
  });

  it.each(FIXTURES)('%s: ingest refuses it as class A and the payload never runs', async (fixture) => {
    rmSync(MARKER, { force: true });
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
