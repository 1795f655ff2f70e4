/**
 * Writes the labelled story-versions set (tests/fixtures/story-versions/): versions of real
 * Wikinews articles made the ways a wire desk makes them (first take, update with a paragraph
 * added, write-through with the lead reworded, radio cut, the same copy credited to another
 * agency), plus hard negatives that must stay apart (other stories on the same topic and day,
 * look-alike tables, one-paragraph items, a follow-up that reuses background paragraphs).
 * Deterministic: the same corpus gives the same files. Run it again only to change the set:
 *   npx node tools/corpus/make-story-versions.ts [--corpus /work/shared/corpora/wikinews]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '/work/shared/corpora/wikinews' } } });
const corpus = values.corpus!;
const outDir = path.resolve(import.meta.dirname, '../../tests/fixtures/story-versions');

interface Gold {
  file: string;
  source_id: string;
  title: string;
  date: string;
  url: string;
}
const gold = new Map<string, Gold>(
  readFileSync(path.join(corpus, 'gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Gold)
    .map((entry) => [entry.source_id, entry]),
);

function paragraphsOf(sourceId: string): string[] {
  const entry = gold.get(sourceId)!;
  return readFileSync(path.join(corpus, 'seeds', entry.file), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
}

/** Label of one seed file. */
interface Label {
  story: string;
  kind: string;
  source?: string;
}
const labels: Record<string, Label> = {};
const hardNegatives: { stories: [string, string]; why: string }[] = [];
const used = new Map<string, Gold>();
const files = new Map<string, string>();

function write(name: string, date: string, time: string, paragraphs: readonly string[], label: Label): void {
  const hex = createHash('sha256').update(`story-versions:${name}`).digest('hex').slice(0, 16);
  const file = `${String(files.size).padStart(3, '0')}_${hex}.txt`;
  files.set(file, `${date} ${time}\n${paragraphs.join('\n')}\n`);
  labels[file] = label;
}

/** A small, fixed rewording table a copy editor might apply to a lead. */
const REWORDINGS: [RegExp, string][] = [
  [/\bannounced\b/g, 'unveiled'],
  [/\bsaid\b/g, 'stated'],
  [/\bsays\b/g, 'stated'],
  [/\breported\b/g, 'disclosed'],
  [/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, 'this $1'],
  [/\bcompany\b/g, 'firm'],
  [/\bbillion\b/g, 'bn'],
  [/\bmillion\b/g, 'm'],
  [/\bpercent\b/g, 'per cent'],
  [/\bhas\b/g, 'had'],
  [/\bwill\b/g, 'is to'],
  [/\bbut\b/g, 'though'],
  [/\babout\b/g, 'around'],
  [/\bwhich\b/g, 'that'],
  [/\blargest\b/g, 'biggest'],
];

