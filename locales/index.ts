import { buildCatalog, type Messages } from './catalog';
import { formatMessage } from './icu';

// All extension text lives here, keyed; rules and checks carry keys, never sentences.
// One folder per language (locales/<locale>/*.json): every JSON file in a folder belongs to that
// language, so a new file needs no wiring here. The content script uses locales/overlay.ts instead,
// which bundles only the overlay's files.

export { defaultLocale, htmlLang, isLocale, localeIds, localeNames, type Locale } from './ids';
export { format, type Messages, type Translate } from './catalog';

const files = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' });

// Extension pages format through ICU message format (plurals, selects): ./icu.ts.
export const { locales, checkMessages, translator } = buildCatalog(files, (template, params, locale) => formatMessage(template, params, locale));
