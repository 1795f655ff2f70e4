/**
 * Runs ingest and turns its problems into a human-readable summary and a verdict:
 * class A always fails; with --strict (or STRICT=1), so do B and C; no articles at all fails.
 */
import { formatProblem, type Problem } from '../src/lib/problems.ts';
import type { ArchiveConfig } from '../src/lib/config.ts';
import { ingestSeeds, type IngestResult } from './ingest.ts';

export interface IngestVerdict extends IngestResult {
  /** Why the build must stop, or undefined when it may go on. */
  failure?: string;
  counts: { walked: number; published: number; skipped: number; ignored: number };
}

/** Counts manifest statuses. */
export function countManifest(result: IngestResult): IngestVerdict['counts'] {
  const count = (prefix: string) => result.manifest.filter((entry) => entry.status.startsWith(prefix)).length;
  return { walked: result.manifest.length, published: count('published'), skipped: count('skipped:'), ignored: count('ignored:') };
}

/** Ingests and decides whether the build may continue. */
export async function ingestWithVerdict(config: ArchiveConfig, projectRoot: string, maxSeedBytes?: number): Promise<IngestVerdict> {
  const result = await ingestSeeds(config, projectRoot, maxSeedBytes);
  const counts = countManifest(result);
  const classA = result.problems.filter((p) => p.severity === 'A');
  let failure: string | undefined;
  if (classA.length > 0) failure = `${classA.length} integrity problem(s) (class A)`;
  else if (config.strict && result.problems.length > 0) failure = `--strict: ${result.problems.length} problem(s)`;
  else if (counts.published === 0) failure = 'no article could be published';
  return { ...result, counts, ...(failure ? { failure } : {}) };
}

/** The summary printed at the end of ingest: counts, then one line per problem. */
export function formatSummary(verdict: IngestVerdict): string {
  const { walked, published, skipped, ignored } = verdict.counts;
  const lines = [`Seeds: ${walked} file(s) walked, ${published} published, ${skipped} skipped, ${ignored} ignored.`];
  const order = { A: 0, B: 1, C: 2 } as const;
  const sorted = [...verdict.problems].sort(
    (a: Problem, b: Problem) => order[a.severity] - order[b.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
  for (const problem of sorted) {
    const label = problem.severity === 'A' ? 'error' : problem.severity === 'B' ? 'skipped' : 'warning';
    lines.push(`  ${label}: ${formatProblem(problem)}`);
  }
  return lines.join('\n');
}
