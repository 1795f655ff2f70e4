/**
 * `npm run eval:enrichment`: precision and recall of people, places and agencies on the
 * hand-labelled wire articles in tests/fixtures/enrichment-eval/ (labels.json), after the same
 * per-article and archive-wide passes the build runs. `--verbose` lists every miss and extra.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { enrichText, normalisePeopleAcrossArticles } from '../../src/lib/enrichment/enrich.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: flags } = parseArgs({
  options: { dir: { type: 'string', default: 'tests/fixtures/enrichment-eval' }, verbose: { type: 'boolean', default: false } },
});
const dir = path.resolve(projectRoot, flags.dir);

type Kind = 'people' | 'places' | 'agencies';
const KINDS: Kind[] = ['people', 'places', 'agencies'];
type Labels = Record<string, Record<Kind, string[]>>;

const labels = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')) as Labels;
const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
const missing = files.filter((file) => !labels[file]);
if (missing.length > 0) throw new Error(`no labels for ${missing.join(', ')}`);

const started = performance.now();
const predicted = await Promise.all(
  files.map(async (file) => {
    // Seed format: line 1 is the timestamp, every other non-empty line a paragraph.
    const paragraphs = (await readFile(path.join(dir, file), 'utf8'))
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim() !== '');
    return enrichText(paragraphs);
  }),
);
const people = normalisePeopleAcrossArticles(predicted.map((p) => p.entities.people));
const elapsed = performance.now() - started;

const totals = Object.fromEntries(KINDS.map((kind) => [kind, { truePositives: 0, predicted: 0, labelled: 0 }])) as Record<
  Kind,
  { truePositives: number; predicted: number; labelled: number }
>;
files.forEach((file, i) => {
  const got: Record<Kind, string[]> = { people: people[i]!, places: predicted[i]!.entities.places, agencies: predicted[i]!.agencies };
  for (const kind of KINDS) {
    const truth = new Set(labels[file]![kind]);
    const found = new Set(got[kind]);
    const hits = [...found].filter((name) => truth.has(name));
    totals[kind].truePositives += hits.length;
    totals[kind].predicted += found.size;
    totals[kind].labelled += truth.size;
    if (flags.verbose) {
      const extra = [...found].filter((name) => !truth.has(name));
      const missed = [...truth].filter((name) => !found.has(name));
      if (extra.length || missed.length) console.log(`${file} ${kind}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`);
    }
  }
});

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a');
console.log(`Enrichment on ${files.length} hand-labelled articles (${path.relative(projectRoot, dir)}), ${elapsed.toFixed(0)} ms:`);
console.log('| kind     | labelled | found | correct | precision | recall | F1 |');
console.log('| -------- | -------: | ----: | ------: | --------: | -----: | --: |');
for (const kind of KINDS) {
  const { truePositives, predicted: found, labelled } = totals[kind];
  const precision = truePositives / found;
  const recall = truePositives / labelled;
  const f1 = (2 * precision * recall) / (precision + recall);
  console.log(
    `| ${kind.padEnd(8)} | ${String(labelled).padStart(8)} | ${String(found).padStart(5)} | ${String(truePositives).padStart(7)} | ${percent(precision).padStart(9)} | ${percent(recall).padStart(6)} | ${percent(f1)} |`,
  );
}
