/**
 * Resolving one-word person mentions to full names, apart from the tagger (src/lib/enrichment/entities.ts)
 * so the archive-wide pass (src/lib/enrichment/archive-pass.ts) does not load compromise.
 */
import { FAMILY_NAME_FIRST } from './entity-gazetteer.ts';

/**
 * One-word mention → the unique longer name in `fullNames` it abbreviates, else itself: by last
 * word ("Putin"), then by an inner word ("Lula" in "Luiz Inacio Lula da Silva"), then by first word
 * for family-name-first names ("Xi") or when `givenNames` allows it (within one article: "Anwar").
 */
export function resolveSurname(mention: string, fullNames: readonly string[], givenNames = false): string {
  if (mention.includes(' ')) return mention;
  const multi = fullNames.filter((full) => full.includes(' '));
  for (const match of [
    (words: string[]) => words.at(-1) === mention,
    (words: string[]) => words.slice(1, -1).includes(mention),
    (words: string[]) => (givenNames || FAMILY_NAME_FIRST.has(mention)) && words[0] === mention,
  ]) {
    const candidates = multi.filter((full) => match(full.split(' ')));
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) return mention;
  }
  return mention;
}
