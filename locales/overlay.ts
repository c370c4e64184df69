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

// As text, parsed when the guide starts: a string is cheaper for the browser to compile than the same
// texts as object literals, which matters because an injected script is compiled afresh in every new
// tab (docs/performance.md; about 10 ms of the guide's start on the stress page, two runs).
const englishFiles = import.meta.glob<string>('./en/{checks,console-messages,email-code,fields,guide,guide-console,guide-verify,page-texts,presenter}.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const english = Object.fromEntries(Object.entries(englishFiles).map(([path, text]) => [path, JSON.parse(text) as Messages]));

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
