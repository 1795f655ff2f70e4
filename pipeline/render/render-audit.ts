/**
 * The deploy audit of rendered pages while Astro renders: the render hook tells a worker thread
 * which page was rendered, and the worker reads it once it is written and audits it on the other
 * core (Astro renders on one thread), so the index stage only audits what was not rendered
 * (feeds, assets, reused pages).
 * At 10,000 articles this takes the audit of 20,000 pages (about 6 s of CPU) off the index stage,
 * where it competed with Pagefind.
 */
import { Worker } from 'node:worker_threads';
import type { AuditFinding } from '../../src/lib/deploy/html-audit.ts';

export interface PageAuditor {
  /** Queues the page rendered at URL path `pathname` (base path included or not) for auditing. */
  audit(pathname: string): void;
  /**
   * Waits for every queued page; returns the findings by site file (`a/b/index.html`), every
   * audited file present.
   */
  finish(): Promise<Map<string, AuditFinding[]>>;
  /** Stops the worker without waiting for its findings (the build failed). */
  stop(): Promise<void>;
}

/** Pages per message to the worker. */
const BATCH = 32;

/** The site file of a page URL path: `/base/2024/09/12/slug/` → `2024/09/12/slug/index.html`; undefined for anything but a folder URL. */
export function pageFileOf(pathname: string, basePath: string): string | undefined {
  if (!pathname.endsWith('/')) return undefined;
  const inSite = basePath !== '/' && pathname.startsWith(basePath) ? pathname.slice(basePath.length - 1) : pathname;
  return `${decodeURIComponent(inSite).slice(1)}index.html`;
}

/** Starts the worker for the site being written to `siteDir`, deployed at `origin` under `basePath`. */
export function startPageAuditor(siteDir: string, origin: string, basePath: string): PageAuditor {
  const worker = new Worker(new URL('./render-audit-worker.ts', import.meta.url), { workerData: { siteDir, origin, basePath } });
  // Pages go to the worker in batches: in a cold build's profile, a message per page showed as
  // about 45 µs of Astro's thread each (0.9 s over 20,000 pages, part of it waiting for a core).
  let batch: string[] = [];
  const send = () => {
    if (batch.length > 0) worker.postMessage({ pages: batch });
    batch = [];
  };
  return {
    audit(pathname) {
      const file = pageFileOf(pathname, basePath);
      if (file === undefined) return;
      batch.push(file);
      if (batch.length >= BATCH) send();
    },
    async stop() {
      await worker.terminate();
    },
    finish() {
      return new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', ({ audited, findings }: { audited: string[]; findings: Record<string, AuditFinding[]> }) => {
          void worker.terminate();
          resolve(new Map(audited.map((file) => [file, findings[file] ?? []])));
        });
        send();
        worker.postMessage('done');
      });
    },
  };
}
