import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localisedManifest } from '../../packaging/manifest';

// The manifest's own texts (store listing name, short description, toolbar button title) in
// public/_locales: every language has every message, within the stores' length limits.

type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const locales = { en: read('en'), zh_CN: read('zh_CN') };
const referenced = [...readFileSync('packaging/manifest.ts', 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

describe('store locales', () => {
  it('English is the default and every referenced message exists in both languages', () => {
    expect(localisedManifest.default_locale).toBe('en');
    expect(new Set(referenced)).toEqual(new Set(['extName', 'extShortName', 'extDescription', 'actionTitle']));
    for (const messages of Object.values(locales)) {
      expect(Object.keys(messages).sort()).toEqual([...new Set(referenced)].sort());
      for (const { message } of Object.values(messages)) expect(message.trim()).not.toBe('');
    }
  });

  it('the Chinese texts are Chinese, not copies of the English', () => {
    for (const key of ['extDescription', 'actionTitle']) {
      expect(locales.zh_CN[key]!.message).not.toBe(locales.en[key]!.message);
      expect(locales.zh_CN[key]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fits the stores’ limits (name 50 on addons.mozilla.org, short name 12, description 132 on Chrome)', () => {
    for (const messages of Object.values(locales)) {
      expect([...messages.extName!.message].length).toBeLessThanOrEqual(50);
      expect([...messages.extShortName!.message].length).toBeLessThanOrEqual(12);
      expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
    }
  });
});
