import { defaultLocale, isLocale, localeIds, type Locale } from './ids';

// Builds the text tables of a set of locale files (locales/<locale>/<file>.json). checks.json is its
// own table, keyed by finding code (engine/checks/format.ts); all other files merge into one table per
// language. Two sets exist: every file (locales/index.ts: popup, options, tests) and the overlay's
// files only (locales/overlay.ts: the content script, which must stay small).

export type Messages = Readonly<Record<string, string>>;

/** Fills {name} placeholders; a missing key shows the key itself so it is noticed, never a blank. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Fills a template with its params in a language: ./icu.ts for extension pages, `format` in the content script. */
export type Filler = (template: string, params: Record<string, string | number> | undefined, locale: Locale) => string;

export function buildCatalog(files: Record<string, Messages>, fill: Filler = (template, params) => format(template, params)) {
  /** The files of one language, by file name without ".json" (e.g. "guide", "checks"). */
  const localeFiles = (locale: Locale): Record<string, Messages> => {
    const found: Record<string, Messages> = {};
    for (const [path, messages] of Object.entries(files)) {
      const match = /\/([^/]+)\/([^/]+)\.json$/.exec(path);
      if (match?.[1] === locale && match[2]) found[match[2]] = messages;
    }
    return found;
  };
  const merged = (locale: Locale): Messages => {
    const { checks: _checks, ...rest } = localeFiles(locale);
    return Object.assign({}, ...Object.values(rest)) as Messages;
  };
  const locales = Object.fromEntries(localeIds.map((id) => [id, merged(id)])) as Record<Locale, Messages>;
  const checkMessages = Object.fromEntries(localeIds.map((id) => [id, { ...localeFiles(defaultLocale).checks, ...localeFiles(id).checks }])) as Record<
    Locale,
    Messages
  >;

  /**
   * The text of a key in one language, carrying that language as `t.locale`. English stands in for
   * a key missing in the chosen language: a safety net (test/unit/locales.test.ts keeps it unused).
   */
  function translator(requested: Locale = defaultLocale) {
    const locale = isLocale(requested) ? requested : defaultLocale;
    const messages = locales[locale];
    const t = (key: string, params?: Record<string, string | number>): string => {
      const own = messages[key];
      return fill(own ?? locales[defaultLocale][key] ?? key, params, own === undefined ? defaultLocale : locale);
    };
    return Object.assign(t, { locale });
  }

  return { locales, checkMessages, translator };
}

export type Translate = ReturnType<ReturnType<typeof buildCatalog>['translator']>;
