import { buildCatalog, type Messages } from '../locales/catalog';
import { formatMessage } from '../locales/icu';
import en from '../locales/en/storage.json' with { type: 'json' };
import zhCN from '../locales/zh_CN/storage.json' with { type: 'json' };
import type { Locale } from '../locales/ids';

// Every sentence the storage layer produces (problems found in stored data, backup reasons, refusals)
// is a key into locales/<language>/storage.json with its parameters, never English: problems and
// backups are stored as keys and put into words when they are shown, in the language chosen then.
// Only the storage files are bundled here, so the background stays small.

/** A list of texts is joined with the language's separator ("; " or "；"). */
export type TextParam = string | number | StorageText | readonly StorageText[];
export interface StorageText {
  key: string;
  params?: Record<string, TextParam>;
}

export const text = (key: string, params?: Record<string, TextParam>): StorageText => (params ? { key, params } : { key });

export function isStorageText(value: unknown): value is StorageText {
  return !!value && typeof value === 'object' && typeof (value as StorageText).key === 'string';
}

// Imported by name, not by glob: the browser tests import storage modules in Node too. A new
// language adds its storage.json here (test/unit/locales.test.ts fails until every language has one).
const files: Record<string, Messages> = { './en/storage.json': en, './zh_CN/storage.json': zhCN };
const { translator, locales } = buildCatalog(files, (template, params, locale) => formatMessage(template, params, locale));

/** True when `key` is one of the storage layer's texts (stored backups may carry older English reasons). */
export const isTextKey = (key: string): boolean => key in locales.en;

/** The words of a storage text in one language; a plain string (stored by an older version) as it is. */
export function renderText(value: StorageText | string, locale: Locale = 'en'): string {
  if (typeof value === 'string') return value;
  const t = translator(locale);
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value.params ?? {})) {
    params[name] = Array.isArray(param)
      ? (param as readonly StorageText[]).map((item) => renderText(item, locale)).join(t('storage.separator'))
      : typeof param === 'object'
        ? renderText(param as StorageText, locale)
        : (param as string | number);
  }
  return t(value.key, params);
}
