import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../storage/service';
import { defaultSettings, parseSettings, readSettings } from '../../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('the presenter-mode setting', () => {
  it('is off unless switched on, also in settings stored before it existed', () => {
    expect(defaultSettings.presenter).toBe(false);
    expect(parseSettings({ panelCollapsed: true })).toEqual({ panelCollapsed: true, presenter: false });
    expect(parseSettings({ panelCollapsed: true, presenter: 'yes' })).toEqual({ panelCollapsed: true, presenter: false });
    expect(parseSettings({ presenter: true })).toEqual({ panelCollapsed: false, presenter: true });
  });

  it('changes alone: switching it keeps the panel as it was, and the other way round', async () => {
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } });
    await handleMessage({ type: 'settings.update', patch: { presenter: true } });
    expect(await readSettings()).toEqual({ panelCollapsed: true, presenter: true });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: false } });
    expect(await readSettings()).toEqual({ panelCollapsed: false, presenter: true });
  });
});
