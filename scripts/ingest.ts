/**
 * Ingest: walk the seeds folder, decode and parse every file, build validated Articles,
 * check collisions, and account for every file in a manifest. Collects all problems.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareNewestFirst, buildArticle } from '../src/lib/build-article.ts';
import type { Article } from '../src/lib/article-schema.ts';
import type { ArchiveConfig } from '../src/lib/config.ts';
import type { Problem } from '../src/lib/problems.ts';
import { decodeSeed, parseMarkdownSeed, parseTextSeed, TEXT_SEED_NAME } from '../src/lib/seed-parser.ts';
import { slugify } from '../src/lib/slug.ts';

export interface ManifestEntry {
  file: string;
  /** `published`, `skipped:<CODE>` or `ignored:<reason>`. */
  status: string;
  id?: string;
  url?: string;
}

export interface IngestResult {
  articles: Article[];
  problems: Problem[];
  manifest: ManifestEntry[];
}

/** Files larger than this are rejected before reading (bytes). */
export const DEFAULT_MAX_SEED_BYTES = 5 * 1024 * 1024;
const READ_CONCURRENCY = 16;

/** Why a file is not a seed at all, or undefined when it is one. */
function ignoreReason(name: string): string | undefined {
  if (name.startsWith('.')) return 'hidden file';
  if (name.endsWith('~') || /\.(?:bak|swp|tmp)$/i.test(name)) return 'editor backup';
  if (!/\.(?:txt|md)$/i.test(name)) return 'not a .txt or .md seed';
  return undefined;
}

/** Id from a plain-text seed name `NNN_<16 hex>.txt`, otherwise from the file's stem. */
function idFromName(name: string): string {
  const match = TEXT_SEED_NAME.exec(name.replace(/\.TXT$/i, '.txt'));
  if (match) return match[2]!;
  const stem = name.replace(/\.[^.]+$/, '');
  return slugify(stem).slice(0, 64).replace(/-+$/, '') || `h${createHash('sha256').update(stem).digest('hex').slice(0, 15)}`;
}

/** Lists every entry under `dir` (sorted, lstat-based), refusing symlinks. */
async function walk(
  dir: string,
  root: string,
  out: { rel: string; abs: string; size: number }[],
  problems: Problem[],
  manifest: ManifestEntry[],
): Promise<void> {
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const abs = path.join(dir, name);
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const stat = await lstat(abs);
    if (stat.isSymbolicLink()) {
      problems.push({
        file: rel,
        line: 0,
        col: 0,
        code: 'SYMLINK',
        severity: 'A',
        message: 'symbolic links are not followed; replace it with the file itself',
      });
      manifest.push({ file: rel, status: 'skipped:SYMLINK' });
    } else if (stat.isDirectory()) {
      await walk(abs, root, out, problems, manifest);
    } else if (stat.isFile()) {
      out.push({ rel, abs, size: stat.size });
    } else {
      manifest.push({ file: rel, status: 'ignored:not a regular file' });
    }
  }
}

/** Runs `task` over `items` with at most `limit` in flight, keeping input order in the results. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Ingests the seeds folder named by the config (resolved against `projectRoot`). */
export async function ingestSeeds(
  config: ArchiveConfig,
  projectRoot: string,
  maxSeedBytes = DEFAULT_MAX_SEED_BYTES,
): Promise<IngestResult> {
  const seedsDir = path.resolve(projectRoot, config.seedsDir);
  const problems: Problem[] = [];
  const manifest: ManifestEntry[] = [];
  const files: { rel: string; abs: string; size: number }[] = [];
  try {
    if (!(await lstat(seedsDir)).isDirectory()) throw new Error('not a directory');
  } catch {
    problems.push({
      file: config.seedsDir,
      line: 0,
      col: 0,
      code: 'NO_INPUT',
      severity: 'A',
      message: `seeds folder ${seedsDir} does not exist; create it or set SEEDS_DIR`,
    });
    return { articles: [], problems, manifest };
  }
  await walk(seedsDir, seedsDir, files, problems, manifest);

  const candidates = files.filter((file) => {
    const reason = ignoreReason(path.posix.basename(file.rel));
    if (reason) manifest.push({ file: file.rel, status: `ignored:${reason}` });
    return !reason;
  });

  const parsed = await mapLimited(candidates, READ_CONCURRENCY, async (file) => {
    const name = path.posix.basename(file.rel);
    const fileProblems: Problem[] = [];
    if (file.size > maxSeedBytes) {
      fileProblems.push({
        file: file.rel,
        line: 0,
        col: 0,
        code: 'TOO_LARGE',
        severity: 'B',
        message: `file is ${file.size} bytes, over the ${maxSeedBytes}-byte limit (MAX_SEED_BYTES)`,
      });
      return { file, problems: fileProblems };
    }
    const decoded = decodeSeed(await readFile(file.abs), file.rel);
    if (decoded.text === undefined) return { file, problems: decoded.problems };
    const options = { timeZone: config.timeZone };
    const id = idFromName(name);
    const result = /\.md$/i.test(name)
      ? parseMarkdownSeed(file.rel, decoded.text, id, options)
      : parseTextSeed(file.rel, decoded.text, id, options);
    if (!result.seed) return { file, problems: result.problems };
    try {
      return { file, problems: result.problems, article: buildArticle(result.seed) };
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 300) : String(error);
      return {
        file,
        problems: [...result.problems, { file: file.rel, line: 1, col: 1, code: 'INVALID_ARTICLE', severity: 'B' as const, message }],
      };
    }
  });

  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  const byUrl = new Map<string, Article>();
  for (const { file, problems: fileProblems, article } of parsed) {
    problems.push(...fileProblems);
    const blocking = fileProblems.find((p) => p.severity !== 'C');
    if (!article || blocking) {
      manifest.push({ file: file.rel, status: `skipped:${blocking?.code ?? 'UNKNOWN'}` });
      continue;
    }
    const sameId = byId.get(article.id);
    const sameUrl = byUrl.get(article.permalink);
    const clash = sameId ?? sameUrl;
    if (clash) {
      const what = sameId ? `id "${article.id}"` : `URL ${article.permalink}`;
      problems.push({
        file: file.rel,
        line: 0,
        col: 0,
        code: 'COLLISION',
        severity: 'A',
        message: `${what} is also used by ${clash.sourceFile}; give one of them another id or slug`,
      });
      manifest.push({ file: file.rel, status: 'skipped:COLLISION' });
      continue;
    }
    byId.set(article.id, article);
    byUrl.set(article.permalink, article);
    articles.push(article);
    manifest.push({ file: file.rel, status: 'published', id: article.id, url: article.permalink });
  }
  articles.sort(compareNewestFirst);
  manifest.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems, manifest };
}
