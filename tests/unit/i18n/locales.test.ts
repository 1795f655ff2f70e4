import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { resolveLocale, SUPPORTED_LOCALES, UnsupportedLocaleError } from '../../../src/lib/i18n/locales.ts';

describe('resolveLocale', () => {
  it('supports at least the archive locales the issue lists', () => {
    expect(SUPPORTED_LOCALES).toEqual(expect.arrayContaining(['en-GB', 'en-US', 'fr-FR', 'de-DE', 'es-ES', 'ru-RU', 'bg-BG']));
  });

  it('matches a tag case-insensitively, with _ for -', () => {
    expect(resolveLocale('fr_fr').tag).toBe('fr-FR');
  });

  it('refuses an unsupported locale in one line naming the setting, the value and the choices', () => {
    expect(() => resolveLocale('xx-YY')).toThrow(UnsupportedLocaleError);
    expect(() => resolveLocale('xx-YY')).toThrowErrorMatchingInlineSnapshot(
      `[Error: ARCHIVE_LOCALE: "xx-YY" is not a supported locale; use one of en-GB, en-US, fr-FR, de-DE, es-ES, ru-RU, bg-BG]`,
    );
  });
});

describe('Translator', () => {
  it('fills values and falls back to English for a key the table lacks', () => {
    const { words } = resolveLocale('fr-FR');
    expect(words.t('previousArticle')).toBe('Article précédent');
    expect(words.t('onThisDay', { date: '12 septembre' })).toBe('Ce jour-là, le 12 septembre');
    expect(resolveLocale('en-US').words.t('sourcesCited')).toBe(en.sourcesCited);
  });

  it("chooses the plural form with the locale's rules and writes the count in its digits", () => {
    const ru = resolveLocale('ru-RU').words;
    expect([1, 3, 5, 21, 1000].map((n) => ru.count('articles', n))).toEqual([
      '1 статья',
      '3 статьи',
      '5 статей',
      '21 статья',
      '1\u00a0000 статей',
    ]);
    expect(resolveLocale('en-GB').words.count('articles', 12345)).toBe('12,345 articles');
    expect(resolveLocale('fr-FR').words.count('articles', 1)).toBe('1 article');
  });

  it("every language's table has only English's keys, and its placeholders", async () => {
    for (const tag of SUPPORTED_LOCALES) {
      const { words } = resolveLocale(tag);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const english = en[key];
        if (typeof english === 'string') {
          const placeholders = (text: string) => (text.match(/\{[a-z]+\}/gi) ?? []).sort();
          expect(placeholders(words.t(key as never)), `${tag} ${key}`).toEqual(placeholders(english));
        }
      }
    }
  });
});
