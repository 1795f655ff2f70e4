import { describe, expect, it } from 'vitest';
import { agencySourceOrganizations, extractAgencies } from '../../../src/lib/enrichment/agencies.ts';

describe('extractAgencies', () => {
  it.each([
    ['quoted by', 'The talks were useful, Zakharova said, quoted by Reuters.', ['Reuters']],
    ['writes', 'The two countries have not declared an alliance, writes BTA.', ['BTA']],
    ['X reported', 'TASS reported that the drills began on Tuesday.', ['TASS']],
    ['according to', 'Output fell, according to AFP.', ['AFP']],
    ['told', 'The minister told Interfax the deal was close.', ['Interfax']],
    ['told the state news agency', 'He told the state news agency RIA Novosti that talks would go on.', ['RIA Novosti']],
    ['a Reuters dateline', 'MOSCOW, Sept 12 (Reuters) - Oil prices rose.', ['Reuters']],
    ['an AP dateline with an em dash', 'WASHINGTON (AP) — The Senate voted.', ['AP']],
    ['a BTA dateline in title case', 'Sofia, September 12 (BTA) - The cabinet met.', ['BTA']],
    ['the long name maps to the short one', 'The Associated Press reported the vote.', ['AP']],
    ['Agence France-Presse', 'Agence France-Presse said the toll had risen.', ['AFP']],
    ['Xinhua with a demonym before "news agency"', 'The Chinese Xinhua news agency reported the visit.', ['Xinhua']],
    ['a possessive country before the agency', "He told Russia's Interfax news agency.", ['Interfax']],
    [
      'several, in order of first citation',
      'TASS reported it. Reuters said it had seen the letter, Interfax said. TASS added more.',
      ['TASS', 'Reuters', 'Interfax'],
    ],
    ['a Reuters tally', 'At least 40 people died, according to a Reuters tally.', ['Reuters']],
    ['all capitals', 'LONDON (REUTERS) - SHARES FELL.', ['Reuters']],
    ['the long form of an ambiguous name needs only "said"', "Taiwan's Central News Agency said nine people died.", ['CNA']],
    ['"according to its" agency', 'The group claimed the attack, according to its Amaq news agency.', ['Amaq']],
  ])('finds a citation: %s', (_case, text, expected) => {
    expect(extractAgencies([text])).toEqual(expected);
  });

  it.each([
    ['"AP" inside a word', 'The APEC summit and the CAPEX plans were discussed.'],
    ['a journalist of the agency is the subject, not the source', 'A Reuters journalist was detained in Minsk.'],
    [
      'a party that shares an agency abbreviation',
      'Pakistan Tehreek-e-Insaf (PTI) said it would boycott the vote. PTI said the count was rigged.',
    ],
    ['a person who shares an agency name', 'Michael Bloomberg said he would fund the campaign.'],
    ['another name that contains the agency name', 'The Reuters Institute published its digital news report.'],
    ['a photo credit', 'AP Photo/Evan Vucci'],
    ['the parent company', 'Thomson Reuters Corp said profits rose.'],
    ['"Anadolu" as a region', 'Anadolu Efes beat Real Madrid in Istanbul.'],
  ])('ignores %s', (_case, text) => {
    expect(extractAgencies([text])).toEqual([]);
  });
});

describe('agencySourceOrganizations', () => {
  it('gives the full name with the short one as alternate name', () => {
    expect(agencySourceOrganizations(['Reuters', 'AP', 'TASS'])).toMatchInlineSnapshot(`
      [
        {
          "@type": "NewsMediaOrganization",
          "name": "Reuters",
        },
        {
          "@type": "NewsMediaOrganization",
          "alternateName": "AP",
          "name": "Associated Press",
        },
        {
          "@type": "NewsMediaOrganization",
          "alternateName": "TASS",
          "name": "TASS Russian News Agency",
        },
      ]
    `);
  });
});
