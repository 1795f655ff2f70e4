/**
 * The manifest (every file walked: published, skipped or ignored), the build report written
 * beside the output folder, the invariants checked at the end of every build, and the
 * human-readable summary that closes the build output.
 */
import { z } from 'zod';
import { compareProblems, escapeUnprintable, formatProblem, ProblemSchema, type Problem } from './problems.ts';

export const ManifestEntrySchema = z.object({
  /** Path relative to the seeds folder (a trailing `/` for a folder ignored as a whole). */
  file: z.string().min(1),
  /** `published`, `skipped:<CODE>` (the first blocking problem) or `ignored:<reason>`. */
  status: z.string().regex(/^(?:published|skipped:[A-Z][A-Z0-9_]*|ignored:.+)$/),
  /** Article id, for published articles. */
  id: z.string().optional(),
  /** Page URL under the base path, for published articles. */
  url: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestCountsSchema = z.object({
  /** Entries the walk met: files, plus symlinks, special files and hidden folders. */
  walked: z.number().int().min(0),
  published: z.number().int().min(0),
  skipped: z.number().int().min(0),
  ignored: z.number().int().min(0),
});
export type ManifestCounts = z.infer<typeof ManifestCountsSchema>;

export const BuildReportSchema = z.object({
  /** Format version of this file. */
  version: z.literal(1),
  /** `published`: the output folder was replaced; `failed`: it was left untouched; `validated`: no build was attempted. */
  outcome: z.enum(['published', 'failed', 'validated']),
  /** Why the build stopped, when it did. */
  failure: z.string().optional(),
  /** The seeds folder as configured. */
  seedsDir: z.string(),
  counts: ManifestCountsSchema,
  /** Problems per class. */
  classes: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  /** Every problem, class A first, then by file and line. */
  problems: z.array(ProblemSchema),
  /** Every entry walked, sorted by path. */
  manifest: z.array(ManifestEntrySchema),
});
export type BuildReport = z.infer<typeof BuildReportSchema>;

/** Counts manifest statuses; `walked` is the number of entries. */
export function countManifest(manifest: readonly ManifestEntry[]): ManifestCounts {
  let published = 0;
  let skipped = 0;
  let ignored = 0;
  for (const entry of manifest) {
    if (entry.status === 'published') published++;
    else if (entry.status.startsWith('skipped:')) skipped++;
    else if (entry.status.startsWith('ignored:')) ignored++;
  }
  return { walked: manifest.length, published, skipped, ignored };
}

/** Problems per class. */
export function countClasses(problems: readonly Problem[]): BuildReport['classes'] {
  const classes = { A: 0, B: 0, C: 0 };
  for (const problem of problems) classes[problem.severity]++;
  return classes;
}

/**
 * Checks the manifest against the walk: every entry walked is listed once, with a valid status,
 * the counts add up, and published entries carry a unique id and URL. Returns what is wrong.
 */
export function checkManifest(manifest: readonly ManifestEntry[], walked: number): string[] {
  const failures: string[] = [];
  const counts = countManifest(manifest);
  if (counts.walked !== walked) failures.push(`${walked} entries walked but ${counts.walked} in the manifest`);
  if (counts.published + counts.skipped + counts.ignored !== counts.walked) {
    failures.push(`${counts.walked} entries ≠ ${counts.published} published + ${counts.skipped} skipped + ${counts.ignored} ignored`);
  }
  const seen = new Set<string>();
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const entry of manifest) {
    if (!ManifestEntrySchema.safeParse(entry).success) failures.push(`invalid manifest entry for ${entry.file}: ${entry.status}`);
    if (seen.has(entry.file)) failures.push(`${entry.file} is listed twice`);
    seen.add(entry.file);
    if (entry.status !== 'published') continue;
    if (!entry.id || !entry.url) failures.push(`${entry.file} is published without an id and URL`);
    if (entry.id && ids.has(entry.id)) failures.push(`id ${entry.id} is published twice`);
    if (entry.url && urls.has(entry.url)) failures.push(`URL ${entry.url} is published twice`);
    if (entry.id) ids.add(entry.id);
    if (entry.url) urls.add(entry.url);
  }
  return failures;
}

/**
 * Checks a rendered site against the manifest: exactly one page per published article (the page
 * paths rendered equal the published URLs), and the search index holds one record per article.
 * `articlePages` are the URLs of rendered article pages; `indexed` is Pagefind's page count.
 */
export function checkSite(manifest: readonly ManifestEntry[], articlePages: readonly string[], indexed: number): string[] {
  const failures: string[] = [];
  const expected = new Set(manifest.filter((entry) => entry.status === 'published').map((entry) => entry.url!));
  const rendered = new Set(articlePages);
  const missing = [...expected].filter((url) => !rendered.has(url));
  const extra = [...rendered].filter((url) => !expected.has(url));
  if (articlePages.length !== rendered.size) failures.push(`${articlePages.length - rendered.size} article page(s) rendered twice`);
  if (missing.length > 0) failures.push(`no page rendered for ${missing.length} published article(s), e.g. ${missing[0]}`);
  if (extra.length > 0) failures.push(`${extra.length} article page(s) rendered that the manifest does not publish, e.g. ${extra[0]}`);
  if (indexed !== expected.size) failures.push(`Pagefind indexed ${indexed} page(s) for ${expected.size} published article(s)`);
  return failures;
}

/** The report for an ingest, with the outcome decided by the caller. */
export function createReport(input: {
  outcome: BuildReport['outcome'];
  failure?: string;
  seedsDir: string;
  problems: readonly Problem[];
  manifest: readonly ManifestEntry[];
}): BuildReport {
  return {
    version: 1,
    outcome: input.outcome,
    ...(input.failure ? { failure: input.failure } : {}),
    seedsDir: input.seedsDir,
    counts: countManifest(input.manifest),
    classes: countClasses(input.problems),
    problems: [...input.problems].sort(compareProblems),
    manifest: [...input.manifest],
  };
}

const LABELS = { A: 'error  ', B: 'skipped', C: 'warning' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The summary that closes the build and validate output: counts, then one line per problem
 * (`<label> path:line:col CODE message`, class A first), then the ignored files.
 */
export function formatSummary(report: BuildReport, maxIgnoredShown = 20): string {
  const { walked, published, skipped, ignored } = report.counts;
  const { A, B, C } = report.classes;
  const lines = [
    `Seeds (${escapeUnprintable(report.seedsDir)}): ${plural(walked, 'file')} walked: ${published} published, ${skipped} skipped, ${ignored} ignored.`,
    `Problems: ${plural(A, 'error')} (class A), ${plural(B, 'skipped article')} (class B), ${plural(C, 'warning')} (class C).`,
  ];
  for (const problem of report.problems) lines.push(`  ${LABELS[problem.severity]} ${formatProblem(problem)}`);
  const ignoredEntries = report.manifest.filter((entry) => entry.status.startsWith('ignored:'));
  if (ignoredEntries.length > 0) {
    const shown = ignoredEntries
      .slice(0, maxIgnoredShown)
      .map((entry) => `${escapeUnprintable(entry.file)} (${entry.status.slice('ignored:'.length)})`);
    const more = ignoredEntries.length > maxIgnoredShown ? `; … ${ignoredEntries.length - maxIgnoredShown} more in the report` : '';
    lines.push(`Ignored: ${shown.join('; ')}${more}`);
  }
  return lines.join('\n');
}
