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

/** How deep texts may nest in parameters (a problem naming a field naming a kind): deeper is not ours. */
const MAX_DEPTH = 4;

function isParam(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length <= 100 && value.every((item) => isText(item, depth + 1));
  return isText(value, depth + 1);
}

function isText(value: unknown, depth: number): value is StorageText {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || key.length > 200) return false;
  if (params === undefined) return true;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return false;
  return Object.values(params).every((param) => isParam(param, depth));
}

/**
 * A well-formed storage text, checked all the way down: stored backups and problems are read back
 * from storage, where anything may be (`params: { x: null }` once made the whole backups list and
 * the profiles read fail).
 */
export function isStorageText(value: unknown): value is StorageText {
  return isText(value, 0);
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
  // Never throws: a malformed text (it passed no check) says so instead of breaking the reply it is in.
  if (!isStorageText(value)) return renderText(text('storage.problem.unreadable'), locale);
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
