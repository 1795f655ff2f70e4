/**
 * Deterministic generator of realistic wire-copy seeds for demos, tests and benchmarks.
 * Usage: npx node tools/corpus/generate-corpus.ts --count 1000 --out .cache/corpus [--seed 42] [--labels labels.json]
 * Same arguments, same bytes: the random source is seeded, and nothing reads the clock.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Mulberry32: a small, fast, seedable PRNG (public domain). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  surname: string;
  role: string;
  country: string;
}

const PEOPLE: Person[] = [
  { name: 'Vladimir Putin', surname: 'Putin', role: 'Russian President', country: 'Russia' },
  { name: 'Xi Jinping', surname: 'Xi', role: 'Chinese President', country: 'China' },
  { name: 'Maria Zakharova', surname: 'Zakharova', role: 'Russian Foreign Ministry spokeswoman', country: 'Russia' },
  { name: 'Sergei Lavrov', surname: 'Lavrov', role: 'Russian Foreign Minister', country: 'Russia' },
  { name: 'Olaf Scholz', surname: 'Scholz', role: 'German Chancellor', country: 'Germany' },
  { name: 'Emmanuel Macron', surname: 'Macron', role: 'French President', country: 'France' },
  { name: 'Rumen Radev', surname: 'Radev', role: 'Bulgarian President', country: 'Bulgaria' },
  { name: 'Ursula von der Leyen', surname: 'von der Leyen', role: 'European Commission President', country: 'Belgium' },
  { name: 'Antonio Guterres', surname: 'Guterres', role: 'UN Secretary-General', country: 'United States' },
  { name: 'Narendra Modi', surname: 'Modi', role: 'Indian Prime Minister', country: 'India' },
  { name: 'Fumio Kishida', surname: 'Kishida', role: 'Japanese Prime Minister', country: 'Japan' },
  { name: 'Recep Tayyip Erdogan', surname: 'Erdogan', role: 'Turkish President', country: 'Turkey' },
  { name: 'Christine Lagarde', surname: 'Lagarde', role: 'ECB President', country: 'Germany' },
  { name: 'Jens Stoltenberg', surname: 'Stoltenberg', role: 'NATO Secretary General', country: 'Belgium' },
  { name: 'Luiz Inacio Lula da Silva', surname: 'Lula', role: 'Brazilian President', country: 'Brazil' },
  { name: 'Giorgia Meloni', surname: 'Meloni', role: 'Italian Prime Minister', country: 'Italy' },
];

const CITIES: Record<string, string[]> = {
  Russia: ['Moscow', 'St Petersburg', 'Kazan'],
  China: ['Beijing', 'Shanghai', 'Shenzhen'],
  Germany: ['Berlin', 'Frankfurt', 'Munich'],
  France: ['Paris', 'Lyon', 'Marseille'],
  Bulgaria: ['Sofia', 'Plovdiv', 'Varna'],
  Belgium: ['Brussels', 'Antwerp'],
  'United States': ['Washington', 'New York'],
  India: ['New Delhi', 'Mumbai'],
  Japan: ['Tokyo', 'Osaka'],
  Turkey: ['Ankara', 'Istanbul'],
  Brazil: ['Brasilia', 'Sao Paulo'],
  Italy: ['Rome', 'Milan'],
  Ukraine: ['Kyiv', 'Odesa'],
};

const AGENCIES = ['Reuters', 'TASS', 'BTA', 'AFP', 'Associated Press', 'Xinhua', 'Interfax', 'dpa', 'ANSA', 'Kyodo', 'Anadolu', 'EFE'];
const CITE_FORMS = ['quoted by {a}', 'writes {a}', '{a} reported', 'according to {a}', 'told {a}'];

/** Topics with vocabulary distinctive enough to plant and find again in search evaluation. */
export const TOPICS = {
  energy: {
    label: 'gas pipeline',
    leads: [
      '{country} will increase natural gas deliveries through the pipeline to {other} from next month, {person} said',
      'Talks on the gas pipeline transit contract between {country} and {other} ended without agreement',
    ],
    body: [
      'The pipeline carries up to 30 billion cubic metres of gas a year, and storage facilities are {pct} percent full.',
      'Energy ministers discussed liquefied natural gas terminals, transit tariffs and the price cap on gas.',
      'Gas prices on the Dutch TTF hub rose {pct} percent after the announcement.',
    ],
  },
  inflation: {
    label: 'inflation interest rates',
    leads: [
      'The central bank of {country} raised its key interest rate by {small} percentage points to fight inflation',
      'Annual inflation in {country} slowed to {pct} percent in {month}, the statistics office said',
    ],
    body: [
      'Consumer prices for food and fuel drove inflation, while core inflation eased slightly.',
      'Economists expect the central bank to keep interest rates on hold until inflation returns to target.',
      'Mortgage rates have doubled since the tightening cycle began, hitting household budgets.',
    ],
  },
  wildfire: {
    label: 'wildfire evacuation',
    leads: [
      'Firefighters in {country} battled a wildfire near {city} that forced the evacuation of {num} residents',
      'A wildfire spread by strong winds destroyed dozens of homes outside {city}',
    ],
    body: [
      'Water-bombing aircraft and {num} firefighters were deployed as temperatures topped 40 degrees.',
      'Authorities declared a state of emergency and opened evacuation centres in schools.',
      'The wildfire has burned more than {num} hectares of forest and farmland.',
    ],
  },
  football: {
    label: 'football championship',
    leads: [
      '{city} won the national football championship after a 2-1 victory in the final match of the season',
      'The football federation of {country} fined the club after crowd trouble at the championship game',
    ],
    body: [
      'The striker scored twice in the second half, and the goalkeeper saved a penalty in stoppage time.',
      'More than {num} supporters filled the stadium for the championship decider.',
      'The coach said the title was the reward for a season of consistent football.',
    ],
  },
  summit: {
    label: 'summit talks',
    leads: [
      '{person} and {person2} held talks in {city} on security and trade, agreeing to meet again at a summit next year',
      'Leaders gathered in {city} for a two-day summit dominated by the war in Ukraine and sanctions',
    ],
    body: [
      'The summit ended with a joint declaration on energy security, sanctions and support for Ukraine.',
      'Diplomats said the talks were constructive but that differences remained on trade tariffs.',
      '{person} described the relationship between the two countries as a strategic partnership.',
    ],
  },
  earthquake: {
    label: 'earthquake magnitude',
    leads: [
      'An earthquake of magnitude {mag} struck near {city}, damaging buildings and cutting power to thousands',
      'Rescuers searched collapsed buildings after a magnitude {mag} earthquake hit {country}',
    ],
    body: [
      'The seismological centre recorded several aftershocks, the strongest of magnitude 4.1.',
      'Schools were closed and residents spent the night outdoors fearing further tremors.',
      'Engineers began inspecting bridges and dams in the region affected by the earthquake.',
    ],
  },
  vaccine: {
    label: 'vaccine health ministry',
    leads: [
      'The health ministry of {country} approved a new vaccine against seasonal influenza for people over 60',
      'Hospitals in {city} reported a rise in measles cases as vaccination rates fell',
    ],
    body: [
      'Doctors urged parents to vaccinate children before the school year begins.',
      'The vaccine campaign will run in {num} clinics and pharmacies across the country.',
      'Health officials said hospital admissions remained below last winter’s peak.',
    ],
  },
  satellite: {
    label: 'satellite launch rocket',
    leads: [
      '{country} launched a communications satellite into orbit aboard a rocket from its main spaceport',
      'The space agency postponed the rocket launch of a weather satellite because of a fuel leak',
    ],
    body: [
      'The satellite will provide broadband coverage to remote regions for fifteen years.',
      'Engineers confirmed the rocket’s second stage separated as planned {num} seconds after lift-off.',
      'The launch was the {small}th of the year for the national space programme.',
    ],
  },
} as const;

