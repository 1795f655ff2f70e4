/**
 * `npm run eval:search`: measures search relevance on real news, the Wikinews corpus with a
 * hand-labelled query set (tools/eval/search-queries-wikinews.ts): builds the corpus, runs every
 * query in headless Chromium through the site's pagefind.js under ranking variants (to tune on the
 * tuning half) and then through the search page itself with the shipped ranking, and prints P@10
 * (relevant results in the first ten, out of ten or the number of relevant articles when fewer)
 * per query, for the tuning and the held-out half; then one-letter typos of the queries' words,
 * each counted when the page lists the word's own first results for it, or offers the word.
 * `-- --generated` instead measures the generated corpus with planted topics, people, places and
 * agencies (tools/corpus/generate-corpus.ts labels them) under index-side variants too, where most
 * queries score 1.0 whatever the ranking.
 * Usage: npm run eval:search [-- --corpus <dir> --skip-build] | [-- --generated --count 2000 --seed 42 --skip-build]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LEAD_WEIGHT, SEARCH_RANKING, type SearchRanking } from '../../src/lib/search/search-fields.ts';
import type { GeneratedLabel, TopicName } from '../corpus/generate-corpus.ts';
import type { Browser } from '@playwright/test';
import { launchChromium, serveSite } from '../search-harness.ts';
import { buildSearchIndex } from '../../pipeline/index/pagefind-bundle.ts';
import { WIKINEWS_QUERIES } from './search-queries-wikinews.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workDir = path.join(projectRoot, '.cache', 'eval-search');

/** A query and what makes a result relevant to it: every given condition must hold. */
interface Judgement {
  q: string;
  topic?: TopicName;
  person?: string;
  place?: string;
  agency?: string;
}

/**
 * Queries a reader of a news archive would type, judged by the planted labels. Several share
 * words with other topics on purpose ("interest" is in every article, "season" in "seasonal
 * influenza", "security" in a filler sentence, "energy" in summit copy), so ranking matters.
 */
export const QUERIES: Judgement[] = [
  { q: 'gas pipeline', topic: 'energy' },
  { q: 'natural gas', topic: 'energy' },
  { q: 'gas prices', topic: 'energy' },
  { q: 'energy', topic: 'energy' },
  { q: 'transit contract', topic: 'energy' },
  { q: 'inflation', topic: 'inflation' },
  { q: 'interest rates', topic: 'inflation' },
  { q: 'central bank', topic: 'inflation' },
  { q: 'consumer prices', topic: 'inflation' },
  { q: 'rates', topic: 'inflation' },
  { q: 'interest', topic: 'inflation' },
  { q: 'rate', topic: 'inflation' },
  { q: 'wildfire', topic: 'wildfire' },
  { q: 'evacuation', topic: 'wildfire' },
  { q: 'firefighters', topic: 'wildfire' },
  { q: 'fire', topic: 'wildfire' },
  { q: 'state of emergency', topic: 'wildfire' },
  { q: 'football', topic: 'football' },
  { q: 'championship', topic: 'football' },
  { q: 'season', topic: 'football' },
  { q: 'striker goal', topic: 'football' },
  { q: 'summit', topic: 'summit' },
  { q: 'sanctions', topic: 'summit' },
  { q: 'security', topic: 'summit' },
  { q: 'trade talks', topic: 'summit' },
  { q: 'earthquake', topic: 'earthquake' },
  { q: 'magnitude', topic: 'earthquake' },
  { q: 'aftershocks', topic: 'earthquake' },
  { q: 'collapsed buildings', topic: 'earthquake' },
  { q: 'vaccine', topic: 'vaccine' },
  { q: 'measles', topic: 'vaccine' },
  { q: 'hospital', topic: 'vaccine' },
  { q: 'influenza', topic: 'vaccine' },
  { q: 'satellite', topic: 'satellite' },
  { q: 'rocket launch', topic: 'satellite' },
  { q: 'space', topic: 'satellite' },
  { q: 'Zakharova', person: 'Maria Zakharova' },
  { q: 'Putin gas', topic: 'energy', person: 'Vladimir Putin' },
  { q: 'Lagarde inflation', topic: 'inflation', person: 'Christine Lagarde' },
  { q: 'earthquake Japan', topic: 'earthquake', place: 'Japan' },
  { q: 'wildfire Bulgaria', topic: 'wildfire', place: 'Bulgaria' },
  { q: 'Reuters summit', topic: 'summit', agency: 'Reuters' },
  { q: 'Sofia', place: 'Sofia' },
];

