/**
 * `npm run validate` (scripts/validate.ts as a child process): the same messages as the build,
 * and the documented exit codes: 0 the build would succeed, 1 it would fail, 2 bad configuration.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildReportSchema } from '../../src/lib/report/manifest.ts';
import { addFixtures, addNeighbours, ingestDir, makeTempDir, PROJECT_ROOT } from '../support/seeds-folder.ts';

let temp: { dir: string; cleanup: () => void };
beforeAll(() => {
  temp = makeTempDir('validate-');
});
afterAll(() => temp.cleanup());

function validate(fixtures: string[], args: string[] = [], env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(temp.dir, 'seeds-'));
  addNeighbours(dir);
  addFixtures(dir, fixtures);
  const result = spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: dir, SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
  return { ...result, dir };
}

describe('npm run validate', () => {
  it('exits 0 when the build would succeed, listing skipped articles and warnings with the build’s messages', async () => {
    const result = validate(['T06_feb30.txt', 'T05_trailing_spaces.txt']);
    expect(result.status).toBe(0);
    const expected = await ingestDir(result.dir);
    for (const line of expected.lines) expect(result.stdout).toContain(line);
    expect(result.stdout).toMatch(/^Seeds \(.+\): 4 files walked: 3 published, 1 skipped, 0 ignored\.$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Validation passed\. \(\d+\.\d\d s\)$/);
  });

  it.each([
    ['a class A problem', ['C15_js.md'], [], 'Validation failed: 1 integrity problem(s) (class A).'],
    ['--strict with a class B problem', ['T06_feb30.txt'], ['--strict'], 'Validation failed: --strict: 1 problem(s) in class B or C.'],
  ])('exits 1 on %s', (_case, fixtures, args, message) => {
    const result = validate(fixtures, args);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(message);
  });

  it.each([
    ['an unknown option', ['--bogus'], {}, "validate: Unknown option '--bogus'"],
    ['an invalid setting', [], { MAX_SEED_BYTES: 'lots' }, 'validate: Invalid configuration: maxSeedBytes'],
  ])('exits 2 on %s', (_case, args, env, message) => {
    const result = validate([], args, env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('--json prints the report', () => {
    const result = validate(['T06_feb30.txt'], ['--json']);
    const report = BuildReportSchema.parse(JSON.parse(result.stdout));
    expect([report.outcome, report.counts, report.classes]).toEqual([
      'validated',
      { walked: 3, published: 2, skipped: 1, ignored: 0 },
      { A: 0, B: 1, C: 0 },
    ]);
  });
});
