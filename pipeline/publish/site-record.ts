/**
 * The rebuild with nothing to do: a digest of everything a site is made from (the site key: the
 * articles as ingest gives them, the configuration, the source of the pages and of the pipeline,
 * the runtime) and the identity of every file and folder of the site built from it. When a build's
 * key is the live site's and the live site is as its build left it, a build from scratch would
 * give the same bytes, so the build neither starts Astro nor Pagefind and leaves the site alone.
 *
 * The identities are inode, size and change time of every file, and inode and change time of
 * every folder: a file edited in place (or its times set back) changes its own, a file added,
 * deleted or renamed changes its folder's. Anything else (a link, a missing record, another folder) means "build".
 * The record lives in .cache/pages/ beside the page record; a damaged one is a miss. PAGE_REUSE=0,
 * which renders every page, builds whatever the record says (pipeline/build.ts).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { sourceDigest } from '../shared/source-digest.ts';
import { writeJsonAtomic } from '../shared/write-atomic.ts';

/** Bump when the record's format or what the key covers changes. */
const FORMAT_VERSION = 1;

/** Code that shapes the output besides the pages' own source (which the render fingerprint covers). */
const PIPELINE_SOURCE = { folders: ['pipeline', 'scripts'], files: ['package.json', 'package-lock.json'] };

const SiteRecordSchema = z.object({
  version: z.literal(FORMAT_VERSION),
  /** `siteKey` of the build that made the site. */
  key: z.string(),
  /** Path inside the site (`''` for the site folder, folders end in `/`) → identity. */
  entries: z.record(z.string(), z.string()),
});

export interface SiteKeyInput {
  projectRoot: string;
  /** renderFingerprint (pipeline/render/page-reuse.ts): the pages' source, configuration, ICU. */
  fingerprint: string;
  /** Everything else the build reads besides the source, as plain data: the articles, settings from the environment. */
  data: unknown;
}

/** The site key: a digest of `input.data`, the fingerprint, the pipeline's source and the Node version. */
export async function siteKey(input: SiteKeyInput): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${FORMAT_VERSION}\n${input.fingerprint}\n${process.version}\n`);
  hash.update(await sourceDigest(input.projectRoot, PIPELINE_SOURCE));
  hash.update(JSON.stringify(input.data));
  return hash.digest('hex').slice(0, 32);
}

// The change time, not the modification time: no one can set it back (utimes sets it too).
const identityOf = (info: Stats) => (info.isDirectory() ? `d:${info.ino}:${info.ctimeMs}` : `f:${info.ino}:${info.size}:${info.ctimeMs}`);

/** The identity of every folder and regular file under `siteDir`, `siteDir` itself as `''`; undefined when it holds anything else. */
function siteEntries(siteDir: string): { [entry: string]: string } | undefined {
  const entries: { [entry: string]: string } = {};
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const absolute = path.join(siteDir, folder);
    entries[folder] = identityOf(lstatSync(absolute));
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const rel = `${folder}${entry.name}`;
      if (entry.isDirectory()) pending.push(`${rel}/`);
      else if (entry.isFile()) entries[rel] = identityOf(lstatSync(path.join(siteDir, rel)));
      else return undefined;
    }
  }
  return entries;
}

/**
 * True when the site in `siteDir` was built with `key` and nothing in it changed since: every
 * folder and file recorded is there with the same identity (a file added or removed changes its
 * folder's). Only stat calls: nothing is read or listed.
 */
export function siteIsCurrent(recordFile: string, siteDir: string, key: string): boolean {
  let record;
  try {
    const text = readFileSync(recordFile, 'utf8');
    // Another key (every rebuild with a change) is told from the start of the file, before parsing it all.
    if (!text.startsWith(`{"version":${FORMAT_VERSION},"key":${JSON.stringify(key)},`)) return false;
    record = SiteRecordSchema.safeParse(JSON.parse(text));
  } catch {
    return false;
  }
  if (!record.success || record.data.key !== key || !Object.hasOwn(record.data.entries, '')) return false;
  for (const [entry, identity] of Object.entries(record.data.entries)) {
    try {
      if (identityOf(lstatSync(path.join(siteDir, entry))) !== identity) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** What the build listed of the site (pipeline/publish/host-audit.ts): every folder, and every file with the identity it had then. */
export interface SiteListing {
  files: readonly { path: string; bytes: number; ino?: number; ctimeMs?: number }[];
  /** `a`, `a/b`: every folder under the site folder. */
  folders: readonly string[];
}

/** The entries of a site from its listing: the files as listed (those listed without an identity examined now), every folder examined now. */
function entriesFromListing(siteDir: string, listing: SiteListing): { [entry: string]: string } {
  const entries: { [entry: string]: string } = { '': identityOf(lstatSync(siteDir)) };
  for (const folder of listing.folders) entries[`${folder}/`] = identityOf(lstatSync(path.join(siteDir, folder)));
  for (const file of listing.files)
    entries[file.path] =
      file.ino === undefined || file.ctimeMs === undefined
        ? identityOf(lstatSync(path.join(siteDir, file.path)))
        : `f:${file.ino}:${file.bytes}:${file.ctimeMs}`;
  return entries;
}

/**
 * Records the site now in `siteDir` as built with `key`; without a key (a partition) or for a site
 * it cannot describe, removes the record. `listing`, when given, is the build's own listing of
 * the files in place now (the site moved in by rename keeps them), so only folders are examined
 * again: the folders' times tell whether anything was added or removed since it was made.
 */
export async function recordSite(recordFile: string, siteDir: string, key: string | undefined, listing?: SiteListing): Promise<void> {
  const entries = key === undefined ? undefined : listing ? entriesFromListing(siteDir, listing) : siteEntries(siteDir);
  if (key === undefined || entries === undefined) return rm(recordFile, { force: true });
  await writeJsonAtomic(recordFile, { version: FORMAT_VERSION, key, entries });
}
