// The UI languages, apart from their texts, so storage can validate a choice without loading them.

export const localeIds = ['en', 'zh_CN'] as const;
export type Locale = (typeof localeIds)[number];
export const defaultLocale: Locale = 'en';

/** Each language in its own script, for the language select. */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', zh_CN: '简体中文' };

/** The BCP 47 tag for `lang` attributes (screen readers pick their voice from it). */
export const htmlLang: Readonly<Record<Locale, string>> = { en: 'en', zh_CN: 'zh-CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeIds as readonly string[]).includes(value);
}
