/**
 * What the search index records about an article besides its text: the filter values
 * (from validated article fields only) and the weight of the lead paragraph.
 */
import { placesCounted, storyOf, type Article } from '../article-schema.ts';

/**
 * Pagefind weight of the lead paragraph (body text is 1, the `<h1>` headline 7). A news lead carries
 * the story, so its words count for more than a passing mention further down. Measured with
 * `npm run eval:search`: neutral with the shipped ranking (2 and 3 score like 1, 5 is worse), because
 * derived headlines already repeat the lead; it matters where the headline is a front-matter title.
 */
export const LEAD_WEIGHT = 2;

/** Filter name → values, in the order the search page shows facets. */
export type SearchFilters = Record<'month' | 'day' | 'agency' | 'person' | 'place' | 'story', string[]>;

const pad = (n: number) => String(n).padStart(2, '0');

const clean = (values: string[]) => [...new Set(values.map((value) => value.replace(/\s+/g, ' ').trim()).filter(Boolean))];

/**
 * The filters an article is indexed under: the `YYYY-MM` month and `YYYY-MM-DD` day of its
 * wall-clock date, its agencies, people and places, de-duplicated and without empty values, and
 * its story (storyOf). There is no separate year filter: the page sums months into years. Pagefind
 * loads a filter's index only when a search names it, so the day and story indexes cost nothing
 * until a day range or a story is asked for.
 * @example searchFiltersFor(article).month // ['2024-09']
 */
export function searchFiltersFor(article: Pick<Article, 'id' | 'story' | 'date' | 'agencies' | 'entities'>): SearchFilters {
  const month = `${article.date.year}-${pad(article.date.month)}`;
  return {
    month: [month],
    day: [`${month}-${pad(article.date.day)}`],
    agency: clean(article.agencies),
    person: clean(article.entities.people),
    place: clean(placesCounted(article.entities)),
    story: [storyOf(article)],
  };
}

/** Most people and places a result shows (and stores in its metadata): the first, most prominent ones. */
export const RESULT_ENTITIES = 3;

/**
 * The metadata a result shows besides title, date and summary: cited agencies and the main people
 * and places as JSON arrays (so a comma in a name stays inside it), and the story id.
 * @example resultMetaFor(article).agencies // '["Reuters"]'
 */
export function resultMetaFor(
  article: Pick<Article, 'id' | 'story' | 'agencies' | 'entities'>,
): Record<'agencies' | 'people' | 'places' | 'story', string> {
  return {
    agencies: JSON.stringify(clean(article.agencies)),
    people: JSON.stringify(clean(article.entities.people).slice(0, RESULT_ENTITIES)),
    places: JSON.stringify(clean(article.entities.places).slice(0, RESULT_ENTITIES)),
    story: storyOf(article),
  };
}

export { SEARCH_RANKING, type SearchRanking } from './search-ranking.ts';
