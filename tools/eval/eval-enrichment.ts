/**
 * `npm run eval:enrichment`: precision, recall and F1 of people, places, organisations and
 * agencies after the same per-article and archive-wide passes the build runs, on
 * - the hand-labelled wire articles in tests/fixtures/enrichment-eval/ (labels.json; `--dir` for another folder), and
 * - with `--wikinews <dir>`, the Wikinews development corpus (gold.jsonl: real titles for every
 *   article, people/places/organisations for the annotated ones; CC BY, see its README), where it
 *   also scores derived headlines by the share of the real title's words they hold.
 * Scoring is per document on sets of entities (tools/eval/entity-scoring.ts): a shortened name
 * ("Reagan" for "Ronald Reagan") counts as a match. Places are scored as named in the text; the
 * countries their cities imply are scored apart (country recall). `--verbose` lists misses and extras.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractAgencies } from '../../src/lib/enrichment/agencies.ts';
import { normalisePeopleAcrossArticles } from '../../src/lib/enrichment/enrich.ts';
import { extractNamedEntities } from '../../src/lib/enrichment/entities.ts';
import { impliedCountries } from '../../src/lib/enrichment/places.ts';
import { COUNTRY_NAMES, ORG_ALIASES, PLACE_ALIASES } from '../../src/lib/enrichment/entity-gazetteer.ts';
import { deriveHeadline, deriveSummary } from '../../src/lib/enrichment/headline.ts';
import { headlineOverlap, prf, scoreDocument, type Counts } from './entity-scoring.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: flags } = parseArgs({
  options: {
    dir: { type: 'string', default: 'tests/fixtures/enrichment-eval' },
    wikinews: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

type Kind = 'people' | 'places' | 'organisations' | 'agencies';
interface Document {
  file: string;
  paragraphs: string[];
  labels: Partial<Record<Kind, string[]>>;
  title?: string;
}

/** Seed format: line 1 is the timestamp, every other non-empty line a paragraph. */
const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '');

async function fixtureDocuments(dir: string): Promise<Document[]> {
  const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')) as Record<string, Record<Kind, string[]>>;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  const missing = files.filter((file) => !labels[file]);
  if (missing.length > 0) throw new Error(`no labels for ${missing.join(', ')}`);
  return Promise.all(
    files.map(async (file) => ({ file, paragraphs: paragraphsOf(await readFile(path.join(dir, file), 'utf8')), labels: labels[file]! })),
  );
}

interface GoldLine {
  file: string;
  title: string;
  entities_annotated: boolean;
  people: string[];
  places: string[];
  organisations: string[];
}

