/** The archive's search vocabulary, built once per build from the articles' headlines and bodies. */
import { buildVocabulary, type VocabularyShard } from '../lib/search/search-vocabulary.ts';
import { getArticles } from './articles.ts';

let vocabulary: Map<number, VocabularyShard> | undefined;

/** Word length → shard, built on first use. */
export function archiveVocabulary(): Map<number, VocabularyShard> {
  vocabulary ??= buildVocabulary(getArticles().map((article) => [article.headline, ...article.paragraphs]));
  return vocabulary;
}
