/**
 * The search copies of an output folder's article pages (src/lib/search/indexed-page.ts), kept between
 * builds in .cache/search-copies/<output>/ at the pages' own paths, so Pagefind indexes the copies
 * folder with a bundle's glob and gives the URLs it would give for the site.
 *
 * A copy is written when its page is rendered (by the deploy audit's worker, which reads every
 * rendered page anyway), or made from the staged page before its bundle is indexed when the copy
 * on disk is not of the page's current indexed data. The record beside the folder says, per page,
 * the digest of the indexed data its copy was made from; it is deleted when a build starts and
 * written once the copies are complete, so copies written by a build that stopped are never
 * trusted: without a record the folder is emptied.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { searchCopyOf } from '../../src/lib/search/indexed-page.ts';
import { writeJsonAtomic } from '../shared/write-atomic.ts';

/** Article pages among a site's files (`YYYY/MM/DD/slug/index.html`): the pages with search copies. */
export const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** Bump when the record's format or the copies' content changes. */
const FORMAT_VERSION = 1;

interface CopiesRecord {
  version: number;
  /** renderFingerprint of the build that made the copies. */
  fingerprint: string;
  /** Site file (`YYYY/MM/DD/slug/index.html`) → digest of the indexed data its copy was made from. */
  pages: { [page: string]: string };
}

export interface SearchCopies {
  /** The folder Pagefind indexes. */
  dir: string;
  /** Notes the pages whose copies the render-time worker wrote in this build. */
  written(pages: Iterable<string>): void;
  /** Deletes the copies of pages the site no longer has (`sitePages`: every article page of the site). */
  prune(sitePages: ReadonlySet<string>): void;
  /**
   * The pages among `pages` whose copy on disk is not of their current indexed data; undefined when
   * one of them has no copy at all.
   */
  outdated(pages: readonly string[]): string[] | undefined;
  /** Makes the copies of `pages` (site files of one bundle) current, from the staged site where needed. */
  prepare(pages: readonly string[], stagingDir: string): void;
  /** Records what the copies hold, for the next build. */
  save(): Promise<void>;
}

/** Writes the search copy of a rendered page to `copiesDir`. */
export function writeSearchCopy(copiesDir: string, page: string, html: string): void {
  const target = path.join(copiesDir, page);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, searchCopyOf(html));
}

/**
 * Opens the copies of the output folder named by `name` (the build's output hash). `digestOf`
 * gives the digest of the indexed data of a site file in this build.
 */
export async function openSearchCopies(
  projectRoot: string,
  name: string,
  fingerprint: string,
  digestOf: (page: string) => string,
): Promise<SearchCopies> {
  const dir = path.join(projectRoot, '.cache', 'search-copies', name);
  const recordFile = `${dir}.json`;
  let record: CopiesRecord | undefined;
  try {
    record = JSON.parse(await readFile(recordFile, 'utf8')) as CopiesRecord;
  } catch {
    record = undefined;
  }
  await rm(recordFile, { force: true });
  const usable = record?.version === FORMAT_VERSION && record.fingerprint === fingerprint;
  // Copies no record vouches for are not kept.
  if (!usable) await rm(dir, { recursive: true, force: true });
  /** Page → digest of the copy on disk; pages made current in this build have this build's digest. */
  const onDisk = new Map<string, string>(usable ? Object.entries(record!.pages) : []);

  return {
    dir,
    written(pages) {
      for (const page of pages) onDisk.set(page, digestOf(page));
    },
    prune(sitePages) {
      for (const [page] of onDisk) {
        if (sitePages.has(page)) continue;
        try {
          unlinkSync(path.join(dir, page));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        onDisk.delete(page);
      }
    },
    outdated(pages) {
      const outdated: string[] = [];
      for (const page of pages) {
        const digest = onDisk.get(page);
        if (digest === undefined) return undefined;
        if (digest !== digestOf(page)) outdated.push(page);
      }
      return outdated;
    },
    prepare(pages, stagingDir) {
      for (const page of pages) {
        const digest = digestOf(page);
        if (onDisk.get(page) === digest) continue;
        writeSearchCopy(dir, page, readFileSync(path.join(stagingDir, page), 'utf8'));
        onDisk.set(page, digest);
      }
    },
    async save() {
      const record: CopiesRecord = { version: FORMAT_VERSION, fingerprint, pages: Object.fromEntries(onDisk) };
      await writeJsonAtomic(recordFile, record);
    },
  };
}
