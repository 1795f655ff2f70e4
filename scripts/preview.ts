/**
 * `npm run preview`: serves dist/ over HTTP the way a static host does, under BASE_PATH.
 * Usage: npm run preview [-- --port 4321] [-- --dir dist] [-- --headers]
 * --headers sends the headers of the site's generated `_headers` file, as Netlify and Cloudflare Pages do.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { loadArchiveConfig } from '../pipeline/shared/archive-config.ts';
import { normaliseBasePath } from '../src/lib/config.ts';
import { headersFor, parseHeadersFile } from '../src/lib/deploy/host-headers.ts';

const config = await loadArchiveConfig();
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(config.previewPort) },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: config.basePath },
    headers: { type: 'boolean', default: false },
  },
});

const basePath = normaliseBasePath(values.base);
const root = path.resolve(values.dir);
const serveFile = sirv(root, { dev: false, etag: true, dotfiles: false });
const headerRules = values.headers ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8')) : [];

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(basePath)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: the site is served under ${basePath}`);
    return;
  }
  for (const [name, value] of headersFor(headerRules, new URL(url, 'http://localhost').pathname)) res.setHeader(name, value);
  req.url = `/${url.slice(basePath.length)}`;
  serveFile(req, res, () => {
    // Like static hosts, answer unknown paths with the site's 404 page and status.
    let page: Buffer | string = 'Not found';
    try {
      page = readFileSync(path.join(root, '404.html'));
    } catch {
      // No 404 page built: plain text will do.
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}${basePath}`);
});
