import { describe, expect, it } from 'vitest';
import { deriveHeadline, deriveSummary, HEADLINE_MAX } from '../../../src/lib/enrichment/headline.ts';
import {
  baseOfRegular,
  collapseReported,
  compressHeadline,
  dropTimePhrases,
  presentTense,
  thirdPerson,
} from '../../../src/lib/enrichment/headline-style.ts';
import { leadSentence } from '../../../src/lib/enrichment/headline.ts';
import { deriveSlug } from '../../../src/lib/seed/slug.ts';

describe('baseOfRegular and thirdPerson', () => {
  it.each([
    ['unveiled', 'unveil'],
    ['announced', 'announce'],
    ['stopped', 'stop'],
    ['carried', 'carry'],
    ['agreed', 'agree'],
    ['closed', 'close'],
    ['plunged', 'plunge'],
    ['belonged', 'belong'],
    ['negotiated', 'negotiate'],
    ['posted', 'post'],
    ['declared', 'declare'],
    ['entered', 'enter'],
    ['filed', 'file'],
    ['failed', 'fail'],
    ['settled', 'settle'],
    ['abandoned', 'abandon'],
    ['declined', 'decline'],
    ['decided', 'decide'],
    ['added', 'add'],
    ['controlled', 'control'],
    ['called', 'call'],
    ['targeted', 'target'],
    ['completed', 'complete'],
    ['continued', 'continue'],
    ['played', 'play'],
    ['died', 'die'],
  ])('%s → %s', (past, base) => {
    expect(baseOfRegular(past)).toBe(base);
  });

  it.each([
    ['file', 'files'],
    ['carry', 'carries'],
    ['reach', 'reaches'],
    ['play', 'plays'],
    ['go', 'goes'],
  ])('%s → %s', (base, third) => {
    expect(thirdPerson(base)).toBe(third);
  });
});

describe('dropTimePhrases', () => {
  it.each([
    ['The mayor opened the bridge on Tuesday after a long delay', 'The mayor opened the bridge after a long delay'],
    ['The port reopened today', 'The port reopened'],
    ['Ferries stopped earlier today, officials said', 'Ferries stopped, officials said'],
    ['This past week saw the first snow', 'This past week saw the first snow'],
    ['Last week brought the first snow to the valley', 'Last week brought the first snow to the valley'],
    ['The vote was held on March 3, 2021 in the capital', 'The vote was held in the capital'],
    ['The meeting began at 14:30 UTC in Geneva', 'The meeting began in Geneva'],
  ])('%j → %j', (text, expected) => {
    expect(dropTimePhrases(text)).toBe(expected);
  });

  it('keeps a time that is the news and numbers that are not clock times', () => {
    expect(dropTimePhrases('The border stays closed until Friday')).toBe('The border stays closed until Friday');
    expect(dropTimePhrases('The bank kept its rate at 3.75 percent')).toBe('The bank kept its rate at 3.75 percent');
    expect(dropTimePhrases("Tuesday's vote was close")).toBe("Tuesday's vote was close");
  });
});

describe('presentTense', () => {
  it.each([
    ['has + participle, singular', 'The bakery chain has opened a store in Lyon', 'The bakery chain opens a store in Lyon'],
    ['have + participle, plural', 'Dock workers have ended their strike', 'Dock workers end their strike'],
    ['irregular participle', 'The striker has won the golden boot', 'The striker wins the golden boot'],
    ['passive without its auxiliary', 'Two climbers were rescued from the glacier', 'Two climbers rescued from the glacier'],
    ['passive perfect', 'Trading in the shares has been halted', 'Trading in the shares halted'],
    ['future as "to"', 'The carmaker will close two plants', 'The carmaker to close two plants'],
    ['"is to"', 'The ministry is to publish the figures', 'The ministry to publish the figures'],
    ['progressive', 'The union is planning a new strike', 'The union plans a new strike'],
    ['simple past after a named subject', 'Acme Foods bought a rival dairy', 'Acme Foods buys a rival dairy'],
    ['simple past, plural subject', 'Share prices fell sharply in Tokyo', 'Share prices fall sharply in Tokyo'],
    ['"said that" loses "that"', 'The airline said that it would hire pilots', 'The airline says it would hire pilots'],
    ['names joined by "and" are plural', 'Acme and Globex signed a merger deal', 'Acme and Globex sign a merger deal'],
    ['"-men" is plural', 'Firemen saved the old mill', 'Firemen save the old mill'],
  ])('%s', (_case, sentence, expected) => {
    expect(presentTense(sentence)).toBe(expected);
  });

  it.each([
    ['a question', 'Will the central bank cut rates?'],
    ['a reduced relative before the real verb', 'Letters exchanged between the two ministers have been published'],
    ['a past participle used as an adjective', 'The recently announced tariffs worry farmers'],
  ])('leaves %s alone', (_case, sentence) => {
    expect(presentTense(sentence)).toBe(sentence);
  });
});

