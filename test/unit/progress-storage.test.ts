import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { replicas } from '../../replicas/replicas.mjs';
import { documentChecklists } from '../../rules/documents';
import { backupsItem, profilesItem, progressItem } from '../../storage/items';
import type { Profile, ProfilesState } from '../../storage/profiles';
import { recoverProgressState, type ProgressState } from '../../storage/progress';
import { badgeState, handleMessage } from '../../storage/service';

const NOW = '2025-05-01T02:00:00.000Z';
const CONSOLE = 'https://mp.weixin.qq.com/wxopen/waregister?action=step1&token=987654321&lang=zh_CN';

async function save(label: string, extra: Partial<Profile> = {}): Promise<Profile> {
  const reply = await handleMessage({ type: 'profiles.save', profile: { label, ...extra } });
  expect(reply.ok).toBe(true);
  return reply.profile as Profile;
}
const profiles = async () => (await handleMessage({ type: 'profiles.get' })).state as ProfilesState;
const progress = async () => (await handleMessage({ type: 'progress.get' })).progress as ProgressState;
const stepsOf = async (id: string) => (await progress()).clients.find((c) => c.profileId === id)?.steps ?? {};
/** Each page reports from its own console URL (the replica's, with the token): only such URLs record (issue 19). */
const urlOf = (page: string) => {
  const url = replicas.find((r) => r.page === page)?.url ?? CONSOLE;
  return url.includes('token=') ? url.replace(/token=[^&]*/, 'token=987654321') : `${url}&token=987654321`;
};
const report = (page: string, signals: string[] = [], extra: Record<string, unknown> = {}) =>
  handleMessage({ type: 'progress.report', page, signals, url: page === 'register.account' || page === 'register.activate' ? CONSOLE : urlOf(page), ...extra });

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => vi.useRealTimers());

