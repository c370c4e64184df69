// The UI languages, apart from their texts, so storage can validate a choice without loading them.

export const localeIds = ['en', 'zh_CN'] as const;
export type Locale = (typeof localeIds)[number];
export const defaultLocale: Locale = 'en';

/** Each language in its own script, for the language select. */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', zh_CN: '简体中文' };

/** The BCP 47 tag for `lang` attributes (screen readers pick their voice from it). */
export const htmlLang: Readonly<Record<Locale, string>> = { en: 'en', zh_CN: 'zh-CN' };

/**
 * The UI language for a browser language tag (navigator.language): every Chinese tag gets 简体中文,
 * the only Chinese the extension has (a zh-TW or zh-HK reader still reads it more easily than English).
 */
export function localeForLanguage(tag: string | undefined | null): Locale {
  return /^zh(?:[-_]|$)/i.test(tag ?? '') ? 'zh_CN' : defaultLocale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeIds as readonly string[]).includes(value);
}
