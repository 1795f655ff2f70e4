/**
 * The deploy step of the build, run on the staged site after Pagefind: audits every page for
 * what would break on a static host (inline code the CSP blocks, URLs outside BASE_PATH), writes
 * `_headers` (Netlify, Cloudflare Pages) and `.nojekyll` (GitHub Pages from a branch), and
 * measures the output as hosts count it.
 */
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileMemo } from '../shared/file-memo.ts';
import { walkTreeSync } from '../shared/walk-files.ts';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import { hostHeaderRules, renderHeadersFile } from '../../src/lib/deploy/host-headers.ts';
import type { OutputSize } from '../../src/lib/deploy/host-limits.ts';
import { auditPage, auditText, type AuditFinding } from '../../src/lib/deploy/html-audit.ts';
import { SEARCH_BUNDLES_FILE } from '../../src/lib/search/search-merge.ts';

/** A file of the built site: its path relative to the site folder (with `/`) and its size. */
export interface SiteFile {
  path: string;
  bytes: number;
  /** The file's identity, for memos of per-file work (pipeline/shared/file-memo.ts). */
  ino?: number;
  mtimeMs?: number;
  ctimeMs?: number;
}

/** One audit message with how many files have it and the first of them. */
export interface GroupedFinding extends AuditFinding {
  files: number;
  example: string;
}

/**
 * Every file under `siteDir` (or under its folder `under`), with paths from `siteDir`, sorted.
 * Stat calls are synchronous: the files were just written or linked, so the answers come from
 * memory, and 30,000 of them took 0.06 s in a loop against about 1 s as promises through the thread pool.
 */
export async function listSiteFiles(siteDir: string, under = ''): Promise<SiteFile[]> {
  return listSiteTree(siteDir, under).files;
}

/** `listSiteFiles`, and every folder under `under` with paths from `siteDir` (`under` itself included when it is given). */
function listSiteTree(siteDir: string, under = ''): { files: SiteFile[]; folders: string[] } {
  const inSite = (inFolder: string) => (under ? `${under}/${inFolder}` : inFolder);
  const { files, folders } = walkTreeSync(path.join(siteDir, under));
  const all = folders.map(inSite);
  if (under && existsSync(path.join(siteDir, under))) all.push(under);
  return { files: files.map((inFolder) => siteFile(siteDir, inSite(inFolder))), folders: all };
}

function siteFile(siteDir: string, file: string): SiteFile {
  const { size, ino, mtimeMs, ctimeMs } = statSync(path.join(siteDir, file));
  return { path: file, bytes: size, ino, mtimeMs, ctimeMs };
}

/** The files the index stage writes: the search bundles and their list. */
const isSearchFile = (file: string) => file.startsWith('pagefind/') || file === SEARCH_BUNDLES_FILE;

/** An audit of the site as it was before the index stage, with the files it listed then. */
export interface EarlyAudit {
  files: SiteFile[];
  /** Every folder under the site folder but the search bundles' (`a`, `a/b`). */
  folders: string[];
  findings: GroupedFinding[];
}

/**
 * The site's files but the search bundles and their list, which the index stage may still be
 * writing (and deleting, in a recycled site) while this runs: listing them then could meet a file
 * that is gone by the time it is examined.
 */
function listPagesAndAssets(siteDir: string): { files: SiteFile[]; folders: string[] } {
  const files: SiteFile[] = [];
  const folders: string[] = [];
  for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'pagefind') {
      const tree = listSiteTree(siteDir, entry.name);
      files.push(...tree.files);
      folders.push(...tree.folders);
    } else if (entry.isFile() && !isSearchFile(entry.name)) files.push(siteFile(siteDir, entry.name));
  }
  return { files: files.sort(byPath), folders };
}

/** Lists the site's files, but for the search bundles (see writeHostFiles), and audits them (`known` as for auditSite). */
export async function listAndAudit(
  siteDir: string,
  config: ArchiveConfig,
  known: Parameters<typeof auditSite>[3] = {},
): Promise<EarlyAudit> {
  const { files, folders } = listPagesAndAssets(siteDir);
  return { files, folders, findings: await auditSite(siteDir, files, config, known) };
}