/** How the article pages are marked up for Pagefind before indexing. */
interface IndexVariant {
  name: string;
  /** Weight of the lead paragraph; 1 is plain body text. */
  leadWeight: number;
  /** Whether the date line ("12 September 2024, 23:28") is indexed as words. */
  dateLineIndexed: boolean;
  /** Whether the summary is stored as (searchable) metadata. */
  summaryMeta: boolean;
}

const INDEX_VARIANTS: IndexVariant[] = [
  { name: 'skeleton (before)', leadWeight: 1, dateLineIndexed: true, summaryMeta: false },
  { name: 'date line ignored', leadWeight: 1, dateLineIndexed: false, summaryMeta: false },
  { name: '+ summary meta', leadWeight: 1, dateLineIndexed: false, summaryMeta: true },
  { name: '+ lead weight 2', leadWeight: 2, dateLineIndexed: false, summaryMeta: false },
  { name: '+ lead weight 3', leadWeight: 3, dateLineIndexed: false, summaryMeta: false },
  { name: '+ lead weight 5', leadWeight: 5, dateLineIndexed: false, summaryMeta: false },
  { name: 'summary meta + lead weight 2', leadWeight: 2, dateLineIndexed: false, summaryMeta: true },
];

const RANKING_VARIANTS: { name: string; ranking: SearchRanking }[] = [
  { name: 'Pagefind defaults', ranking: {} },
  { name: 'termFrequency 0.5', ranking: { termFrequency: 0.5 } },
  { name: 'termFrequency 0', ranking: { termFrequency: 0 } },
  { name: 'pageLength 0.5', ranking: { pageLength: 0.5 } },
  { name: 'pageLength 0.25', ranking: { pageLength: 0.25 } },
  { name: 'pageLength 0', ranking: { pageLength: 0 } },
  { name: 'termSaturation 0.8', ranking: { termSaturation: 0.8 } },
  { name: 'termSaturation 2', ranking: { termSaturation: 2 } },
  { name: 'termSimilarity 0', ranking: { termSimilarity: 0 } },
  { name: 'termSimilarity 5', ranking: { termSimilarity: 5 } },
  { name: 'title weight 2', ranking: { metaWeights: { title: 2 } } },
  { name: 'title weight 10', ranking: { metaWeights: { title: 10 } } },
  { name: 'pageLength 0.25, termFrequency 0.5', ranking: { pageLength: 0.25, termFrequency: 0.5 } },
  { name: 'pageLength 0.5, termSaturation 0.8', ranking: { pageLength: 0.5, termSaturation: 0.8 } },
  { name: 'summary weight 0', ranking: { metaWeights: { title: 5, summary: 0 } } },
  { name: 'pageLength 0.25, summary weight 0', ranking: { pageLength: 0.25, metaWeights: { title: 5, summary: 0 } } },
];

/** Rewrites a built article page into the markup an index variant describes. */
function applyVariant(html: string, variant: IndexVariant): string {
  let out = html.replace(
    / data-pagefind-weight="[\d.]+"/g,
    variant.leadWeight === 1 ? '' : ` data-pagefind-weight="${variant.leadWeight}"`,
  );
  if (variant.dateLineIndexed) out = out.replace('<p class="article__meta" data-pagefind-ignore>', '<p class="article__meta">');
  if (!variant.summaryMeta) out = out.replace(' data-pagefind-meta="summary"', '');
  return out;
}

/** The shipped configuration must be one of the measured ones, or the README figures would lie. */
function shippedVariant(): IndexVariant {
  return { name: `shipped (lead weight ${LEAD_WEIGHT}, summary meta)`, leadWeight: LEAD_WEIGHT, dateLineIndexed: false, summaryMeta: true };
}

