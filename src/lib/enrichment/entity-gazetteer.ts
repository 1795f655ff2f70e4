/**
 * Word lists for entity extraction: canonical place names (countries from world-countries,
 * with their alternative spellings, capitals and demonyms), titles stripped from names,
 * words that mark organisations, and well-known organisation acronyms.
 */
import countries from 'world-countries';

/** Countries and capitals, keyed by every spelling we accept, mapped to the display name. */
export const PLACE_ALIASES = new Map<string, string>();
/** Display names of the countries (world-countries' common names, with DISPLAY_NAMES applied). */
export const COUNTRY_NAMES = new Set<string>();
/** Demonyms ("Russian", "Chinese"): adjectives, never places on their own. */
export const DEMONYMS = new Set<string>();

const isLatin = (text: string) => /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u.test(text);
// Two-letter codes are ordinary words too ("IN", "IT", "US" as a pronoun in capitals); keep only these.
const SHORT_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'DRC', 'PRC', 'ROK']);
const DISPLAY_NAMES: Record<string, string> = { 'DR Congo': 'Democratic Republic of the Congo', Türkiye: 'Turkey' };

for (const country of countries) {
  const display = DISPLAY_NAMES[country.name.common] ?? country.name.common;
  COUNTRY_NAMES.add(display);
  const spellings = [country.name.common, country.name.official, ...country.altSpellings].filter(
    (spelling) => isLatin(spelling) && !spelling.includes(',') && (spelling.length > 3 || SHORT_CODES.has(spelling)),
  );
  for (const spelling of spellings) if (!PLACE_ALIASES.has(spelling)) PLACE_ALIASES.set(spelling, display);
  for (const capital of country.capital ?? []) if (isLatin(capital) && !PLACE_ALIASES.has(capital)) PLACE_ALIASES.set(capital, capital);
  for (const form of Object.values(country.demonyms?.eng ?? {})) {
    DEMONYMS.add(form);
    DEMONYMS.add(form.endsWith('s') || form.endsWith('ese') ? form : `${form}s`);
  }
}

// Spellings news copy uses that the data set lacks or spells otherwise.
const EXTRA_PLACES: Record<string, string> = {
  'U.S.': 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'United States of America': 'United States',
  'U.K.': 'United Kingdom',
  'L.A.': 'Los Angeles',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Holland: 'Netherlands',
  'Czech Republic': 'Czechia',
  Burma: 'Myanmar',
  Turkey: 'Turkey',
  Türkiye: 'Turkey',
  'Ivory Coast': 'Ivory Coast',
  Kiev: 'Kyiv',
  Kyiv: 'Kyiv',
  Washington: 'Washington',
  'Washington D.C.': 'Washington',
  'Southeast Asia': 'Southeast Asia',
  'South East Asia': 'Southeast Asia',
  'Soviet Union': 'Soviet Union',
  USSR: 'Soviet Union',
  'West Indies': 'West Indies',
  'South Asia': 'South Asia',
  'East Asia': 'East Asia',
  'Central Asia': 'Central Asia',
  'Western Europe': 'Western Europe',
  'Eastern Europe': 'Eastern Europe',
  'Central Europe': 'Central Europe',
  'North Africa': 'North Africa',
  'West Africa': 'West Africa',
  'East Africa': 'East Africa',
  'Sub-Saharan Africa': 'Sub-Saharan Africa',
  'Persian Gulf': 'Persian Gulf',
  Sahel: 'Sahel',
  Kashmir: 'Kashmir',
  Tibet: 'Tibet',
  Kosovo: 'Kosovo',
  'Washington, D.C.': 'Washington',
  'Gaza Strip': 'Gaza',
  Gaza: 'Gaza',
  'West Bank': 'West Bank',
  Crimea: 'Crimea',
  Donbas: 'Donbas',
  Donbass: 'Donbas',
  'Middle East': 'Middle East',
  Europe: 'Europe',
  Asia: 'Asia',
  Africa: 'Africa',
  'Latin America': 'Latin America',
  'South America': 'South America',
  'North America': 'North America',
  'Asia-Pacific': 'Asia-Pacific',
  Arctic: 'Arctic',
  Antarctica: 'Antarctica',
  Balkans: 'Balkans',
  Caucasus: 'Caucasus',
  'Hong Kong': 'Hong Kong',
  Taiwan: 'Taiwan',
  Bosnia: 'Bosnia and Herzegovina',
  'Bosnia-Herzegovina': 'Bosnia and Herzegovina',
  // Countries of older copy, kept by their own names.
  Yugoslavia: 'Yugoslavia',
  Czechoslovakia: 'Czechoslovakia',
  Zaire: 'Zaire',
  'East Germany': 'East Germany',
  'West Germany': 'West Germany',
};
for (const [spelling, display] of Object.entries(EXTRA_PLACES)) PLACE_ALIASES.set(spelling, display);
// "Korea" alone, "Congo" alone and "Georgia" stay as compromise tags them; demonyms that are also
// names of people or things are left out.
for (const word of ['Georgian', 'Jordanian', 'Chad']) DEMONYMS.delete(word);
// "Saudi" in news copy is the adjective ("Saudi Energy Minister"), not the country.
PLACE_ALIASES.delete('Saudi');
DEMONYMS.add('Saudi');

