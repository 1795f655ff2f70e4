/**
 * URL slugs and permalinks. A permalink is `/YYYY/MM/DD/<slug>/` and never moves:
 * the slug depends only on the article's own text and id, never on other articles
 * or on how headlines are derived.
 */

const SLUG_WORDS = 6;
const SLUG_MAX = 60;

/**
 * Lower-case ASCII words joined by hyphens: accents folded, everything else dropped.
 * @example slugify('Zakharova: “Russia & China” — 2024!') // 'zakharova-russia-china-2024'
 */
export function slugify(text: string, maxWords = Infinity): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug;
}

/** A valid slug: lower-case ASCII letters and digits in hyphen-separated groups. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The derived slug for an article: its first words plus the first 8 hex digits of its id,
 * so that two articles with the same opening on the same day still get distinct URLs.
 * @example deriveSlug('The Russian-Chinese partnership is not directed against third countries', '6f6e37195cd625da')
 *   // 'the-russian-chinese-partnership-is-not-6f6e3719'
 */
export function deriveSlug(leadText: string, id: string): string {
  const words = slugify(leadText, SLUG_WORDS);
  // Ids derived from file names contain hyphens: a suffix must not end in one (`t06-feb3`, not `c02-img-`).
  const suffix = id.slice(0, 8).toLowerCase().replace(/-+$/, '');
  return words ? `${words}-${suffix}` : suffix;
}

/** The site-relative permalink (without base path). @example permalinkFor({ year: 2024, month: 9, day: 12 }, 'x') // '/2024/09/12/x/' */
export function permalinkFor(date: { year: number; month: number; day: number }, slug: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `/${String(date.year).padStart(4, '0')}/${pad(date.month)}/${pad(date.day)}/${slug}/`;
}
