/**
 * The peer of `npm run bench -- --peer`: what a user would otherwise pick for the same archive,
 * Debian's `hugo` with the minimal site in tools/bench/peer/site/ (article pages, a paginated home
 * page, paginated month archives), then the Pagefind CLI over Hugo's output. The seeds are written
 * as Hugo content first, untimed (a user converts once); each tool is then timed as a child process
 * with its CPU time (from this process's reaped children) and the peak resident memory of its
 * process tree. Only plain-text seeds are converted (the generated corpora have no Markdown).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeRssBytes } from '../../../pipeline/shared/process-tree.ts';

const peerDir = path.dirname(fileURLToPath(import.meta.url));

export interface PeerStep {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

export interface PeerSample {
  hugo: PeerStep;
  pagefind: PeerStep;
  /** Files and bytes of the peer's output (pages and search bundle). */
  files: number;
  bytes: number;
}

/** The Hugo version, or undefined when `hugo` is not installed. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of this process's waited-for children (cutime + cstime of /proc/<pid>/stat, in
 * USER_HZ ticks of 1/100 s): a child's time, and its own children's, land there once it is reaped.
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Runs `command` to completion, timing it and sampling its process tree's memory every 50 ms. */
async function timed(command: string, args: string[], cwd: string): Promise<PeerStep> {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
  }, 50);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} failed (exit ${code}): ${Buffer.concat(stderr).toString('utf8').slice(0, 2000)}`);
  return { wallSeconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRssBytes: peak };
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A Hugo content file for a plain-text seed (line 1 `YYYY-MM-DD HH:MM:SS`, then paragraphs), or undefined for other seeds. */
export function hugoContent(file: string, text: string): string | undefined {
  const [timestamp, ...lines] = text.replace(/\r\n?/g, '\n').split('\n');
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(timestamp?.trim() ?? '');
  const id = /([0-9a-f]{16})\.txt$/.exec(file)?.[1];
  const paragraphs = lines.map((line) => line.trim()).filter(Boolean);
  if (!match || !id || paragraphs.length === 0) return undefined;
  const lead = paragraphs[0]!;
  const sentence = /^(.{20,}?[.!?])\s/.exec(lead)?.[1] ?? lead;
  const title = sentence.length > 100 ? `${sentence.slice(0, 99).replace(/\s+\S*$/, '')}…` : sentence;
  const slug = `${slugify(lead.split(/\s+/).slice(0, 6).join(' '))}-${id.slice(0, 8)}`;
  const [, year, month, day, time] = match;
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${year}-${month}-${day}T${time}Z`,
    `slug: ${JSON.stringify(slug)}`,
    `months: [${JSON.stringify(`${year}-${month}`)}]`,
    '---',
  ];
  return `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes the peer's Hugo site for `seedsDir` into `workDir/site` (untimed). Returns how many seeds it took. */
export async function preparePeer(seedsDir: string, workDir: string): Promise<number> {
  const site = path.join(workDir, 'site');
  await rm(workDir, { recursive: true, force: true });
  await cp(path.join(peerDir, 'site'), site, { recursive: true });
  const content = path.join(site, 'content', 'posts');
  await mkdir(content, { recursive: true });
  let written = 0;
  for (const name of (await readdir(seedsDir)).sort()) {
    const converted = hugoContent(name, await readFile(path.join(seedsDir, name), 'utf8'));
    if (!converted) continue;
    await writeFile(path.join(content, `${name.replace(/\.txt$/, '')}.md`), converted);
    written++;
  }
  return written;
}

/** Counts the files and bytes under `dir` (a built site). */
export async function measureOutput(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Builds the prepared peer from scratch: `hugo`, then the Pagefind CLI of node_modules over its output. */
export async function buildPeer(workDir: string, projectRoot: string): Promise<PeerSample> {
  const site = path.join(workDir, 'site');
  const out = path.join(workDir, 'public');
  await rm(out, { recursive: true, force: true });
  await rm(path.join(site, 'resources'), { recursive: true, force: true });
  execFileSync('sync');
  const hugo = await timed('hugo', ['--source', site, '--destination', out, '--quiet'], workDir);
  const pagefindBin = path.join(projectRoot, 'node_modules', '.bin', 'pagefind');
  const pagefind = await timed(pagefindBin, ['--site', out, '--silent'], workDir);
  return { hugo, pagefind, ...(await measureOutput(out)) };
}
