import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areVersions, findStories, leadContainment, type StoryInput } from '../../../src/lib/stories/story-clusters.ts';
import { signatureOf } from '../../../src/lib/stories/story-signature.ts';

const hour = 3_600_000;
const at = Date.parse('2024-03-01T08:00:00Z');
const item = (id: string, paragraphs: string[], hours = 0): StoryInput => ({
  id,
  time: at + hours * hour,
  signature: signatureOf(paragraphs),
});

const lead =
  'The European Central Bank left its main interest rate unchanged at 4.5 percent on Thursday, saying inflation was falling faster than expected but wages were still rising strongly across the euro zone.';
const body = [
  lead,
  'ECB President Christine Lagarde told reporters in Frankfurt that the governing council had not discussed cutting rates and that it would need more data on wage settlements before it could do so.',
  'Economists polled before the meeting had expected the bank to hold rates, and most still expect a first cut in June, when new staff projections are due.',
  'Inflation in the euro zone fell to 2.6 percent in February from 2.8 percent in January, the statistics office Eurostat said earlier this week.',
  'The bank also cut its growth forecast for this year to 0.6 percent from 0.8 percent, citing weak demand in Germany and tight credit conditions.',
];

describe('areVersions', () => {
  it('joins an update with a paragraph added, and a radio cut of the lead alone', () => {
    const first = item('a', body.slice(0, 4));
    expect(areVersions(first, item('b', body, 2))).toBe(true);
    expect(areVersions(item('c', [lead], 3), first)).toBe(true);
  });

  it('keeps a one-line item apart even when its words are in the story', () => {
    expect(areVersions(item('a', body), item('b', ['The bank did not comment.']))).toBe(false);
    expect(areVersions(item('a', body), item('b', ['Inflation in the euro zone fell.']))).toBe(false);
  });

  it('keeps look-alike tables with other names and numbers apart', () => {
    const table = (name: string, revenue: number, profit: number) => [
      `${name} reported results for the third quarter on Thursday.`,
      `Revenue: ${revenue} million euros (previous year ${revenue - 300} million).`,
      `Operating profit: ${profit} million euros (${profit - 40} million).`,
      `Outlook: ${name} confirmed its forecast for the full year.`,
    ];
    expect(areVersions(item('a', table('Northwind Traders', 4210, 388)), item('b', table('Contoso Group', 3975, 402)))).toBe(false);
    expect(areVersions(item('a', table('Northwind Traders', 4210, 388)), item('b', table('Northwind Traders', 4210, 398), 1))).toBe(true);
  });

  it('keeps identical copy apart when it was published more than a week later', () => {
    expect(areVersions(item('a', body), item('b', body, 8 * 24))).toBe(false);
  });
});

describe('leadContainment', () => {
  it('is the share of the shorter sorted list found in the other', () => {
    expect(leadContainment([1, 2, 3], [2, 3, 4, 5, 6])).toBeCloseTo(2 / 3);
    expect(leadContainment([], [1])).toBe(0);
  });
});

describe('findStories', () => {
  it("gives every version its story's earliest id, whatever the input order", () => {
    const inputs = [
      item('z-late', body, 5),
      item('m-first', body.slice(0, 3), 0),
      item('a-radio', [lead], 3),
      item('other', ['Something else entirely happened in another city today, officials said, and nobody was hurt.']),
    ];
    const forward = findStories(inputs).storyOf;
    const backward = findStories([...inputs].reverse()).storyOf;
    expect(Object.fromEntries(forward)).toEqual({ 'z-late': 'm-first', 'm-first': 'm-first', 'a-radio': 'm-first', other: 'other' });
    expect(backward).toEqual(forward);
  });

  it('moves the story to an earlier version that arrives later', () => {
    const before = findStories([item('update', body, 2), item('radio', [lead], 3)]).storyOf;
    expect(before.get('radio')).toBe('update');
    const after = findStories([item('update', body, 2), item('radio', [lead], 3), item('first', body.slice(0, 3), 0)]).storyOf;
    expect([after.get('update'), after.get('radio'), after.get('first')]).toEqual(['first', 'first', 'first']);
  });

  it('checks a number of pairs that grows linearly, not quadratically', () => {
    // Templated items sharing most of their words: the worst case for buckets.
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        item(
          `n${i}`,
          [`Report number ${i} on topic ${i % 7}: the council of district ${i * 31} met on day ${i} and voted ${i % 5} to ${i % 3}.`],
          i,
        ),
      );
    const small = findStories(many(500)).comparisons;
    const large = findStories(many(2000)).comparisons;
    expect(large / small).toBeLessThan(4.4);
  });
});

describe('the labelled story-versions set', () => {
  const dir = path.resolve(import.meta.dirname, '../../fixtures/story-versions');
  const { labels, hardNegatives } = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as {
    labels: Record<string, { story: string }>;
    hardNegatives: { stories: [string, string] }[];
  };
  const files = readdirSync(path.join(dir, 'seeds')).sort();
  const inputs = files.map((file) => {
    const [stamp, ...paragraphs] = readFileSync(path.join(dir, 'seeds', file), 'utf8')
      .trim()
      .split('\n');
    return { id: file, time: Date.parse(`${stamp!.replace(' ', 'T')}Z`), signature: signatureOf(paragraphs) };
  });
  const { storyOf } = findStories(inputs);

  it('scores pairwise precision and recall of at least 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < files.length; i++)
      for (let j = i + 1; j < files.length; j++) {
        const truth = labels[files[i]!]!.story === labels[files[j]!]!.story;
        const predicted = storyOf.get(files[i]!) === storyOf.get(files[j]!);
        if (truth && predicted) tp++;
        else if (predicted) fp++;
        else if (truth) fn++;
      }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it('merges no hard negative', () => {
    const predicted = (story: string) => new Set(files.filter((file) => labels[file]!.story === story).map((file) => storyOf.get(file)));
    const merged = hardNegatives.filter(({ stories: [a, b] }) => [...predicted(a)].some((id) => predicted(b).has(id)));
    expect(merged).toEqual([]);
  });
});