/** The lead as a write-through has it: sentences in another order, words changed, a new opening. */
function rewordLead(lead: string, opening: string): string {
  const sentences = lead.match(/[^.!?]+[.!?]+["”]?\s*/g)?.map((s) => s.trim()) ?? [lead];
  const reordered = sentences.length > 1 ? [sentences.at(-1)!, ...sentences.slice(0, -1)] : sentences;
  let text = reordered.join(' ');
  for (const [pattern, replacement] of REWORDINGS) text = text.replace(pattern, replacement);
  return `${opening} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Every other sentence-paragraph lightly edited, as a sub-editor tightening copy does. */
function tighten(paragraph: string): string {
  let text = paragraph;
  for (const [pattern, replacement] of REWORDINGS.slice(0, 6)) text = text.replace(pattern, replacement);
  return text;
}

const AGENCIES = ['Reuters', 'AFP', 'AP', 'BTA', 'TASS', 'dpa'];
const OPENINGS = ['In a fresh development,', 'Officials confirmed that', 'Updating earlier reports,', 'It emerged on the day that'];

/** Kinds of version made of a base article, by its position in the list (so every kind is made several times). */
const PLANS = [
  ['first-take', 'update', 'write-through', 'radio-cut-1', 'agency'],
  ['first-take', 'update', 'radio-cut-2', 'agency'],
  ['first-take', 'write-through', 'write-through-heavy', 'radio-cut-1'],
  ['first-take', 'update', 'update-middle', 'write-through', 'radio-cut-2', 'agency'],
  ['first-take', 'agency', 'radio-cut-1'],
  ['first-take', 'update', 'write-through', 'radio-cut-of-write-through', 'write-through-heavy'],
];

/** Writes the versions of one real article; returns its story key. */
function versionsOf(sourceId: string, index: number, date = gold.get(sourceId)!.date, hour = 6 + (index % 10)): string {
  const entry = gold.get(sourceId)!;
  used.set(sourceId, entry);
  const story = `wikinews:${sourceId}`;
  const all = paragraphsOf(sourceId);
  const take = Math.max(3, Math.min(all.length - 1, Math.ceil(all.length * 0.6)));
  const firstTake = all.slice(0, take);
  const updated = all.slice(0, Math.min(all.length, take + 2));
  const agency = AGENCIES[index % AGENCIES.length]!;
  const other = AGENCIES[(index + 3) % AGENCIES.length]!;
  const time = (h: number, m = 0) => `${String(hour + h).padStart(2, '0')}:${String((m + index * 7) % 60).padStart(2, '0')}:00`;
  const writeThrough = [
    rewordLead(updated[0]!, OPENINGS[index % OPENINGS.length]!),
    ...updated.slice(1).map((p, i) => (i % 3 === 1 ? tighten(p) : p)),
    ...all.slice(updated.length, updated.length + 1),
  ];
  for (const kind of PLANS[index % PLANS.length]!) {
    const label = { story, kind, source: entry.url };
    if (kind === 'first-take') write(`${sourceId}:first`, date, time(0), [`${firstTake[0]!} (${agency})`, ...firstTake.slice(1)], label);
    if (kind === 'update') write(`${sourceId}:update`, date, time(2), [`${updated[0]!} (${agency})`, ...updated.slice(1)], label);
    if (kind === 'update-middle') {
      // A paragraph of new detail inserted high up, as an update often does.
      const [lead, ...rest] = updated;
      write(`${sourceId}:update-middle`, date, time(3), [lead!, all.at(-1)!, ...rest], label);
    }
    if (kind === 'write-through') write(`${sourceId}:write-through`, date, time(5), writeThrough, label);
    if (kind === 'write-through-heavy') {
      // Lead and second paragraph rewritten, every paragraph tightened, one dropped, one new at the end.
      const rest = updated.slice(2).map(tighten);
      rest.splice(1, 1);
      write(
        `${sourceId}:write-through-heavy`,
        date,
        time(7),
        [
          rewordLead(updated[0]!, OPENINGS[(index + 1) % OPENINGS.length]!),
          rewordLead(updated[1] ?? updated[0]!, 'Separately,'),
          ...rest,
          ...all.slice(updated.length, updated.length + 1),
          `${other} could not independently confirm the reports.`,
        ],
        label,
      );
    }
    if (kind === 'radio-cut-1') write(`${sourceId}:radio-1`, date, time(4, 30), [all[0]!], label);
    if (kind === 'radio-cut-2') write(`${sourceId}:radio-2`, date, time(4, 30), all.slice(0, 2), label);
    if (kind === 'radio-cut-of-write-through') write(`${sourceId}:radio-wt`, date, time(6), writeThrough.slice(0, 2), label);
    if (kind === 'agency') {
      // The same copy filed under another agency's credit.
      const credited = updated.map((p) => p.replace(new RegExp(`\\b${agency}\\b`, 'g'), other));
      write(`${sourceId}:agency`, date, time(1, 15), [`${credited[0]!} (${other})`, ...credited.slice(1), `Reporting by ${other}.`], label);
    }
  }
  return story;
}

/** One real article on its own (a single version), optionally moved to another date. */
function single(sourceId: string, date = gold.get(sourceId)!.date, time = '13:00:00'): string {
  const entry = gold.get(sourceId)!;
  used.set(sourceId, entry);
  const story = `wikinews:${sourceId}`;
  write(`${sourceId}:single`, date, time, paragraphsOf(sourceId), { story, kind: 'single', source: entry.url });
  return story;
}

// 1. Versions of real articles. Several pairs are other stories on the same topic and day.
const bases = [
  'GUM_news_afghan',
  'GUM_news_asylum',
  'GUM_news_defector',
  'GUM_news_election',
  'GUM_news_hackers',
  'GUM_news_homeopathic',
  'GUM_news_iodine',
  'GUM_news_korea',
  'GUM_news_nasa',
  'GUM_news_sensitive',
  '113219',
  '113227',
  '114864',
  '114904',
  '063',
  '127226',
  '127227',
  '128',
  '129',
  '068',
  '16844',
  '16900',
  '17654',
  '82548',
  '82597',
  '121225',
  '126311',
  '126361',
];
const byId = (id: string) => (gold.has(id) ? id : [...gold.keys()].find((key) => key.startsWith(id))!);
// Numbers are SemEval doc ids; a few are written here by file number for brevity.
const FILE_IDS: Record<string, string> = { '063': '8951', '128': '120554', '129': '120578', '068': '11714' };
const stories = new Map<string, string>();
bases.forEach((base, index) => {
  const id = byId(FILE_IDS[base] ?? base);
  if (!gold.has(id)) throw new Error(`no article ${base} in ${corpus}`);
  stories.set(id, versionsOf(id, index));
});

// 2. Other stories on the same topic and day, as single articles where they are not bases already.
const sameDay: [string, string, string][] = [
  ['113219', '113227', 'stock markets, 2008-09-17'],
  ['114864', '114904', 'stock markets, 2008-10-10'],
  ['8951', '8983', 'aircraft, 2005-04-27'],
  ['127226', '127227', 'GM bankruptcy, 2009-06-01'],
  ['120554', '120578', 'US car makers, 2009-02-03'],
  ['11714', '11716', 'aircraft orders, 2005-06-13'],
  ['113267', '113278', 'stock markets, 2008-09-18'],
  ['82548', '82597', 'first A380 delivered / in service, two days apart'],
  ['126311', '126361', 'Chrysler and GM dealerships, a day apart'],
  ['16844', '16900', 'iPhone 4 launch and pre-orders'],
];
for (const [a, b, why] of sameDay) {
  const storyA = stories.get(a) ?? single(a);
  const storyB = stories.get(b) ?? single(b);
  stories.set(a, storyA);
  stories.set(b, storyB);
  hardNegatives.push({ stories: [storyA, storyB], why: `different stories on one topic: ${why}` });
}
// Same topic, moved to the same day as a base story.
for (const [a, b] of [
  ['121416', '121225'],
  ['121978', '121225'],
  ['17677', '17654'],
  ['18315', '17654'],
] as const) {
  const story = single(a, gold.get(b)!.date, '15:30:00');
  hardNegatives.push({ stories: [story, stories.get(b)!], why: 'different stories on one topic, moved to the same day' });
}

// 3. A follow-up: a new story whose own paragraphs come first and which repeats two background paragraphs of an earlier one.
{
  const earlier = '127226';
  const later = '127248';
  used.set(later, gold.get(later)!);
  const background = paragraphsOf(earlier).slice(0, 2);
  const own = paragraphsOf(later);
  const story = `wikinews:${later}:follow-up`;
  write(`${later}:follow-up`, gold.get(later)!.date, '09:00:00', [...own.slice(0, 6), ...background], {
    story,
    kind: 'follow-up',
    source: gold.get(later)!.url,
  });
  hardNegatives.push({ stories: [story, stories.get(earlier)!], why: 'a follow-up repeating background paragraphs' });
}

// 4. Look-alike tables (synthetic: the corpus has none): quarterly results and football results on one template.
const companies = [
  ['Northwind Traders', 'NWT', 4_210, 388, 1.12],
  ['Contoso Group', 'CTG', 3_975, 402, 0.98],
  ['Fabrikam Industries', 'FBK', 12_640, 1_015, 2.31],
  ['Tailspin Aviation', 'TSA', 880, -42, -0.17],
  ['Litware Holdings', 'LWH', 2_305, 190, 0.64],
  ['Adventure Works', 'ADW', 6_720, 655, 1.87],
] as const;
const earnings = (name: string, ticker: string, revenue: number, profit: number, eps: number) => [
  `${name} (${ticker}) reported results for the third quarter on Thursday.`,
  `Revenue: ${revenue.toLocaleString('en-GB')} million euros (previous year ${Math.round(revenue * 0.93).toLocaleString('en-GB')} million).`,
  `Operating profit: ${profit} million euros (${Math.round(profit * 0.88)} million).`,
  `Earnings per share: ${eps.toFixed(2)} euros (${(eps * 0.9).toFixed(2)}).`,
  `Outlook: ${name} confirmed its forecast for the full year.`,
  `Source: ${name} quarterly statement.`,
];
const tableStories: string[] = [];
companies.forEach(([name, ticker, revenue, profit, eps], i) => {
  const story = `table:earnings:${ticker}`;
  tableStories.push(story);
  write(`earnings:${ticker}`, '2024-10-24', `07:${String(i * 5).padStart(2, '0')}:00`, earnings(name, ticker, revenue, profit, eps), {
    story,
    kind: 'table',
  });
});
// A corrected table is a version of the first.
{
  const [name, ticker, revenue, profit, eps] = companies[0];
  const corrected = earnings(name, ticker, revenue, profit, eps);
  corrected[2] = `Operating profit: ${profit + 10} million euros (${Math.round(profit * 0.88)} million), corrected from ${profit} million.`;
  write(`earnings:${ticker}:corrected`, '2024-10-24', '09:40:00', corrected, {
    story: `table:earnings:${ticker}`,
    kind: 'table-correction',
  });
}
const teams = ['Riverside', 'Northgate', 'Eastfield', 'Hillcrest', 'Westbrook', 'Southport', 'Lakeside', 'Kingsbury', 'Oakham', 'Elmstead'];
const results = (round: number) => [
  `Results of the national football league, round ${round}, played on Saturday:`,
  ...Array.from({ length: 5 }, (_, m) => {
    const home = teams[(m * 2 + round) % teams.length]!;
    const away = teams[(m * 2 + 1 + round * 3) % teams.length]!;
    return `${home} ${(round * 7 + m * 3) % 4} ${away === home ? teams[(m + 5) % teams.length] : away} ${(round * 5 + m) % 3}`;
  }),
  `Leaders after round ${round}: ${teams[round % teams.length]} ${30 + round} points, ${teams[(round + 4) % teams.length]} ${28 + round} points.`,
];
for (let round = 11; round <= 16; round++) {
  const story = `table:football:${round}`;
  tableStories.push(story);
  write(`football:${round}`, `2024-${String(round - 8).padStart(2, '0')}-14`, '18:30:00', results(round), { story, kind: 'table' });
}
{
  const corrected = results(12);
  corrected[3] = `${corrected[3]} (corrects score)`;
  write('football:12:corrected', '2024-04-14', '19:10:00', corrected, { story: 'table:football:12', kind: 'table-correction' });
}
for (let i = 0; i < tableStories.length; i++)
  for (let j = i + 1; j < tableStories.length; j++)
    if (tableStories[i]!.split(':')[1] === tableStories[j]!.split(':')[1])
      hardNegatives.push({ stories: [tableStories[i]!, tableStories[j]!], why: 'look-alike tables on one template' });

// 5. Very short items: one paragraph each, on the topics above, none a version of anything.
const shorts = [
  ['Shares fell sharply on Wall Street on Wednesday as investors worried about the banking system.', '2008-09-17'],
  ['Stock markets in Asia closed lower on Friday.', '2008-10-10'],
  ['General Motors said on Monday it would hold a news conference later in the day.', '2009-06-01'],
  ['Apple shares rose in early trading.', '2010-06-08'],
  ['The Dow Jones Industrial Average closed at 7,465.95, down 1.2 percent.', '2009-02-20'],
  ['Airbus said the aircraft would be delivered next year.', '2007-10-15'],
  ['Markets were closed for a public holiday.', '2008-10-10'],
  ['The company did not comment.', '2009-06-01'],
] as const;
shorts.forEach(([text, date], i) => {
  const story = `short:${i}`;
  write(`short:${i}`, date, `20:${String(i * 3).padStart(2, '0')}:00`, [text], { story, kind: 'short' });
  // Each must stay apart from every story of its day.
  for (const [id, base] of stories)
    if (gold.get(id)?.date === date) hardNegatives.push({ stories: [story, base], why: 'a one-paragraph item' });
});

rmSync(path.join(outDir, 'seeds'), { recursive: true, force: true });
mkdirSync(path.join(outDir, 'seeds'), { recursive: true });
for (const [file, text] of files) writeFileSync(path.join(outDir, 'seeds', file), text);
const sources = [...used.values()]
  .sort((a, b) => (a.file < b.file ? -1 : 1))
  .map((entry) => ({ sourceId: entry.source_id, title: entry.title, url: entry.url }));
writeFileSync(path.join(outDir, 'labels.json'), `${JSON.stringify({ labels, hardNegatives, sources }, null, 2)}\n`);
console.log(
  `${files.size} seeds, ${new Set(Object.values(labels).map((l) => l.story)).size} stories, ${hardNegatives.length} hard negatives -> ${path.relative(process.cwd(), outDir)}`,
);
