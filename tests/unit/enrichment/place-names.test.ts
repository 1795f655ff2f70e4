// Places inside longer capitalised runs (issue 18), each rule on a sentence written for the test.
import { describe, expect, it } from 'vitest';
import { extractEntities, extractNamedEntities } from '../../../src/lib/enrichment/entities.ts';

const named = (...paragraphs: string[]) => extractNamedEntities(paragraphs);

describe('places of two or three words before a title or a body', () => {
  it('splits a two-word city from the office after it', () => {
    const { places, people } = named("A deputy from the San Diego Sheriff's office took the call.");
    expect(places).toEqual(['San Diego']);
    expect(people).toEqual([]);
  });

  it('keeps a one-word city inside the name of its body, and splits a country from its body', () => {
    const city = named('Shares fell on the Osaka Stock Exchange and the Lyon City Council met.');
    expect(city.organisations).toEqual(['Osaka Stock Exchange', 'Lyon City Council']);
    expect(city.places).toEqual([]);
    const country = named('The U.S. National Security Council met.');
    expect(country.organisations).toEqual(['National Security Council']);
    expect(country.places).toEqual(['United States']);
  });

  it('keeps a city inside the name of its body', () => {
    const { places, organisations } = named('The New York Police Department and the Los Angeles Fire Department replied.');
    expect(organisations).toEqual(['New York Police Department', 'Los Angeles Fire Department']);
    expect(places).toEqual([]);
  });

  it('names the city of a direction before it', () => {
    expect(named('Officers in East Los Angeles and at the East L.A. station were told.').places).toEqual(['Los Angeles']);
  });
});

describe('buildings and fields', () => {
  it("keeps a title word before a building's word as part of its name", () => {
    expect(named("Pilgrims filled Medina's Grand Mosque and the Senior Citizens Hall.").places).toEqual([
      'Medina',
      'Grand Mosque',
      'Senior Citizens Hall',
    ]);
  });

  it('does not read a field of study after "in" as a place', () => {
    expect(named('She holds a doctorate in Sociology and lectures in Educational Management.').places).toEqual([]);
  });
});

describe('initials', () => {
  it("keeps an initial before a given name in the person's name", () => {
    expect(named('The movement was founded by J. Ralph Corwin in 1950.').people).toEqual(['J. Ralph Corwin']);
  });
});

describe('what is no place', () => {
  it('reads no currency as a place', () => {
    expect(named('Damage reached US$ 10 billion, or HK$78 billion.').places).toEqual([]);
  });

  it('reads a one-word place that is the surname of a person named here as that person, unless a preposition comes before', () => {
    const first = named('Marta Lyon, a former nurse, spoke out. Lyon was born in Geneva and says she was misled.');
    expect(first.places).toEqual(['Geneva']);
    expect(first.people).toEqual(['Marta Lyon']);
    expect(named('Marta Lyon spoke out. Lyon was born in Geneva and moved to Lyon in 1990.').places).toEqual(['Lyon', 'Geneva']);
  });
});

describe('prepositions', () => {
  it('reads a name after "next to" as a place', () => {
    expect(named('The hamlet lies next to Castelbrando, on the coast.').places).toEqual(['Castelbrando']);
  });
});

describe('places inside other words', () => {
  it('reads no place in a side taken ("pro-Beijing", "anti-Moscow")', () => {
    expect(named('The pro-Beijing camp and anti-Moscow groups met in Riga.').places).toEqual(['Riga']);
  });

  it('reads a government agency named for its field and its country as an organisation', () => {
    const { organisations, places, people } = named(
      'Forecasters at Environment Canada and Statistics Norway agreed; Health Minister Ann Lee did not.',
    );
    expect(organisations).toEqual(['Environment Canada', 'Statistics Norway']);
    expect(places).toEqual([]);
    expect(people).toEqual(['Ann Lee']);
  });
});

describe('the country of a city several countries have', () => {
  it('is the one the other places imply, else that of the biggest namesake', () => {
    expect(extractEntities(['Talks in London and Ontario ended.']).countries).toEqual(['Canada']);
    expect(extractEntities(['Talks in Birmingham, Alabama, ended.']).countries).toEqual(['United States']);
    expect(extractEntities(['Talks in Birmingham ended.']).countries).toEqual(['United Kingdom']);
  });
});

describe('countries', () => {
  it('knows the cities of countries the city data spells its own way', () => {
    expect(extractEntities(['Fighting near Goma and Lubumbashi, and floods in Pointe-Noire and Banjul.']).countries).toEqual([
      'Democratic Republic of the Congo',
      'Republic of the Congo',
      'Gambia',
    ]);
  });

  it('counts Turkey as a country, however it is spelt, and its cities for it', () => {
    expect(extractEntities(['Talks in Turkey, Türkiye and Istanbul ended.'])).toMatchObject({
      places: ['Turkey', 'Istanbul'],
      countries: ['Turkey'],
    });
  });
});
