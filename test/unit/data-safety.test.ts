import { storage } from '@wxt-dev/storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_BACKUP_BYTES, MAX_BACKUPS, storedSize, withBackup } from '../../storage/backups';
import { fetchProfiles } from '../../storage/client';
import { exportProfiles, parseImport } from '../../storage/exchange';
import { backupsItem, type Backup } from '../../storage/items';
import type { Profile, ProfilesState } from '../../storage/profiles';
import type { ProgressState } from '../../storage/progress';
import { STORAGE_FULL_MESSAGE } from '../../storage/safe-store';
import { handleMessage } from '../../storage/service';

// Data safety: corrupted, foreign-version and oversized stored data is backed up, recovered as far
// as possible and explained; nothing is dropped silently; a full quota is a clear message.

const AT = '2025-01-02T03:04:05.000Z';
const local = () => fakeBrowser.storage.local;

async function save(label: string, extra: Partial<Profile> = {}): Promise<Profile> {
  const reply = await handleMessage({ type: 'profiles.save', profile: { label, ...extra } });
  expect(reply).toMatchObject({ ok: true });
  return reply.profile as Profile;
}
const view = () => handleMessage({ type: 'profiles.get' });
const profiles = async () => (await view()).state as ProfilesState;
const backups = async () => (await handleMessage({ type: 'backups.list' })).backups as { id: string; reason: string; kind: string; unreadable: boolean }[];
const rawBackups = async () => (await backupsItem.getValue()) as Backup[];

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('stored data from another version', () => {
  // Guards the version check in storage/safe-store.ts: without it, data a newer version wrote is
  // read as v1, its unknown fields stripped by zod and written back: lost without a word.
  it('backs up data a newer version wrote (after a downgrade) whole, keeps what it can read and explains', async () => {
    const raw = {
      profiles: [{ id: 'p-1', label: 'Acme HK', companyName: 'ACME LIMITED', createdAt: AT, updatedAt: AT, wechatPayMerchantId: '1900000109' }],
      activeId: 'p-1',
      folders: [{ name: 'HK clients' }],
    };
    await local().set({ profiles: raw, profiles$: { v: 2 } });
    const reply = await view();
    expect((reply.state as ProfilesState).profiles).toMatchObject([{ id: 'p-1', label: 'Acme HK', companyName: 'ACME LIMITED' }]);
    expect((reply.problems as string[])[0]).toMatch(/newer version of MP Console Guide \(data version 2; this version reads version 1\)/);
    expect(reply.problems).toEqual(expect.arrayContaining([expect.stringMatching(/"folders"/), expect.stringMatching(/Profile 1 .*"wechatPayMerchantId"/)]));
    const [backup] = await rawBackups();
    expect(backup).toMatchObject({ kind: 'profiles', unreadable: true, version: 2, data: raw });
    // Written back as this version's data, under this version's number.
    expect((await local().get('profiles$'))['profiles$']).toEqual({ v: 1 });
  });

  it('treats an unknown version the same way', async () => {
    await local().set({ progress: { clients: [] }, progress$: { v: 'beta' } });
    await handleMessage({ type: 'progress.get' });
    expect((await view()).problems).toEqual([expect.stringMatching(/stored progress carry an unknown data version \("beta"\)/)]);
    expect((await rawBackups())[0]).toMatchObject({ kind: 'progress', version: 'beta' });
  });

  it('keeps fields it does not know in a backup even when the version says nothing', async () => {
    const raw = { clients: [{ profileId: 'p-1', steps: {}, invoices: ['2025-001'] }] };
    await local().set({ progress: raw });
    const reply = await handleMessage({ type: 'progress.get' });
    expect(reply.problems).toEqual([expect.stringMatching(/"invoices"/)]);
    expect((await rawBackups())[0]!.data).toEqual(raw);
  });

  // Why the service checks versions itself: @wxt-dev/storage only compares them inside migrate(),
  // which runs only when an item has migrations, and then a downgrade is logged, not reported.
  it('(library behaviour) @wxt-dev/storage throws on a downgrade only from migrate(); readers get the raw value', async () => {
    await local().set({ sample: { newer: true }, sample$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = storage.defineItem<unknown>('local:sample', { version: 1, migrations: {} });
    await expect(item.migrate()).rejects.toThrow(/Version downgrade detected \(v3 -> v1\)/);
    expect(await item.getValue()).toEqual({ newer: true });
    const plain = storage.defineItem<unknown>('local:sample', { version: 1 });
    expect(await plain.getValue()).toEqual({ newer: true });
  });
});

describe('problems found in stored data are explained until the user has seen them', () => {
  // Guards the problems store: the first reader is usually a console tab, which shows nothing;
  // without it the options page never learns that anything was repaired.
  it('keeps problems found by any reader for the options page, until dismissed', async () => {
    await local().set({ progress: 'garbage', settings: { panelCollapsed: 'yes' } });
    await handleMessage({ type: 'progress.get' }); // the popup read it first
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } }); // a console tab wrote
    const first = await view();
    expect(first.problems).toEqual([expect.stringMatching(/progress was not in a known shape/), expect.stringMatching(/settings could not be read/)]);
    expect((await backups()).map((b) => b.kind).sort()).toEqual(['progress', 'settings']);
    expect((await view()).problems).toHaveLength(2);
    await handleMessage({ type: 'problems.dismiss' });
    expect((await view()).problems).toEqual([]);
  });

  it('backs up and repairs damaged settings, keeping what it can read', async () => {
    const raw = { panelCollapsed: true, theme: 'dark' };
    await local().set({ settings: raw });
    const reply = await handleMessage({ type: 'settings.update', patch: {} });
    expect(reply).toMatchObject({ ok: true, settings: { panelCollapsed: true } });
    expect((await rawBackups())[0]).toMatchObject({ kind: 'settings', unreadable: true, data: raw });
    expect((await local().get('settings')).settings).toEqual({ panelCollapsed: true, locale: 'en', presenter: false });
  });

  it('restores a settings backup as settings, not as profiles', async () => {
    await local().set({ settings: { panelCollapsed: true, theme: 'dark' } });
    await save('Acme HK');
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: false } });
    const backup = (await backups()).find((b) => b.kind === 'settings')!;
    const before = await profiles();
    expect(await handleMessage({ type: 'backups.restore', id: backup.id })).toMatchObject({ ok: true, settings: { panelCollapsed: true } });
    expect(await profiles()).toEqual(before);
  });
});

