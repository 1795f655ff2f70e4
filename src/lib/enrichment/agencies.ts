/**
 * News agencies an article cites, from a gazetteer of agencies and the phrases wire copy
 * uses to attribute ("quoted by Reuters", "writes BTA", "TASS reported", "(AFP) -").
 * A mention counts only with such a cue: "a Reuters journalist was detained" is not a citation,
 * "Reuters said its journalist was detained" is. Ambiguous short names (AP, PTI, APA, CNA,
 * Bloomberg…) need a stronger cue than a bare "said", because parties, people and
 * associations share them.
 */

export interface Agency {
  /** Name shown to readers and used for the page slug. */
  name: string;
  /** Full legal or common long name, for JSON-LD. */
  fullName: string;
  /** Spellings matched in text, case-sensitive (an upper-case copy is matched too). */
  aliases: readonly string[];
  /** True when the name is shared by other things, so a bare "X said" is not enough. */
  ambiguous: boolean;
}

/** The gazetteer, in display order for ties. */
export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', fullName: 'Reuters', aliases: ['Reuters', 'Reuter'], ambiguous: false },
  { name: 'AP', fullName: 'Associated Press', aliases: ['Associated Press', 'AP'], ambiguous: true },
  { name: 'AFP', fullName: 'Agence France-Presse', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP'], ambiguous: false },
  { name: 'TASS', fullName: 'TASS Russian News Agency', aliases: ['ITAR-TASS', 'Itar-Tass', 'TASS', 'Tass'], ambiguous: false },
  { name: 'RIA Novosti', fullName: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA'], ambiguous: true },
  { name: 'Interfax', fullName: 'Interfax', aliases: ['Interfax'], ambiguous: false },
  { name: 'Interfax-Ukraine', fullName: 'Interfax-Ukraine', aliases: ['Interfax-Ukraine'], ambiguous: false },
  { name: 'Sputnik', fullName: 'Sputnik', aliases: ['Sputnik'], ambiguous: true },
  { name: 'Xinhua', fullName: 'Xinhua News Agency', aliases: ['Xinhua'], ambiguous: false },
  { name: 'BTA', fullName: 'Bulgarian News Agency', aliases: ['Bulgarian News Agency', 'BTA'], ambiguous: false },
  { name: 'dpa', fullName: 'Deutsche Presse-Agentur', aliases: ['Deutsche Presse-Agentur', 'dpa', 'DPA'], ambiguous: true },
  { name: 'ANSA', fullName: 'Agenzia Nazionale Stampa Associata', aliases: ['ANSA'], ambiguous: false },
  { name: 'EFE', fullName: 'Agencia EFE', aliases: ['EFE'], ambiguous: false },
  { name: 'Europa Press', fullName: 'Europa Press', aliases: ['Europa Press'], ambiguous: false },
  { name: 'Kyodo', fullName: 'Kyodo News', aliases: ['Kyodo'], ambiguous: false },
  { name: 'Jiji Press', fullName: 'Jiji Press', aliases: ['Jiji Press', 'Jiji'], ambiguous: false },
  { name: 'Yonhap', fullName: 'Yonhap News Agency', aliases: ['Yonhap'], ambiguous: false },
  { name: 'KCNA', fullName: 'Korean Central News Agency', aliases: ['Korean Central News Agency', 'KCNA'], ambiguous: false },
  { name: 'Anadolu Agency', fullName: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu'], ambiguous: true },
  { name: 'PTI', fullName: 'Press Trust of India', aliases: ['Press Trust of India', 'PTI'], ambiguous: true },
  { name: 'ANI', fullName: 'Asian News International', aliases: ['Asian News International', 'ANI'], ambiguous: true },
  { name: 'Bloomberg', fullName: 'Bloomberg News', aliases: ['Bloomberg News', 'Bloomberg'], ambiguous: true },
  { name: 'UNIAN', fullName: 'Ukrainian Independent Information Agency', aliases: ['UNIAN'], ambiguous: false },
  { name: 'Ukrinform', fullName: 'Ukrinform', aliases: ['Ukrinform'], ambiguous: false },
  { name: 'BelTA', fullName: 'Belarusian Telegraph Agency', aliases: ['BelTA'], ambiguous: false },
  { name: 'APA', fullName: 'APA', aliases: ['APA'], ambiguous: true },
  { name: 'CNA', fullName: 'Central News Agency', aliases: ['Central News Agency', 'CNA'], ambiguous: true },
  { name: 'IRNA', fullName: 'Islamic Republic News Agency', aliases: ['IRNA'], ambiguous: false },
  { name: 'Tasnim', fullName: 'Tasnim News Agency', aliases: ['Tasnim'], ambiguous: false },
  { name: 'Bernama', fullName: 'Bernama', aliases: ['Bernama'], ambiguous: false },
  { name: 'Antara', fullName: 'Antara', aliases: ['Antara'], ambiguous: true },
  { name: 'NTB', fullName: 'Norsk Telegrambyrå', aliases: ['NTB'], ambiguous: true },
  { name: 'TT', fullName: 'Tidningarnas Telegrambyrå', aliases: ['TT'], ambiguous: true },
  { name: 'Ritzau', fullName: 'Ritzau', aliases: ['Ritzau'], ambiguous: false },
  { name: 'STT', fullName: 'Finnish News Agency STT', aliases: ['STT'], ambiguous: true },
  { name: 'PAP', fullName: 'Polish Press Agency', aliases: ['Polish Press Agency', 'PAP'], ambiguous: true },
  { name: 'CTK', fullName: 'Czech News Agency', aliases: ['Czech News Agency', 'ČTK', 'CTK'], ambiguous: true },
  { name: 'MTI', fullName: 'Hungarian News Agency', aliases: ['MTI'], ambiguous: true },
  { name: 'TASR', fullName: 'News Agency of the Slovak Republic', aliases: ['TASR'], ambiguous: false },
  { name: 'SITA', fullName: 'Slovak News Agency SITA', aliases: ['SITA'], ambiguous: true },
  { name: 'ELTA', fullName: 'Lithuanian News Agency ELTA', aliases: ['ELTA'], ambiguous: false },
  { name: 'LETA', fullName: 'Latvian News Agency LETA', aliases: ['LETA'], ambiguous: false },
  { name: 'BNS', fullName: 'Baltic News Service', aliases: ['Baltic News Service', 'BNS'], ambiguous: true },
  { name: 'STA', fullName: 'Slovenian Press Agency', aliases: ['Slovenian Press Agency', 'STA'], ambiguous: true },
  { name: 'Lusa', fullName: 'Agência Lusa', aliases: ['Lusa'], ambiguous: false },
  { name: 'Agerpres', fullName: 'Agerpres', aliases: ['Agerpres'], ambiguous: false },
  { name: 'HINA', fullName: 'Croatian News Agency', aliases: ['HINA', 'Hina'], ambiguous: true },
  { name: 'Tanjug', fullName: 'Tanjug', aliases: ['Tanjug'], ambiguous: false },
  { name: 'MIA', fullName: 'Macedonian Information Agency', aliases: ['MIA'], ambiguous: true },
  {
    name: 'ANA-MPA',
    fullName: 'Athens-Macedonian News Agency',
    aliases: ['Athens-Macedonian News Agency', 'ANA-MPA', 'ANA'],
    ambiguous: true,
  },
  { name: 'Belga', fullName: 'Belga', aliases: ['Belga'], ambiguous: false },
  { name: 'ANP', fullName: 'Algemeen Nederlands Persbureau', aliases: ['ANP'], ambiguous: true },
  { name: 'APA-Austria', fullName: 'Austria Presse Agentur', aliases: ['Austria Presse Agentur'], ambiguous: false },
  { name: 'Keystone-SDA', fullName: 'Keystone-SDA', aliases: ['Keystone-SDA'], ambiguous: false },
  { name: 'WAM', fullName: 'Emirates News Agency', aliases: ['Emirates News Agency', 'WAM'], ambiguous: true },
  { name: 'SPA', fullName: 'Saudi Press Agency', aliases: ['Saudi Press Agency', 'SPA'], ambiguous: true },
  { name: 'QNA', fullName: 'Qatar News Agency', aliases: ['Qatar News Agency', 'QNA'], ambiguous: false },
  { name: 'MENA', fullName: 'Middle East News Agency', aliases: ['Middle East News Agency', 'MENA'], ambiguous: true },
  { name: 'SANA', fullName: 'Syrian Arab News Agency', aliases: ['Syrian Arab News Agency', 'SANA'], ambiguous: false },
  { name: 'WAFA', fullName: 'WAFA News Agency', aliases: ['WAFA', 'Wafa'], ambiguous: true },
  { name: 'APS', fullName: 'Algeria Press Service', aliases: ['Algeria Press Service'], ambiguous: false },
  { name: 'NAN', fullName: 'News Agency of Nigeria', aliases: ['News Agency of Nigeria'], ambiguous: false },
  { name: 'AAP', fullName: 'Australian Associated Press', aliases: ['Australian Associated Press', 'AAP'], ambiguous: true },
  { name: 'Canadian Press', fullName: 'The Canadian Press', aliases: ['Canadian Press'], ambiguous: false },
  { name: 'PA Media', fullName: 'PA Media', aliases: ['PA Media', 'Press Association'], ambiguous: false },
  { name: 'Vietnam News Agency', fullName: 'Vietnam News Agency', aliases: ['Vietnam News Agency'], ambiguous: false },
  { name: 'Armenpress', fullName: 'Armenpress', aliases: ['Armenpress'], ambiguous: false },
  { name: 'Azertac', fullName: 'Azerbaijan State News Agency', aliases: ['Azertac', 'AZERTAC'], ambiguous: false },
  { name: 'Kazinform', fullName: 'Kazinform', aliases: ['Kazinform'], ambiguous: false },
  { name: 'KUNA', fullName: 'Kuwait News Agency', aliases: ['Kuwait News Agency', 'KUNA'], ambiguous: false },
  { name: 'Petra', fullName: 'Jordan News Agency', aliases: ['Jordan News Agency'], ambiguous: false },
  { name: 'MAP', fullName: 'Maghreb Arabe Presse', aliases: ['Maghreb Arabe Presse'], ambiguous: false },
  { name: 'TAP', fullName: 'Tunis Afrique Presse', aliases: ['Tunis Afrique Presse'], ambiguous: false },
  { name: 'Mehr', fullName: 'Mehr News Agency', aliases: ['Mehr News Agency'], ambiguous: false },
  { name: 'Fars', fullName: 'Fars News Agency', aliases: ['Fars News Agency'], ambiguous: false },
  { name: 'ISNA', fullName: 'Iranian Students News Agency', aliases: ['ISNA'], ambiguous: true },
  { name: 'Amaq', fullName: 'Amaq News Agency', aliases: ['Amaq'], ambiguous: false },
  { name: 'Philippine News Agency', fullName: 'Philippine News Agency', aliases: ['Philippine News Agency'], ambiguous: false },
  { name: 'Prensa Latina', fullName: 'Prensa Latina', aliases: ['Prensa Latina'], ambiguous: false },
  { name: 'Agência Brasil', fullName: 'Agência Brasil', aliases: ['Agência Brasil', 'Agencia Brasil'], ambiguous: false },
];

const BY_ALIAS = new Map<string, Agency>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) {
    BY_ALIAS.set(alias, agency);
    // All-caps wire copy ("(REUTERS) -") spells every name in capitals.
    if (alias.length > 3) BY_ALIAS.set(alias.toUpperCase(), agency);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest aliases first so "Associated Press" wins over "AP" and "ITAR-TASS" over "TASS".
const ALIAS_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...BY_ALIAS.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
);

const VERBS =
  'reported|reports|reporting|wrote|writes|quoted|quotes|quoting|cited|cites|citing|learned|learnt|published|carried|has learned|was told|were told|understands|revealed';
const WEAK_VERBS = 'said|says|added|noted|stated|announced|informed';
const AUX = '(?:has|had|have|was|were|is|earlier|also|first|later|previously|exclusively|then)';
const NEWS_SUFFIX =
  "(?:[’']s)?(?:\\s+(?:state\\s+)?(?:news\\s+)?(?:agency|service|wire|newswire|reporter|correspondent|journalists?)(?=[\\s,.]))?";

// Cue right after the name: "TASS reported", "Reuters has learned", "the Interfax news agency quoted".
const AFTER_STRONG = new RegExp(`^${NEWS_SUFFIX},?\\s+(?:${AUX}\\s+){0,2}(?:${VERBS})\\b`, 'u');
const AFTER_WEAK = new RegExp(`^${NEWS_SUFFIX},?\\s+(?:${AUX}\\s+){0,2}(?:${WEAK_VERBS})\\b`, 'u');
// "a Reuters witness", "Reuters calculations", "a Reuters tally": the agency as the source of data.
const AFTER_SOURCE =
  /^\s+(?:witness(?:es)?|correspondents?|reporters?|tally|poll|calculations?|analysis|survey|count|review|investigation|interview|report|story|photographer)\b/u;
// Dateline or credit: "MOSCOW, Sept 12 (Reuters) -", "(AP) —", a paragraph ending "(AFP)".
const AFTER_DATELINE = /^\)\s*(?:[-–—]|$)/u;
// Words allowed between a cue and the name: "told the state news agency TASS", "told Russia's Interfax".
const MODIFIERS =
  "(?:(?:the|its|their|his|her|state|state-run|state-owned|official|government|semi-official|private|independent|news|wire|agency|[\\p{Lu}][\\p{L}-]*[’']s|[\\p{Lu}][\\p{L}-]*(?:an|ese|ish|ch|i))\\s+){0,4}";
