/**
 * The locales an archive can be built in (ARCHIVE_LOCALE): for each, date-fns' locale (month
 * and weekday names, in their standalone and in-date forms), the date patterns its readers
 * expect, and its language's table of built-in words.
 */
import type { Locale } from 'date-fns';
// One module per locale: the date-fns/locale index would load every locale it has.
import { bg as bgDates } from 'date-fns/locale/bg';
import { de as deDates } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { es as esDates } from 'date-fns/locale/es';
import { fr as frDates } from 'date-fns/locale/fr';
import { ru as ruDates } from 'date-fns/locale/ru';
import { bg } from './bg.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { canonicalLocaleTag, SUPPORTED_LOCALES, type LocaleTag } from './locale-tags.ts';
import { createTranslator, type MessageTable, type Translator } from './messages.ts';
import { ru } from './ru.ts';

/** date-fns patterns (https://date-fns.org/docs/format) for the dates a page shows. */
export interface DatePatterns {
  /** A calendar date. @example 'd MMMM y' // '12 September 2024' */
  longDate: string;
  /** A day of a month, without the year ("On this day"). @example 'd MMMM' // '12 September' */
  dayMonth: string;
  /** A month of a year, standalone. @example 'LLLL y' // 'September 2024' */
  monthYear: string;
  /** A time of day. @example 'HH:mm' // '23:28' */
  time: string;
  /** A date with its time. @example "d MMMM y, HH:mm" */
  dateTime: string;
}

export interface SiteLocale {
  /** The BCP 47 tag, as configured. */
  tag: string;
  /** date-fns' locale: names of months and weekdays. */
  dates: Locale;
  patterns: DatePatterns;
  /** The built-in words, in this locale's language. */
  words: Translator;
}

interface LocaleEntry {
  dates: Locale;
  patterns: DatePatterns;
  table: MessageTable;
}

const ddmmy = (longDate: string, dayMonth: string, monthYear = 'LLLL y'): DatePatterns => ({
  longDate,
  dayMonth,
  monthYear,
  time: 'HH:mm',
  dateTime: `${longDate}, HH:mm`,
});

const LOCALES: Record<LocaleTag, LocaleEntry> = {
  'en-GB': { dates: enGB, patterns: ddmmy('d MMMM y', 'd MMMM'), table: {} },
  'en-US': {
    dates: enUS,
    patterns: { longDate: 'MMMM d, y', dayMonth: 'MMMM d', monthYear: 'LLLL y', time: 'h:mm a', dateTime: 'MMMM d, y, h:mm a' },
    table: {},
  },
  'fr-FR': { dates: frDates, patterns: ddmmy('d MMMM y', 'd MMMM'), table: fr },
  'de-DE': { dates: deDates, patterns: ddmmy('d. MMMM y', 'd. MMMM'), table: de },
  'es-ES': { dates: esDates, patterns: ddmmy("d 'de' MMMM 'de' y", "d 'de' MMMM", "LLLL 'de' y"), table: es },
  'ru-RU': { dates: ruDates, patterns: ddmmy("d MMMM y 'г.'", 'd MMMM', "LLLL y 'г.'"), table: ru },
  'bg-BG': { dates: bgDates, patterns: ddmmy("d MMMM y 'г.'", 'd MMMM', "LLLL y 'г.'"), table: bg },
};

export { SUPPORTED_LOCALES };

/** The error for a locale the archive cannot be built in: one line, naming the setting and the choices. */
export class UnsupportedLocaleError extends Error {}

/**
 * The site locale for a configured tag (matched case-insensitively, `_` taken as `-`).
 * @example resolveLocale('fr-FR').words.t('related') // 'Articles liés précédents'
 */
export function resolveLocale(tag: string): SiteLocale {
  const match = canonicalLocaleTag(tag);
  if (!match) {
    throw new UnsupportedLocaleError(`ARCHIVE_LOCALE: "${tag}" is not a supported locale; use one of ${SUPPORTED_LOCALES.join(', ')}`);
  }
  const entry = LOCALES[match];
  return { tag: match, dates: entry.dates, patterns: entry.patterns, words: createTranslator(match, entry.table) };
}
