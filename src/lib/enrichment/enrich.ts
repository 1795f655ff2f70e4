/**
 * Enrichment in two passes. Per article (cacheable, by content): people, places,
 * organisations and cited agencies, here. Over the whole archive (src/lib/enrichment/archive-pass.ts):
 * one-word person mentions ("Putin") become the one full name the archive knows for them
 * ("Vladimir Putin"), and each article gets its related articles.
 */
import { extractAgencies } from './agencies.ts';
import { extractEntities } from './entities.ts';
import type { Enricher } from './enrichment-types.ts';

export { ENRICHMENT_VERSION, type Enricher, type Enrichment } from './enrichment-types.ts';
export { linkArticles, normalisePeopleAcrossArticles } from './archive-pass.ts';

/**
 * People, places, organisations and cited agencies of one article.
 * @example enrichText(['Putin met Xi, TASS reported.']).agencies // ['TASS']
 */
export const enrichText: Enricher = (paragraphs) => ({
  entities: extractEntities(paragraphs),
  agencies: extractAgencies(paragraphs),
});
