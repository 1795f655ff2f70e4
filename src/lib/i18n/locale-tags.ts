/**
 * The locale tags an archive can be built in, without their data: what the configuration checks
 * ARCHIVE_LOCALE against, cheaply (src/lib/i18n/locales.ts holds each one's date-fns locale and words).
 */
export const SUPPORTED_LOCALES = ['en-GB', 'en-US', 'fr-FR', 'de-DE', 'es-ES', 'ru-RU', 'bg-BG'] as const;

export type LocaleTag = (typeof SUPPORTED_LOCALES)[number];

/**
 * The supported tag a configured one names (case-insensitive, `_` taken as `-`), or undefined.
 * @example canonicalLocaleTag('fr_fr') // 'fr-FR'
 */
export function canonicalLocaleTag(tag: string): LocaleTag | undefined {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  return SUPPORTED_LOCALES.find((known) => known.toLowerCase() === wanted);
}
