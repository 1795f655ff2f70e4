// The error patterns of real wire copy (issue 18), each on a sentence written for the test.
import { describe, expect, it } from 'vitest';
import { normalisePeopleAcrossArticles } from '../../../src/lib/enrichment/archive-pass.ts';
import { extractEntities, extractNamedEntities } from '../../../src/lib/enrichment/entities.ts';
import { countryOf, impliedCountries } from '../../../src/lib/enrichment/places.ts';
import { placesCounted, type Article } from '../../../src/lib/article-schema.ts';
import { buildEntityIndex } from '../../../src/lib/archive/entity-index.ts';
import { searchFiltersFor } from '../../../src/lib/search/search-fields.ts';

const article = { id: 'a1', story: 'a1', date: { year: 2024, month: 9, day: 12, hour: 8, minute: 0, second: 0 }, agencies: [] };

const named = (text: string) => extractNamedEntities([text]);

describe('extractNamedEntities on wire copy', () => {
  it('keeps whole organisation names with "and" and a possessive', () => {
    const { organisations, people } = named(
      "The Securities and Exchange Commission asked Moody's Investors Service Inc and the Food and Drug Administration for papers.",
    );
    expect(organisations).toEqual(['Securities and Exchange Commission', "Moody's Investors Service", 'Food and Drug Administration']);
    expect(people).toEqual([]);
  });

  it('keeps "X of Y" bodies whole and splits two of them joined by "and"', () => {
    const { organisations, places } = named(
      'Engineers from the Massachusetts Institute of Technology and Ohio State University joined the State Bank of India study.',
    );
    expect(organisations).toEqual(['Massachusetts Institute of Technology', 'Ohio State University', 'State Bank of India']);
    expect(places).toEqual([]);
  });

  it('splits a person from the company named after "of"', () => {
    const { people, organisations } = named('"Demand is soft," said Jim Hollis of Salomon Brothers Inc in New York.');
    expect(people).toEqual(['Jim Hollis']);
    expect(organisations).toEqual(['Salomon Brothers']);
  });

  it('reads the teams of sports result and standings lines as organisations, not places', () => {
    const lines = ['Leeds 2 ( Bowyer 14 , Wallace 71 ) Everton 1 ( Ferguson 40 )', 'Real Sociedad 1 Sevilla 1', 'Leeds 12 8 2 2 25 11 26'];
    const { organisations, places, people } = extractNamedEntities(lines);
    expect(organisations).toEqual(['Leeds', 'Everton', 'Real Sociedad', 'Sevilla']);
    expect(places).toEqual([]);
    expect(people).not.toContain('Leeds');
    expect(named('The index rose 3 points to 1,234 in Leeds on Tuesday.').organisations).toEqual([]);
  });

  it("drops an officer's title after a body's name instead of cutting the name", () => {
    const { organisations, people } = named(
      'The Securities and Exchange Commission Chairman met the Bank of England Governor and staff of the Ministry of Health.',
    );
    expect(organisations).toEqual(['Securities and Exchange Commission', 'Bank of England', 'Ministry of Health']);
    expect(people).toEqual([]);
  });

  it('drops legal forms instead of keeping them as fragments', () => {
    const { organisations } = named('Shares of Mobil Corp and Harcourt Brace Co Inc rose in late trading, as did Barclays Plc.');
    expect(organisations).toEqual(['Mobil', 'Harcourt Brace', 'Barclays']);
  });

  it('splits a coordination that is not one organisation', () => {
    expect(named('Fans of Cloud9 and Immortals cheered in the hall.').organisations).not.toContain('Cloud9 and Immortals');
  });

  it('finds known acronyms and short names', () => {
    const { organisations } = named('Officials of the USDA, the U.N., the EU, OPEC and NATO met as Mobil watched.');
    expect(organisations).toEqual(expect.arrayContaining(['USDA', 'United Nations', 'European Union', 'OPEC', 'NATO', 'Mobil']));
  });

  it('takes no function word, month, title, desk or company for a person', () => {
    const { people } = named(
      'April One brought news. The Minister spoke to the Subcommittee. Analysts at Merrill Lynch and Morgan Stanley agreed, Reuter said. London Newsroom +44 20 7542 1234. New York Commodities Desk.',
    );
    expect(people).toEqual([]);
  });

  it('strips titles and offices before a name', () => {
    const { people } = named(
      'Member of Parliament Tony Marlow and Chancellor of the Exchequer Nigel Lawson met Defender Hassan Abbas on Tuesday.',
    );
    expect(people).toEqual(['Tony Marlow', 'Nigel Lawson', 'Hassan Abbas']);
  });

  it('reads an all-caps dateline as one place in title case', () => {
    expect(named('RIO DE JANEIRO, Jan 5 - The mayor of ST. LOUIS flew in from BOSTON. Boston was cold.').places).toEqual([
      'Rio de Janeiro',
      'St. Louis',
      'Boston',
    ]);
  });

  it('does not glue words into a name across a spaced dash', () => {
    const { people } = named('Squad lists: Midfielders - Gheorghe Hagi, Ilie Dumitrescu. West Indies - Sherwin Campbell was out for 12.');
    expect(people).toEqual(expect.arrayContaining(['Gheorghe Hagi', 'Sherwin Campbell']));
    expect(people.join(' ')).not.toMatch(/Midfielders|Indies/u);
  });

  it('knows first names compromise does not list', () => {
    expect(named('Svetlana Gladishiva won ahead of Katja Seizinger in the downhill.').people).toEqual([
      'Svetlana Gladishiva',
      'Katja Seizinger',
    ]);
  });

  it('finds no person in an organisation whose name holds a surname-like word', () => {
    expect(named('The State Law and Order Restoration Council met in Rangoon.').people).toEqual([]);
  });
});

