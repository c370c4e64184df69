import { IntlMessageFormat } from 'intl-messageformat';
import { format } from './catalog';
import { htmlLang, type Locale } from './ids';

// ICU message format (plurals, selects: "{count, plural, one {# profile} other {# profiles}}") for
// the extension's own pages: popup, options, overview, the background's texts. Messages are parsed
// once per language and text. The content script keeps the plain {name} filler of ./catalog.ts (the
// parser would cost it 11 kB gzipped; test/unit/glossary.test.ts keeps ICU out of its files).

const cache = new Map<string, IntlMessageFormat | null>();

/** The message with its params; a message that does not parse, or lacks a param, falls back to the plain filler. */
export function formatMessage(template: string, params: Record<string, string | number> = {}, locale: Locale = 'en'): string {
  if (!template.includes('{')) return template;
  const key = `${locale}\u0000${template}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    try {
      compiled = new IntlMessageFormat(template, htmlLang[locale], undefined, { ignoreTag: true }); // "<company>" is text, not a tag
    } catch {
      compiled = null;
    }
    cache.set(key, compiled);
  }
  if (compiled) {
    try {
      return String(compiled.format(params));
    } catch {
      // a missing param: shown as {name} below, so the gap is noticed
    }
  }
  return format(template, params);
}
