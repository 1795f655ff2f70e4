/**
 * Temporary seeds folders for ingest tests: the bundled seed and a good Markdown neighbour,
 * plus the fixtures of one bad-input case, copied into a fresh folder under the OS temp dir.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig, type ArchiveConfig } from '../../src/lib/config.ts';
import { compareProblems, formatProblem } from '../../src/lib/report/problems.ts';
import { ingestWithVerdict, type IngestVerdict } from '../../pipeline/ingest/ingest-verdict.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const BAD = path.join(PROJECT_ROOT, 'tests/fixtures/bad');
export const BUNDLED_SEED = '000_6f6e37195cd625da.txt';
export const NEIGHBOUR = 'neighbour.md';
/** "Now" for every ingest test: 2026-01-01T00:00:00Z, as SOURCE_DATE_EPOCH=1767225600 would give. */
export const NOW_MS = Date.UTC(2026, 0, 1);

/** A fresh temp folder; removed by the returned cleanup. */
export function makeTempDir(prefix = 'seeds-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `news-archive-${prefix}`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the neighbours (bundled seed + good Markdown article) into `dir`. */
export function addNeighbours(dir: string): void {
  cpSync(path.join(PROJECT_ROOT, 'seeds', BUNDLED_SEED), path.join(dir, BUNDLED_SEED));
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/good', NEIGHBOUR), path.join(dir, NEIGHBOUR));
}

/** Copies fixtures (files or folders under tests/fixtures/bad) into `dir`, keeping their names. */
export function addFixtures(dir: string, fixtures: readonly string[]): void {
  for (const fixture of fixtures) cpSync(path.join(BAD, fixture), path.join(dir, fixture), { recursive: true });
}

/** Ingests `dir` with the given environment (UTC, not strict, fixed "now" unless overridden). */
export async function ingestDir(dir: string, env: Record<string, string> = {}): Promise<IngestVerdict & { lines: string[] }> {
  const config: ArchiveConfig = resolveConfig({ SEEDS_DIR: dir, ...env });
  const verdict = await ingestWithVerdict(config, PROJECT_ROOT, { nowMs: NOW_MS });
  // Report order: class A first, then by file, line and column.
  return { ...verdict, lines: [...verdict.problems].sort(compareProblems).map(formatProblem) };
}

/** Status of each file in the manifest. */
export function statuses(verdict: IngestVerdict): Record<string, string> {
  return Object.fromEntries(verdict.manifest.map((entry) => [entry.file, entry.status]));
}
