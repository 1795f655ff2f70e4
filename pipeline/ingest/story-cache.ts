/**
 * The story cache: each article's story signature (src/lib/stories/story-signature.ts) keyed by a
 * hash of its paragraphs, so a rebuild shingles only new or changed articles and the story pass
 * over the archive is the banding alone. One binary file per signature version under
 * .cache/stories/ (JSON of 100,000 signatures would be several times larger and slower to read);
 * a damaged or foreign file is a miss for every article. Written atomically.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash } from './enrichment-cache.ts';
import {
  DEFAULT_SIGNATURE_OPTIONS,
  signatureOf,
  type SignatureOptions,
  type StorySignature,
} from '../../src/lib/stories/story-signature.ts';

/** Bump when signatures change meaning (tokens, shingles, hash functions): old files are then ignored. */
export const STORY_SIGNATURE_VERSION = 1;
const MAGIC = 0x53545931; // "STY1"
const KEY_BYTES = 27; // contentHash's base64url characters
const HEADER_BYTES = 12; // shingle count, lead length, specifics length

export interface StoryCache {
  /** The signature of these paragraphs, from the cache or computed. */
  signatureFor(paragraphs: readonly string[]): StorySignature;
  /** Writes the signatures used by this run when any was computed. */
  save(): Promise<void>;
  stats: { hits: number; misses: number };
  file: string;
}

const optionsKey = (options: SignatureOptions) => `k${options.shingleWords}-h${options.hashes}-l${options.leadWords}-s${options.specifics}`;

/** The cache file for the current signature version and options. */
export function storyCacheFile(projectRoot: string, options: SignatureOptions = DEFAULT_SIGNATURE_OPTIONS): string {
  return path.join(projectRoot, '.cache', 'stories', `v${STORY_SIGNATURE_VERSION}-${optionsKey(options)}.bin`);
}

/** Entries as bytes: magic, count, then per entry the key, shingle count, lead and specifics lengths, MinHash values, lead and specifics hashes. */
export function encodeSignatures(entries: ReadonlyMap<string, StorySignature>, hashes: number): Buffer {
  let size = 8;
  for (const signature of entries.values())
    size += KEY_BYTES + HEADER_BYTES + 4 * (hashes + signature.lead.length + signature.specifics.length);
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(MAGIC, 0);
  buffer.writeUInt32LE(entries.size, 4);
  let at = 8;
  for (const [key, signature] of entries) {
    buffer.write(key, at, KEY_BYTES, 'latin1');
    at += KEY_BYTES;
    buffer.writeUInt32LE(signature.shingles, at);
    buffer.writeUInt32LE(signature.lead.length, at + 4);
    buffer.writeUInt32LE(signature.specifics.length, at + 8);
    at += HEADER_BYTES;
    for (const value of signature.minhash) at = buffer.writeUInt32LE(value, at);
    for (const value of signature.lead) at = buffer.writeUInt32LE(value, at);
    for (const value of signature.specifics) at = buffer.writeUInt32LE(value, at);
  }
  return buffer;
}

/** The entries of an encoded file, or an empty map when it is damaged or of another shape. */
export function decodeSignatures(buffer: Buffer, hashes: number): Map<string, StorySignature> {
  const entries = new Map<string, StorySignature>();
  if (buffer.length < 8 || buffer.readUInt32LE(0) !== MAGIC) return entries;
  const count = buffer.readUInt32LE(4);
  let at = 8;
  for (let n = 0; n < count; n++) {
    if (at + KEY_BYTES + HEADER_BYTES > buffer.length) return new Map();
    const key = buffer.toString('latin1', at, at + KEY_BYTES);
    const shingles = buffer.readUInt32LE(at + KEY_BYTES);
    const leadLength = buffer.readUInt32LE(at + KEY_BYTES + 4);
    const specificsLength = buffer.readUInt32LE(at + KEY_BYTES + 8);
    at += KEY_BYTES + HEADER_BYTES;
    if (at + 4 * (hashes + leadLength + specificsLength) > buffer.length) return new Map();
    const read = (length: number) => {
      const values = new Uint32Array(length);
      for (let i = 0; i < length; i++, at += 4) values[i] = buffer.readUInt32LE(at);
      return values;
    };
    const minhash = read(hashes);
    const lead = read(leadLength);
    entries.set(key, { minhash, shingles, lead, specifics: read(specificsLength) });
  }
  return at === buffer.length ? entries : new Map();
}

/** Opens (or starts) the cache; an unreadable or damaged file is ignored and replaced on save. */
export async function openStoryCache(projectRoot: string, options: SignatureOptions = DEFAULT_SIGNATURE_OPTIONS): Promise<StoryCache> {
  const file = storyCacheFile(projectRoot, options);
  const previous = await readFile(file).then(
    (buffer) => decodeSignatures(buffer, options.hashes),
    () => new Map<string, StorySignature>(),
  );
  const used = new Map<string, StorySignature>();
  const stats = { hits: 0, misses: 0 };
  const signatureFor = (paragraphs: readonly string[]): StorySignature => {
    const key = contentHash(paragraphs);
    const known = used.get(key) ?? previous.get(key);
    if (known) {
      stats.hits++;
      used.set(key, known);
      return known;
    }
    stats.misses++;
    const fresh = signatureOf(paragraphs, options);
    used.set(key, fresh);
    return fresh;
  };
  const save = async () => {
    if (stats.misses === 0 && used.size === previous.size) return;
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, encodeSignatures(used, options.hashes));
    await rename(temporary, file);
  };
  return { signatureFor, save, stats, file };
}
