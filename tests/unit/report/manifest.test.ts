import { describe, expect, it } from 'vitest';
import {
  BuildReportSchema,
  checkManifest,
  checkSite,
  createReport,
  formatSummary,
  type ManifestEntry,
} from '../../../src/lib/report/manifest.ts';
import type { Problem } from '../../../src/lib/report/problems.ts';

const manifest: ManifestEntry[] = [
  { file: '.DS_Store', status: 'ignored:hidden file' },
  { file: 'a.txt', status: 'published', id: 'a', url: '/2024/01/05/a/' },
  { file: 'b.md', status: 'published', id: 'b', url: '/2024/01/05/b/' },
  { file: 'c.txt', status: 'skipped:TIMESTAMP_RANGE' },
];
const problems: Problem[] = [
  {
    file: 'c.txt',
    line: 1,
    col: 9,
    code: 'TIMESTAMP_RANGE',
    severity: 'B',
    message: 'day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"',
  },
  {
    file: 'b.md',
    line: 8,
    col: 1,
    code: 'MARKDOWN_HTML',
    severity: 'C',
    message: 'raw HTML "<iframe>" removed; Markdown seeds are rendered without HTML',
  },
];

describe('checkManifest', () => {
  it('accepts a manifest that accounts for every entry walked', () => {
    expect(checkManifest(manifest, 4)).toEqual([]);
  });

  it('reports entries lost, listed twice, or published without identity', () => {
    const broken: ManifestEntry[] = [...manifest, { file: 'a.txt', status: 'published' }, { file: 'd.txt', status: 'lost' }];
    expect(checkManifest(broken, 5)).toEqual([
      '5 entries walked but 6 in the manifest',
      '6 entries ≠ 3 published + 1 skipped + 1 ignored',
      'a.txt is listed twice',
      'a.txt is published without an id and URL',
      'invalid manifest entry for d.txt: lost',
    ]);
  });
});

describe('checkSite', () => {
  it('accepts one page and one search record per published article', () => {
    expect(checkSite(manifest, ['/2024/01/05/b/', '/2024/01/05/a/'], 2)).toEqual([]);
  });

  it('P07: fails when Pagefind indexed a different number of pages (a page it could not parse)', () => {
    expect(checkSite(manifest, ['/2024/01/05/a/', '/2024/01/05/b/'], 1)).toEqual(['Pagefind indexed 1 page(s) for 2 published article(s)']);
  });

  it('fails on a missing, an extra or a doubled article page', () => {
    expect(checkSite(manifest, ['/2024/01/05/a/', '/2024/01/05/a/', '/2024/01/05/z/'], 2)).toEqual([
      '1 article page(s) rendered twice',
      'no page rendered for 1 published article(s), e.g. /2024/01/05/b/',
      '1 article page(s) rendered that the manifest does not publish, e.g. /2024/01/05/z/',
    ]);
  });
});

describe('the report and its summary', () => {
  const report = createReport({ outcome: 'published', seedsDir: 'seeds', problems, manifest });

  it('is valid against its schema, with problems in report order', () => {
    expect(BuildReportSchema.parse(report)).toEqual(report);
    expect(report.counts).toEqual({ walked: 4, published: 2, skipped: 1, ignored: 1 });
    expect(report.classes).toEqual({ A: 0, B: 1, C: 1 });
    expect(report.problems.map((p) => p.file)).toEqual(['c.txt', 'b.md']);
  });

  it('summarises counts, then each problem with its file and line, then ignored files', () => {
    expect(formatSummary(report)).toMatchInlineSnapshot(`
      "Seeds (seeds): 4 files walked: 2 published, 1 skipped, 1 ignored.
      Problems: 0 errors (class A), 1 skipped article (class B), 1 warning (class C).
        skipped c.txt:1:9 TIMESTAMP_RANGE day 30 is out of range for February 2024 (01–29), found "2024-02-30 10:00:00"
        warning b.md:8:1 MARKDOWN_HTML raw HTML "<iframe>" removed; Markdown seeds are rendered without HTML
      Ignored: .DS_Store (hidden file)"
    `);
  });
});