/** Copies the article pages of `siteDir` into `outDir` under a variant's markup and indexes them. */
async function indexVariant(siteDir: string, outDir: string, variant: IndexVariant): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  // Article pages are the ones the layout marks for Pagefind; listings under /YYYY/ are not.
  const candidates = (await readdir(siteDir, { recursive: true })).filter((entry) => /^\d{4}[/\\].*index\.html$/.test(entry));
  let entries = 0;
  for (const entry of candidates) {
    const html = await readFile(path.join(siteDir, entry), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    entries++;
    await mkdir(path.join(outDir, path.dirname(entry)), { recursive: true });
    await writeFile(path.join(outDir, entry), applyVariant(html, variant));
  }
  // A page of the same origin to import pagefind.js from.
  await writeFile(path.join(outDir, 'index.html'), '<!doctype html><title>eval</title>');
  const indexed = await buildSearchIndex(outDir);
  if (indexed !== entries) throw new Error(`${variant.name}: indexed ${indexed} of ${entries} pages`);
}

/** Runs every query in Chromium and returns the top-10 article ids (first 8 hex digits) per query. */
async function runQueries(
  browser: Browser,
  siteUrl: string,
  ranking: SearchRanking,
  queries = QUERIES.map((judgement) => judgement.q),
): Promise<string[][]> {
  // A fresh context per run: Pagefind's shared worker lives per origin and context.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(siteUrl);
    return await page.evaluate(
      async ({ queries, ranking: options }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.pathname}pagefind/pagefind.js`);
        await pagefind.options({ ranking: options });
        const tops: string[][] = [];
        for (const q of queries) {
          const search = await pagefind.search(q);
          const data = await Promise.all(
            search.results.slice(0, 10).map((result: { data: () => Promise<{ url: string }> }) => result.data()),
          );
          tops.push(data.map((result: { url: string }) => /-([0-9a-f]{8})\/$/.exec(result.url)?.[1] ?? result.url));
        }
        return tops;
      },
      { queries, ranking },
    );
  } finally {
    await context.close();
  }
}

/** Whether a labelled article is relevant to a judged query. */
function isRelevant(label: GeneratedLabel, judgement: Judgement): boolean {
  return (
    (!judgement.topic || label.topic === judgement.topic) &&
    (!judgement.person || label.people.includes(judgement.person)) &&
    (!judgement.place || label.places.includes(judgement.place)) &&
    (!judgement.agency || label.agencies.includes(judgement.agency))
  );
}

interface Scores {
  precision: number[];
  reciprocalRank: number[];
}

function score(tops: string[][], labels: Map<string, GeneratedLabel>): Scores {
  const precision: number[] = [];
  const reciprocalRank: number[] = [];
  tops.forEach((top, index) => {
    const judgement = QUERIES[index]!;
    const hits = top.map((id) => {
      const label = labels.get(id);
      if (!label) throw new Error(`result ${id} is not a labelled article`);
      return isRelevant(label, judgement);
    });
    precision.push(hits.filter(Boolean).length / 10);
    const first = hits.indexOf(true);
    reciprocalRank.push(first === -1 ? 0 : 1 / (first + 1));
  });
  return { precision, reciprocalRank };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const fixed = (value: number) => value.toFixed(3);

/** Ranking variants tried on the real-news set (the tuning half chooses). */
const WIKINEWS_RANKINGS: { name: string; ranking: SearchRanking }[] = [
  { name: 'Pagefind defaults', ranking: {} },
  { name: 'pageLength 0.25 (before)', ranking: { pageLength: 0.25, metaWeights: { title: 5, summary: 0 } } },
  { name: 'pageLength 0', ranking: { pageLength: 0, metaWeights: { title: 5, summary: 0 } } },
  { name: 'pageLength 0.5', ranking: { pageLength: 0.5, metaWeights: { title: 5, summary: 0 } } },
  { name: 'pageLength 0.75', ranking: { pageLength: 0.75, metaWeights: { title: 5, summary: 0 } } },
  { name: 'pageLength 0.25, title 10', ranking: { pageLength: 0.25, metaWeights: { title: 10, summary: 0 } } },
  { name: 'pageLength 0.25, title 2', ranking: { pageLength: 0.25, metaWeights: { title: 2, summary: 0 } } },
  { name: 'pageLength 0.25, termFrequency 0.5', ranking: { pageLength: 0.25, termFrequency: 0.5, metaWeights: { title: 5, summary: 0 } } },
  {
    name: 'pageLength 0.25, termSaturation 0.8',
    ranking: { pageLength: 0.25, termSaturation: 0.8, metaWeights: { title: 5, summary: 0 } },
  },
  { name: 'pageLength 0.25, termSaturation 2', ranking: { pageLength: 0.25, termSaturation: 2, metaWeights: { title: 5, summary: 0 } } },
  {
    name: 'pageLength 0.25, people/places weight 1',
    ranking: { pageLength: 0.25, metaWeights: { title: 5, summary: 0, people: 1, places: 1, agencies: 1 } },
  },
  { name: 'pageLength 0.25, summary weight 1', ranking: { pageLength: 0.25, metaWeights: { title: 5, summary: 1 } } },
  { name: 'shipped', ranking: SEARCH_RANKING },
];

/** P@10 out of min(10, relevant): a query with three relevant articles scores 1 when all three are in the first ten. */
function precisionAt10(top: string[], relevant: Set<string>): number {
  return top.slice(0, 10).filter((id) => relevant.has(id)).length / Math.min(10, relevant.size);
}

/** The top-10 article id prefixes of each query, asked through the search page as a reader would. */
async function runThroughPage(browser: Browser, siteUrl: string, queries: string[]): Promise<string[][]> {
  return (await answersThroughPage(browser, siteUrl, queries)).map((answer) => answer.top);
}

/** For each query asked through the search page: the top-10 article id prefixes, and the word "Did you mean" offers, if any. */
async function answersThroughPage(browser: Browser, siteUrl: string, queries: string[]): Promise<{ top: string[]; suggestion: string }[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const tops: { top: string[]; suggestion: string }[] = [];
    for (const q of queries) {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
      await page
        .locator('#search-status')
        .filter({ hasText: /results? for|No results/ })
        .waitFor();
      const hrefs = await page
        .locator('#search-results .result__title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const suggestion = (await page.locator('#search-suggestion:not([hidden]) a').allTextContents())[0] ?? '';
      tops.push({ top: hrefs.map((href) => /-([0-9a-f]{8})\/(?:#.*)?$/.exec(href)?.[1] ?? href), suggestion });
    }
    return tops;
  } finally {
    await context.close();
  }
}

/**
 * One-letter typos made mechanically from the query set's words of five letters or more, one
 * kind each in turn: a letter left out, two swapped, one replaced by the next in the alphabet
 * (all in the middle of the word, where readers slip).
 */
function typosOf(queries: readonly string[]): { word: string; typo: string }[] {
  const words = [...new Set(queries.flatMap((q) => q.split(/\s+/)).filter((word) => /^[A-Za-z]{5,}$/.test(word)))];
  return words
    .map((word, index) => {
      const middle = Math.floor(word.length / 2);
      const letters = [...word];
      if (index % 3 === 0) letters.splice(middle, 1);
      else if (index % 3 === 1) [letters[middle - 1], letters[middle]] = [letters[middle]!, letters[middle - 1]!];
      else letters[middle] = letters[middle] === 'z' ? 'a' : String.fromCharCode(letters[middle]!.charCodeAt(0) + 1);
      return { word, typo: letters.join('') };
    })
    .filter(({ word, typo }) => typo.toLowerCase() !== word.toLowerCase());
}

async function evalWikinews(corpus: string, skipBuild: boolean): Promise<void> {
  const siteDir = path.join(workDir, 'wikinews-site');
  const seedsDir = path.join(corpus, 'seeds');
  if (!skipBuild)
    execFileSync(process.execPath, ['scripts/build.ts', '--out', path.relative(projectRoot, siteDir)], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, SEEDS_DIR: seedsDir, BASE_PATH: '/' },
    });
  // Seed number → the article id's first 8 hex digits, which end every article URL.
  const idOf = new Map((await readdir(seedsDir)).map((file) => [file.slice(0, 3), /^\d{3}_([0-9a-f]{8})/.exec(file)?.[1] ?? ''] as const));
  const judged = WIKINEWS_QUERIES.map((query) => ({ ...query, ids: new Set(query.relevant.map((n) => idOf.get(n)!)) }));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const splitMeans = (scores: number[]) =>
    (['tune', 'held-out'] as const).map((split) => mean(scores.filter((_, index) => judged[index]!.split === split)));
  const browser = await launchChromium();
  const site = await serveSite(siteDir);
  const lines = ['| ranking (pagefind.js) | P@10 tune | P@10 held-out |', '| --- | ---: | ---: |'];
  let page: number[] = [];
  let typoLines: string[] = [];
  let typosForgiven = 0;
  let typosListed = 0;
  try {
    for (const { name, ranking } of WIKINEWS_RANKINGS) {
      const tops = await runQueries(
        browser,
        site.url,
        ranking,
        judged.map((query) => query.q),
      );
      const [tune, heldOut] = splitMeans(tops.map((top, index) => precisionAt10(top, judged[index]!.ids)));
      lines.push(`| ${name} | ${tune!.toFixed(3)} | ${heldOut!.toFixed(3)} |`);
      console.error(`${name}: tune ${tune!.toFixed(3)}, held-out ${heldOut!.toFixed(3)}`);
    }
    const tops = await runThroughPage(
      browser,
      site.url,
      judged.map((query) => query.q),
    );
    page = tops.map((top, index) => precisionAt10(top, judged[index]!.ids));
    // A typo is forgiven when the page lists the word's own first results for it, or offers the word.
    const typos = typosOf(judged.map((query) => query.q));
    const [forWords, forTypos] = await Promise.all([
      runThroughPage(
        browser,
        site.url,
        typos.map(({ word }) => word),
      ),
      answersThroughPage(
        browser,
        site.url,
        typos.map(({ typo }) => typo),
      ),
    ]);
    typoLines = typos.map(({ word, typo }, index) => {
      const { top, suggestion } = forTypos[index]!;
      const listed = forWords[index]!.length > 0 && forWords[index]!.join() === top.join();
      const offered = suggestion.toLowerCase() === word.toLowerCase();
      if (listed) typosListed++;
      if (listed || offered) typosForgiven++;
      return `| ${typo} | ${word} | ${listed ? 'yes' : 'no'} | ${suggestion ? `“${suggestion}”` : ''} |`;
    });
  } finally {
    await site.close();
    await browser.close();
  }
  const [tune, heldOut] = splitMeans(page);
  console.log(`## Search relevance: Wikinews, ${idOf.size} real articles, ${judged.length} labelled queries\n`);
  console.log(lines.join('\n'));
  console.log(`\n### Through the search page (shipped ranking ${JSON.stringify(SEARCH_RANKING)})\n`);
  console.log('| query | split | relevant | P@10 |');
  console.log('| --- | --- | ---: | ---: |');
  for (const [index, query] of judged.entries())
    console.log(`| ${query.q} | ${query.split} | ${query.ids.size} | ${page[index]!.toFixed(2)} |`);
  console.log(`| **mean, tuning half** | | | **${tune!.toFixed(3)}** |`);
  console.log(`| **mean, held-out half** | | | **${heldOut!.toFixed(3)}** |`);
  console.log(`\n### One-letter typos through the search page: the word's own results listed, or the word offered\n`);
  console.log('| typo | word | its results listed | "Did you mean" |');
  console.log('| --- | --- | --- | --- |');
  console.log(typoLines.join('\n'));
  console.log(`| **listed** | | **${typosListed} of ${typoLines.length}** | |`);
  console.log(`| **listed or offered** | | **${typosForgiven} of ${typoLines.length}** | |`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '42' },
      'skip-build': { type: 'boolean', default: false },
      generated: { type: 'boolean', default: false },
      corpus: { type: 'string', default: '/work/shared/corpora/wikinews' },
    },
  });
  if (!values.generated) return evalWikinews(path.resolve(values.corpus), values['skip-build']);
  const seedsDir = path.join(workDir, 'seeds');
  const labelsFile = path.join(workDir, 'labels.json');
  const siteDir = path.join(workDir, 'site');
  if (!values['skip-build']) {
    const node = process.execPath;
    execFileSync(
      node,
      ['tools/corpus/generate-corpus.ts', '--count', values.count, '--seed', values.seed, '--out', seedsDir, '--labels', labelsFile],
      {
        cwd: projectRoot,
        stdio: 'inherit',
      },
    );
    execFileSync(node, ['scripts/build.ts', '--out', path.relative(projectRoot, siteDir)], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, SEEDS_DIR: seedsDir, BASE_PATH: '/' },
    });
  }
  const labels = new Map(
    (JSON.parse(await readFile(labelsFile, 'utf8')) as GeneratedLabel[]).map((label) => [label.id.slice(0, 8), label] as const),
  );
  const relevantCounts = QUERIES.map((judgement) => [...labels.values()].filter((label) => isRelevant(label, judgement)).length);

  const overall: string[] = ['| index variant | ranking | P@10 | MRR |', '| --- | --- | ---: | ---: |'];
  const perQuery = new Map<string, Scores>();
  const variants = [...INDEX_VARIANTS, shippedVariant()];
  const browser = await launchChromium();
  for (const [variantIndex, variant] of variants.entries()) {
    const variantDir = path.join(workDir, `variant-${variantIndex}`);
    await indexVariant(siteDir, variantDir, variant);
    const site = await serveSite(variantDir);
    try {
      // Every ranking on the skeleton and the shipped markup; Pagefind's defaults and the shipped ranking elsewhere.
      const full = variantIndex === 0 || variant === variants.at(-1);
      const rankings = full ? RANKING_VARIANTS : [RANKING_VARIANTS[0]!];
      for (const { name, ranking } of [...rankings, { name: 'shipped', ranking: SEARCH_RANKING }]) {
        const scores = score(await runQueries(browser, site.url, ranking), labels);
        overall.push(`| ${variant.name} | ${name} | ${fixed(mean(scores.precision))} | ${fixed(mean(scores.reciprocalRank))} |`);
        if (variantIndex === 0 && name === 'Pagefind defaults') perQuery.set('before', scores);
        if (variant === variants.at(-1) && name === 'shipped') perQuery.set('after', scores);
        console.error(`${variant.name} · ${name}: P@10 ${fixed(mean(scores.precision))}`);
      }
    } finally {
      await site.close();
    }
    await rm(variantDir, { recursive: true, force: true });
  }
  await browser.close();

  const before = perQuery.get('before')!;
  const after = perQuery.get('after')!;
  const rows = QUERIES.map(
    (judgement, index) =>
      `| ${judgement.q} | ${[judgement.topic, judgement.person, judgement.place, judgement.agency].filter(Boolean).join(' + ')} | ${relevantCounts[index]} | ${before.precision[index]!.toFixed(1)} | ${after.precision[index]!.toFixed(1)} | ${fixed(before.reciprocalRank[index]!)} | ${fixed(after.reciprocalRank[index]!)} |`,
  );
  console.log(`## Search relevance: ${labels.size} generated articles (seed ${values.seed}), ${QUERIES.length} queries\n`);
  console.log(overall.join('\n'));
  console.log(
    `\n### Per query: before (skeleton, Pagefind defaults) and after (shipped: lead weight ${LEAD_WEIGHT}, ranking ${JSON.stringify(SEARCH_RANKING)})\n`,
  );
  console.log('| query | relevant when | relevant articles | P@10 before | P@10 after | RR before | RR after |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
  console.log(
    `| **mean** | | | **${fixed(mean(before.precision))}** | **${fixed(mean(after.precision))}** | **${fixed(mean(before.reciprocalRank))}** | **${fixed(mean(after.reciprocalRank))}** |`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
