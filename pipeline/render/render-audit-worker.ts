/**
 * The worker thread of pipeline/render/render-audit.ts: audits the rendered pages it is told about (the
 * deploy audit of src/lib/deploy/html-audit.ts), reading each from the staging folder once Astro has
 * written it, and, when asked, posts back the findings by page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { auditPage, type AuditFinding } from '../../src/lib/deploy/html-audit.ts';

const { siteDir, origin, basePath } = workerData as { siteDir: string; origin: string; basePath: string };
/** Pages told about and not audited yet, oldest first. */
const queue: string[] = [];
/** Pages that were not on disk yet when their turn came. */
const later: string[] = [];
const findings: Record<string, AuditFinding[]> = {};
const audited: string[] = [];
/** Astro writes a page just after rendering it, with up to 16 in flight: pages this far back are on disk. */
const LAG = 64;

/** Audits the page if its file is there yet; false when it is not. */
function audit(page: string): boolean {
  let html: string;
  try {
    html = readFileSync(path.join(siteDir, page), 'utf8');
  } catch {
    return false;
  }
  audited.push(page);
  const found = auditPage(html, origin, basePath);
  if (found.length > 0) findings[page] = found;
  return true;
}

parentPort!.on('message', (message: { pages: string[] } | 'done') => {
  if (message !== 'done') {
    queue.push(...message.pages);
    while (queue.length > LAG) {
      const page = queue.shift()!;
      // Not written yet after all: it is audited when rendering is over.
      if (!audit(page)) later.push(page);
    }
    return;
  }
  // Rendering is over and every page is written; one that is still missing was not written (an
  // empty response), and the index stage audits whatever is on disk.
  for (const page of [...later, ...queue]) audit(page);
  parentPort!.postMessage({ audited, findings });
});
