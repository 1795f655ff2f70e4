/**
 * Scoring of extracted entities against labels, per document: both sides become sets of
 * entities, a name and its shortened forms ("Ronald Reagan", "Reagan") being one entity, and a
 * predicted entity matches a labelled one when a name of one equals a name of the other or is a
 * shortened form of it. Also headline word overlap against real titles.
 */

/** Lower case, without dots, possessives and a leading "the" ("The U.S.'s" → "us"). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/\./gu, '')
    .replace(/^the\s+/u, '')
    .replace(/[\s-]+/gu, ' ')
    .trim();
}

const wordsOf = (name: string) => normaliseName(name).split(' ').filter(Boolean);

/** True when `short` is `long` or a run of its whole words ("reagan" in "ronald reagan"). */
export function isShortenedForm(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = wordsOf(long);
  if (a.length === 0 || a.length > b.length) return false;
  for (let start = 0; start + a.length <= b.length; start++) if (a.every((word, k) => b[start + k] === word)) return true;
  return false;
}

const related = (a: string, b: string) => isShortenedForm(a, b) || isShortenedForm(b, a);

/** Groups names into entities: a name joins every group holding a longer or shorter form of it. */
export function groupNames(names: readonly string[], canonical: (name: string) => string = (name) => name): string[][] {
  const groups: string[][] = [];
  for (const raw of new Set(names.map(canonical))) {
    if (wordsOf(raw).length === 0) continue;
    const joined = groups.filter((group) => group.some((name) => related(name, raw)));
    const merged = [raw, ...joined.flat()];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

export interface Counts {
  truePositives: number;
  predicted: number;
  labelled: number;
}

/** How many predicted entities match a labelled one (one to one), and the sizes of both sets. */
export function scoreDocument(predicted: readonly string[], labelled: readonly string[], canonical?: (name: string) => string): Counts {
  const found = groupNames(predicted, canonical);
  const truth = groupNames(labelled, canonical);
  const used = new Set<number>();
  let truePositives = 0;
  for (const group of found) {
    const match = truth.findIndex((other, i) => !used.has(i) && group.some((a) => other.some((b) => related(a, b))));
    if (match >= 0) {
      used.add(match);
      truePositives++;
    }
  }
  return { truePositives, predicted: found.length, labelled: truth.length };
}

/** Precision, recall and F1 of summed counts. */
export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.truePositives / counts.predicted;
  const recall = counts.labelled === 0 ? 0 : counts.truePositives / counts.labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const titleWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

/**
 * The share of the title's words that the headline also has (each word counted once).
 * @example headlineOverlap('Oil prices rise', 'Oil prices rise after OPEC cut') // 0.5
 */
export function headlineOverlap(headline: string, title: string): number {
  const have = new Set(titleWords(headline));
  const want = new Set(titleWords(title));
  if (want.size === 0) return 0;
  return [...want].filter((word) => have.has(word)).length / want.size;
}
