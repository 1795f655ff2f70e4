/**
 * Mends the word-chunk bounds in a Pagefind bundle's metadata. Pagefind splits the index into
 * chunks and stores each chunk's last word shortened to the prefix that tells it from the next
 * chunk's first word (`interest` | `interfere` → `intere`). Its search then looks a word up by
 * `from <= word <= to`, which fails for the words at the end of a chunk that go on past that
 * prefix (`interest` > `intere`), and falls back to loading every chunk whose shortened bounds
 * could hold the word: the right one plus others (for `interest`, also the chunk that ends at
 * `in`, tens of KB more for the first query). Appending the highest code point to such a bound
 * makes every word that starts with it compare below it, and still below the next chunk's first
 * word, which differs from it inside the prefix; the chunks and their files stay as they are.
 *
 * The metadata is Pagefind's own format (a signature, then CBOR); it is changed only when it
 * decodes and encodes back to the same bytes and holds exactly one list of chunks naming the
 * bundle's index files. Otherwise (another Pagefind version) the bundle is left as Pagefind made it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import type { BundleFile } from './pagefind-bundle.ts';

const SIGNATURE = Buffer.from('pagefind_dcd');
/** Sorts after every character, in UTF-8 bytes as in Unicode order. */
const HIGHEST = '\u{10FFFF}';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** True when every string that starts with `bound` sorts before `next` (they differ inside `bound`). */
function differsWithin(bound: string, next: string): boolean {
  const [a, b] = [utf8(bound), utf8(next)];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

type Chunk = [from: string, to: string, hash: string];

const isChunkList = (value: unknown, indexFiles: ReadonlySet<string>): value is Chunk[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (chunk: unknown) =>
      Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string') && indexFiles.has(chunk[2] as string),
  );

/** The metadata with its chunk bounds mended, or undefined when it is not the format this expects. */
export function mendMetadata(content: Uint8Array, indexFiles: ReadonlySet<string>): Uint8Array | undefined {
  let raw: Buffer;
  let fields: unknown;
  try {
    raw = gunzipSync(content);
    if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return undefined;
    fields = decode(raw.subarray(SIGNATURE.length));
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || !Buffer.from(encode(fields)).equals(raw.subarray(SIGNATURE.length))) return undefined;
  const lists = fields.filter((field) => isChunkList(field, indexFiles));
  if (lists.length !== 1) return undefined;
  const chunks = lists[0] as Chunk[];
  let mended = false;
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [, to] = chunks[i]!;
    if (to.endsWith(HIGHEST) || !differsWithin(to, chunks[i + 1]![0])) continue;
    chunks[i]![1] = `${to}${HIGHEST}`;
    mended = true;
  }
  return mended ? gzipSync(Buffer.concat([SIGNATURE, encode(fields)]), { level: 9 }) : content;
}

/** The bundle's files with the bounds in each language's metadata mended (see above); other files as they were. */
export function mendChunkBounds(files: readonly BundleFile[]): BundleFile[] {
  const indexFiles = new Set(files.flatMap((file) => /^index\/([^/]+)\.pf_index$/.exec(file.path)?.[1] ?? []));
  return files.map((file) => {
    if (!/^pagefind\.[^/]+\.pf_meta$/.test(file.path)) return file;
    const content = mendMetadata(file.content, indexFiles);
    return content && content !== file.content ? { path: file.path, content } : file;
  });
}
