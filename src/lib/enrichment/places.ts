/**
 * The place gazetteer: countries (world-countries, through PLACE_ALIASES), the world's cities
 * with their countries and provinces (city-timezones, from the SimpleMaps world cities data,
 * CC BY 4.0), so that a story from Houston also counts for the United States, and all-caps or
 * lower-case spellings ("RIO DE JANEIRO", "ST. LOUIS") find their one display name.
 */
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import { COUNTRY_NAMES, PLACE_ALIASES } from './entity-gazetteer.ts';

export interface Place {
  /** Display name ("St. Louis", "United States"). */
  name: string;
  /** The country it lies in, when it is not a country itself. */
  country?: string;
  /**
   * A smaller city whose name is also a given name or surname ("Jackson", "Florence"): taken as a
   * place only with a place's context ("in Jackson", a dateline), never from the name alone.
   */
  weak?: boolean;
}

interface CityRecord {
  city: string;
  city_ascii: string;
  country: string;
  province: string;
  pop: number;
}

const byLower = new Map<string, Place>();
const countryOfPlace = new Map<string, string>();
// Other countries with a city of the same name, biggest first ("Durham": United Kingdom after United States).
const otherCountries = new Map<string, string[]>();

// The city data's own spellings of some countries (never seen in text, so kept out of PLACE_ALIASES).
const CITY_DATA_COUNTRIES: Record<string, string> = {
  'Congo (Kinshasa)': 'Democratic Republic of the Congo',
  'Congo (Brazzaville)': 'Republic of the Congo',
  'Guinea Bissau': 'Guinea-Bissau',
  'The Bahamas': 'Bahamas',
  'The Gambia': 'Gambia',
  'Hong Kong S.A.R.': 'Hong Kong',
  'Macau S.A.R': 'Macau',
  Somaliland: 'Somalia',
};
const canonicalCountry = (name: string) => CITY_DATA_COUNTRIES[name] ?? PLACE_ALIASES.get(name) ?? name;
// Cities with at least this many people are places by their name alone.
const BIG_CITY = 1_000_000;
// Cities smaller than this are too many and too often ordinary words to be found by name.
const SMALL_CITY = 20_000;

for (const [spelling, display] of PLACE_ALIASES) byLower.set(spelling.toLowerCase(), { name: display });

const cities = [...(cityMap as CityRecord[])].sort((a, b) => b.pop - a.pop);
const provinces = new Map<string, Map<string, number>>();
for (const record of cities) {
  const country = canonicalCountry(record.country);
  if (!COUNTRY_NAMES.has(country)) continue;
  const province = record.province?.trim();
  if (province && /^[\p{L} .'-]+$/u.test(province)) {
    const counts = provinces.get(province) ?? provinces.set(province, new Map()).get(province)!;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  if (record.pop < SMALL_CITY) continue;
  for (const spelling of new Set([record.city, record.city_ascii])) {
    if (!spelling || !/^\p{Lu}/u.test(spelling) || /\d/u.test(spelling)) continue;
    const key = spelling.toLowerCase();
    if (byLower.has(key)) {
      const known = byLower.get(key)!;
      const first = countryOfPlace.get(known.name);
      if (first && first !== country && known.name === spelling) {
        const others = otherCountries.get(known.name) ?? otherCountries.set(known.name, []).get(known.name)!;
        if (!others.includes(country)) others.push(country);
      }
      // A capital listed by world-countries gets its country from the city data.
      if (!known.country && !COUNTRY_NAMES.has(known.name) && known.name === spelling) {
        byLower.set(key, { name: known.name, country });
        countryOfPlace.set(known.name, country);
      }
      continue;
    }
    byLower.set(key, { name: spelling, country, ...(record.pop < BIG_CITY ? { weak: true } : {}) });
    countryOfPlace.set(spelling, country);
  }
}
// Provinces and states ("Texas", "Ontario", "Bavaria") of one country, where no city or country has the name.
for (const [province, counts] of provinces) {
  const key = province.toLowerCase();
  if (counts.size !== 1 || byLower.has(key) || province.length < 4) continue;
  const [country] = [...counts.keys()];
  byLower.set(key, { name: province, country: country! });
  countryOfPlace.set(province, country!);
}

// Regions and towns news copy names that the city data lacks or lists under another spelling
// ("Lombardia", "Bayern"), with their countries.
const EXTRA_PLACES: Record<string, string> = {
  England: 'United Kingdom',
  Scotland: 'United Kingdom',
  Wales: 'United Kingdom',
  'Northern Ireland': 'United Kingdom',
  Ulster: 'United Kingdom',
  Lombardy: 'Italy',
  Sardinia: 'Italy',
  Sicily: 'Italy',
  Tuscany: 'Italy',
  Piedmont: 'Italy',
  Catalonia: 'Spain',
  Andalusia: 'Spain',
  'Basque Country': 'Spain',
  Flanders: 'Belgium',
  Wallonia: 'Belgium',
  Bavaria: 'Germany',
  Saxony: 'Germany',
  'Lower Saxony': 'Germany',
  Grozny: 'Russia',
  Dagestan: 'Russia',
  Siberia: 'Russia',
  Hebron: 'Palestine',
  Jenin: 'Palestine',
  Nablus: 'Palestine',
  Srebrenica: 'Bosnia and Herzegovina',
  Herzegovina: 'Bosnia and Herzegovina',
  Mindanao: 'Philippines',
  Luzon: 'Philippines',
  Sumatra: 'Indonesia',
  Java: 'Indonesia',
  Aceh: 'Indonesia',
  Xinjiang: 'China',
  Transylvania: 'Romania',
};
for (const [name, country] of Object.entries(EXTRA_PLACES)) {
  if (!COUNTRY_NAMES.has(canonicalCountry(country))) continue;
  byLower.set(name.toLowerCase(), { name, country: canonicalCountry(country) });
  countryOfPlace.set(name, canonicalCountry(country));
}

/**
 * The gazetteer entry for a lower-case name ("st. louis", "moscow", "us").
 * @example placeByLowerName('rio de janeiro')?.country // 'Brazil'
 */
export function placeByLowerName(lower: string): Place | undefined {
  return byLower.get(lower);
}

/**
 * The country a place lies in, or the place itself when it is a country; undefined for regions
 * and unknown places.
 * @example countryOf('Houston') // 'United States'
 */
export function countryOf(place: string): string | undefined {
  if (COUNTRY_NAMES.has(place)) return place;
  return countryOfPlace.get(place);
}

/**
 * The countries a list of places names or implies, each once, in order. A city that several
 * countries have is taken in the one the other places name or imply without doubt ("Durham" beside
 * "Nottinghamshire" lies in the United Kingdom), else in the country of its biggest namesake.
 * @example impliedCountries(['Houston', 'Mexico']) // ['United States', 'Mexico']
 */
export function impliedCountries(places: readonly string[]): string[] {
  const certain = new Set(places.filter((place) => !otherCountries.has(place)).map(countryOf));
  const countryIn = (place: string) => {
    const others = otherCountries.get(place);
    return others?.find((country) => certain.has(country)) ?? countryOf(place);
  };
  return [...new Set(places.map(countryIn).filter((country): country is string => country !== undefined))];
}