/** Titles and role words stripped from the front of a person's name ("President Vladimir Putin"). */
export const TITLES = new Set(
  (
    'President Presidents Vice Prime Minister Ministers Premier Chancellor King Queen Prince Princess Pope Sheikh Emir Sultan Crown ' +
    'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Senator Sen. Sens. Rep. Representative Congressman Congresswoman ' +
    'Governor Gov. Mayor Ambassador Envoy Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief Executive CEO Deputy Secretary ' +
    'General Gen. Lieutenant Lt. Colonel Col. Major Maj. Captain Capt. Admiral Adm. Sergeant Sgt. Commander Marshal Field Judge Justice ' +
    'Cardinal Archbishop Bishop Patriarch Rabbi Imam Ayatollah Father Reverend Rev. Speaker Leader Director Head Commissioner Attorney ' +
    'Foreign Defence Defense Finance Interior Economy Economic Trade Health Energy Justice Education Culture Agriculture Labour Labor ' +
    'Transport Environment Home State Acting Former Ex Supreme Senior Junior First Second Opposition Party Coach Striker Midfielder ' +
    'Goalkeeper Manager Presidential Parliamentary Press Secretary-General Minister-President Anchor Grand Duke Duchess Baron Count ' +
    'Member Members MP MPs MEP Defender Defenders Midfielder Midfielders Forward Forwards Strikers Winger Goalkeepers Skipper Captain ' +
    'Assistant Undersecretary Under-Secretary Treasurer Comptroller Auditor Inspector Superintendent Detective Constable Officer Private ' +
    'Corporal Brigadier Vice-President Vice-Chairman Sister Brother Saint Pastor Elder Chief-of-Staff Attorney-General Solicitor-General Lawmaker Councillor Councilman Councilwoman Alderman Delegate Trustee Chancellor Sheriff'
  ).split(' '),
);

/** Lower-case words that announce a person's name right after them ("his counterpart Xi Jinping"). */
export const ROLE_NOUNS = new Set(
  (
    'counterpart counterparts spokeswoman spokesman spokesperson minister president leader chief envoy ambassador secretary chairman ' +
    'chairwoman director premier senator lawmaker legislator governor mayor general official analyst economist professor candidate rival ' +
    'opponent successor predecessor colleague deputy aide adviser advisor commander judge coach striker ceo founder chancellor ' +
    'king queen prince pope correspondent reporter journalist activist lawyer prosecutor investor strategist executive head ' +
    'designer writer author novelist poet playwright actor actress singer songwriter musician artist painter photographer ' +
    'filmmaker producer comedian scientist researcher physicist astronaut pilot midfielder defender goalkeeper forward captain ' +
    'manager teammate son daughter wife husband child brother sister mother father widow man woman boy girl'
  ).split(' '),
);

/** Verbs of saying that follow a person's name ("Zakharova said"). */
export const SAY_VERBS = new Set('said says told added noted stressed warned stated insisted argued explained wrote declared'.split(' '));

