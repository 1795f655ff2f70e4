/**
 * The site's locale for Astro pages: the built-in words and the date formats of the locale and
 * time zone the build resolved, made once per build.
 */
import { createDateFormat, type DateFormat } from '../lib/archive/dates.ts';
import { resolveLocale } from '../lib/i18n/locales.ts';
import type { Translator } from '../lib/i18n/messages.ts';
import { getConfig } from './articles.ts';

let site: { words: Translator; dates: DateFormat } | undefined;

function getSite(): { words: Translator; dates: DateFormat } {
  if (!site) {
    const config = getConfig();
    const locale = resolveLocale(config.locale);
    site = { words: locale.words, dates: createDateFormat(locale, config.timeZone) };
  }
  return site;
}

/** The built-in words in the site's language (English for what its table lacks). */
export function getWords(): Translator {
  return getSite().words;
}

/** Dates in the site's locale; article instants in the archive's time zone. */
export function getDates(): DateFormat {
  return getSite().dates;
}
