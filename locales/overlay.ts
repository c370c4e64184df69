import { browser } from 'wxt/browser';
import { buildCatalog, type Messages } from './catalog';
import { defaultLocale, type Locale } from './ids';

// The texts the overlay on the console shows (panel, tips, checks, console messages). English is
// bundled; another language is read on demand from the extension's own files (locales/overlay-<id>.json,
// written at build time by wxt.config.ts), so every console page does not carry every language.
// test/unit/overlay-locale.test.ts checks that every key the overlay uses is in these files.

export { htmlLang, type Locale } from './ids';
export type { Messages, Translate } from './catalog';

export { OVERLAY_FILES } from './overlay-files';

const english = import.meta.glob<Messages>('./en/{checks,console-messages,email-code,fields,guide,guide-console,guide-verify,page-texts,presenter}.json', {
  eager: true,
  import: 'default',
});

export type OverlayCatalog = ReturnType<typeof buildCatalog>;
const loaded = new Map<Locale, OverlayCatalog>([[defaultLocale, buildCatalog(english)]]);

/** English, at once. */
export const englishCatalog = loaded.get(defaultLocale)!;

/** A language's overlay texts; falls back to English when its file cannot be read. */
export async function loadOverlayCatalog(locale: Locale): Promise<OverlayCatalog> {
  const known = loaded.get(locale);
  if (known) return known;
  try {
    const path = `/locales/overlay-${locale}.json` as Parameters<typeof browser.runtime.getURL>[0]; // written at build time
    const response = await fetch(browser.runtime.getURL(path));
    const files = (await response.json()) as Record<string, Messages>;
    const catalog = buildCatalog({ ...english, ...files });
    loaded.set(locale, catalog);
    return catalog;
  } catch {
    return englishCatalog;
  }
}