/** An alternation of cue phrases whose first letter may also be a capital (sentence start). */
const cues = (phrases: readonly string[]) => phrases.map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${escapeRegExp(p.slice(1))}`).join('|');
// Cue right before the name: "quoted by", "according to", "told", "writes", "citing".
const BEFORE_STRONG = new RegExp(
  `(?:${cues(['quoted by', 'cited by', 'reported by', 'carried by', 'published by', 'according to', 'told', 'telling', 'citing', 'quoting', 'writes', 'wrote', 'reports', 'reported', 'reporting', 'via', 'interview with', 'interview to', 'statement to', 'spoke to', 'speaking to', 'speaking with', 'news agency', 'news agencies'])})\\s+${MODIFIERS}$`,
  'u',
);
const BEFORE_WEAK = new RegExp(`(?:${cues(['said', 'says', 'added', 'noted', 'announced', 'informed'])})\\s+${MODIFIERS}$`, 'u');
const OPENERS = /^(?:The|A|An|By|To|Via|From|Per|Citing|According|Quoting|Told)$/u;

const WINDOW = 90;

/** True when the text around a mention attributes information to the agency. */
function isCitation(text: string, start: number, end: number, agency: Agency): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  if (before.endsWith('(')) return AFTER_DATELINE.test(after); // "(AFP) -" is a dateline; "Tehreek-e-Insaf (PTI)" defines an acronym
  // Glued to another capitalised word, the name is part of another name ("AP Photo", "Reuters Institute", "Michael Bloomberg").
  if (/^\s+(?!News\b|Agency\b|Press\b)\p{Lu}/u.test(after) && !AFTER_STRONG.test(after)) return false;
  const previous = /(\p{Lu}[\p{L}.’'-]*) $/u.exec(before)?.[1];
  if (agency.ambiguous && previous && !/[’']s$/u.test(previous) && !OPENERS.test(previous) && !BEFORE_STRONG.test(before)) return false;
  if (BEFORE_STRONG.test(before) || AFTER_STRONG.test(after) || AFTER_SOURCE.test(after)) return true;
  if (agency.ambiguous) return false;
  return BEFORE_WEAK.test(before) || AFTER_WEAK.test(after);
}

/**
 * The agencies the paragraphs cite, each once, in order of first citation.
 * @example extractAgencies(['Prices rose, Zakharova said, quoted by Reuters.', 'TASS reported it.']) // ['Reuters', 'TASS']
 */
export function extractAgencies(paragraphs: readonly string[]): string[] {
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(ALIAS_PATTERN)) {
      const agency = BY_ALIAS.get(match[0])!;
      if (found.includes(agency.name)) continue;
      // A long form ("Associated Press", "Central News Agency") is never ambiguous, only the short one.
      const certain = match[0].includes(' ') ? { ...agency, ambiguous: false } : agency;
      if (isCitation(paragraph, match.index, match.index + match[0].length, certain)) found.push(agency.name);
    }
  }
  return found;
}

/** The gazetteer entry for an agency name, or undefined for a name not in it. */
export function agencyByName(name: string): Agency | undefined {
  return AGENCIES.find((agency) => agency.name === name);
}

/** True when `name` is a spelling of an agency. */
export function isAgencyName(name: string): boolean {
  return agencySpelledAs(name) !== undefined;
}

/** The agency `name` spells ("Reuter", "Agence France Presse", "REUTERS"), if any. */
export function agencySpelledAs(name: string): Agency | undefined {
  return BY_ALIAS.get(name) ?? FULL_NAMES.get(name);
}
const FULL_NAMES = new Map(AGENCIES.map((agency) => [agency.fullName, agency]));

export interface SourceOrganization {
  '@type': 'NewsMediaOrganization';
  name: string;
  alternateName?: string;
}

/**
 * The JSON-LD `sourceOrganization` entries for an article's cited agencies.
 * @example agencySourceOrganizations(['AP']) // [{ '@type': 'NewsMediaOrganization', name: 'Associated Press', alternateName: 'AP' }]
 */
export function agencySourceOrganizations(agencies: readonly string[]): SourceOrganization[] {
  return agencies.map((name) => {
    const agency = agencyByName(name);
    const fullName = agency?.fullName ?? name;
    return fullName === name
      ? { '@type': 'NewsMediaOrganization', name }
      : { '@type': 'NewsMediaOrganization', name: fullName, alternateName: name };
  });
}
