/**
 * Shared plumbing for the search evaluation and benchmark: serve a built site over HTTP the way a
 * static host does (optionally gzip-compressing text, as Netlify or Cloudflare Pages do), and
 * launch Debian's Chromium through Playwright.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import sirv from 'sirv';

/** Types a static host compresses on the fly; Pagefind's index and WASM files are already compressed. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|xml|txt)$/;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedSite {
  /** Origin plus base path, ending in `/`. */
  url: string;
  /** Responses, bytes written to the network (headers and body, as sent) and body bytes before compression, since the last reset. */
  counters(): { requests: number; bytes: number; uncompressed: number; byPath: Map<string, number> };
  resetCounters(): void;
  close(): Promise<void>;
}

/** Serves `dir` under `basePath` on a free local port; `gzip` compresses text responses. */
export async function serveSite(dir: string, options: { basePath?: string; gzip?: boolean } = {}): Promise<ServedSite> {
  const basePath = options.basePath ?? '/';
  const root = path.resolve(dir);
  const serveFile = sirv(root, { dev: false, etag: true, dotfiles: false });
  let counts = { requests: 0, bytes: 0, uncompressed: 0, byPath: new Map<string, number>() };
  const server: Server = createServer((req, res) => {
    // Chromium sends one request at a time per HTTP/1.1 connection, so the socket's byte count
    // between request and finish is this response's size on the wire.
    const socket = req.socket;
    const startBytes = socket.bytesWritten;
    let plainBody = -1;
    res.on('finish', () => {
      const sent = socket.bytesWritten - startBytes;
      counts.requests++;
      counts.bytes += sent;
      counts.uncompressed += plainBody >= 0 ? plainBody : sent;
      counts.byPath.set(url, (counts.byPath.get(url) ?? 0) + sent);
    });
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.writeHead(404).end('Not found');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    const pathname = decodeURIComponent(req.url.split('?')[0] ?? '/');
    const wantsGzip = options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (wantsGzip && COMPRESSIBLE.test(file) && file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      const extension = path.extname(file);
      const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
      plainBody = statSync(file).size;
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file)
        .pipe(createGzip({ level: 6 }))
        .pipe(res);
      return;
    }
    serveFile(req, res, () => {
      res.writeHead(404).end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    counters: () => ({ ...counts, byPath: new Map(counts.byPath) }),
    resetCounters: () => {
      counts = { requests: 0, bytes: 0, uncompressed: 0, byPath: new Map() };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headless Debian Chromium with the same flags as the browser tests; never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
