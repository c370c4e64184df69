import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../storage/service';
import { defaultSettings, parseSettings, readSettings } from '../../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('the presenter-mode setting', () => {
  it('is off unless switched on, also in settings stored before it existed', () => {
    expect(defaultSettings.presenter).toBe(false);
    expect(parseSettings({ panelCollapsed: true, locale: 'zh_CN' }).presenter).toBe(false);
    expect(parseSettings({ panelCollapsed: true, presenter: 'yes' }).presenter).toBe(false);
    expect(parseSettings({ presenter: true })).toEqual({ ...defaultSettings, presenter: true });
  });

  it('changes alone: switching it keeps the panel and the language as they were, and the other way round', async () => {
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true, locale: 'zh_CN' } });
    await handleMessage({ type: 'settings.update', patch: { presenter: true } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, locale: 'zh_CN', presenter: true });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: false } });
    expect(await readSettings()).toEqual({ panelCollapsed: false, locale: 'zh_CN', presenter: true });
  });
});
