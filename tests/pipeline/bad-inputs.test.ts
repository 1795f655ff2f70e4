/**
 * The bad-input catalogue (shared/docs/BAD-INPUTS.md), one fixture per case under tests/fixtures/bad/.
 * Each case is ingested in a fresh seeds folder beside the bundled seed and a good Markdown
 * neighbour; the test asserts every problem line exactly (`<class> path:line:col CODE message`),
 * what happened to each fixture file, that the build verdict matches the classes, and that every
 * other article still publishes. Cases that cannot be files in git are in ingest-walk.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compareProblems, formatProblem } from '../../src/lib/report/problems.ts';
import { idFromName } from '../../pipeline/ingest/ingest.ts';
import { CATALOGUE, ENV } from '../support/catalogue.ts';
import { addFixtures, addNeighbours, BUNDLED_SEED, ingestDir, makeTempDir, NEIGHBOUR, statuses } from '../support/seeds-folder.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** Ingests one case's fixtures with the neighbours. */
async function ingestCase(fixture: string) {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  addNeighbours(dir);
  addFixtures(dir, [fixture]);
  return ingestDir(dir, ENV[fixture]);
}

describe('the bad-input catalogue', () => {
  it.each(CATALOGUE)('%s', async (fixture, expected) => {
    const verdict = await ingestCase(fixture);
    const lines = [...verdict.problems].sort(compareProblems).map((p) => `${p.severity} ${formatProblem(p)}`);
    expect(lines).toEqual(expected);

    // Each fixture file is skipped for one of its own class A/B problems, or published.
    const status = statuses(verdict);
    for (const [file, got] of Object.entries(status)) {
      if (file === BUNDLED_SEED || file === NEIGHBOUR) continue;
      const blocking = expected.filter((line) => /^[AB] /.test(line) && line.slice(2).startsWith(`${file}:`));
      if (blocking.length === 0) expect.soft(got, file).toMatch(/^(?:published|ignored:)/);
      else
        expect
          .soft(
            blocking.map((line) => `skipped:${line.split(' ')[2]}`),
            file,
          )
          .toContain(got);
    }
    // Every other article still publishes (the bundled seed only loses its URL to C25's thief).
    expect(status[NEIGHBOUR]).toBe('published');
    if (!fixture.startsWith('C25')) expect(status[BUNDLED_SEED]).toBe('published');
    // Class A fails the build; B and C alone never do.
    const classA = expected.some((line) => line.startsWith('A '));
    expect(verdict.failure).toBe(
      classA ? `${expected.filter((line) => line.startsWith('A ')).length} integrity problem(s) (class A)` : undefined,
    );
  });
});

/** The published article of a fixture file. */
async function publishedArticle(fixture: string, file = fixture) {
  const verdict = await ingestCase(fixture);
  const article = verdict.articles.find((candidate) => candidate.sourceFile === file);
  if (!article) throw new Error(`${file} was not published: ${verdict.lines.join('\n')}`);
  return article;
}

