/**
 * Runs ingest and decides what its problems mean for the build: class A always fails; with
 * --strict (or STRICT=1) so do B and C; nothing publishable fails; a manifest that does not add up
 * fails. Also writes the machine-readable report beside the output folder.
 */
import { rename, writeFile } from 'node:fs/promises';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import {
  checkManifest,
  countManifest,
  createReport,
  formatSummary as formatReportSummary,
  type BuildReport,
  type ManifestCounts,
} from '../../src/lib/report/manifest.ts';
import { ingestSeeds, type IngestOptions, type IngestResult } from './ingest.ts';

export interface IngestVerdict extends IngestResult {
  /** Why the build must stop, or undefined when it may go on. */
  failure?: string;
  counts: ManifestCounts;
  /** The seeds folder as configured, for messages and the report. */
  seedsDir: string;
}

export { countManifest };

/** Ingests and decides whether the build may continue. */
export async function ingestWithVerdict(config: ArchiveConfig, projectRoot: string, options?: IngestOptions): Promise<IngestVerdict> {
  const result = await ingestSeeds(config, projectRoot, options);
  const counts = countManifest(result.manifest);
  const invariant = checkManifest(result.manifest, result.walked);
  const classA = result.problems.filter((p) => p.severity === 'A').length;
  let failure: string | undefined;
  if (invariant.length > 0) failure = `manifest check failed: ${invariant.join('; ')}`;
  else if (classA > 0) failure = `${classA} integrity problem(s) (class A)`;
  else if (config.strict && result.problems.length > 0) failure = `--strict: ${result.problems.length} problem(s) in class B or C`;
  else if (counts.published === 0) failure = 'no article could be published';
  return { ...result, counts, seedsDir: config.seedsDir, ...(failure ? { failure } : {}) };
}

/** The report for a verdict; `outcome` says what happened to the output folder. */
export function reportFor(verdict: IngestVerdict, outcome: BuildReport['outcome'], failure = verdict.failure): BuildReport {
  return createReport({
    outcome,
    ...(failure ? { failure } : {}),
    seedsDir: verdict.seedsDir,
    problems: verdict.problems,
    manifest: verdict.manifest,
  });
}

/** The summary printed at the end of validate and build: counts, then one line per problem, then ignored files. */
export function formatSummary(verdict: IngestVerdict): string {
  return formatReportSummary(reportFor(verdict, 'validated'));
}

/** Where the report of a build into `outDir` goes: beside it, never inside it (`dist` → `dist.report.json`). */
export function reportPathFor(outDir: string): string {
  return `${outDir.replace(/[/\\]+$/, '')}.report.json`;
}

/** Writes a report atomically (temporary file, then rename), so a reader never sees half a file. */
export async function writeReport(file: string, report: BuildReport): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`);
  await rename(temporary, file);
}
