import { defaultLocale, isLocale, localeIds, type Locale } from './ids';

// All extension text lives here, keyed; rules and checks carry keys, never sentences.
// One folder per language (locales/<locale>/*.json): every JSON file in a folder belongs to that
// language, so a new file needs no wiring here. checks.json is its own table, keyed by finding code
// (engine/checks/format.ts); all other files merge into one table per language.

export { defaultLocale, htmlLang, isLocale, localeIds, localeNames, type Locale } from './ids';

export type Messages = Readonly<Record<string, string>>;

const files = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' });

/** The files of one language, by file name without ".json" (e.g. "guide", "checks"). */
function localeFiles(locale: Locale): Record<string, Messages> {
  const found: Record<string, Messages> = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match?.[1] === locale && match[2]) found[match[2]] = messages;
  }
  return found;
}

function merged(locale: Locale): Messages {
  const { checks: _checks, ...rest } = localeFiles(locale);
  return Object.assign({}, ...Object.values(rest)) as Messages;
}

export const locales: Record<Locale, Messages> = Object.fromEntries(localeIds.map((id) => [id, merged(id)])) as Record<Locale, Messages>;

/** Messages of the field checks' findings, keyed by finding code (engine/checks/format.ts reads them). */
export const checkMessages: Record<Locale, Messages> = Object.fromEntries(
  localeIds.map((id) => [id, { ...localeFiles(defaultLocale).checks, ...localeFiles(id).checks }]),
) as Record<Locale, Messages>;

/** Fills {name} placeholders; a missing key shows the key itself so it is noticed, never a blank. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The text of a key in one language, carrying that language as `t.locale`. English stands in for
 * a key missing in the chosen language: a safety net (test/unit/locales.test.ts keeps it unused).
 */
export function translator(requested: Locale = defaultLocale) {
  const locale = isLocale(requested) ? requested : defaultLocale;
  const messages = locales[locale];
  const t = (key: string, params?: Record<string, string | number>): string => format(messages[key] ?? locales[defaultLocale][key] ?? key, params);
  return Object.assign(t, { locale });
}

export type Translate = ReturnType<typeof translator>;
