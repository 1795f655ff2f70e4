/**
 * Pagefind's chunk look-up (issue 20's first-query weight): a word that goes on past the shortened
 * bound of its chunk is not found by `from <= word <= to`, so Pagefind loads other chunks for it.
 * pipeline/index/chunk-bounds.ts mends the bounds; this builds a real bundle with several chunks,
 * looks every indexed word up as Pagefind's strict look-up does, before and after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { mendChunkBounds, mendMetadata } from '../../pipeline/index/chunk-bounds.ts';
import { closeSearchIndexer, indexBundle, type BundleFile } from '../../pipeline/index/pagefind-bundle.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'chunk-bounds-'));
afterAll(async () => {
  await closeSearchIndexer();
  rmSync(temp, { recursive: true, force: true });
});

/** Made-up words with many shared prefixes, so chunk bounds fall between words like `intere…` and `interf…`. */
const SYLLABLES = ['in', 'ter', 'est', 'ra', 'te', 'mar', 'ket', 'pro', 'duc', 'tion', 'cop', 'per', 'zin', 'ca', 'lo'];
const word = (n: number) => [n % 15, Math.floor(n / 15) % 15, Math.floor(n / 225) % 15].map((i) => SYLLABLES[i]).join('');
const page = (n: number) => {
  const words = Array.from({ length: 160 }, (_, i) => word((n * 37 + i * 11) % 3375));
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page ${n}</title></head><body><main data-pagefind-body><p>${words.join(' ')}</p></main></body></html>`;
};
const PAGES = Array.from({ length: 700 }, (_, n) => `2024/01/01/page-${n}/index.html`);

const SIGNATURE_LENGTH = 'pagefind_dcd'.length;
const decodeFile = (content: Uint8Array) => decode(gunzipSync(content).subarray(SIGNATURE_LENGTH)) as unknown[];
const metaOf = (files: readonly BundleFile[]) => files.find((file) => /^pagefind\.[^/]+\.pf_meta$/.test(file.path))!;
const chunksOf = (files: readonly BundleFile[]) => decodeFile(metaOf(files).content)[2] as [string, string, string][];
/** Every indexed word, with the chunk that holds it. */
function wordsOf(files: readonly BundleFile[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const file of files) {
    const hash = /^index\/([^/]+)\.pf_index$/.exec(file.path)?.[1];
    if (hash) for (const entry of decodeFile(file.content)[0] as [string][]) words.set(entry[0], hash);
  }
  return words;
}
/** Pagefind's strict look-up: the first chunk with from <= word <= to, compared as UTF-8 bytes. */
const strictChunk = (chunks: [string, string, string][], word: string) =>
  chunks.find(
    ([from, to]) => Buffer.compare(Buffer.from(word), Buffer.from(from)) >= 0 && Buffer.compare(Buffer.from(word), Buffer.from(to)) <= 0,
  )?.[2];
const missed = (files: readonly BundleFile[]) => [...wordsOf(files)].filter(([word, hash]) => strictChunk(chunksOf(files), word) !== hash);

async function pagefindFiles(): Promise<BundleFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const name of PAGES) await index!.addHTMLFile({ sourcePath: name, content: page(Number(/page-(\d+)/.exec(name)![1])) });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files;
}

describe('mendChunkBounds', () => {
  it('makes Pagefind’s strict look-up find every word in its own chunk, changing nothing else', async () => {
    const raw = await pagefindFiles();
    expect(chunksOf(raw).length).toBeGreaterThan(3);
    // The bug this works around: words at the end of a chunk are not found.
    expect(missed(raw).length).toBeGreaterThan(0);

    const mended = mendChunkBounds(raw);
    expect(missed(mended)).toEqual([]);
    // Only the metadata changed, and in it only the upper bounds, each extended past its prefix.
    for (const [i, file] of mended.entries()) if (file !== metaOf(mended)) expect(file).toBe(raw[i]);
    const [before, after] = [decodeFile(metaOf(raw).content), decodeFile(metaOf(mended).content)];
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    chunksOf(mended).forEach(([from, to, hash], i) => {
      const [rawFrom, rawTo, rawHash] = chunksOf(raw)[i]!;
      expect([from, hash]).toEqual([rawFrom, rawHash]);
      expect(to === rawTo || to === `${rawTo}\u{10FFFF}`).toBe(true);
    });
    // Mending twice changes nothing more.
    expect(mendChunkBounds(mended)).toEqual(mended);
  }, 60_000);

  it('is what indexBundle writes, so the build and the search evaluation serve mended bundles', async () => {
    let written: readonly BundleFile[] = [];
    const outputPath = path.join(temp, 'bundle');
    await indexBundle(
      PAGES,
      (name) => page(Number(/page-(\d+)/.exec(name)![1])),
      outputPath,
      (files) => (written = files),
    );
    expect(missed(written)).toEqual([]);
    const metaFile = readdirSync(outputPath).find((name) => name.endsWith('.pf_meta'))!;
    expect(
      missed([
        { path: metaFile, content: readFileSync(path.join(outputPath, metaFile)) },
        ...written.filter((file) => file.path.startsWith('index/')),
      ]),
    ).toEqual([]);
  }, 60_000);

  it('leaves metadata it does not recognise as it is', () => {
    const index = new Set(['en_0000000']);
    expect(mendMetadata(Buffer.from('not gzip'), index)).toBeUndefined();
    expect(mendMetadata(gzipSync('other_format and more'), index)).toBeUndefined();
    // The right signature, but no list of chunks naming this bundle's index files.
    expect(
      mendMetadata(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0x61, 0x61, 0x61, 0x62])])), index),
    ).toBeUndefined();
    const files = [{ path: 'pagefind.en_1.pf_meta', content: Buffer.from('not gzip') }];
    expect(mendChunkBounds(files)).toEqual(files);
  });
});