describe('compressHeadline', () => {
  it('drops the opening article and the one after the verb, keeps "The Hague"', () => {
    expect(compressHeadline('The regional council has approved a new tram line on Monday')).toBe('Regional council approves new tram line');
    expect(compressHeadline('The Hague has banned fireworks in the old town')).toBe('The Hague bans fireworks in the old town');
  });

  it('keeps camel-case names as written', () => {
    expect(compressHeadline('The eBook store has closed its doors for good')).toBe('eBook store closes its doors for good');
  });
});

describe('headline openings for real copy', () => {
  it.each([
    [
      'a scene-setting opening',
      'In a ceremony attended by the city council, the museum unveiled its new wing.',
      'Museum unveils its new wing',
    ],
    [
      'an opening with a place in commas',
      'During a visit to Porto, Portugal, the minister announced new rail funding.',
      'Minister announces new rail funding',
    ],
    ['an opening of elapsed time', 'Two years after the fire, the cathedral reopened to visitors.', 'Cathedral reopens to visitors'],
    [
      '"According to" without a comma',
      'According to the Coast Guard three fishermen were rescued near the cape.',
      'Three fishermen rescued near the cape',
    ],
    ['"Quoting" an agency', 'Quoting the state news agency, the paper said the dam had failed.', 'Paper says dam had failed'],
    [
      'a mixed-case dateline with a hyphen and two commas',
      'Springfield, Illinois, US - The county fair opened with a record crowd.',
      'County fair opens with a record crowd',
    ],
  ])('%s', (_case, lead, headline) => {
    expect(deriveHeadline([lead])).toBe(headline);
  });

  it('cuts before "that" of a relative clause, never before the "to" of an infinitive', () => {
    const headline = deriveHeadline([
      'Officials from the regional transport authority have agreed to purchase forty electric buses in a deal worth 30 million euros.',
    ]);
    expect(headline).toBe('Officials from the regional transport authority agree to purchase forty electric buses');
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
  });

  it('closes a straight quotation the cut left open', () => {
    const headline = deriveHeadline([
      'The jury gave the young sculptor a special prize for "bold and unusual use of recycled materials in public places across the region" on Friday.',
    ]);
    expect((headline.match(/"/gu) ?? []).length % 2).toBe(0);
  });
});

describe('summaries with compressed headlines', () => {
  it('goes on after the first sentence when the headline is that sentence compressed', () => {
    const paragraphs = ['The city council has approved the new stadium on Monday. Construction starts in May.'];
    const headline = deriveHeadline(paragraphs);
    expect(headline).toBe('City council approves new stadium');
    expect(deriveSummary(paragraphs, headline)).toBe('Construction starts in May.');
  });

  it('does not fall back to a quotation in the next paragraph', () => {
    const paragraphs = ['The city council has approved the new stadium.', '“It is a great day,” the mayor said.', 'Work starts in May.'];
    expect(deriveSummary(paragraphs, deriveHeadline(paragraphs))).toBe('Work starts in May.');
  });

  it('leaves the permalink where it was: slugs use the raw lead sentence', () => {
    const lead = 'The city council has approved the new stadium on Monday.';
    expect(deriveHeadline([lead])).toBe('City council approves new stadium');
    expect(deriveSlug(leadSentence([lead]), '0123456789abcdef')).toBe('the-city-council-has-approved-the-01234567');
  });
});

describe('reported speech about the subject itself (collapseReported)', () => {
  it.each([
    ['"announced that it would" is the future', 'The shipping line announced that it would cut 400 jobs', 'Shipping line to cut 400 jobs'],
    ['"says it has" is the present', 'The brewer says it has sold its Polish unit', 'Brewer sells its Polish unit'],
    [
      '"said in a statement that it had"',
      'The bakery chain said in a statement that it had closed six shops',
      'Bakery chain closes six shops',
    ],
    ['"said it was planning"', 'The port authority said it was planning a second terminal', 'Port authority plans second terminal'],
    [
      'a present verb after the pronoun',
      'The carmaker announced it wants to build a battery plant',
      'Carmaker wants to build a battery plant',
    ],
  ])('%s', (_case, sentence, expected) => {
    expect(compressHeadline(sentence)).toBe(expected);
  });

  it.each([
    [
      'another subject keeps its attribution',
      'The mayor said the council would vote on the plan',
      'Mayor says council would vote on the plan',
    ],
    [
      'an empty "it" is not the subject',
      'The agency said it is time to act on air pollution',
      'Agency says it is time to act on air pollution',
    ],
  ])('%s', (_case, sentence, expected) => {
    expect(compressHeadline(sentence)).toBe(expected);
  });

  it('only when the verb of saying is the main verb', () => {
    expect(collapseReported('Shares rose after the bank said it would cut rates', 'rose')).toBeUndefined();
  });
});

describe('subjects with "&" and appositions', () => {
  it('reads "&" inside a name as one subject', () => {
    expect(presentTense('Marks & Spencer opened a store in Lille')).toBe('Marks & Spencer opens a store in Lille');
  });

  it('takes the number from the name before an apposition, not from an "and" inside it', () => {
    expect(presentTense('Jana Novak, a researcher and adviser, is stepping down')).toBe('Jana Novak, a researcher and adviser, steps down');
    expect(presentTense('Acme, Globex and Initech have merged')).toBe('Acme, Globex and Initech merge');
  });
});

describe('announced decisions and headline words', () => {
  it('an announced decision about another subject leads: "announced that the border would reopen" → "to reopen"', () => {
    expect(compressHeadline('The interior ministry announced that the northern border crossing would reopen for trucks')).toBe(
      'Northern border crossing to reopen for trucks',
    );
  });

  it('keeps the speaker of a claim or of a clause without a future', () => {
    expect(compressHeadline('The police said the suspect would appear in court')).toBe('Police say suspect would appear in court');
    expect(compressHeadline('The club announced that the coach had resigned')).toBe('Club announces coach had resigned');
  });

  it('"will be -ing" is "to" and the verb; an adjective in "-ing" is left alone', () => {
    expect(presentTense('The council will be building two schools')).toBe('The council to build two schools');
    expect(presentTense('The union is missing its deadline')).toBe('The union is missing its deadline');
  });
});

describe('number of a subject with a prepositional phrase', () => {
  it('an "and" inside the phrase does not make the subject plural', () => {
    expect(presentTense('A team from Yale and Oxford has found a new comet')).toBe('A team from Yale and Oxford finds a new comet');
  });
});

describe('more headline tense and time rules', () => {
  it('moves an adverb between the auxiliary and the participle before the verb', () => {
    expect(presentTense('The two unions have unexpectedly rejected the offer')).toBe('The two unions unexpectedly reject the offer');
    expect(presentTense('The envoy was quietly recalled to the capital')).toBe('The envoy quietly recalled to the capital');
  });

  it('reads "set", "cut" and the like as participles after an auxiliary only', () => {
    expect(presentTense('The probe was set to land near the pole')).toBe('The probe set to land near the pole');
    expect(presentTense('Rate cut lifts shares in Tokyo')).toBe('Rate cut lifts shares in Tokyo');
  });

  it('keeps a weekday that is part of a name', () => {
    expect(dropTimePhrases('Shares fell on the anniversary of Black Monday')).toBe('Shares fell on the anniversary of Black Monday');
  });
});

describe('subjects with "to" and verbs that take "that"', () => {
  it('a "to" before a determiner stays inside the subject', () => {
    expect(presentTense('Changes to the tax code have angered farmers')).toBe('Changes to the tax code anger farmers');
    expect(presentTense('The plan to cut taxes was dropped')).toBe('The plan to cut taxes was dropped');
  });

  it('"rules that" and "finds that" lose "that"', () => {
    expect(presentTense('The high court has ruled that the ban is unlawful')).toBe('The high court rules the ban is unlawful');
  });
});