/** Last words that make a capitalised phrase an organisation ("Foreign Ministry", "Bank of Japan" by its head). */
export const ORG_SUFFIXES = new Set(
  (
    'Ministry Ministries Party Bank Council Commission Committee Court Parliament Assembly Congress Senate Duma Army Navy Forces Force ' +
    'Guard Guards Police Agency Authority Office Department Service Services University Institute Foundation Fund Organisation ' +
    'Organization Association Union Alliance Group Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC PLC AG SA Holdings Bureau Board ' +
    'Secretariat Cabinet Government Administration Church Club Front Movement Coalition League Network Airlines Airways Motors Exchange ' +
    'Reserve Times Post Journal Television Radio Tribunal Command Brigade Battalion Regiment Academy School College Hospital Federation ' +
    'Chamber Industries Group Bloc Pentagon Kremlin Treasury Cabinet Interpol Europol Eurostat OPEC NATO Associates Brothers Partners ' +
    'Securities Investors Insurance Trust Laboratories Labs Systems Technologies Pharmaceuticals Petroleum Railways ' +
    'Magazine Gazette Herald Tribune Daily Press News Foundation Society Institution Conference Directorate Division Unit Consortium ' +
    'Weekly Chronicle Observer Telegraph Examiner Courier Inquirer Enquirer Dispatch Sentinel Advertiser Bulletin Mirror ' +
    // Companies' last words ("General Electric", "Tokyo Electric Power", "Amnesty International").
    'Lab Corps Studios Entertainment Media Communications Telecom Telecommunications Broadcasting Electric Electronics Motor ' +
    'Steel Chemical Chemicals Foods Mining Enterprises Ventures Software Investments Properties Realty Brewery Breweries Shipping ' +
    'Railroad Railway Aerospace Dynamics Instruments Networks Microsystems Semiconductor Pharma Therapeutics Publishing Pictures ' +
    'Mutual Assurance Reinsurance Savings Stores Restaurants Resorts Engineering Manufacturing International ' +
    'Monetary Bancorp Bancshares Financial Capital Partnership Cooperative Exchange Commissions Subcommittee Caucus Senate ' +
    // Sports clubs' last words ("Manchester United", "Blackburn Rovers", "Tottenham Hotspur").
    'United Rovers Wanderers Albion Hotspur Rangers FC AFC'
  ).split(' '),
);

/** First words of sports clubs' names, the rest often a city ("Real Madrid", "Dynamo Kiev", "Inter Milan"). */
export const CLUB_HEADS = new Set(
  (
    'Real Atletico Athletic Sporting Racing Deportivo Dynamo Dinamo Spartak Lokomotiv Torpedo Sparta Slavia Steaua Rapid Inter ' +
    'Olympique Borussia Eintracht Fortuna Hapoel Maccabi Beitar Partizan Bayern CSKA Werder Hertha FC VfB VfL TSV'
  ).split(' '),
);

/** Legal forms after a company's name, dropped from the name shown ("Mobil Corp" → "Mobil"). */
export const LEGAL_FORMS = new Set('Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC Plc plc AG SA NV Cos Bhd GmbH SpA Pty Cie'.split(' '));

/** First words that make a phrase an organisation ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS = new Set(
  'Ministry Bank University Council Court Department Office Organisation Organization Institute Church House Chamber Federation Commission Committee Union League Association Party Board'.split(
    ' ',
  ),
);

/**
 * Words that make a name an organisation when "of", "for" or "on" follows them inside it
 * ("Centre for Economic Policy Research", "Council on Foreign Relations", "Times of India").
 */
export const BODY_BEFORE_OF = new Set([...ORG_SUFFIXES, ...ORG_HEADS, 'Centre', 'Center', 'Brotherhood', 'Sisterhood', 'Fraternity']);