/** Counts files and bytes, and finds the largest file and the fullest folder. */
export function measureOutput(files: readonly SiteFile[]): OutputSize {
  const perFolder = new Map<string, number>();
  let bytes = 0;
  let largestFileBytes = 0;
  for (const file of files) {
    bytes += file.bytes;
    largestFileBytes = Math.max(largestFileBytes, file.bytes);
    const folder = path.posix.dirname(file.path);
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
  return {
    files: files.length,
    bytes,
    largestFileBytes,
    largestFolderFiles: [...perFolder.values()].reduce((max, count) => Math.max(max, count), 0),
  };
}

const identityOf = (file: SiteFile) =>
  file.ino === undefined ? undefined : { ino: file.ino, size: file.bytes, mtimeMs: file.mtimeMs ?? 0 };

/** Text formats that may carry absolute URLs of the site (feeds, sitemaps, robots.txt, JSON feeds). */
const TEXT_FILE = /\.(?:xml|txt|json|webmanifest|xsl)$/;

/** Audits every HTML and text file, grouping identical messages. */
export async function auditSite(
  siteDir: string,
  files: readonly SiteFile[],
  config: ArchiveConfig,
  known: {
    memo?: FileMemo<AuditFinding[]>;
    prechecked?: ReadonlyMap<string, AuditFinding[]>;
    /** Files copied into the site, by path, with the identity of the file they were copied from. */
    copiedFrom?: ReadonlyMap<string, Pick<Stats, 'ino' | 'size' | 'mtimeMs'>>;
  } = {},
): Promise<GroupedFinding[]> {
  const { memo, prechecked, copiedFrom } = known;
  const origin = new URL(config.siteUrl).origin;
  const grouped = new Map<string, GroupedFinding>();
  const audited = files.filter((file) => file.path.endsWith('.html') || (TEXT_FILE.test(file.path) && !file.path.startsWith('pagefind/')));
  // Findings per file, in path order (so each group's example does not depend on read timing).
  const findingsOf = new Array<AuditFinding[]>(audited.length);
  const toRead: number[] = [];
  audited.forEach((file, index) => {
    const identity = identityOf(file);
    // A page audited as it was rendered (pipeline/render/render-audit.ts), kept in place in the
    // recycled site since it was audited, or copied from a file audited then, is not read again.
    const source = copiedFrom?.get(file.path);
    const findings = prechecked?.get(file.path) ?? (identity && memo?.get(file.path, identity)) ?? (source && memo?.get(file.path, source));
    if (!findings) return toRead.push(index);
    if (identity) memo?.set(file.path, identity, findings);
    findingsOf[index] = findings;
  });
  await mapInBatches(toRead, async (index) => {
    const file = audited[index]!;
    const text = await readFile(path.join(siteDir, file.path), 'utf8');
    const findings = file.path.endsWith('.html') ? auditPage(text, origin, config.basePath) : auditText(text, origin, config.basePath);
    const identity = identityOf(file);
    if (identity) memo?.set(file.path, identity, findings);
    findingsOf[index] = findings;
  });
  audited.forEach((file, index) => {
    for (const finding of findingsOf[index]!) {
      const group = grouped.get(finding.message);
      if (group) group.files += 1;
      else grouped.set(finding.message, { ...finding, files: 1, example: file.path });
    }
  });
  return [...grouped.values()].sort((a, b) =>
    a.severity === b.severity ? a.message.localeCompare(b.message, 'en') : a.severity === 'error' ? -1 : 1,
  );
}

/** One line per grouped finding, at most `limit` of them. */
export function formatFindings(findings: readonly GroupedFinding[], limit = 20): string {
  const lines = findings
    .slice(0, limit)
    .map(
      (finding) =>
        `  ${finding.severity}: ${finding.message} (${finding.files === 1 ? '1 file' : `${finding.files} files`}, e.g. ${finding.example})`,
    );
  if (findings.length > limit) lines.push(`  … and ${findings.length - limit} more`);
  return lines.join('\n');
}

/**
 * Audits the staged site (throws on errors, and on warnings when strict), then writes the host
 * files. Returns the site's files, host files included, and the output measured from them.
 * `audit`, when given, is an audit run while Pagefind indexed (on the other core): the files it
 * listed stand, but for the search bundles and their list, which are listed again.
 */
export async function writeHostFiles(
  siteDir: string,
  config: ArchiveConfig,
  audit?: Promise<EarlyAudit>,
): Promise<{ output: OutputSize; files: SiteFile[]; folders: string[] }> {
  const searchList = () => (existsSync(path.join(siteDir, SEARCH_BUNDLES_FILE)) ? [siteFile(siteDir, SEARCH_BUNDLES_FILE)] : []);
  const early = await (audit ?? listAndAudit(siteDir, config));
  // The search bundles, written since the early audit listed the rest.
  const search = listSiteTree(siteDir, 'pagefind');
  const findings = early.findings;
  const files = [...early.files.filter((file) => !isSearchFile(file.path)), ...search.files, ...searchList()].sort(byPath);
  const folders = [...early.folders.filter((folder) => folder !== 'pagefind' && !folder.startsWith('pagefind/')), ...search.folders];
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (findings.length > 0) console.warn(`Deploy audit:\n${formatFindings(findings)}`);
  if (errors.length > 0) throw new Error(`Deploy audit: ${errors.length} problem(s) would break the site on a static host.`);
  if (config.strict && findings.length > 0) throw new Error(`--strict: ${findings.length} deploy audit warning(s).`);

  const headers = renderHeadersFile(
    hostHeaderRules(
      files.map((file) => file.path),
      config.basePath,
    ),
  );
  // GitHub Pages publishing from a branch runs Jekyll, which drops folders starting with "_" (like _astro/).
  const hostFiles: SiteFile[] = [
    { path: '_headers', bytes: Buffer.byteLength(headers) },
    { path: '.nojekyll', bytes: 0 },
  ];
  await writeFile(path.join(siteDir, '_headers'), headers);
  await writeFile(path.join(siteDir, '.nojekyll'), '');
  const all = [...files, ...hostFiles].sort(byPath);
  return { output: measureOutput(all), files: all, folders };
}

function byPath(a: SiteFile, b: SiteFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Maps over items a few at a time, keeping order: enough parallel I/O without opening every file at once. */
async function mapInBatches<T, R>(items: readonly T[], map: (item: T) => Promise<R>, size = 32): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(map))));
  return results;
}
