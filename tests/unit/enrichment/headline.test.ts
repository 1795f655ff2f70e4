import { describe, expect, it } from 'vitest';
import {
  cutAtClause,
  deriveHeadline,
  dropAsides,
  deriveSummary,
  HEADLINE_MAX,
  leadSentence,
  stripAttribution,
  stripDateline,
  SUMMARY_MAX,
  unshout,
  useAcronyms,
} from '../../../src/lib/enrichment/headline.ts';
import { presentTense } from '../../../src/lib/enrichment/headline-style.ts';
import { splitSentences } from '../../../src/lib/enrichment/sentences.ts';
import { deriveSlug } from '../../../src/lib/seed/slug.ts';

describe('splitSentences', () => {
  it.each([
    ['Prices rose 3.5% in the U.S. economy. Markets fell.', ['Prices rose 3.5% in the U.S. economy.', 'Markets fell.']],
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['“We will respond,” she said. Talks resume today.', ['“We will respond,” she said.', 'Talks resume today.']],
    ['He arrived in the U.S. The talks began.', ['He arrived in the U.S.', 'The talks began.']],
    ['No full stop at the end', ['No full stop at the end']],
    ['MOSCOW, Sept. 12 (Reuters) - Oil rose. Gold fell.', ['MOSCOW, Sept. 12 (Reuters) - Oil rose.', 'Gold fell.']],
    ['Why? Nobody knows. “Really?” he asked.', ['Why?', 'Nobody knows.', '“Really?” he asked.']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

// Realistic wire leads written for these rules: [case, lead paragraph, headline, summary].
const LEADS: [string, string, string, string][] = [
  [
    'the bundled seed: cut at ", but", the rest of the lead as the summary',
    'The Russian-Chinese partnership is not directed against third countries, but Moscow and Beijing may join forces if faced with aggression. This was said today by the spokeswoman of the Russian Foreign Ministry, Maria Zakharova, quoted by Reuters.',
    'Russian-Chinese partnership is not directed against third countries',
    'But Moscow and Beijing may join forces if faced with aggression. This was said today by the spokeswoman of the Russian Foreign Ministry, Maria Zakharova, quoted by Reuters.',
  ],
  [
    'a short lead stays whole without its full stop',
    'Parliament passed the budget on Friday. Debate lasted six hours.',
    'Parliament passes budget',
    'Debate lasted six hours.',
  ],
  [
    'a question keeps its mark',
    'Will the central bank cut rates again? Economists are divided.',
    'Will the central bank cut rates again?',
    'Economists are divided.',
  ],
  [
    '"X said" tail with a place and time',
    'Russia and China will respond with a double countermeasure, Zakharova said at a press conference in Moscow. She gave no details.',
    'Russia and China to respond with a double countermeasure',
    'She gave no details.',
  ],
  [
    'two tails: "said" then "quoted by"',
    'Moscow will not allow its security to be jeopardised, Zakharova said, quoted by TASS.',
    'Moscow will not allow its security to be jeopardised',
    'Moscow will not allow its security to be jeopardised, Zakharova said, quoted by TASS.',
  ],
  [
    '"the ministry said in a statement"',
    'Bulgaria will send a second batch of humanitarian aid to Moldova next week, the ministry said in a statement.',
    'Bulgaria to send second batch of humanitarian aid to Moldova next week',
    'Bulgaria will send a second batch of humanitarian aid to Moldova next week, the ministry said in a statement.',
  ],
  [
    'inverted "said X"',
    'The pipeline will be ready by the end of the year, said Energy Minister Rumen Radev.',
    'Pipeline will be ready by the end of the year',
    'The pipeline will be ready by the end of the year, said Energy Minister Rumen Radev.',
  ],
  [
    '"according to" tail',
    'Inflation in the euro zone slowed to 2.2 percent in August, according to Eurostat. Core prices rose 2.8 percent.',
    'Inflation in the euro zone slows to 2.2 percent in August',
    'Core prices rose 2.8 percent.',
  ],
  [
    '"writes BTA" tail',
    'The two countries have not declared an official military alliance, writes BTA.',
    'Two countries have not declared an official military alliance',
    'The two countries have not declared an official military alliance, writes BTA.',
  ],
  [
    '"X told Reuters" tail',
    'The company plans to cut 2,000 jobs in Germany by 2026, two people familiar with the matter told Reuters.',
    'Company plans to cut 2,000 jobs in Germany by 2026',
    'The company plans to cut 2,000 jobs in Germany by 2026, two people familiar with the matter told Reuters.',
  ],
  [
    'name, apposition, bare "said"',
    'The talks were constructive, Maria Zakharova, the ministry spokeswoman, said on Thursday.',
    'The talks were constructive',
    'The talks were constructive, Maria Zakharova, the ministry spokeswoman, said on Thursday.',
  ],
  [
    'a Reuters dateline is dropped',
    'MOSCOW, Sept 12 (Reuters) - Russia will respond to the deployment of U.S. missiles in Japan, a senior diplomat said on Thursday.',
    'Russia to respond to the deployment of U.S. missiles in Japan',
    'Russia will respond to the deployment of U.S. missiles in Japan, a senior diplomat said on Thursday.',
  ],
  [
    'an AP dateline with an em dash',
    'WASHINGTON (AP) — The Senate approved a stopgap spending bill late Saturday, averting a government shutdown hours before the deadline.',
    'Senate approves stopgap spending bill, averting a government shutdown hours before the deadline',
    'The Senate approved a stopgap spending bill late Saturday, averting a government shutdown hours before the deadline.',
  ],
  [
    'a BTA dateline in title case',
    'Sofia, September 12 (BTA) - Caretaker Prime Minister Dimitar Glavchev met the Ambassador of Japan. They discussed energy.',
    'Caretaker Prime Minister Dimitar Glavchev meets Ambassador of Japan',
    'They discussed energy.',
  ],
  [
    'an all-caps lead is put in sentence case, abbreviations kept',
    'OIL PRICES JUMP AFTER OPEC AGREES DEEPER OUTPUT CUTS. Brent rose 4 percent.',
    'Oil prices jump after OPEC agrees deeper output cuts',
    'Brent rose 4 percent.',
  ],
  [
    'an all-caps lead with a dateline',
    'TOKYO, MARCH 3 (KYODO) - JAPAN AND SOUTH KOREA AGREE TO RESUME SECURITY TALKS',
    'Japan and South Korea agree to resume security talks',
    '',
  ],
  [
    'a quotation lead names the speaker',
    '“We will not allow our national security to be jeopardised,” Zakharova said. The ministry gave no details.',
    'Zakharova: “We will not allow our national security to be jeopardised”',
    'The ministry gave no details.',
  ],
  [
    'a quotation lead with an unnamed speaker keeps the quote only',
    '"The situation is under control," the spokesman told reporters in Kyiv. Power was restored by noon.',
    '“The situation is under control”',
    'Power was restored by noon.',
  ],
  [
    'a long quotation is cut inside the quotes',
    '“Both Russia and China will react to the appearance of additional, and at the same time quite significant, missile threats, and not only politically,” the spokeswoman said.',
    '“Both Russia and China will react to the appearance of additional”',
    '“Both Russia and China will react to the appearance of additional, and at the same time quite significant, missile threats, and not only politically,” the spokeswoman said.',
  ],
  [
    'a lead without a full stop',
    'Shares in Frankfurt opened higher on Monday as investors awaited the ECB decision',
    'Shares in Frankfurt open higher as investors awaited the ECB decision',
    'Shares in Frankfurt opened higher on Monday as investors awaited the ECB decision',
  ],
  [
    'a very long sentence without commas is cut before a clause opener',
    'The government on Tuesday approved a draft state budget for next year that foresees a deficit of three percent of gross domestic product and higher spending on defence and health care.',
    'Government approves draft state budget for next year',
    'The government on Tuesday approved a draft state budget for next year that foresees a deficit of three percent of gross domestic product and higher spending on defence and health care.',
  ],
  [
    'a very long run of words without any boundary gets an ellipsis at a word boundary',
    'Interministerial intergovernmental transcontinental telecommunications infrastructure modernisation programme implementation coordination board established yesterday',
    'Interministerial intergovernmental transcontinental telecommunications infrastructure modernisation…',
    'Interministerial intergovernmental transcontinental telecommunications infrastructure modernisation programme implementation coordination board established yesterday',
  ],
  [
    'a numeric table row is cut at a clause boundary',
    'Exchange rates of the Bulgarian National Bank for September 12: USD 1.7650; GBP 2.3210; CHF 2.0845; JPY 1.2480; CNY 0.2487; TRY 0.0518',
    'Exchange rates of the Bulgarian National Bank for September 12: USD 1.7650; GBP 2.3210; CHF 2.0845',
    'Exchange rates of the Bulgarian National Bank for September 12: USD 1.7650; GBP 2.3210; CHF 2.0845; JPY 1.2480; CNY 0.2487; TRY 0.0518',
  ],
  [
    'a market table lead with tabs and decimals',
    'Brent crude\t82.10\t+0.45\t+0.55%. WTI crude\t78.35\t+0.40\t+0.51%.',
    'Brent crude 82.10 +0.45 +0.55%',
    'WTI crude 78.35 +0.40 +0.51%.',
  ],
  ['a one-word lead', 'Breaking.', 'Breaking', ''],
  [
    'abbreviations do not end the lead sentence',
    'U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in Washington on Friday. The talks lasted two days.',
    'U.S. Treasury Secretary Janet Yellen meets Chinese Vice Premier He Lifeng in Washington',
    'The talks lasted two days.',
  ],
  [
    'a colon lead keeps the clause before the colon when long',
    'Ukraine’s foreign minister delivered a blunt message to European allies gathered in Brussels on Wednesday: air defence systems are needed now, not next year.',
    'Ukraine’s foreign minister delivers blunt message to European allies gathered in Brussels',
    'Ukraine’s foreign minister delivered a blunt message to European allies gathered in Brussels on Wednesday: air defence systems are needed now, not next year.',
  ],
  [
    'a semicolon is a clause boundary',
    'Rescue teams pulled 14 people alive from the rubble of the collapsed building in the port city overnight; at least 30 remain missing.',
    'Rescue teams pull 14 people alive from rubble of collapsed building in port city overnight',
    'Rescue teams pulled 14 people alive from the rubble of the collapsed building in the port city overnight; at least 30 remain missing.',
  ],
  [
    'a parenthesis near the limit is a boundary',
    'The European Central Bank kept its deposit rate unchanged at 3.75 percent on Thursday (the fourth hold in a row) and signalled patience.',
    'European Central Bank keeps its deposit rate unchanged at 3.75 percent and signalled patience',
    'The European Central Bank kept its deposit rate unchanged at 3.75 percent on Thursday (the fourth hold in a row) and signalled patience.',
  ],
  [
    'an exclamation lead keeps its mark',
    'Goal! Bulgaria beat Hungary 2-1 in Sofia. The winner came in stoppage time.',
    'Goal!',
    'Bulgaria beat Hungary 2-1 in Sofia. The winner came in stoppage time.',
  ],
  [
    '"sources said" tail',
    'The cabinet will approve the privatisation of the port of Varna next month, sources said.',
    'Cabinet to approve privatisation of the port of Varna next month',
    'The cabinet will approve the privatisation of the port of Varna next month, sources said.',
  ],
  [
    'a tail that is not attribution stays',
    'The storm left 200,000 homes without power, the worst outage in a decade.',
    'Storm leaves 200,000 homes without power, the worst outage in a decade',
    'The storm left 200,000 homes without power, the worst outage in a decade.',
  ],
  [
    'a lead paragraph that is one sentence takes the summary from the next paragraph',
    'Putin arrived in Beijing on Thursday.\n',
    'Putin arrives in Beijing',
    'Putin arrived in Beijing on Thursday.',
  ],
  [
    'a comma inside numbers is not a boundary and the cut is never mid-word',
    'The statistics office said on Monday that industrial output rose by 1,234,567 units in the first half of the year compared with the same period a year earlier.',
    'Statistics office says industrial output rose by 1,234,567 units',
    'The statistics office said on Monday that industrial output rose by 1,234,567 units in the first half of the year compared with the same period a year earlier.',
  ],
];

describe('deriveHeadline and deriveSummary on realistic leads', () => {
  it('has at least 30 cases', () => {
    expect(LEADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(LEADS)('%s', (_case, lead, headline, summary) => {
    const paragraphs = lead.split('\n').filter((p) => p.trim() !== '');
    const derived = deriveHeadline(paragraphs);
    expect(derived).toBe(headline);
    expect(deriveSummary(paragraphs, derived)).toBe(summary);
  });

  it.each(LEADS)('never exceeds the limits or ends in dangling punctuation: %s', (_case, lead) => {
    const headline = deriveHeadline([lead]);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline).not.toMatch(/[\s,;:.\-–—(]$/u);
    expect(deriveSummary([lead], headline).length).toBeLessThanOrEqual(SUMMARY_MAX);
  });
});

describe('deriveHeadline without noncharacters', () => {
  it.each([
    ['U+FFFE inside a word', ['Parliament pass\uFFFEed the budget on Friday.'], 'Parliament passes budget'],
    ['U+FFFF at the end', ['Parliament passed the budget on Friday.\uFFFF'], 'Parliament passes budget'],
    ['U+FDD0 at the start', ['\uFDD0Parliament passed the budget on Friday.'], 'Parliament passes budget'],
    ['U+FDEF between words', ['Parliament \uFDEF passed the budget on Friday.'], 'Parliament passes budget'],
    ['U+1FFFE and U+10FFFF', ['Parliament\u{1FFFE} passed the budget on Friday\u{10FFFF}.'], 'Parliament passes budget'],
    ['after a dateline', ['SOFIA, Sept 12 (BTA) - \uFFFEParliament passed the budget on Friday.'], 'Parliament passes budget'],
    ['a lead paragraph of only noncharacters', ['\uFFFE\uFFFF', 'Parliament passed the budget on Friday.'], 'Parliament passes budget'],
    [
      'U+FFFD and U+FDF0 are characters, kept',
      ['Parliament\uFFFD passed the budget\uFDF0 on Friday.'],
      'Parliament\uFFFD passes budget\uFDF0',
    ],
  ])('%s', (_case, paragraphs, expected) => {
    expect(deriveHeadline(paragraphs)).toBe(expected);
  });

  it.each([
    ['in the lead', ['Parliament passed the budget on Friday. Debate\uFFFE lasted six hours.'], 'Debate lasted six hours.'],
    [
      'in the next paragraph',
      ['Parliament passed the budget on Friday.', 'Debate lasted\u{10FFFF} six hours.'],
      'Debate lasted six hours.',
    ],
  ])('removes them from the derived summary too (%s)', (_case, paragraphs, expected) => {
    expect(deriveSummary(paragraphs, deriveHeadline(paragraphs))).toBe(expected);
  });
});

describe('deriveSummary', () => {
  it('takes the next paragraph when the lead paragraph is only the headline', () => {
    expect(
      deriveSummary(['Putin arrived in Beijing on Thursday.', 'He was met by Xi Jinping.'], 'Putin arrived in Beijing on Thursday'),
    ).toBe('He was met by Xi Jinping.');
  });

  it('cuts a long remainder at a sentence end within the limit', () => {
    const lead = `Short headline here. ${'This sentence has exactly enough words to matter. '.repeat(6)}`;
    const summary = deriveSummary([lead], 'Short headline here');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/matter\.$/u);
  });
});

describe('stripAttribution', () => {
  it.each([
    ['Talks will resume, Zakharova said at a press conference, quoted by TASS.', 'Talks will resume.'],
    ['Prices rose, the statistics office said on Tuesday.', 'Prices rose.'],
    ['Prices rose, reports TASS.', 'Prices rose.'],
    ['Will prices rise, analysts asked?', 'Will prices rise, analysts asked?'],
    ['He came, he saw, he conquered.', 'He came, he saw, he conquered.'],
  ])('%j → %j', (sentence, expected) => {
    expect(stripAttribution(sentence)).toBe(expected);
  });
});

describe('stripDateline', () => {
  it.each([
    ['MOSCOW, Sept 12 (Reuters) - Oil rose on Monday.', 'Oil rose on Monday.'],
    ['NEW YORK (AP) — Stocks fell sharply.', 'Stocks fell sharply.'],
    ['KYIV - Air raid sirens sounded across Ukraine.', 'Air raid sirens sounded across Ukraine.'],
    ['(Reuters) - Oil rose on Monday.', 'Oil rose on Monday.'],
    ['Sofia, September 12 (BTA) - The cabinet met.', 'The cabinet met.'],
    ['Brent - 82.10', 'Brent - 82.10'],
    ['The vote - a landmark - passed.', 'The vote - a landmark - passed.'],
  ])('%j → %j', (text, expected) => {
    expect(stripDateline(text)).toBe(expected);
  });
});

describe('unshout', () => {
  it('turns capitals into sentence case and leaves ordinary text alone', () => {
    expect(unshout('NATO ALLIES MEET IN BRUSSELS')).toBe('NATO allies meet in Brussels');
    expect(unshout('NATO allies meet in Brussels')).toBe('NATO allies meet in Brussels');
  });
});

describe('cutAtClause', () => {
  it('returns short text unchanged apart from trailing punctuation', () => {
    expect(cutAtClause('Short and sweet.', 100)).toBe('Short and sweet');
  });
});

describe('leadSentence', () => {
  it('is the raw first sentence, dateline included, because slugs depend on it', () => {
    expect(leadSentence(['MOSCOW, Sept 12 (Reuters) - Oil rose. Gold fell.'])).toBe('MOSCOW, Sept 12 (Reuters) - Oil rose.');
  });

  it('keeps the bundled article at its permalink whatever the headline rules do', () => {
    const lead = LEADS[0]![1];
    expect(deriveSlug(leadSentence([lead]), '6f6e37195cd625da')).toBe('the-russian-chinese-partnership-is-not-6f6e3719');
  });
});

describe('headline rules for real copy (issue 18)', () => {
  it.each([
    ['drops an opening time phrase', 'On Friday, fishermen rescued 700 people off the coast.', 'Fishermen rescue 700 people off the coast'],
    [
      'drops an opening attribution',
      'According to the ministry, the dam burst after three days of rain.',
      'Dam burst after three days of rain',
    ],
    [
      'drops an opening subordinate clause',
      'After talks with the owners failed on Monday, the union called a strike at the port.',
      'Union calls strike at the port',
    ],
    ['drops a mixed-case dateline', 'Taipei, Taiwan — The lantern festival opened on Saturday night.', 'The lantern festival opens'],
    [
      'keeps the verb when an apposition would push it out',
      'Marta Oliveira, a 34-year-old nurse from a small town in the north of the country, has won the national lottery for a second time this year.',
      'Marta Oliveira wins national lottery for a second time this year',
    ],
    [
      'drops ages in commas',
      'Ana Silva, 42, and her husband, 45, were rescued from the roof.',
      'Ana Silva and her husband rescued from the roof',
    ],
    [
      'abbreviates long names as newsrooms do',
      'The United States and the European Union agreed on new tariffs.',
      'US and EU agree on new tariffs',
    ],
    [
      'drops an agency credit after "told"',
      'Floods cut the main road to the port, the mayor told Anadolu.',
      'Floods cut the main road to the port',
    ],
  ])('%s', (_case, lead, headline) => {
    expect(deriveHeadline([lead])).toBe(headline);
  });

  it('skips a heading and a question before the lead', () => {
    expect(deriveHeadline(['General questions', 'Why did you start?', 'The council approved the new bridge on Tuesday.'])).toBe(
      'Council approves new bridge',
    );
  });

  it('does not repeat the headline in the summary', () => {
    const paragraphs = ['On Friday, fishermen rescued 700 people off the coast. The boat had sunk overnight.'];
    const headline = deriveHeadline(paragraphs);
    expect(deriveSummary(paragraphs, headline)).toBe('The boat had sunk overnight.');
  });
});

describe('long leads shortened before the cut (fitHeadline)', () => {
  it('drops a long apposition rather than cut before the main verb', () => {
    const headline = deriveHeadline([
      'Jana Novak, until last year the head of research at the national statistics office in Prague and a frequent adviser, is stepping down from the board of the central bank.',
    ]);
    expect(headline).toBe('Jana Novak steps down from the board of the central bank');
  });

  it('drops an aside between a pair of dashes, but not a score', () => {
    expect(
      deriveHeadline([
        'A rescue package for the three regional lenders -- Alpha Bank, Beta Savings and Gamma Credit -- has been rejected by parliament after a heated debate that lasted well into the night.',
      ]),
    ).toBe('Rescue package for the three regional lenders rejected by parliament after a heated debate');
    expect(deriveHeadline(['Lyon beat Lens 2 – 1 on Saturday; Nantes beat Brest 3 – 0 and Metz drew with Nice.'])).toBe(
      'Lyon beat Lens 2 – 1; Nantes beat Brest 3 – 0 and Metz drew with Nice',
    );
  });

  it('drops inner articles and uses an acronym only when that lets more of the news in', () => {
    expect(
      deriveHeadline([
        'The National Grain Marketing Board (NGMB) of the republic has agreed to buy the entire maize harvest of the northern provinces at a guaranteed price, officials said.',
      ]),
    ).toBe('NGMB of republic agrees to buy entire maize harvest of northern provinces at guaranteed price');
    // Short enough as it is: nothing is dropped.
    expect(deriveHeadline(['The Royal Air Force (RAF) has ordered a new tanker.'])).toBe('Royal Air Force (RAF) orders new tanker');
  });

  it('does not cut inside "between … and …"', () => {
    expect(
      deriveHeadline([
        'The regional water company announced on Wednesday that it would spend between 40 million and 55 million euros on new pipes in the old town over the coming decade.',
      ]),
    ).toBe('Regional water company to spend between 40 million and 55 million euros on new pipes');
  });

  it('keeps a list after an apposition: ", or …" is not the end of an aside', () => {
    const sentence = 'The museum bought the painting, a small oil sketch of the harbour, or so the catalogue says';
    expect(dropAsides(sentence, 40)).toBe(sentence);
  });
});

describe('useAcronyms and cutAtClause after the verb', () => {
  it('replaces a name by its bracketed acronym when the initials match', () => {
    expect(useAcronyms('The Royal Air Force (RAF) ordered tankers')).toBe('The RAF ordered tankers');
    expect(useAcronyms('Airbus parent company European Aeronautic Defence and Space Company (EADS) won')).toBe(
      'Airbus parent company EADS won',
    );
    expect(useAcronyms('Singapore Airlines (SIA) took the first jet')).toBe('Singapore Airlines (SIA) took the first jet');
  });

  it('never cuts before the end of the main verb when a later boundary exists', () => {
    const text = 'Ferry services on the lake, suspended since the storm, resumed on Sunday for the first time in a week after repairs';
    const verbEnd = text.indexOf('resumed') + 'resumed'.length;
    expect(cutAtClause(text, 70)).toBe('Ferry services on the lake, suspended since the storm');
    expect(cutAtClause(text, 70, verbEnd)).toBe('Ferry services on the lake, suspended since the storm, resumed');
    // A verb beyond the limit cannot be kept: the cut is as before.
    expect(cutAtClause(text, 60, verbEnd)).toBe('Ferry services on the lake, suspended since the storm');
  });
});

describe('summaries after a whole compressed sentence', () => {
  it('goes on after the lead sentence and skips an agency credit', () => {
    const paragraphs = ['The bakery chain said on Monday that it would close six shops in the north. (AP)', 'The shops employ 40 people.'];
    const headline = deriveHeadline(paragraphs);
    expect(headline).toBe('Bakery chain to close six shops in the north');
    expect(deriveSummary(paragraphs, headline)).toBe('The shops employ 40 people.');
  });
});

describe('leads that open with something other than the news', () => {
  it('skips a caption of a few words with a full stop', () => {
    expect(deriveHeadline(['Harbour crane, Gdansk.', 'The port of Gdansk has handled a record number of containers this year.'])).toBe(
      'Port of Gdansk handles record number of containers this year',
    );
  });

  it('drops a relative clause between the subject and its verb', () => {
    expect(
      deriveHeadline([
        'Anna Berg, the director of the city zoo, which lost two of its elephants to disease last winter, presented a plan for a new enclosure.',
      ]),
    ).toBe('Anna Berg presents plan for a new enclosure');
  });

  it('drops a write-through note at the start', () => {
    expect(deriveHeadline(['Updating earlier reports, the regional parliament has approved the new budget.'])).toBe(
      'Regional parliament approves new budget',
    );
  });

  it('keeps a first clause whole rather than end on a verb of saying', () => {
    expect(
      deriveHeadline([
        'Bond yields fell sharply on Monday, after the finance minister of the republic said that the government would borrow far less than planned next year.',
      ]),
    ).toBe('Bond yields fall sharply');
  });
});

describe('headline words for long phrases', () => {
  it('"around the world" is "worldwide", an "automobile manufacturer" an "automaker"', () => {
    expect(deriveHeadline(['Bond markets around the world have rallied strongly.'])).toBe('Bond markets worldwide rally strongly');
    expect(deriveHeadline(['The Korean automobile manufacturer has recalled 20,000 vans.'])).toBe('Korean automaker recalls 20,000 vans');
  });
});

describe('a subject too long for its verb to fit', () => {
  it('is cut to its head before the first prepositional phrase', () => {
    expect(
      deriveHeadline([
        'A working group from the Royal Botanic Gardens and the Natural History Museum of the city and the national seed bank has mapped the spread of ash dieback across the north.',
      ]),
    ).toBe('Working group maps spread of ash dieback across north');
  });

  it('reads a spaced dash between numbers as a range, not a clause boundary', () => {
    expect(cutAtClause('The survey covers harvests over 2000 - 2050 in forty countries and six climate zones', 60)).toBe(
      'The survey covers harvests over 2000 - 2050',
    );
  });
});

describe('a description before a name in commas', () => {
  it('joins the description and the name', () => {
    expect(deriveHeadline(['The Danish shipping group, Maersk, has ordered twelve container ships from a Korean yard.'])).toBe(
      'Danish shipping group Maersk orders twelve container ships from a Korean yard',
    );
  });
});

describe('a describing first sentence before the news', () => {
  it('takes the headline from the next sentence when it reports an event by a named subject', () => {
    const paragraphs = [
      'Larch Mill is a family bakery in the old town. The city council awarded the bakery its annual heritage prize on Monday. The prize carries 5,000 euros.',
    ];
    const headline = deriveHeadline(paragraphs);
    expect(headline).toBe('City council awards bakery its annual heritage prize');
    expect(deriveSummary(paragraphs, headline)).toBe('Larch Mill is a family bakery in the old town. The prize carries 5,000 euros.');
  });

  it('keeps the first sentence when the next one refers back or speaks in the first person', () => {
    expect(deriveHeadline(['Larch Mill is a family bakery in the old town. It won the heritage prize on Monday.'])).toBe(
      'Larch Mill is a family bakery in the old town',
    );
    expect(deriveHeadline(['I think the prize is deserved. I visited the bakery last year.'])).toBe('I think the prize is deserved');
  });
});

describe('quotations are never rewritten', () => {
  it('leaves the tense and the articles inside a quotation as written', () => {
    expect(presentTense('The curator praises "the artists who have restored the old frescoes"')).toBe(
      'The curator praises "the artists who have restored the old frescoes"',
    );
    const headline = deriveHeadline([
      'The small publisher from the northern valley of the region aims to "print the finest and most beautiful editions of the classics in the whole country" within a decade.',
    ]);
    expect(headline).toContain('"print the finest');
  });

  it('reads a quoted name in the subject as part of it', () => {
    expect(presentTense('The "Big Four" banks have raised their rates')).toBe('The "Big Four" banks raise their rates');
  });

  it('does not drop an apposition that a participle goes on from ("…, known as the Gliders")', () => {
    const sentence = 'We met Ana Ruiz, a former member of the national rowing team, known as the Herons';
    expect(dropAsides(sentence, 40)).toBe(sentence);
  });
});
