import enChecks from './checks.en.json';
import enFields from './en/fields.json';
import enGuide from './en/guide.json';
import enOptions from './en/options.json';
import enPopup from './en/popup.json';
import enGuideVerify from './en/guide-verify.json';
import enGuideConsole from './en/guide-console.json';
import enPresenter from './en/presenter.json';

// All extension text lives here, keyed; rules and checks carry keys, never sentences.

export type Messages = Readonly<Record<string, string>>;
export const locales = {
  en: { ...enGuide, ...enFields, ...enOptions, ...enPopup, ...enGuideVerify, ...enGuideConsole, ...enPresenter } as Messages,
} as const;
export type Locale = keyof typeof locales;

/** Messages of the field checks' findings, keyed by finding code (engine/checks/format.ts reads them). */
export const checkMessages: Record<Locale, Messages> = {
  en: enChecks,
};

/** Fills {name} placeholders; a missing key shows the key itself so it is noticed, never a blank. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale = 'en') {
  const messages = locales[locale];
  return (key: string, params?: Record<string, string | number>): string => format(messages[key] ?? locales.en[key] ?? key, params);
}

export type Translate = ReturnType<typeof translator>;
