import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeState, handleMessage } from '../../storage/service';
import { parseSettings, readSettings, recoverSettings, settingsSchema } from '../../storage/settings';
import { sampleBook } from '../support/sample-book.mjs';

// The badge's scope (a setting): the active client's pressing deadlines by default, every client's
// when the agency overview says so. Settings stored before the setting existed read as they were.

beforeEach(() => fakeBrowser.reset());

const NOW = Date.parse('2025-06-16T12:00:00Z');

async function seed(activeId: string) {
  const book = sampleBook(NOW, { activeId });
  await fakeBrowser.storage.local.set({ profiles: book.profiles, profiles$: { v: 1 }, progress: book.progress, progress$: { v: 1 } });
}

describe('badge scope', () => {
  it('counts the active client by default, and the whole book once set to all', async () => {
    await seed('jade-ridge');
    // Jade Ridge: the 45-day verification, overdue.
    expect(await badgeState(NOW)).toEqual({ count: 1, overdue: true });
    expect(await handleMessage({ type: 'settings.update', patch: { badgeScope: 'all' } })).toMatchObject({ ok: true });
    // Overdue: Jade Ridge, Harbour Tea; due within 3 days: Northwind, Kiwi Fresh, the MIIT SMS of 翠岭贸易.
    expect(await badgeState(NOW)).toEqual({ count: 5, overdue: true });
    await handleMessage({ type: 'settings.update', patch: { badgeScope: 'active' } });
    expect(await badgeState(NOW)).toEqual({ count: 1, overdue: true });
  });

  it('counts the whole book even with no active client', async () => {
    await seed('lion-city');
    expect(await badgeState(NOW)).toEqual({ count: 0, overdue: false });
    await handleMessage({ type: 'settings.update', patch: { badgeScope: 'all' } });
    expect((await badgeState(NOW)).count).toBe(5);
  });

  it('keeps the other settings when it changes, and refuses an unknown scope', async () => {
    await handleMessage({ type: 'settings.update', patch: { locale: 'zh_CN', presenter: true } });
    await handleMessage({ type: 'settings.update', patch: { badgeScope: 'all' } });
    expect(await readSettings()).toEqual({ panelCollapsed: false, locale: 'zh_CN', presenter: true, badgeScope: 'all' });
    expect(await handleMessage({ type: 'settings.update', patch: { badgeScope: 'everyone' } })).toMatchObject({ ok: false });
    expect((await readSettings()).badgeScope).toBe('all');
  });

  it('reads settings stored before the setting existed without a problem, as the active-client badge', () => {
    const old = { panelCollapsed: true, locale: 'en', presenter: false };
    expect(recoverSettings(old).problems).toEqual([]);
    expect(parseSettings(old).badgeScope).toBeUndefined();
    expect(settingsSchema.parse({ ...old, badgeScope: 'all' })).toStrictEqual(parseSettings({ ...old, badgeScope: 'all' }));
    expect(parseSettings({ ...old, badgeScope: 'nobody' })).toStrictEqual(parseSettings(old));
  });
});