describe('what the fixable and valid cases publish', () => {
  it.each([
    ['T05_trailing_spaces.txt', '2024-01-05T10:00:00+00:00'],
    ['T05_trailing_cr.txt', '2024-01-05T10:00:00+00:00'],
    ['T07_2000_feb29.txt', '2000-02-29T10:00:00+00:00'],
    ['T07_2024_feb29.txt', '2024-02-29T10:00:00+00:00'],
    ['T18_bom.txt', '2024-01-05T10:00:00+00:00'],
    // The DST rule: 03:30 happened twice in Sofia on 27 October 2024; the earlier, summer-time one is meant.
    ['T23_dst_overlap_sofia.txt', '2024-10-27T03:30:00+03:00'],
  ])('%s is published at %s', async (fixture, publishedAt) => {
    expect((await publishedArticle(fixture)).publishedAt).toBe(publishedAt);
  });

  it('T17: articles with the same timestamp are ordered by id, whatever their file names', async () => {
    const verdict = await ingestCase('T17_same_time');
    const same = verdict.articles.filter((article) => article.publishedAt === '2024-01-05T10:00:00+00:00');
    const ids = same.map((article) => article.id);
    expect(ids).toEqual([idFromName('a_second_by_name.txt'), idFromName('b_first_by_name.txt')].sort());
  });

  it('T18: the byte order mark is stripped silently', async () => {
    const article = await publishedArticle('T18_bom.txt');
    expect(article.paragraphs[0]).toMatch(/^The ministry said/);
  });

  it('E05: CRLF and classic-Mac CR files give exactly what the LF file gives', async () => {
    const verdict = await ingestCase('E05_crlf');
    const content = (file: string) => {
      const { publishedAt, date, headline, summary, paragraphs, wordCount } = verdict.articles.find((a) => a.sourceFile === file)!;
      return { publishedAt, date, headline, summary, paragraphs, wordCount };
    };
    expect(content('E05_crlf/crlf.txt')).toEqual(content('E05_crlf/lf.txt'));
    expect(content('E05_crlf/cr.txt')).toEqual(content('E05_crlf/lf.txt'));
  });

  it('E07: U+2028 and U+2029 stay inside their paragraph as text', async () => {
    const article = await publishedArticle('E07_line_separator.txt');
    expect(article.paragraphs).toEqual(['The statement read:\u2028“We will not comment.”\u2029It was signed by the minister.']);
  });

  it('E09: control characters are stripped from the text', async () => {
    const article = await publishedArticle('E09_controls.txt');
    expect(article.paragraphs).toEqual(['The bell rang twice.', 'An escape[31m sequence and a DEL.']);
  });

  it('E10: a zero-width space is kept in the body and removed from the headline and slug', async () => {
    const article = await publishedArticle('E10_zero_width.txt');
    expect(article.paragraphs[0]).toBe('Bre\u200bxit talks resume in Brussels on Monday.');
    // Headline style drops the time phrase; the slug keeps the raw lead (permalinks never move).
    expect(article.headline).toBe('Brexit talks resume in Brussels');
    expect(article.slug).toBe(`brexit-talks-resume-in-brussels-on-${idFromName('E10_zero_width.txt').slice(0, 8)}`);
  });

  it('E11: ZWJ emoji sequences and Persian ZWNJ are kept intact, headline included', async () => {
    const article = await publishedArticle('E11_zwj_zwnj.txt');
    expect(article.headline).toContain('\u{1F469}\u200D\u{1F4BB}');
    expect(article.headline).toContain('می\u200cخواهیم');
    expect(article.paragraphs[1]).toContain('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });

  it('E12: decomposed text is normalised to NFC', async () => {
    const article = await publishedArticle('E12_nfd.txt');
    expect(article.paragraphs[0]).toBe('Caf\u00e9 owners in Plovdiv protest the new tax.');
  });

  it('F03: non-ASCII file names publish with ASCII ids and URLs (no percent-encoding needed)', async () => {
    const verdict = await ingestCase('F03_non_ascii');
    const entries = verdict.manifest.filter((entry) => entry.file.startsWith('F03_'));
    const cafe = idFromName('café-report.txt');
    const article = idFromName('статья.txt');
    expect(entries).toEqual([
      {
        file: 'F03_non_ascii/café-report.txt',
        status: 'published',
        id: cafe,
        url: `/2024/01/05/cafe-owners-protest-the-new-tax-${cafe.slice(0, 8)}/`,
      },
      { file: 'F03_non_ascii/статья.txt', status: 'published', id: article, url: `/2024/01/05/${article.slice(0, 8)}/` },
    ]);
    expect([cafe, article]).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/), expect.stringMatching(/^[0-9a-f]{16}$/)]);
  });

  it('F06: nothing a seed says can write outside its dated folder (_headers, _redirects)', async () => {
    const verdict = await ingestCase('F06_reserved');
    for (const entry of verdict.manifest.filter((e) => e.url))
      expect(entry.url).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
  });

  it.each(['C01_script.txt', 'C02_img_onerror.txt', 'P01_pagefind_body_text.txt'])(
    '%s: markup in a text seed is kept as literal text',
    async (fixture) => {
      const article = await publishedArticle(fixture);
      expect(article.paragraphs[0]).toMatch(/^<\/?[a-z]/);
      expect(article.html).toBeUndefined();
    },
  );

  it('C03: a title full of markup is kept as text for the templates to escape', async () => {
    expect((await publishedArticle('C03_title_markup.md')).headline).toBe('</title><script>alert(1)</script> "quoted" & <b>bold</b>');
  });

  it('C05: unsafe link targets and image sources are removed from the HTML', async () => {
    const { html } = await publishedArticle('C05_unsafe_links.md');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('<a href="https://example.org/">safe</a>');
    expect(html).toContain('<a>plain</a>');
  });

  it.each(['C07_raw_html.md', 'P01_pagefind_body.md', 'P02_pagefind_ignore.md', 'P04_pagefind_weight.md'])(
    '%s: raw HTML and data-* attributes never reach the page',
    async (fixture) => {
      const { html } = await publishedArticle(fixture);
      expect(html).not.toMatch(/<(?:iframe|style|img|div|span)\b|onerror|data-/i);
    },
  );

  it('C17: a YAML 1.2 core tag is plain data', async () => {
    expect((await publishedArticle('C17_core_tag.md')).headline).toBe('1984');
  });

  it('C35: invisible characters are removed from the title and slug, kept in the body', async () => {
    const article = await publishedArticle('C35_zero_width_title.md');
    expect([article.headline, article.slug, article.paragraphs[0]]).toEqual([
      'Brexit deal signed',
      'brexit-deal',
      'The body keeps its bre\u200bxit.',
    ]);
  });

  it('C26: two identical files publish as two articles that share no state', async () => {
    const verdict = await ingestCase('C26_identical');
    const [one, two] = ['C26_identical/one.md', 'C26_identical/two.md'].map((file) => verdict.articles.find((a) => a.sourceFile === file)!);
    expect(one!.id).not.toBe(two!.id);
    one!.paragraphs.push('mutated');
    (one as { headline: string }).headline = 'mutated';
    expect(two!.paragraphs).toEqual(['Identical content in two files.']);
    expect(two!.headline).toBe('Two identical files');
  });
});
