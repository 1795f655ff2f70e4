/**
 * The same pages give the same search bundle on any file system (F12 of the pipeline issue):
 * Pagefind numbers pages in the order it is given them, and a folder walk follows the file
 * system's directory order (hashed on ext4, newest first on tmpfs), so pipeline/index/pagefind-bundle.ts
 * gives the pages in sorted order.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../pipeline/index/pagefind-bundle.ts';
import { makeTempDir } from '../support/seeds-folder.ts';

const temp = makeTempDir('pagefind-order-');
const tmpfs = path.join('/dev/shm', `news-archive-order-${process.pid}`);
afterAll(() => {
  temp.cleanup();
  rmSync(tmpfs, { recursive: true, force: true });
});

const page = (n: number) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}</title></head><body><main data-pagefind-body><h1>Story ${n}</h1><p>Report number ${n} on the copper market and ${n % 3 ? 'Lisbon' : 'Oslo'}.</p></main></body></html>`;

/** Writes 40 article pages into `dir`, in the given order of creation. */
function writeSite(dir: string, order: number[]): void {
  for (const n of order) {
    const file = path.join(dir, `2024/03/${String((n % 28) + 1).padStart(2, '0')}/story-${n}/index.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(n));
  }
}

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  return files;
}

describe('buildSearchIndex', () => {
  it.skipIf(!existsSync('/dev/shm'))(
    'gives byte-identical bundles for the same pages on ext4 and tmpfs, written in any order',
    async () => {
      const numbers = Array.from({ length: 40 }, (_, i) => i);
      const sites = [
        [path.join(temp.dir, 'site'), numbers],
        [path.join(tmpfs, 'site'), [...numbers].reverse()],
      ] as const;
      const bundles: Record<string, string>[] = [];
      for (const [site, order] of sites) {
        writeSite(site, order);
        const outputPath = path.join(path.dirname(site), 'bundle');
        expect(await buildSearchIndex(site, { outputPath })).toBe(40);
        bundles.push(tree(outputPath));
      }
      expect(bundles[1]).toEqual(bundles[0]);
    },
    60_000,
  );
});
