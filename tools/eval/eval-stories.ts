/**
 * `npm run eval:stories`: measures story detection on the labelled story-versions set
 * (tests/fixtures/story-versions/, described in its README). Prints pairwise precision, recall
 * and F1 over every pair of articles, the recall of each kind of version, and the hard negatives
 * merged, for the shipped parameters and for a plain MinHash baseline (word 5-shingles, Jaccard
 * 0.5, no lead rule). `--grid` also searches the parameters and prints the best settings.
 * Usage: npm run eval:stories [-- --dir tests/fixtures/story-versions --grid]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_STORY_OPTIONS, findStories, type StoryOptions } from '../../src/lib/stories/story-clusters.ts';
import { DEFAULT_SIGNATURE_OPTIONS, signatureOf, type SignatureOptions } from '../../src/lib/stories/story-signature.ts';
import { generateCorpus } from '../corpus/generate-corpus.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'tests/fixtures/story-versions' }, grid: { type: 'boolean', default: false } },
});
const dir = path.resolve(values.dir!);

interface Labels {
  labels: Record<string, { story: string; kind: string }>;
  hardNegatives: { stories: [string, string]; why: string }[];
}
const { labels, hardNegatives } = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Labels;

interface Item {
  id: string;
  time: number;
  paragraphs: string[];
  story: string;
  kind: string;
}
const items: Item[] = readdirSync(path.join(dir, 'seeds'))
  .sort()
  .map((file) => {
    const [stamp, ...paragraphs] = readFileSync(path.join(dir, 'seeds', file), 'utf8')
      .trim()
      .split('\n');
    const [, y, mo, d, h, mi, s] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(stamp!)!.map(Number);
    const label = labels[file];
    if (!label) throw new Error(`${file} has no label in labels.json`);
    return { id: file.slice(4, 20), time: Date.UTC(y!, mo! - 1, d, h, mi, s), paragraphs, ...label };
  });

/**
 * Templated copy: the generated corpus draws its sentences from small pools, so independent
 * articles share whole paragraphs (in another order) and differ in names and numbers. None is a
 * version of another, so every article joined to another one counts against a setting.
 */
const generated = generateCorpus(2000, 7).map(({ file, text }) => {
  const [stamp, ...paragraphs] = text.trim().split('\n');
  return { id: file.slice(7, 23), time: Date.parse(`${stamp!.replace(' ', 'T')}Z`), paragraphs };
});
function generatedMerged(signatureOptions: SignatureOptions, storyOptions: StoryOptions): number {
  const { storyOf } = findStories(
    generated.map((doc) => ({ id: doc.id, time: doc.time, signature: signatureOf(doc.paragraphs, signatureOptions) })),
    storyOptions,
  );
  return [...storyOf].filter(([id, story]) => id !== story).length;
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  negativesMerged: number;
  recallByKind: Map<string, [number, number]>;
  comparisons: number;
  generatedMerged: number;
}

function evaluate(signatureOptions: SignatureOptions, storyOptions: StoryOptions): Scores {
  const inputs = items.map((item) => ({ id: item.id, time: item.time, signature: signatureOf(item.paragraphs, signatureOptions) }));
  const { storyOf, comparisons } = findStories(inputs, storyOptions);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const recallByKind = new Map<string, [number, number]>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const truth = a.story === b.story;
      const predicted = storyOf.get(a.id) === storyOf.get(b.id);
      if (truth && predicted) tp++;
      else if (predicted) fp++;
      else if (truth) fn++;
      if (truth) {
        // A pair counts for the kind of its later-made version (first takes pair with everything).
        const kind = a.kind === 'first-take' || a.kind === 'single' ? b.kind : a.kind;
        const entry = recallByKind.get(kind) ?? [0, 0];
        entry[0] += predicted ? 1 : 0;
        entry[1] += 1;
        recallByKind.set(kind, entry);
      }
    }
  }
  const predictedStories = new Map<string, Set<string>>();
  for (const item of items) {
    const set = predictedStories.get(item.story) ?? new Set();
    set.add(storyOf.get(item.id)!);
    predictedStories.set(item.story, set);
  }
  const negativesMerged = hardNegatives.filter(({ stories: [a, b] }) =>
    [...predictedStories.get(a)!].some((story) => predictedStories.get(b)!.has(story)),
  ).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return {
    precision,
    recall,
    f1,
    negativesMerged,
    recallByKind,
    comparisons,
    generatedMerged: generatedMerged(signatureOptions, storyOptions),
  };
}