describe('one-word names and the nouns around them', () => {
  it('takes a lone name before a verb of saying as a person, but not one after "the"', () => {
    const { people } = named('Kessler told reporters the deal was dead, and the Bundesbank said rates would hold.');
    expect(people).toEqual(['Kessler']);
  });

  it('takes two words no list knows for a person, but not after a place preposition', () => {
    const { people, places } = named('Oluwe Ndaku and Tarmo Kivisaar scored as fans in Vaskel Ulm cheered.');
    expect(people).toEqual(['Oluwe Ndaku', 'Tarmo Kivisaar']);
    expect(places).toEqual(['Vaskel Ulm']);
  });

  it('takes a lone name after a role noun as a person', () => {
    expect(named('The club sold its veteran striker Brankov to a rival.').people).toEqual(['Brankov']);
  });

  it('makes one word before "party", "group" or "newspaper" an organisation, not an ordinary adjective', () => {
    const { organisations } = named('The Likud party and the Tata group were named by the Hurriyet newspaper.');
    expect(organisations).toEqual(['Likud', 'Tata', 'Hurriyet']);
    expect(named('The Conservative party lost the vote.').organisations).toEqual([]);
  });

  it('makes a name after its kind an organisation ("the carrier Lufthansa")', () => {
    const { organisations, people } = named('Shares of the carrier Aerolux fell, the daily Vremya reported.');
    expect(organisations).toEqual(['Aerolux', 'Vremya']);
    expect(people).toEqual([]);
  });

  it('does not read the end of a previous name as a kind ("the Labour Party, Raymond Chan")', () => {
    const { people } = named('Seats went to Ann Lee of the Labour Party, Raymond Chan of People Power and others.');
    expect(people).toEqual(expect.arrayContaining(['Ann Lee', 'Raymond Chan']));
  });

  it('makes what "the" names and reports or speaks a paper or a body, but not a title', () => {
    const { organisations, people } = named('The Observer reported the plan, the Commission said no and the Minister said yes.');
    expect(organisations).toEqual(['Observer', 'Commission']);
    expect(people).toEqual([]);
  });

  it('reads sports clubs by their first or last word, not as their city or a person', () => {
    const { organisations, places, people } = named('Dynamo Minsk beat Real Oviedo, and Bolton Wanderers drew with Stockport United.');
    expect(organisations).toEqual(['Dynamo Minsk', 'Real Oviedo', 'Bolton Wanderers', 'Stockport United']);
    expect(places).toEqual([]);
    expect(people).toEqual([]);
  });

  it('keeps a demonym before a known body ("the Irish Red Cross")', () => {
    expect(named('Aid from the Irish Red Cross arrived on Friday.').organisations).toEqual(['Irish Red Cross']);
  });

  it('keeps a party "of" a country whole', () => {
    expect(named('Leaders of the Democratic Party of Japan met on Monday.').organisations).toEqual(['Democratic Party of Japan']);
  });
});

describe('countries from places', () => {
  it('gives a city its country and a country itself', () => {
    expect(countryOf('Houston')).toBe('United States');
    expect(countryOf('France')).toBe('France');
    expect(impliedCountries(['Houston', 'Texas', 'Lyon', 'Middle East'])).toEqual(['United States', 'France']);
  });

  it('finds a town between a place preposition and its state, and a city named with "City"', () => {
    const { places, organisations } = named('Crews worked in Kelso City and in Willow Bend, Ontario, but Manchester City lost.');
    expect(places).toEqual(['Kelso City', 'Willow Bend', 'Ontario']);
    expect(places).not.toContain('Manchester City');
    expect(organisations).toEqual([]);
  });

  it('knows regions the city data spells otherwise, and countries of older copy', () => {
    const entities = extractEntities(['Strikes spread across Catalonia and Lombardy as refugees from Bosnia and Zaire arrived.']);
    expect(entities.places).toEqual(['Catalonia', 'Lombardy', 'Bosnia and Herzegovina', 'Zaire']);
    expect(entities.countries).toEqual(['Spain', 'Italy', 'Bosnia and Herzegovina']);
  });

  it('counts the implied country for an article that only names the city, and keeps its places to what it names', () => {
    const entities = extractEntities(['Flood waters rose in Houston on Monday.']);
    expect(entities.places).toEqual(['Houston']);
    expect(entities.countries).toEqual(['United States']);
    expect(placesCounted(entities)).toEqual(['Houston', 'United States']);
    expect(searchFiltersFor({ ...article, entities }).place).toEqual(['Houston', 'United States']);
    expect(buildEntityIndex([{ ...article, entities } as unknown as Article], 'places', 1).map((entry) => entry.name)).toEqual([
      'Houston',
      'United States',
    ]);
  });
});

describe('normalisePeopleAcrossArticles', () => {
  it('gives one person one name across the archive', () => {
    expect(normalisePeopleAcrossArticles([['Ronald Reagan'], ['Reagan'], ['Reagan', 'George Shultz']])).toEqual([
      ['Ronald Reagan'],
      ['Ronald Reagan'],
      ['Ronald Reagan', 'George Shultz'],
    ]);
  });

  it('does not lengthen a one-word name into a person from another article when two people share it', () => {
    expect(normalisePeopleAcrossArticles([['Stuart Law'], ['Nathan Law'], ['Law']])[2]).toEqual(['Law']);
  });
});
