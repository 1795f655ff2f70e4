/**
 * writeBundle (pipeline/index/pagefind-bundle.ts) over a folder that holds an earlier version of the bundle,
 * as a recycled site does: unchanged files are kept (not written again), changed ones are replaced
 * without touching the bytes another hard link to them sees, and files the bundle no longer has are deleted.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeBundle } from '../../pipeline/index/pagefind-bundle.ts';
import { walkFilesSync } from '../../pipeline/shared/walk-files.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

let dir: string;
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);

it('keeps unchanged files, replaces changed ones without writing into shared links, deletes the rest', () => {
  const bundle = path.join(dir, 'site', 'pagefind');
  const earlier: Record<string, string> = {
    'pagefind-entry.json': '{"version":1}',
    'fragment/en_1.pf_fragment': 'one',
    'fragment/en_2.pf_fragment': 'two',
    'index/en_old.pf_index': 'old index',
    '2020/pagefind-entry.json': 'an earlier plan had a bundle here',
  };
  for (const [file, text] of Object.entries(earlier)) {
    mkdirSync(path.dirname(path.join(bundle, file)), { recursive: true });
    writeFileSync(path.join(bundle, file), text);
  }
  // Another name shares the entry file's bytes (a hard link made outside the build): it must keep them.
  linkSync(path.join(bundle, 'pagefind-entry.json'), path.join(dir, 'live-entry.json'));
  const unchangedInode = statSync(path.join(bundle, 'fragment/en_1.pf_fragment')).ino;

  writeBundle(
    [
      { path: 'pagefind-entry.json', content: bytes('{"version":2}') },
      { path: 'fragment/en_1.pf_fragment', content: bytes('one') },
      { path: 'fragment/en_3.pf_fragment', content: bytes('three') },
      { path: 'index/en_new.pf_index', content: bytes('new index') },
    ],
    bundle,
  );

  expect(walkFilesSync(bundle)).toEqual([
    'fragment/en_1.pf_fragment',
    'fragment/en_3.pf_fragment',
    'index/en_new.pf_index',
    'pagefind-entry.json',
  ]);
  expect(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')).toBe('{"version":2}');
  expect(readFileSync(path.join(dir, 'live-entry.json'), 'utf8'), 'the shared bytes are untouched').toBe('{"version":1}');
  expect(statSync(path.join(bundle, 'fragment/en_1.pf_fragment')).ino, 'an unchanged file is kept, not written').toBe(unchangedInode);
  expect(existsSync(path.join(bundle, '2020')), 'a folder left empty goes').toBe(false);
});

it('writes into a folder that does not exist yet', () => {
  const bundle = path.join(dir, 'new', 'pagefind');
  writeBundle([{ path: 'fragment/en_1.pf_fragment', content: bytes('one') }], bundle);
  expect(walkFilesSync(bundle)).toEqual(['fragment/en_1.pf_fragment']);
  expect(() => writeBundle([{ path: '../escape', content: bytes('x') }], bundle)).toThrow('Pagefind: unexpected file path "../escape"');
});
