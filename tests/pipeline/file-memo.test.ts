/**
 * The file memo (pipeline/shared/file-memo.ts) over three builds: a value is found again for the
 * same file identity, for the live site's files and for those of the site before last (which the
 * next build recycles), and never for a file with another identity.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFileMemo } from '../../pipeline/shared/file-memo.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('file-memo-');
});
afterEach(() => temp.cleanup());

const id = (ino: number) => ({ ino, size: 10, mtimeMs: 1000 });

describe('openFileMemo', () => {
  it('remembers the files of the last two builds, and nothing for another identity', async () => {
    const first = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    first.set('a.html', id(1), 'first build');
    await first.save();

    // The second build copies a.html into a new site: another inode.
    const second = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    expect(second.get('a.html', id(2))).toBeUndefined();
    second.set('a.html', id(2), 'second build');
    await second.save();

    // The third build recycles the first build's site (inode 1) or copies the live one (inode 2).
    const third = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    expect(third.get('a.html', id(1))).toBe('first build');
    expect(third.get('a.html', id(2))).toBe('second build');
    expect(third.get('a.html', { ...id(1), mtimeMs: 2000 })).toBeUndefined();
    await third.save();

    // Entries neither of the last two builds saw go.
    const fourth = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    fourth.set('a.html', id(3), 'fourth build');
    await fourth.save();
    // The fifth build sees the fourth build's file again: the second build's entry goes.
    const fifth = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    expect(fifth.get('a.html', id(3))).toBe('fourth build');
    await fifth.save();
    const sixth = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    expect(sixth.get('a.html', id(3))).toBe('fourth build');
    expect(sixth.get('a.html', id(2))).toBeUndefined();
  });

  it('starts empty under another salt', async () => {
    const memo = await openFileMemo<string>(temp.dir, 'audit', 'salt');
    memo.set('a.html', id(1), 'value');
    await memo.save();
    expect((await openFileMemo<string>(temp.dir, 'audit', 'other code')).get('a.html', id(1))).toBeUndefined();
  });
});