describe('backups', () => {
  const big = (id: string, bytes: number, extra: Partial<Backup> = {}): Backup => ({
    id,
    at: AT,
    reason: 'before importing',
    kind: 'profiles',
    data: id + 'x'.repeat(bytes),
    ...extra,
  });

  // Guards the size budget (bug b): every backup is a full copy; ten of them can fill the 10 MB quota.
  it("drops the oldest until the new one fits, keeping the newest and unreadable data's only copy", () => {
    const unreadable = big('u', 1_500_000, { unreadable: true, reason: 'unreadable stored profiles (kept as they were)' });
    const existing = [big('b3', 1_500_000), unreadable, big('b2', 1_500_000), big('b1', 1_500_000)];
    const { kept, dropped } = withBackup(existing, big('new', 1_500_000));
    expect(kept.map((b) => b.id)).toEqual(['new', 'u']);
    expect(dropped.map((b) => b.id)).toEqual(['b3', 'b2', 'b1']);
    expect(kept.reduce((sum, b) => sum + storedSize(b), 0)).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    // The newest is kept even when it alone is over the budget.
    expect(withBackup(existing, big('huge', MAX_BACKUP_BYTES * 2)).kept.map((b) => b.id)).toEqual(['huge', 'u']);
  });

  it('lets an unreadable backup go only when a newer kept backup holds the same data', () => {
    const copy = (id: string) => big(id, 10, { unreadable: true, data: 'same' });
    expect(withBackup([copy('old')], copy('new'), { count: 1, bytes: MAX_BACKUP_BYTES }).kept.map((b) => b.id)).toEqual(['new']);
    expect(withBackup([big('other', 10, { unreadable: true })], copy('new'), { count: 1, bytes: MAX_BACKUP_BYTES }).kept.map((b) => b.id)).toEqual([
      'new',
      'other',
    ]);
  });

  it('keeps the stored backups within the budget across many large imports', { timeout: 60_000 }, async () => {
    await local().set({ profiles: { profiles: 'broken' } });
    await view(); // an unreadable-data backup, first
    const notes = 'n'.repeat(19_000);
    for (let i = 0; i < 8; i++) {
      const many = Array.from({ length: 50 }, (_, j) => ({ id: `p-${i}-${j}`, label: `Client ${i}-${j}`, notes, createdAt: AT, updatedAt: AT }));
      expect(await handleMessage({ type: 'profiles.import', text: exportProfiles(profilesOf(many)), confirmOverwrite: true })).toMatchObject({ ok: true });
    }
    const stored = await rawBackups();
    expect(stored.length).toBeLessThanOrEqual(MAX_BACKUPS);
    const total = stored.reduce((sum, b) => sum + storedSize(b), 0);
    expect(total).toBeLessThanOrEqual(MAX_BACKUP_BYTES + storedSize(stored[0]));
    expect(stored.some((b) => b.unreadable && (b.data as { profiles: string }).profiles === 'broken')).toBe(true);
  });

  // Guards bug d: the options page shows each backup's kind and restores it as that kind.
  it('lists each backup with its kind', async () => {
    const acme = await save('Acme HK');
    await save('Beta');
    await handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'fee', done: true });
    await handleMessage({ type: 'profiles.delete', id: acme.id });
    expect((await backups()).map((b) => [b.kind, b.reason])).toEqual([
      ['progress', 'progress, before deleting a profile'],
      ['profiles', 'before deleting a profile'],
    ]);
  });

  // Guards the quota handling (bug b): a full quota changes nothing and says what to do.
  it('answers a full quota with a clear message and changes nothing', async () => {
    const acme = await save('Acme HK');
    const realSet = local().set.bind(local());
    vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      if ('profiles' in (items as object)) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const reply = await handleMessage({ type: 'profiles.save', profile: { id: acme.id, label: 'Acme HK', companyName: 'Changed' } });
    expect(reply).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
    vi.restoreAllMocks();
    expect((await profiles()).profiles[0]!.companyName).toBe('');
  });

  it('makes room from droppable backups when the browser says storage is full, and refuses the change when even that fails', async () => {
    const acme = await save('Acme HK');
    await save('Beta');
    await handleMessage({ type: 'profiles.delete', id: acme.id }); // an ordinary backup exists now
    const realSet = local().set.bind(local());
    let limit = 1; // the backups list may hold one entry
    vi.spyOn(local(), 'set').mockImplementation(async (items) => {
      const list = (items as { backups?: unknown[] }).backups;
      if (list && list.length > limit) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    expect(await handleMessage({ type: 'profiles.import', text: exportProfiles(profilesOf([{ id: 'p-x', label: 'X' }])) })).toMatchObject({ ok: true });
    expect((await backups()).map((b) => b.reason)).toEqual(['before importing 1 profile']);
    limit = 0;
    const before = await profiles();
    const backupsBefore = await rawBackups();
    expect(await handleMessage({ type: 'profiles.import', text: exportProfiles(profilesOf([{ id: 'p-y', label: 'Y' }])) })).toEqual({
      ok: false,
      error: STORAGE_FULL_MESSAGE,
    });
    expect(await profiles()).toEqual(before);
    expect(await rawBackups()).toEqual(backupsBefore);
  });

  it('still shows readable profiles when storage is too full to back up unreadable ones, and leaves them as they were', async () => {
    const raw = { profiles: [{ id: 'p-1', label: 'Acme', createdAt: AT, updatedAt: AT }, { id: 'bad id!' }], activeId: 'p-1' };
    await local().set({ profiles: raw });
    vi.spyOn(local(), 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await view();
    expect(reply).toMatchObject({ ok: true, state: { profiles: [{ id: 'p-1' }] } });
    expect(await handleMessage({ type: 'profiles.save', profile: { label: 'New' } })).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
    vi.restoreAllMocks();
    expect((await local().get('profiles')).profiles).toEqual(raw);
  });
});

describe('import', () => {
  // Guards bug a: replacing the active profile by label must not switch the active client.
  it('keeps the active client active when an import replaces it by label, and moves its progress along', async () => {
    await save('Alpha');
    const beta = await save('Beta HK');
    await handleMessage({ type: 'profiles.activate', id: beta.id });
    await handleMessage({ type: 'progress.mark', profileId: beta.id, step: 'fee', done: true });
    const incoming = profilesOf([{ id: 'p-from-colleague', label: 'beta hk', companyName: 'BETA (HK) LIMITED' }]);
    expect(await handleMessage({ type: 'profiles.import', text: exportProfiles(incoming), confirmOverwrite: true })).toMatchObject({ ok: true, replaced: 1 });
    const state = await profiles();
    expect(state.activeId).toBe('p-from-colleague');
    expect(state.profiles.find((p) => p.id === state.activeId)?.companyName).toBe('BETA (HK) LIMITED');
    const progress = (await handleMessage({ type: 'progress.get' })).progress as ProgressState;
    expect(progress.clients.map((c) => [c.profileId, Object.keys(c.steps)])).toEqual([['p-from-colleague', ['fee']]]);
  });

  // Guards bug f: the limit is in bytes; 2 million Chinese characters are 6 MB on disk.
  it('measures the file size in bytes, not characters', () => {
    const text = `{"note":"${'公'.repeat(2_000_000)}"}`;
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const parsed = parseImport(text);
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/too large \(5\.7 MB\)/) });
  });
});

