import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBundle } from '../../pipeline/index/pagefind-bundle.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBundle', () => {
  it("writes Pagefind's files at their paths, folders included, replacing files already there", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    const text = (value: string) => new TextEncoder().encode(value);
    writeBundle([{ path: 'pagefind-entry.json', content: text('old') }], dir);
    writeBundle(
      [
        { path: 'pagefind-entry.json', content: text('{"version":"1"}') },
        { path: 'fragment/en_abc.pf_fragment', content: new Uint8Array([31, 139, 8]) },
      ],
      dir,
    );
    expect(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
    expect([...readFileSync(path.join(dir, 'fragment', 'en_abc.pf_fragment'))]).toEqual([31, 139, 8]);
  });

  it('refuses a path that would leave the bundle folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    for (const bad of ['../escape.js', 'fragment/../../x', '/abs', 'a//b'])
      expect(() => writeBundle([{ path: bad, content: new Uint8Array() }], dir)).toThrow(
        `Pagefind: unexpected file path ${JSON.stringify(bad)}`,
      );
  });
});
