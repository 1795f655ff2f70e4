/**
 * The worker thread of scripts/page-auditor.ts: audits the rendered pages it is told about (the
 * deploy audit of src/lib/html-audit.ts), reading each from the staging folder once Astro has
 * written it, and, when asked, posts back the findings by page. It also writes the search copy of
 * every article page it reads (scripts/search-copies.ts), so Pagefind need not read the pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { auditPage, type AuditFinding } from '../src/lib/html-audit.ts';
import { ARTICLE_PAGE, writeSearchCopy } from './search-copies.ts';

const { siteDir, origin, basePath, copiesDir, copyPages } = workerData as {
  siteDir: string;
  origin: string;
  basePath: string;
  copiesDir?: string;
  /** The article pages whose copies are outdated: only those are written (the others are current, and may be being indexed). */
  copyPages?: string[];
};
const toCopy = new Set(copyPages ?? []);
/** Pages told about and not audited yet, oldest first. */
const queue: string[] = [];
/** Pages that were not on disk yet when their turn came. */
const later: string[] = [];
/**
 * Pages whose copies are awaited (a search bundle is indexed once its copies are written), with the
 * times each was looked for: they are read as soon as they are on disk whole, not LAG pages later.
 */
let eager: { page: string; tries: number }[] = [];
let retry: NodeJS.Timeout | undefined;
const RETRY_MS = 20;
/** After this many looks (about a second) an awaited page waits for the end of rendering like the others. */
const MAX_TRIES = 50;
const findings: Record<string, AuditFinding[]> = {};
const audited: string[] = [];
const copied: string[] = [];
/** How many of `copied` were reported as they were written. */
let reported = 0;
/** Astro writes a page just after rendering it, with up to 16 in flight: pages this far back are on disk. */
const LAG = 64;

function read(page: string): string | undefined {
  try {
    return readFileSync(path.join(siteDir, page), 'utf8');
  } catch {
    return undefined;
  }
}

function check(page: string, html: string): void {
  audited.push(page);
  if (copiesDir !== undefined && toCopy.has(page) && ARTICLE_PAGE.test(page)) {
    writeSearchCopy(copiesDir, page, html);
    copied.push(page);
  }
  const found = auditPage(html, origin, basePath);
  if (found.length > 0) findings[page] = found;
}

/** Audits the page if its file is there yet; false when it is not. */
function audit(page: string): boolean {
  const html = read(page);
  if (html === undefined) return false;
  check(page, html);
  return true;
}

/** Copies written since the last report, so the build can index a bundle whose copies are all written while the rest renders. */
function report(): void {
  if (copied.length > reported) parentPort!.postMessage({ copied: copied.slice(reported) });
  reported = copied.length;
}

/** Reads the awaited pages that are on disk whole (Astro writes a page in one go after rendering it; its end tag says the write is over). */
function readAwaited(): void {
  retry = undefined;
  eager = eager.filter((entry) => {
    const html = read(entry.page);
    if (html !== undefined && html.trimEnd().endsWith('</html>')) {
      check(entry.page, html);
      return false;
    }
    if (++entry.tries < MAX_TRIES) return true;
    later.push(entry.page);
    return false;
  });
  report();
  if (eager.length > 0) retry = setTimeout(readAwaited, RETRY_MS);
}

parentPort!.on('message', (message: { pages: string[] } | 'done') => {
  if (message !== 'done') {
    for (const page of message.pages) {
      if (toCopy.has(page)) eager.push({ page, tries: 0 });
      else queue.push(page);
    }
    if (eager.length > 0 && retry === undefined) readAwaited();
    while (queue.length > LAG) {
      const page = queue.shift()!;
      // Not written yet after all: it is audited when rendering is over.
      if (!audit(page)) later.push(page);
    }
    return;
  }
  // Rendering is over and every page is written; one that is still missing was not written (an
  // empty response), and the index stage audits whatever is on disk.
  clearTimeout(retry);
  for (const page of [...eager.map((entry) => entry.page), ...later, ...queue]) audit(page);
  parentPort!.postMessage({ done: true, audited, findings, copied });
});
