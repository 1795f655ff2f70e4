/**
 * Pre-flight of the build: before rendering, predicts the output's file count and size from the
 * ingested articles and warns about the host limits it would exceed; after the build, reports the
 * real figures, the prediction's error, and the limits the real output exceeds.
 */
import type { Article } from '../../src/lib/article-schema.ts';
import type { ArchiveConfig } from '../../src/lib/config.ts';
import { resolveEntityMinArticles } from '../../src/lib/archive/entity-index.ts';
import {
  exceededLimits,
  formatBytes,
  formatCount,
  resolveHostLimits,
  type HostLimits,
  type OutputSize,
} from '../../src/lib/deploy/host-limits.ts';
import { corpusStats, predictOutput, predictionError, siteUrlProblem } from '../../src/lib/deploy/output-prediction.ts';

/** What the pre-flight decided, handed to `confirmOutput` after the build. */
export interface Preflight {
  predicted: OutputSize;
  hosts: HostLimits[];
  /** True when the reader chose the limits (HOST_LIMITS or MAX_*), so --strict may fail on them. */
  chosen: boolean;
}

/** A prediction error beyond this means src/lib/deploy/output-prediction.ts no longer describes the site. */
const STALE_MODEL_PERCENT = 25;

function describe(size: OutputSize): string {
  return `${formatCount(size.files)} files, ${formatBytes(size.bytes)} (largest file ${formatBytes(size.largestFileBytes)}, fullest folder ${formatCount(size.largestFolderFiles)} files)`;
}

function warnAboutLimits(problems: readonly string[], when: 'predicted' | 'built'): void {
  if (problems.length === 0) return;
  const lines = problems.map((problem) => `  ${problem}`).join('\n');
  console.warn(
    `Warning: the ${when} site exceeds host limits:\n${lines}\n  Set HOST_LIMITS to the host you deploy to (or "none"); docs/ has each host's recipe and limits.`,
  );
}

/** Predicts the output before rendering, prints it, and warns about exceeded limits. */
export function runPreflight(articles: readonly Article[], config: ArchiveConfig, env: Record<string, string | undefined>): Preflight {
  const mismatch = siteUrlProblem(config.siteUrl, config.basePath);
  if (mismatch) throw new Error(mismatch);
  const hosts = resolveHostLimits(env);
  const predicted = predictOutput(corpusStats(articles, config.pageSize, resolveEntityMinArticles(env)));
  console.log(`Pre-flight: about ${describe(predicted)} predicted.`);
  warnAboutLimits(exceededLimits(predicted, hosts), 'predicted');
  const chosen = ['HOST_LIMITS', 'MAX_OUTPUT_FILES', 'MAX_OUTPUT_BYTES', 'MAX_FILE_BYTES', 'MAX_FILES_PER_FOLDER'].some((name) =>
    env[name]?.trim(),
  );
  return { predicted, hosts, chosen };
}

/** Reports the built output against the prediction and the limits; throws under --strict when chosen limits are exceeded. */
export function confirmOutput(preflight: Preflight, actual: OutputSize, strict: boolean): void {
  const filesError = predictionError(preflight.predicted.files, actual.files);
  const bytesError = predictionError(preflight.predicted.bytes, actual.bytes);
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
  console.log(`Output: ${describe(actual)}; the pre-flight was off by ${signed(filesError)} in files, ${signed(bytesError)} in bytes.`);
  if (Math.abs(filesError) > STALE_MODEL_PERCENT && actual.files > 200)
    console.warn(
      `Warning: the pre-flight model is off by more than ${STALE_MODEL_PERCENT}% in files; update OUTPUT_MODEL in src/lib/deploy/output-prediction.ts.`,
    );
  const problems = exceededLimits(actual, preflight.hosts);
  warnAboutLimits(problems, 'built');
  if (strict && preflight.chosen && problems.length > 0) throw new Error(`--strict: the site exceeds the chosen host limits.`);
}
