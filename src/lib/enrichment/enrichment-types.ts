/**
 * What per-article enrichment gives (src/lib/enrichment/enrich.ts computes it) and the version of its rules,
 * without the tagger: the enrichment cache and the worker pool need these, not compromise.
 */
import type { Entities } from '../article-schema.ts';

/** Bump when extraction rules change: cached results of older versions are then ignored. */
export const ENRICHMENT_VERSION = 7;

export interface Enrichment {
  entities: Entities;
  agencies: string[];
}

/** Per-article enrichment of body paragraphs; `enrichText` or a cached wrapper of it. */
export type Enricher = (paragraphs: readonly string[]) => Enrichment;