describe('progress reports from console pages', () => {
  it('records the steps a page completes for the active profile, with the date and the URL without its token', async () => {
    const acme = await save('Acme HK', { countryRegion: 'HK' });
    const other = await save('Other');
    expect(await report('register.activate', ['message:activate.mail-sent'])).toMatchObject({ ok: true, recorded: ['account'] });
    expect(await stepsOf(acme.id)).toEqual({ account: { at: NOW, url: 'https://mp.weixin.qq.com/wxopen/waregister?action=step1&lang=zh_CN' } });
    expect(await stepsOf(other.id)).toEqual({});
    expect(JSON.stringify(await progressItem.getValue())).not.toContain('987654321');
  });

  it('keeps the first date a step was seen done', async () => {
    const acme = await save('Acme HK');
    await report('register.entity', ['message:entity.submitted']);
    vi.setSystemTime(new Date('2025-05-09T00:00:00Z'));
    expect(await report('register.entity', ['message:entity.submitted'])).toMatchObject({ ok: true, recorded: [] });
    expect((await stepsOf(acme.id))['entity-admin']?.at).toBe(NOW);
  });

  it('follows the path of the client: mainland clients record filing stages', async () => {
    const mainland = await save('Shenzhen Co', { countryRegion: 'CN' });
    await report('filing.form', ['message:filing.status-platform-review']);
    // The filing form is a page of the account's own console: that is evidence the account exists (hidden step).
    expect(Object.keys(await stepsOf(mainland.id))).toEqual(['account-seen', 'filing-form']);
  });

  it('does nothing without an active profile and refuses unknown signals', async () => {
    expect(await report('register.activate')).toMatchObject({ ok: false, error: 'No active profile.' });
    await save('Acme HK');
    expect(await report('register.activate', ['message:no.such-thing'])).toMatchObject({ ok: false, error: 'unknown message' });
    expect(await report('nowhere.page')).toMatchObject({ ok: false });
  });

  it("records the AppID into an empty profile, from the Mini Program's own pages only", async () => {
    const acme = await save('Acme HK');
    await report('quick.reuse', ['appid:seen'], { appId: 'wx0000000000000001' });
    expect((await profiles()).profiles[0]!.appId).toBe('');
    expect(await stepsOf(acme.id)).toEqual({});
    expect(await report('home.guide', ['appid:seen'], { appId: 'wx1234567890abcdef' })).toMatchObject({ ok: true, appIdRecorded: true });
    expect((await profiles()).profiles[0]!.appId).toBe('wx1234567890abcdef');
    expect(Object.keys(await stepsOf(acme.id))).toEqual(['account-seen', 'appid']);
    await report('profile.basic', ['appid:seen'], { appId: 'wxfedcba0987654321' });
    expect((await profiles()).profiles[0]!.appId).toBe('wx1234567890abcdef');
    expect(await report('home.guide', [], { appId: 'gh_1234' })).toMatchObject({ ok: false });
  });

  it('records nothing from a page off the console URLs its rule names (an article under /s/)', async () => {
    const acme = await save('Acme HK');
    for (const url of [
      'https://mp.weixin.qq.com/s/AbCdEf123',
      'https://mp.weixin.qq.com/mp/appmsg/show?__biz=x',
      'https://mp.weixin.qq.com/cgi-bin/home?t=home/index',
    ]) {
      expect(await report('home.guide', ['appid:seen'], { appId: 'wx1111111111111111', url }), url).toMatchObject({ ok: false });
    }
    expect((await profiles()).profiles[0]!.appId).toBe('');
    expect(await stepsOf(acme.id)).toEqual({});
  });

  it('keeps another AppID than the profile’s apart until the user chooses, then applies the choice', async () => {
    const acme = await save('Acme HK', { appId: 'wx1111111111111111' });
    expect(await report('home.guide', ['appid:seen'], { appId: 'wx1234567890abcdef' })).toMatchObject({ ok: true, appIdRecorded: false, appIdToConfirm: true });
    expect((await profiles()).profiles[0]!.appId).toBe('wx1111111111111111');
    expect((await progress()).clients[0]!.appIdSeen).toEqual({ appId: 'wx1234567890abcdef', at: NOW });
    expect(await handleMessage({ type: 'appid.resolve', profileId: acme.id, appId: 'wxfedcba0987654321', use: 'console' })).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'appid.resolve', profileId: acme.id, appId: 'wx1234567890abcdef', use: 'console' })).toMatchObject({ ok: true });
    expect((await profiles()).profiles[0]!.appId).toBe('wx1234567890abcdef');
    expect((await progress()).clients[0]!.appIdSeen).toBeUndefined();
    // Keeping the profile's: the question goes, the profile stays.
    await report('profile.basic', ['appid:seen'], { appId: 'wxaaaaaaaaaaaaaaaa' });
    expect(await handleMessage({ type: 'appid.resolve', profileId: acme.id, appId: 'wxaaaaaaaaaaaaaaaa', use: 'profile' })).toMatchObject({ ok: true });
    expect((await profiles()).profiles[0]!.appId).toBe('wx1234567890abcdef');
    expect((await progress()).clients[0]!.appIdSeen).toBeUndefined();
    // Seeing the profile's own AppID again settles an open question.
    await report('home.guide', ['appid:seen'], { appId: 'wxaaaaaaaaaaaaaaaa' });
    expect((await progress()).clients[0]!.appIdSeen?.appId).toBe('wxaaaaaaaaaaaaaaaa');
    await report('profile.basic', ['appid:seen'], { appId: 'wx1234567890abcdef' });
    expect((await progress()).clients[0]!.appIdSeen).toBeUndefined();
  });

  it('loses nothing when two console tabs and the popup write at once', async () => {
    const acme = await save('Acme HK');
    await Promise.all([
      report('register.activate'),
      report('register.entity', ['message:entity.submitted']),
      handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'fee', done: true }),
      report('home.guide', ['appid:seen'], { appId: 'wx1234567890abcdef' }),
      handleMessage({ type: 'progress.document', profileId: acme.id, document: 'contact-id', ready: true }),
      handleMessage({ type: 'profiles.notes', id: acme.id, notes: 'Call Ms Li on Tuesday' }),
      handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'review-agency', done: true }),
    ]);
    expect(Object.keys(await stepsOf(acme.id)).sort()).toEqual([
      'account',
      'account-seen',
      'appid',
      'email-activation',
      'entity-admin',
      'fee',
      'review-agency',
    ]);
    const stored = (await progress()).clients[0]!;
    expect(stored.documents).toEqual(['contact-id']);
    const profile = (await profiles()).profiles[0]!;
    expect([profile.appId, profile.notes]).toEqual(['wx1234567890abcdef', 'Call Ms Li on Tuesday']);
  });
});

