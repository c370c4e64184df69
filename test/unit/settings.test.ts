import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../storage/service';
import { defaultSettings, parseSettings, readSettings, settingsItem, settingsMigrations } from '../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to English, whatever the browser language', () => {
    expect(defaultSettings).toEqual({ panelCollapsed: false, locale: 'en' });
  });

  it('fall back field by field: a bad locale never survives, a good one always does', () => {
    expect(parseSettings({ panelCollapsed: true, locale: 'zh_CN' })).toEqual({ panelCollapsed: true, locale: 'zh_CN' });
    expect(parseSettings({ panelCollapsed: true, locale: 'fr' })).toEqual({ panelCollapsed: true, locale: 'en' });
    expect(parseSettings({ panelCollapsed: 'yes', locale: 'zh_CN' })).toEqual({ panelCollapsed: false, locale: 'zh_CN' });
    expect(parseSettings({ locale: 'zh-CN' })).toEqual(defaultSettings);
    for (const junk of [null, undefined, 'zh_CN', 42, []]) expect(parseSettings(junk)).toEqual(defaultSettings);
  });

  it('migrate v1 (no locale) to v2 in English, keeping the panel state', async () => {
    expect(settingsMigrations[2]({ panelCollapsed: true })).toEqual({ panelCollapsed: true, locale: 'en' });
    await fakeBrowser.storage.local.set({ settings: { panelCollapsed: true }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({ settings: { panelCollapsed: true, locale: 'en' }, settings$: { v: 2 } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, locale: 'en' });
  });

  it('remember the language through the background, and a patch of one setting keeps the others', async () => {
    expect(await handleMessage({ type: 'settings.update', patch: { locale: 'zh_CN' } })).toMatchObject({ ok: true });
    expect(await readSettings()).toEqual({ panelCollapsed: false, locale: 'zh_CN' });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, locale: 'zh_CN' });
  });

  it('refuse an unknown language', async () => {
    expect(await handleMessage({ type: 'settings.update', patch: { locale: 'fr' } })).toMatchObject({ ok: false });
    expect((await readSettings()).locale).toBe('en');
  });
});
