import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localeForLanguage } from '../../locales/ids';
import { adoptBrowserLanguage, handleMessage } from '../../storage/service';
import { migrate } from '../../storage/migrations';
import { defaultSettings, parseSettings, readSettings, settingsSchema } from '../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to English until the first run has read the browser language', () => {
    expect(defaultSettings).toEqual({ panelCollapsed: false, locale: 'en', presenter: false });
  });

  it('take the browser language on first run only: zh browsers get 简体中文, a stored choice wins', async () => {
    expect(['zh-CN', 'zh', 'zh-TW', 'zh_HK', 'en-US', 'ja', '', undefined].map(localeForLanguage)).toEqual([
      'zh_CN',
      'zh_CN',
      'zh_CN',
      'zh_CN',
      'en',
      'en',
      'en',
      'en',
    ]);
    await adoptBrowserLanguage('en-GB');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({}); // nothing to store for the default
    await adoptBrowserLanguage('zh-CN');
    expect((await readSettings()).locale).toBe('zh_CN');
    await handleMessage({ type: 'settings.update', patch: { locale: 'en' } });
    await adoptBrowserLanguage('zh-CN');
    expect((await readSettings()).locale).toBe('en');
  });

  it('fall back field by field: a bad locale never survives, a good one always does', () => {
    expect(parseSettings({ panelCollapsed: true, locale: 'zh_CN', presenter: false })).toEqual({ panelCollapsed: true, locale: 'zh_CN', presenter: false });
    expect(parseSettings({ panelCollapsed: true, locale: 'fr' })).toEqual({ panelCollapsed: true, locale: 'en', presenter: false });
    expect(parseSettings({ panelCollapsed: 'yes', locale: 'zh_CN' })).toEqual({ panelCollapsed: false, locale: 'zh_CN', presenter: false });
    expect(parseSettings({ locale: 'zh-CN' })).toEqual(defaultSettings);
    for (const junk of [null, undefined, 'zh_CN', 42, []]) expect(parseSettings(junk)).toEqual(defaultSettings);
  });

  it('migrate v1 (no locale) to v2 in English, keeping the panel state', async () => {
    expect(migrate('settings', { panelCollapsed: true }, 1)).toEqual({ panelCollapsed: true, locale: 'en' });
    await fakeBrowser.storage.local.set({ settings: { panelCollapsed: true }, settings$: { v: 1 } });
    // The background migrates when it reads: no problem to report, no backup, recorded as v2.
    expect(await handleMessage({ type: 'profiles.get' })).toMatchObject({ ok: true, problems: [] });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$', 'backups'])).toEqual({
      settings: { panelCollapsed: true, locale: 'en', presenter: false },
      settings$: { v: 2 },
    });
    expect(await readSettings()).toEqual({ panelCollapsed: true, locale: 'en', presenter: false });
  });

  it('remember the language through the background, and a patch of one setting keeps the others', async () => {
    expect(await handleMessage({ type: 'settings.update', patch: { locale: 'zh_CN' } })).toMatchObject({ ok: true });
    expect(await readSettings()).toEqual({ panelCollapsed: false, locale: 'zh_CN', presenter: false });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, locale: 'zh_CN', presenter: false });
  });

  it('refuse an unknown language', async () => {
    expect(await handleMessage({ type: 'settings.update', patch: { locale: 'fr' } })).toMatchObject({ ok: false });
    expect((await readSettings()).locale).toBe('en');
  });
});

describe('parseSettings and the schema', () => {
  // The content script reads settings with a hand-written reader (no zod in its bundle): it must
  // agree with the schema wherever the schema accepts a value, and fall back field by field elsewhere.
  it('reads what the schema reads', () => {
    for (const raw of [
      { panelCollapsed: true, locale: 'en', presenter: false },
      { panelCollapsed: false, locale: 'zh_CN', presenter: false },
      { panelCollapsed: true, locale: 'en', presenter: true, extra: 1 },
    ]) {
      expect(parseSettings(raw)).toStrictEqual(settingsSchema.parse(raw));
    }
  });

  it('agrees with the schema on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = settingsSchema.safeParse(raw);
        if (parsed.success) expect(parseSettings(raw)).toStrictEqual(parsed.data);
        else expect(typeof parseSettings(raw).panelCollapsed).toBe('boolean');
      }),
    );
  });
});