async function wikinewsDocuments(dir: string): Promise<Document[]> {
  const gold = (await readFile(path.join(dir, 'gold.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldLine);
  return Promise.all(
    gold.map(async (line) => ({
      file: line.file,
      paragraphs: paragraphsOf(await readFile(path.join(dir, 'seeds', line.file), 'utf8')),
      labels: line.entities_annotated ? { people: line.people, places: line.places, organisations: line.organisations } : {},
      title: line.title,
    })),
  );
}

// "US" and "United States" name one place: both sides are compared in the archive's canonical spelling.
const canonical = (name: string) => (process.env.EVAL_RAW ? name : (PLACE_ALIASES.get(name) ?? ORG_ALIASES.get(name) ?? name));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function evaluate(label: string, documents: readonly Document[]): void {
  const started = performance.now();
  const named = documents.map((document) => extractNamedEntities(document.paragraphs));
  const agencies = documents.map((document) => extractAgencies(document.paragraphs));
  const people = normalisePeopleAcrossArticles(named.map((entities) => entities.people));
  const elapsed = performance.now() - started;
  const kinds = (['people', 'places', 'organisations', 'agencies'] as const).filter((kind) =>
    documents.some((document) => document.labels[kind]),
  );
  const totals = new Map<Kind, Counts>(kinds.map((kind) => [kind, { truePositives: 0, predicted: 0, labelled: 0 }]));
  const countries = { found: 0, labelled: 0 };
  let scored = 0;
  documents.forEach((document, i) => {
    if (!kinds.some((kind) => document.labels[kind])) return;
    scored++;
    const got: Record<Kind, string[]> = {
      people: people[i]!,
      places: named[i]!.places,
      organisations: named[i]!.organisations,
      agencies: agencies[i]!,
    };
    for (const kind of kinds) {
      const truth = document.labels[kind];
      if (!truth) continue;
      const counts = scoreDocument(got[kind], truth, canonical);
      const total = totals.get(kind)!;
      total.truePositives += counts.truePositives;
      total.predicted += counts.predicted;
      total.labelled += counts.labelled;
      if (flags.verbose && (counts.truePositives < counts.predicted || counts.truePositives < counts.labelled)) {
        console.log(`${document.file} ${kind}: labelled ${JSON.stringify(truth)} found ${JSON.stringify(got[kind])}`);
      }
    }
    // Countries: each labelled place that is a country should be among the article's countries.
    const articleCountries = new Set(impliedCountries(named[i]!.places));
    for (const place of new Set((document.labels.places ?? []).map(canonical))) {
      if (!COUNTRY_NAMES.has(place)) continue;
      countries.labelled++;
      if (articleCountries.has(place)) countries.found++;
    }
  });
  console.log(`\nEnrichment on ${scored} labelled articles (${label}), ${elapsed.toFixed(0)} ms:`);
  console.log('| kind          | labelled | found | correct | precision | recall |    F1 |');
  console.log('| ------------- | -------: | ----: | ------: | --------: | -----: | ----: |');
  const all: Counts = { truePositives: 0, predicted: 0, labelled: 0 };
  for (const [kind, counts] of totals) {
    const { precision, recall, f1 } = prf(counts);
    if (kind !== 'agencies') for (const key of ['truePositives', 'predicted', 'labelled'] as const) all[key] += counts[key];
    console.log(
      `| ${kind.padEnd(13)} | ${String(counts.labelled).padStart(8)} | ${String(counts.predicted).padStart(5)} | ${String(counts.truePositives).padStart(7)} | ${percent(precision).padStart(9)} | ${percent(recall).padStart(6)} | ${percent(f1).padStart(5)} |`,
    );
  }
  const overall = prf(all);
  console.log(
    `entities overall (no agencies): precision ${percent(overall.precision)}, recall ${percent(overall.recall)}, F1 ${percent(overall.f1)}`,
  );
  if (countries.labelled > 0)
    console.log(`country recall (labelled countries among the article's countries): ${percent(countries.found / countries.labelled)}`);

  const titled = documents.filter((document) => document.title);
  if (titled.length > 0) {
    const overlaps = titled.map((document) => {
      const headline = deriveHeadline(document.paragraphs);
      const overlap = headlineOverlap(headline, document.title!);
      if (flags.verbose) {
        const summary = deriveSummary(document.paragraphs, headline);
        console.log(
          `${document.file} ${overlap.toFixed(2)}\n  title:    ${document.title}\n  headline: ${headline}\n  summary:  ${summary}`,
        );
      }
      return overlap;
    });
    const mean = overlaps.reduce((sum, value) => sum + value, 0) / overlaps.length;
    console.log(
      `headline word overlap with the real titles, mean of ${titled.length} articles: ${mean.toFixed(2)} (unrounded ${mean.toFixed(4)})`,
    );
  }
}

evaluate(path.relative(projectRoot, path.resolve(projectRoot, flags.dir)), await fixtureDocuments(path.resolve(projectRoot, flags.dir)));
if (flags.wikinews) {
  const dir = path.resolve(projectRoot, flags.wikinews);
  if (existsSync(path.join(dir, 'gold.jsonl')))
    evaluate(`Wikinews, ${path.relative(projectRoot, dir)}; CC BY, Wikinews contributors and GUM`, await wikinewsDocuments(dir));
  else console.log(`\nWikinews corpus not found at ${dir}: skipped (it is shared/corpora/wikinews beside the project).`);
}
