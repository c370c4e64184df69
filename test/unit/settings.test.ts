import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../storage/service';
import { defaultSettings, parseSettings, readSettings, settingsPatchSchema, settingsSchema } from '../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start with presenter mode off', () => {
    expect(defaultSettings.presenter).toBe(false);
    // Settings stored before presenter mode existed read as off.
    expect(parseSettings({ panelCollapsed: true })).toEqual({ panelCollapsed: true, presenter: false });
  });

  it('change only the settings an update names', async () => {
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } });
    await handleMessage({ type: 'settings.update', patch: { presenter: true } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, presenter: true });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: false } });
    expect(await readSettings()).toEqual({ panelCollapsed: false, presenter: true });
  });

  it('accept an update of any setting there is', () => {
    expect(Object.keys(settingsPatchSchema.shape).sort()).toEqual(Object.keys(settingsSchema.shape).sort());
  });
});
