/**
 * `npm run bench:stories`: the cost of story detection. Generates a corpus with
 * tools/corpus/generate-corpus.ts (templated copy, the hard case for buckets), adds versions of
 * one article in ten (an update with a paragraph added, a radio cut of the lead), then times
 * signatures (shingling and MinHash, what the story cache saves on a rebuild) and the banding
 * over the whole archive (what every build runs), in CPU milliseconds per article, with the
 * wall time and peak memory of the whole pass (resident, and above the corpus's own text). Medians over --runs.
 * Usage: npm run bench:stories [-- --count 100000 --runs 3]
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/generate-corpus.ts';
import { findStories, type StoryInput } from '../../src/lib/stories/story-clusters.ts';
import { signatureOf } from '../../src/lib/stories/story-signature.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.count);
const runs = Number(values.runs);

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

interface Doc {
  id: string;
  time: number;
  paragraphs: string[];
}
const docs: Doc[] = [];
for (const { file, text } of generateCorpus(Math.round(count / 1.2), 42)) {
  const [stamp, ...paragraphs] = text.trim().split('\n');
  const time = Date.parse(`${stamp!.replace(' ', 'T')}Z`);
  const id = file.slice(7, 23);
  docs.push({ id, time, paragraphs });
  if (docs.length % 10 === 0 && docs.length < count) {
    docs.push({ id: `${id.slice(0, 14)}u1`, time: time + 3_600_000, paragraphs: [...paragraphs, 'Officials gave no further details.'] });
    docs.push({ id: `${id.slice(0, 14)}r1`, time: time + 7_200_000, paragraphs: paragraphs.slice(0, 1) });
  }
}
docs.length = Math.min(docs.length, count);

const signatureMs: number[] = [];
const bandingMs: number[] = [];
const wallMs: number[] = [];
// The corpus itself (every article's text, as the build holds it anyway) is resident before the pass starts.
const corpusRss = process.memoryUsage().rss;
let peakRss = corpusRss;
let result: ReturnType<typeof findStories> | undefined;
for (let run = 0; run < runs; run++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const inputs: StoryInput[] = docs.map((doc) => ({ id: doc.id, time: doc.time, signature: signatureOf(doc.paragraphs) }));
  signatureMs.push(cpuMs(cpu));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const banding = process.cpuUsage();
  result = findStories(inputs);
  bandingMs.push(cpuMs(banding));
  wallMs.push(performance.now() - wall);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const multi = new Map<string, number>();
for (const story of result!.storyOf.values()) multi.set(story, (multi.get(story) ?? 0) + 1);
const versions = [...multi.values()].filter((n) => n > 1);
const perArticle = (ms: number) => (ms / docs.length).toFixed(4);
console.log(`${docs.length} articles, ${runs} runs (medians)`);
console.log(`signatures (cache misses): ${perArticle(median(signatureMs))} CPU-ms/article`);
console.log(`banding (every build):     ${perArticle(median(bandingMs))} CPU-ms/article, ${result!.comparisons} pairs checked`);
console.log(
  `whole pass:                ${perArticle(median(signatureMs) + median(bandingMs))} CPU-ms/article, ${(median(wallMs) / 1000).toFixed(2)} s wall`,
);
console.log(
  `peak memory:               ${(peakRss / 2 ** 20).toFixed(0)} MB resident, ${((peakRss - corpusRss) / 2 ** 20).toFixed(0)} MB of it for the pass (the corpus's text took ${(corpusRss / 2 ** 20).toFixed(0)} MB)`,
);
console.log(`stories with versions:     ${versions.length} (${versions.reduce((a, b) => a + b, 0)} articles)`);
