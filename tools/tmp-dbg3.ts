import { readFileSync } from 'node:fs';
import { extractNamedEntities } from '../src/lib/enrichment/entities.ts';
const dir = '../shared/corpora/wikinews/seeds/';
const gold = readFileSync('../shared/corpora/wikinews/gold.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const kind = process.argv[2] as 'people';
for (const g of gold.slice(0, 43)) {
  const paras = readFileSync(dir + g.file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean);
  const e = extractNamedEntities(paras);
  const goldSet = (g[kind] as string[]).map((x) => x.toLowerCase());
  const got = e[kind].map((x) => x.toLowerCase());
  const extra = e[kind].filter((x) => !goldSet.some((y) => y.includes(x.toLowerCase()) || x.toLowerCase().includes(y)));
  const missed = (g[kind] as string[]).filter((y) => !got.some((x) => x.includes(y.toLowerCase()) || y.toLowerCase().includes(x)));
  if (extra.length || missed.length) console.log(g.file.slice(0, 3), 'EXTRA', JSON.stringify(extra), 'MISSED', JSON.stringify(missed));
}