describe('manual ticks, undo, path and documents', () => {
  it('ticks and unticks a step and puts back the original date on undo', async () => {
    const acme = await save('Acme HK');
    expect(await handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'fee', done: true })).toMatchObject({ ok: true, previous: null });
    vi.setSystemTime(new Date('2025-05-03T00:00:00Z'));
    const untick = await handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'fee', done: false });
    expect(untick).toMatchObject({ ok: true, previous: { at: NOW } });
    expect(await stepsOf(acme.id)).toEqual({});
    await handleMessage({ type: 'progress.restore', profileId: acme.id, step: 'fee', record: untick.previous });
    expect(await stepsOf(acme.id)).toEqual({ fee: { at: NOW } });
  });

  it('refuses unknown steps, documents and profiles', async () => {
    const acme = await save('Acme HK');
    expect(await handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'bribe-official', done: true })).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'progress.document', profileId: acme.id, document: 'selfie', ready: true })).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'progress.mark', profileId: 'p-gone', step: 'fee', done: true })).toMatchObject({
      ok: false,
      error: 'No such profile.',
    });
  });

  it('strips the token from a restored record too', async () => {
    const acme = await save('Acme HK');
    await handleMessage({ type: 'progress.restore', profileId: acme.id, step: 'account', record: { at: NOW, url: CONSOLE } });
    expect((await stepsOf(acme.id)).account?.url).not.toContain('token');
  });

  it('accepts every document of the verification checklists', async () => {
    const acme = await save('Acme HK');
    const kinds = [...new Set(Object.values(documentChecklists).flatMap((items) => items.map((item) => item.kind)))];
    for (const kind of kinds)
      expect(await handleMessage({ type: 'progress.document', profileId: acme.id, document: kind, ready: true }), kind).toMatchObject({ ok: true });
    expect((await progress()).clients[0]!.documents.sort()).toEqual(kinds.sort());
  });

  it('stores the chosen path and the documents ready', async () => {
    const acme = await save('Acme HK');
    await handleMessage({ type: 'progress.path', profileId: acme.id, path: 'quick' });
    await handleMessage({ type: 'progress.document', profileId: acme.id, document: 'application-letter', ready: true });
    await handleMessage({ type: 'progress.document', profileId: acme.id, document: 'contact-id', ready: true });
    await handleMessage({ type: 'progress.document', profileId: acme.id, document: 'application-letter', ready: false });
    expect((await progress()).clients[0]).toMatchObject({ path: 'quick', documents: ['contact-id'] });
    // On the quick path the quick-registration pages count.
    await report('quick.account');
    expect(Object.keys(await stepsOf(acme.id))).toEqual(['quick-reuse']);
  });
});

