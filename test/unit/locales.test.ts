import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessages, localeIds, locales, translator } from '../../locales';

// Every text exists in every language with the same {placeholders}. Reads the folders on disk (not
// locales/index.ts), so a file added to locales/en/ is demanded in every other locale too.

const root = join(process.cwd(), 'locales');
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const filesOf = (locale: string) =>
  readdirSync(join(root, locale))
    .filter((name) => name.endsWith('.json'))
    .sort();
const read = (locale: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
/** The names of a text's {placeholders}; a translation may use one twice or reorder them, but never drop or invent one. */
const placeholders = (text: string) => [...new Set(Array.from(text.matchAll(/\{(\w+)\s*[,}]/g), (m) => m[1]))].sort(); // {name} and ICU's {name, plural, …}
const others = localeIds.filter((locale) => locale !== 'en');
/** Texts that read the same in every language: names, codes, and the bilingual language label. */
const SAME_EVERYWHERE = new Set(['panel.brand', 'popup.brand', 'options.brand', 'language.label']);
const HAN = /\p{Script=Han}/u;

describe('locales', () => {
  it('has one folder per language, each with the same files', () => {
    expect(folders).toEqual([...localeIds].sort());
    expect(filesOf('en').length).toBeGreaterThan(0);
    for (const locale of others) expect(filesOf(locale), locale).toEqual(filesOf('en'));
  });

  it.each(filesOf('en'))('%s: every key in every language, with the same placeholders', (file) => {
    const english = read('en', file);
    for (const locale of others) {
      const translated = read(locale, file);
      expect(
        Object.keys(translated).filter((key) => !(key in english)),
        `${locale}/${file}: keys English lacks`,
      ).toEqual([]);
      expect(
        Object.keys(english).filter((key) => !(key in translated)),
        `${locale}/${file}: keys missing`,
      ).toEqual([]);
      for (const [key, text] of Object.entries(english)) {
        const other = translated[key];
        expect(typeof other === 'string' && other.trim() !== '', `${locale}/${file}: ${key} is empty`).toBe(true);
        expect(placeholders(String(other)), `${locale}/${file}: ${key}`).toEqual(placeholders(String(text)));
      }
    }
  });

  it.each(filesOf('en'))('%s: the Chinese texts are translations, not English copies', (file) => {
    const english = read('en', file);
    const chinese = read('zh_CN', file);
    const wordy = (text: string) => /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, ''));
    const untranslated = Object.keys(english).filter((key) => !SAME_EVERYWHERE.has(key) && wordy(String(english[key])) && !HAN.test(String(chinese[key])));
    expect(untranslated).toEqual([]);
  });

  it('puts every key in one file only (the files of a language are merged)', () => {
    for (const locale of localeIds) {
      const owner = new Map<string, string>();
      for (const file of filesOf(locale).filter((name) => name !== 'checks.json')) {
        for (const key of Object.keys(read(locale, file))) {
          expect(owner.get(key), `${locale}: ${key} in ${owner.get(key)} and ${file}`).toBeUndefined();
          owner.set(key, file);
        }
      }
    }
  });

  it('loads every file of every language into the translator, without falling back to English', () => {
    for (const locale of localeIds) {
      for (const file of filesOf(locale)) {
        const table = file === 'checks.json' ? checkMessages[locale] : locales[locale];
        for (const [key, text] of Object.entries(read(locale, file))) expect(table[key], `${locale}/${file}: ${key}`).toBe(text);
      }
    }
  });

  it('translates at run time and fills placeholders; an unknown language gets English, an unknown key itself', () => {
    const en = translator('en');
    const zh = translator('zh_CN');
    expect(zh.locale).toBe('zh_CN');
    expect(en('panel.fields-found', { found: 4 })).toBe('Fields explained on this page: 4');
    expect(zh('panel.fields-found', { found: 4 })).toBe('本页已解释的字段：4 个');
    expect(zh('field.email.name')).toBe('邮箱（登录帐号）');
    expect(zh('no.such.key')).toBe('no.such.key');
    // An unknown language falls back to English as a whole.
    const unknown = translator('xx' as never);
    expect(unknown.locale).toBe('en');
    expect(unknown('panel.needs')).toBe('What this step needs');
  });
});
