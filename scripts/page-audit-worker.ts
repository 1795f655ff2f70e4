/**
 * The worker thread of scripts/page-auditor.ts: audits each rendered page it is sent (the deploy
 * audit of src/lib/html-audit.ts) and, when asked, posts back the findings by page.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPage, type AuditFinding } from '../src/lib/html-audit.ts';

const { origin, basePath } = workerData as { origin: string; basePath: string };
const findings: Record<string, AuditFinding[]> = {};
const audited: string[] = [];

parentPort!.on('message', (message: { page: string; html: string } | 'done') => {
  if (message === 'done') {
    parentPort!.postMessage({ audited, findings });
    return;
  }
  audited.push(message.page);
  const found = auditPage(message.html, origin, basePath);
  if (found.length > 0) findings[message.page] = found;
});