describe('stored progress', () => {
  it('keeps every readable client and step of damaged data, backs it up and repairs it', async () => {
    const raw = {
      clients: [
        { profileId: 'p-1', path: 'overseas', steps: { account: { at: NOW }, fee: { at: 'last Tuesday' } }, documents: ['contact-id', 42] },
        { profileId: 'bad id!', steps: {} },
        'junk',
      ],
    };
    await progressItem.setValue(raw);
    const reply = await handleMessage({ type: 'progress.get' });
    expect(reply.progress).toEqual({ clients: [{ profileId: 'p-1', path: 'overseas', steps: { account: { at: NOW } }, documents: ['contact-id'] }] });
    expect(reply.problems).toHaveLength(3);
    const [backup] = await backupsItem.getValue();
    expect(backup).toMatchObject({ kind: 'progress', data: raw });
    expect(await progressItem.getValue()).toEqual(reply.progress);
  });

  it('reads nothing as no progress and a wrong shape as a problem', () => {
    expect(recoverProgressState(null)).toEqual({ value: { clients: [] }, problems: [] });
    expect(recoverProgressState('text').problems).toHaveLength(1);
  });

  it('keeps nothing from the page but dates and URLs', () => {
    const { value } = recoverProgressState({
      clients: [{ profileId: 'p-1', steps: { account: { at: NOW, url: 'https://mp.weixin.qq.com/', pageText: '管理员身份证号码 123' } }, email: 'a@b.c' }],
    });
    expect(JSON.stringify(value)).not.toMatch(/pageText|身份证|email/);
  });

  it("removes a deleted client's progress into a backup that restores it", async () => {
    const acme = await save('Acme HK');
    await save('Beta');
    await report('register.activate');
    await handleMessage({ type: 'profiles.delete', id: acme.id });
    expect((await progress()).clients).toEqual([]);
    const backups = (await handleMessage({ type: 'backups.list' })).backups as { id: string; reason: string }[];
    const progressBackup = backups.find((b) => b.reason.startsWith('progress'))!;
    const before = await profiles();
    await handleMessage({ type: 'backups.restore', id: progressBackup.id });
    expect((await progress()).clients.map((c) => c.profileId)).toEqual([acme.id]);
    expect(await profiles()).toEqual(before);
  });
});

describe('profiles and the badge', () => {
  it('reads profiles stored before hasVerifiedOfficialAccount existed as not having one', async () => {
    await profilesItem.setValue({ profiles: [{ id: 'p-old', label: 'Old client', createdAt: NOW, updatedAt: NOW }], activeId: 'p-old' });
    expect((await profiles()).profiles[0]!.hasVerifiedOfficialAccount).toBe(false);
  });

  it('keeps hasVerifiedOfficialAccount when a form that does not show it saves the profile', async () => {
    const acme = await save('Acme HK', { hasVerifiedOfficialAccount: true });
    await handleMessage({ type: 'profiles.save', profile: { id: acme.id, label: 'Acme HK', companyName: 'Acme Ltd' } });
    expect((await profiles()).profiles[0]).toMatchObject({ companyName: 'Acme Ltd', hasVerifiedOfficialAccount: true });
    await handleMessage({ type: 'profiles.save', profile: { id: acme.id, label: 'Acme HK', hasVerifiedOfficialAccount: false } });
    expect((await profiles()).profiles[0]!.hasVerifiedOfficialAccount).toBe(false);
  });

  it("counts the active client's deadlines due within 3 days or overdue", async () => {
    const acme = await save('Acme HK');
    const beta = await save('Beta');
    expect(await badgeState()).toEqual({ count: 0, overdue: false });
    await report('register.activate');
    const now = Date.parse(NOW);
    expect(await badgeState(now + 60_000)).toEqual({ count: 1, overdue: false });
    expect(await badgeState(now + 25 * 3_600_000)).toEqual({ count: 1, overdue: true });
    await handleMessage({ type: 'profiles.activate', id: beta.id });
    expect(await badgeState(now)).toEqual({ count: 0, overdue: false });
    await handleMessage({ type: 'profiles.activate', id: acme.id });
    await report('register.entity', ['message:entity.submitted']);
    expect(await badgeState(now)).toEqual({ count: 0, overdue: false });
    expect(await badgeState(now + 43 * 86_400_000)).toEqual({ count: 1, overdue: false });
  });
});