describe('profile saves', () => {
  // Guards bug e: the error names the field.
  it('names the field a refused profile got wrong', async () => {
    expect(await handleMessage({ type: 'profiles.save', profile: { label: ' ' } })).toEqual({ ok: false, error: 'label: a client label is required' });
    expect(await handleMessage({ type: 'profiles.save', profile: { label: 'Acme', countryRegion: 'hk' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^countryRegion: /),
    });
  });

  // Guards the three-way merge (storage/merge-save.ts): a form opened before a console tab recorded
  // a taken email and the AppID, and before the popup edited the notes, must not put the old values back.
  it('keeps what others wrote while a form was open, and applies what the user changed', async () => {
    const acme = await save('Acme HK', { emails: [{ address: 'old@acme.example', status: 'used', at: AT }] });
    const { id: _id, createdAt: _c, updatedAt: _u, ...base } = acme;
    await handleMessage({ type: 'emails.record', address: 'taken@acme.example', status: 'taken' });
    await handleMessage({ type: 'profiles.notes', id: acme.id, notes: 'from the popup' });
    await handleMessage({
      type: 'progress.report',
      page: 'home.guide',
      signals: ['appid:seen'],
      url: 'https://mp.weixin.qq.com/wxamp/home/guide?lang=zh_CN',
      appId: 'wx1234567890abcdef',
    });
    const draft = {
      ...base,
      id: acme.id,
      companyName: 'ACME LIMITED',
      emails: [...base.emails, { address: 'new@acme.example', status: 'used' as const, at: AT }],
    };
    expect(await handleMessage({ type: 'profiles.save', profile: draft, base })).toMatchObject({ ok: true });
    const saved = (await profiles()).profiles[0]!;
    expect(saved).toMatchObject({ companyName: 'ACME LIMITED', notes: 'from the popup', appId: 'wx1234567890abcdef' });
    expect(saved.emails.map((e) => `${e.address} ${e.status}`).sort()).toEqual(['new@acme.example used', 'old@acme.example used', 'taken@acme.example taken']);
    // Removing an email in the form still removes it.
    const { id: _i, createdAt: _c2, updatedAt: _u2, ...base2 } = saved;
    await handleMessage({
      type: 'profiles.save',
      profile: { ...base2, id: acme.id, emails: base2.emails.filter((e) => !e.address.startsWith('old')) },
      base: base2,
    });
    expect((await profiles()).profiles[0]!.emails.map((e) => e.address)).not.toContain('old@acme.example');
  });
});

describe('fetchProfiles', () => {
  // Guards bug c: "the background did not answer" is not "your data is unreadable".
  it('tells an unreachable background from problems in the stored data', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    spy.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await fetchProfiles()).toMatchObject({ problems: [], error: { kind: 'unreachable', detail: expect.stringMatching(/Receiving end/) } });
    spy.mockResolvedValueOnce(undefined);
    expect((await fetchProfiles()).error?.kind).toBe('unreachable');
    spy.mockResolvedValueOnce({ ok: false, error: 'unknown message' } as never);
    expect((await fetchProfiles()).error).toEqual({ kind: 'failed', detail: 'unknown message' });
    spy.mockResolvedValueOnce({ ok: true, state: { profiles: [], activeId: null }, problems: ['Profile 2 could not be read.'] } as never);
    const fetched = await fetchProfiles();
    expect(fetched.error).toBeUndefined();
    expect(fetched.problems).toEqual(['Profile 2 could not be read.']);
  });
});

function profilesOf(list: { id: string; label: string; [key: string]: unknown }[]): Profile[] {
  return list.map(
    (p) =>
      ({
        companyName: '',
        registrationNumber: '',
        countryRegion: '',
        entityType: 'company',
        hasVerifiedOfficialAccount: false,
        officialAccountEmail: '',
        emails: [],
        appId: '',
        originalId: '',
        notes: '',
        createdAt: AT,
        updatedAt: AT,
        ...p,
      }) as Profile,
  );
}