/** Organisation acronyms and long forms, mapped to one display name. */
export const ORG_ALIASES = new Map<string, string>(
  Object.entries({
    UN: 'United Nations',
    'U.N.': 'United Nations',
    'United Nations': 'United Nations',
    EU: 'European Union',
    'E.U.': 'European Union',
    'European Union': 'European Union',
    NATO: 'NATO',
    Nato: 'NATO',
    'North Atlantic Treaty Organization': 'NATO',
    IMF: 'International Monetary Fund',
    'International Monetary Fund': 'International Monetary Fund',
    WHO: 'World Health Organization',
    'World Health Organization': 'World Health Organization',
    WTO: 'World Trade Organization',
    'World Trade Organization': 'World Trade Organization',
    OPEC: 'OPEC',
    IAEA: 'International Atomic Energy Agency',
    'International Atomic Energy Agency': 'International Atomic Energy Agency',
    ECB: 'European Central Bank',
    'European Central Bank': 'European Central Bank',
    Fed: 'Federal Reserve',
    'Federal Reserve': 'Federal Reserve',
    'U.S. Federal Reserve': 'Federal Reserve',
    FBI: 'FBI',
    CIA: 'CIA',
    ASEAN: 'ASEAN',
    BRICS: 'BRICS',
    G7: 'G7',
    G20: 'G20',
    OSCE: 'OSCE',
    UNESCO: 'UNESCO',
    UNICEF: 'UNICEF',
    UNHCR: 'UNHCR',
    OECD: 'OECD',
    ICC: 'International Criminal Court',
    'International Criminal Court': 'International Criminal Court',
    'World Bank': 'World Bank',
    'Security Council': 'UN Security Council',
    'UN Security Council': 'UN Security Council',
    'U.N. Security Council': 'UN Security Council',
    'United Nations Security Council': 'UN Security Council',
    Kremlin: 'Kremlin',
    'White House': 'White House',
    Pentagon: 'Pentagon',
    Hamas: 'Hamas',
    Hezbollah: 'Hezbollah',
    Taliban: 'Taliban',
    'European Commission': 'European Commission',
    'European Parliament': 'European Parliament',
    USDA: 'USDA',
    'U.S. Department of Agriculture': 'USDA',
    'Agriculture Department': 'USDA',
    SEC: 'Securities and Exchange Commission',
    'Securities and Exchange Commission': 'Securities and Exchange Commission',
    FDA: 'Food and Drug Administration',
    'Food and Drug Administration': 'Food and Drug Administration',
    'Organization of Petroleum Exporting Countries': 'OPEC',
    'Organisation of Petroleum Exporting Countries': 'OPEC',
    'Organization of the Petroleum Exporting Countries': 'OPEC',
    GATT: 'GATT',
    'General Agreement on Tariffs and Trade': 'GATT',
    EC: 'European Community',
    EEC: 'European Community',
    'European Community': 'European Community',
    'European Economic Community': 'European Community',
    NASA: 'NASA',
    Nasa: 'NASA',
    // Firms whose names read like people's.
    'Merrill Lynch': 'Merrill Lynch',
    'Morgan Stanley': 'Morgan Stanley',
    'Smith Barney': 'Smith Barney',
    'Smith Barney Harris Upham': 'Smith Barney',
    'Harris Upham': 'Smith Barney',
    'Goldman Sachs': 'Goldman Sachs',
    'Salomon Brothers': 'Salomon Brothers',
    'Shearson Lehman': 'Shearson Lehman',
    'Lehman Brothers': 'Lehman Brothers',
    'Dean Witter': 'Dean Witter',
    'Drexel Burnham Lambert': 'Drexel Burnham Lambert',
    'Kidder Peabody': 'Kidder Peabody',
    'Bear Stearns': 'Bear Stearns',
    'Paine Webber': 'PaineWebber',
    PaineWebber: 'PaineWebber',
    'First Boston': 'First Boston',
    "Moody's": "Moody's",
    "Standard and Poor's": "Standard & Poor's",
    "Standard & Poor's": "Standard & Poor's",
    'Red Cross': 'Red Cross',
    'Red Crescent': 'Red Crescent',
    'Dow Jones': 'Dow Jones',
    // Parties known by one word.
    Labour: 'Labour Party',
    Likud: 'Likud',
    Fatah: 'Fatah',
    Kadima: 'Kadima',
    Fidesz: 'Fidesz',
    Syriza: 'Syriza',
    Podemos: 'Podemos',
    Tories: 'Conservative Party',
    // News sites and web services compromise's lexicon lacks, often named alone at a sentence's start.
    Wikinews: 'Wikinews',
    'Wikimedia Foundation': 'Wikimedia Foundation',
    'Huffington Post': 'Huffington Post',
    HuffPost: 'Huffington Post',
    Yahoo: 'Yahoo',
    'Yahoo!': 'Yahoo',
    Bing: 'Bing',
    Reddit: 'Reddit',
    Instagram: 'Instagram',
    TikTok: 'TikTok',
    WhatsApp: 'WhatsApp',
    LinkedIn: 'LinkedIn',
  }),
);

/**
 * Family names written first (Chinese, Korean, Vietnamese): "Xi" refers to "Xi Jinping".
 * Used only to resolve a one-word mention to a full name already known.
 */
export const FAMILY_NAME_FIRST = new Set(
  (
    'Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao ' +
    'Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qian Fu Fan Jin Wen Kim Lee Park Choi Jung ' +
    'Kang Cho Yoon Jang Lim Moon Shin Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Hun'
  ).split(' '),
);
