import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { format } from '../../locales/catalog';
import { localeIds, translator } from '../../locales';
import { formatMessage } from '../../locales/icu';
import { OVERLAY_FILES } from '../../locales/overlay-files';
import glossary from '../../locales/glossary.json' with { type: 'json' };

// The words: one term per thing in both languages (locales/glossary.json), no fact ids or
// hand-written "(s)" in what users read, and messages that ICU message format reads as intended.

const root = join(process.cwd(), 'locales');
const filesOf = (locale: string) => readdirSync(join(root, locale)).filter((name) => name.endsWith('.json'));
const texts = (locale: string) =>
  filesOf(locale).flatMap((file) =>
    Object.entries(JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as Record<string, string>).map(([key, text]) => ({ file, key, text })),
  );
const all = localeIds.flatMap((locale) => texts(locale).map((entry) => ({ locale, ...entry })));
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('glossary', () => {
  it('lists every term in both languages', () => {
    for (const term of glossary.terms) {
      expect(term.en, JSON.stringify(term)).not.toBe('');
      expect(term.zh_CN, JSON.stringify(term)).not.toBe('');
      for (const locale of localeIds) expect(Array.isArray(term.avoid[locale]), `${term.en}: avoid.${locale}`).toBe(true);
    }
  });

  for (const locale of localeIds) {
    it(`${locale}: no text uses a variant the glossary avoids`, () => {
      const found: string[] = [];
      for (const term of glossary.terms) {
        for (const variant of term.avoid[locale]) {
          // English: whole words (a "mini program" inside "MiniProgramInfo" is an identifier); Chinese: anywhere.
          const pattern = locale === 'en' ? new RegExp(`(?<![\\w-])${escape(variant)}(?![\\w-])`) : new RegExp(escape(variant));
          for (const { file, key, text } of texts(locale)) if (pattern.test(text)) found.push(`${file} ${key}: “${variant}” (say “${term[locale]}”)`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('catches a variant (the lint can fail)', () => {
    const pattern = new RegExp(`(?<![\\w-])${escape('Weixin Pay')}(?![\\w-])`);
    expect(pattern.test('Pay by Weixin Pay or card')).toBe(true);
    expect(pattern.test('Pay by WeChat Pay or card')).toBe(false);
  });
});

describe('user text', () => {
  it('carries no fact ids (F17, (F14)): they are for tests and sources, not users', () => {
    expect(all.filter(({ text }) => /\bF\d{2}\b/.test(text)).map(({ locale, file, key }) => `${locale}/${file} ${key}`)).toEqual([]);
  });

  it('has no hand-written plural "(s)": ICU plurals say it right', () => {
    expect(all.filter(({ text }) => /\w\(s\)/.test(text)).map(({ locale, file, key }) => `${locale}/${file} ${key}`)).toEqual([]);
  });

  it('parses as ICU message format everywhere, and a text without plural or select reads as the plain filler writes it', () => {
    for (const { locale, file, key, text } of all) {
      expect(() => new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }), `${locale}/${file} ${key}`).not.toThrow();
      if (/\{\w+\s*,/.test(text)) continue;
      const params = Object.fromEntries(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => [m[1], `<${m[1]}>`]));
      expect(formatMessage(text, params, locale), `${locale}/${file} ${key}`).toBe(format(text, params));
    }
  });

  it('keeps plurals and selects out of the content script’s texts (it fills {name} only, without the parser)', () => {
    const icu = all.filter(({ file, text }) => OVERLAY_FILES.includes(file.replace(/\.json$/, '')) && /\{\w+\s*,/.test(text));
    expect(icu.map(({ locale, file, key }) => `${locale}/${file} ${key}`)).toEqual([]);
  });

  it('says one and many right in English through ICU plurals', () => {
    const en = translator('en');
    expect(en('options.list.emails', { count: 1 })).toBe('1 email recorded');
    expect(en('options.list.emails', { count: 2 })).toBe('2 emails recorded');
    expect(en('options.exchange.imported', { count: 1, replaced: 0 })).toBe('Imported 1 profile; 0 replaced.');
    expect(en('overview.export.saved-ics', { file: 'a.ics', n: 3 })).toBe('Saved a.ics with 3 deadlines.');
    expect(translator('zh_CN')('options.list.emails', { count: 2 })).toContain('2');
  });

  it('shows a missing parameter as {name} instead of failing', () => {
    expect(formatMessage('{count, plural, one {# profile} other {# profiles}} in {file}', { count: 2 })).toBe(
      '{count, plural, one {# profile} other {# profiles}} in {file}',
    );
    expect(formatMessage('Saved {file}', {})).toBe('Saved {file}');
  });
});