export type TopicName = keyof typeof TOPICS;
const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const FILLER = [
  'Officials did not give further details, and the ministry declined to comment on the report.',
  'The opposition criticised the decision and called for a debate in parliament.',
  'Analysts said the move reflected growing pressure on the government ahead of elections.',
  'The announcement came a day after a meeting of the national security council.',
  'Markets reacted calmly, with the main stock index closing almost unchanged.',
  'The European Union said it was following developments closely.',
  'Local media reported that the plan had been discussed for several months.',
];

export interface GeneratedLabel {
  file: string;
  id: string;
  topic: TopicName;
  people: string[];
  places: string[];
  agencies: string[];
  timestamp: string;
}

/** Picks one element. */
function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A timestamp spread over 25 years (2000–2024); a few "busy days" attract many articles. */
function timestampFor(random: () => number, busyDays: string[]): string {
  const hour = Math.floor(random() * 24);
  const minute = Math.floor(random() * 60);
  const second = Math.floor(random() * 60);
  if (busyDays.length > 0 && random() < 0.08) return `${pick(random, busyDays)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const dayIndex = Math.floor(random() * 9131); // days from 2000-01-01 to 2024-12-31
  const date = new Date(Date.UTC(2000, 0, 1) + dayIndex * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** Generates the text of one seed file and its labels. */
export function generateArticle(
  random: () => number,
  index: number,
  busyDays: string[],
): { file: string; text: string; label: GeneratedLabel } {
  const id = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
  const topic = pick(random, TOPIC_NAMES);
  const spec = TOPICS[topic];
  const person = pick(random, PEOPLE);
  let person2 = pick(random, PEOPLE);
  if (person2 === person) person2 = PEOPLE[(PEOPLE.indexOf(person) + 1) % PEOPLE.length]!;
  const country = person.country;
  const countries = Object.keys(CITIES);
  let other = pick(random, countries);
  if (other === country) other = 'Ukraine';
  const city = pick(random, CITIES[country]!);
  const agency = pick(random, AGENCIES);
  const fill = (template: string) =>
    template
      .replaceAll('{person}', person.name)
      .replaceAll('{person2}', person2.name)
      .replaceAll('{country}', country)
      .replaceAll('{other}', other)
      .replaceAll('{city}', city)
      .replaceAll('{month}', pick(random, MONTHS))
      .replaceAll('{pct}', String(2 + Math.floor(random() * 60)))
      .replaceAll('{small}', String(1 + Math.floor(random() * 9)))
      .replaceAll('{mag}', (4 + random() * 4).toFixed(1))
      .replaceAll('{num}', String(100 * (1 + Math.floor(random() * 90))));
  const cite = pick(random, CITE_FORMS).replace('{a}', agency);
  const paragraphs = [`${fill(pick(random, spec.leads))}, ${cite}.`];
  const mentionsPerson2 = spec.leads.some((lead) => lead.includes('{person2}')) || spec.body.some((b) => b.includes('{person2}'));
  paragraphs.push(`${person.role} ${person.name} said the decision was taken in the interest of ${country}.`);
  const count = 4 + Math.floor(random() * 9); // 4–12 paragraphs
  // Draw body paragraphs without repeats (a Fisher–Yates shuffle of topic and filler sentences).
  const pool = [...spec.body.map(fill), ...FILLER];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  paragraphs.push(...pool.slice(0, Math.max(0, count - 3)));
  paragraphs.push(`${person.surname} is expected to return to the issue at a press conference in ${city} next week, writes ${agency}.`);
  const timestamp = timestampFor(random, busyDays);
  const file = `${pad(index, 6)}_${id}.txt`;
  const people = mentionsPerson2 ? [person.name, person2.name] : [person.name];
  const places = [...new Set([country, city, ...(paragraphs.join(' ').includes(other) ? [other] : [])])];
  return {
    file,
    text: `${timestamp}\n${paragraphs.join('\n')}\n`,
    label: { file, id, topic, people, places, agencies: [agency], timestamp },
  };
}

/** Generates `count` seeds; the same seed number gives the same corpus. */
export function generateCorpus(count: number, seed = 42): { file: string; text: string; label: GeneratedLabel }[] {
  const random = createRandom(seed);
  const busyDays = Array.from({ length: 5 }, () => timestampFor(random, []).slice(0, 10));
  return Array.from({ length: count }, (_, index) => generateArticle(random, index, busyDays));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string', default: '.cache/corpus' },
      seed: { type: 'string', default: '42' },
      labels: { type: 'string' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  const outDir = path.resolve(values.out);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const corpus = generateCorpus(count, Number(values.seed));
  const batch = 64;
  for (let i = 0; i < corpus.length; i += batch) {
    await Promise.all(corpus.slice(i, i + batch).map((article) => writeFile(path.join(outDir, article.file), article.text)));
  }
  if (values.labels)
    await writeFile(
      values.labels,
      `${JSON.stringify(
        corpus.map((article) => article.label),
        null,
        1,
      )}\n`,
    );
  console.log(`Generated ${count} seed(s) in ${path.relative(process.cwd(), outDir) || '.'} (seed ${values.seed}).`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