const pct = (value: number) => value.toFixed(3);
function print(name: string, scores: Scores): void {
  console.log(
    `${name.padEnd(28)} P ${pct(scores.precision)}  R ${pct(scores.recall)}  F1 ${pct(scores.f1)}  hard negatives merged ${scores.negativesMerged}/${hardNegatives.length}  (${scores.comparisons} pairs checked)`,
  );
  console.log(
    `${''.padEnd(28)} templated copy: ${scores.generatedMerged} of ${generated.length} generated articles joined to another (none should be)`,
  );
  console.log(
    `${''.padEnd(28)} recall by kind: ${[...scores.recallByKind]
      .sort()
      .map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`)
      .join(', ')}`,
  );
}

const stories = new Set(items.map((item) => item.story)).size;
console.log(`${items.length} articles, ${stories} stories, ${hardNegatives.length} hard negatives (${path.relative(process.cwd(), dir)})`);
const baseline = evaluate(
  { ...DEFAULT_SIGNATURE_OPTIONS, shingleWords: 5, hashes: 128 },
  {
    ...DEFAULT_STORY_OPTIONS,
    bandRows: 4,
    leadKeys: 0,
    minJaccard: 0.5,
    minJaccardWithSpecifics: 2,
    minLeadContainment: 2,
    minShingles: 0,
    maxGapDays: Infinity,
  },
);
print('baseline (5-shingles, J 0.5)', baseline);
const shipped = evaluate(DEFAULT_SIGNATURE_OPTIONS, DEFAULT_STORY_OPTIONS);
print('shipped', shipped);

if (values.grid) {
  const results: { f1: number; negatives: number; label: string; scores: Scores }[] = [];
  for (const shingleWords of [4, 5])
    for (const hashes of [64, 128])
      for (const leadWords of [50])
        for (const minJaccard of [0.5, 0.6, 0.7])
          for (const minJaccardWithSpecifics of [0.25, 0.35, 0.45])
            for (const minSpecifics of [0.5, 0.6, 0.7, 0.8])
              for (const minLeadContainment of [0.6, 0.7, 0.8]) {
                const scores = evaluate(
                  { ...DEFAULT_SIGNATURE_OPTIONS, shingleWords, hashes, leadWords },
                  { ...DEFAULT_STORY_OPTIONS, minJaccard, minJaccardWithSpecifics, minSpecifics, minLeadContainment },
                );
                scores.negativesMerged += scores.generatedMerged;
                results.push({
                  f1: scores.f1,
                  negatives: scores.negativesMerged,
                  scores,
                  label: `k=${shingleWords} hashes=${hashes} lead=${leadWords} J>=${minJaccard} J>=${minJaccardWithSpecifics} with specifics>=${minSpecifics} leadC>=${minLeadContainment}`,
                });
              }
  results.sort((a, b) => a.negatives - b.negatives || b.f1 - a.f1);
  // Negatives here count hard negatives merged plus generated articles joined.
  console.log(`\nbest of ${results.length} settings (fewest hard negatives merged, then F1):`);
  for (const result of results.slice(0, 12))
    console.log(
      `  ${result.label.padEnd(80)} P ${pct(result.scores.precision)} R ${pct(result.scores.recall)} F1 ${pct(result.f1)} negatives ${result.negatives}`,
    );
}
