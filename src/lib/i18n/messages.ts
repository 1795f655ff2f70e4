/**
 * Built-in words by language: a translator for one locale over its language's table, English
 * filling any gap. Counts are chosen with Intl.PluralRules and written with Intl.NumberFormat,
 * both in the site's locale.
 */
import { en } from './en.ts';

/** Plural forms by Intl.PluralRules category; `other` is required, as in CLDR. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

type English = typeof en;
/** Keys of plain strings. */
export type TextKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];
/** Keys of plural tables. */
export type CountKey = Exclude<keyof English, TextKey>;
/** A language's table: any of English's keys, plain strings for plain strings, plural forms for plurals. */
export type MessageTable = { [K in TextKey]?: string } & { [K in CountKey]?: PluralForms };

export type Values = Record<string, string | number>;

/** The built-in words of one locale. */
export interface Translator {
  /** BCP 47 tag, for `lang` and Intl. */
  readonly locale: string;
  /** A plain string with its `{name}` values filled in. */
  t(key: TextKey, values?: Values): string;
  /** The plural form for `n`, with `{n}` written in the locale's digits and the other values filled in. */
  count(key: CountKey, n: number, values?: Values): string;
  /** A number in the locale's digits and grouping. @example number(12345) // '12,345' (en-GB) */
  number(n: number): string;
}

const fill = (template: string, values: Values) =>
  template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A translator for `locale` over `table`, with English for every key the table lacks. */
export function createTranslator(locale: string, table: MessageTable): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const number = (n: number) => numbers.format(n);
  return {
    locale,
    number,
    t: (key, values = {}) => fill(table[key] ?? en[key], values),
    count: (key, n, values = {}) => {
      const forms: PluralForms = table[key] ?? en[key];
      const template = forms[plurals.select(n)] ?? forms.other;
      return fill(template, { ...values, n: number(n) });
    },
  };
}
