/**
 * The archive's vocabulary for "Did you mean", one JSON file per word length
 * (src/lib/search/search-vocabulary.ts): the search page loads the two or three it needs only when
 * a search finds nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveVocabulary } from '../../../data/search-vocabulary.ts';

export const getStaticPaths = (() =>
  [...archiveVocabulary()].map(([length, shard]) => ({ params: { length: String(length) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
