import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { labelKey as formLabelKey, validateValues } from '../../components/options/ProfileForm';
import { storableUrl } from '../../engine/url';
import { storedSize } from '../../storage/backups';
import { exportProfiles, parseImport, EXCHANGE_FORMAT } from '../../storage/exchange';
import { backupsItem, ITEM_VERSIONS, type Backup } from '../../storage/items';
import { labelKey } from '../../storage/label-key';
import { normaliseLabel } from '../../storage/normalise';
import { recoverProfilesState, type Profile, type ProfilesState } from '../../storage/profiles';
import { stepRecord } from '../../storage/progress';
import { handleMessage } from '../../storage/service';
import { renderText } from '../../storage/texts';

// Issue 11: data loss found under attack and in ordinary use. Each block guards one finding.

const AT = '2025-01-02T03:04:05.000Z';
const local = () => fakeBrowser.storage.local;
const QUOTA = 10 * 1024 * 1024;
const blankForm = { country: '', otherCountry: '', officialAccountEmail: '' } as unknown as Parameters<typeof validateValues>[0];

async function save(label: string, extra: Partial<Profile> = {}): Promise<Profile> {
  const reply = await handleMessage({ type: 'profiles.save', profile: { label, ...extra } });
  expect(reply).toMatchObject({ ok: true });
  return reply.profile as Profile;
}
const view = () => handleMessage({ type: 'profiles.get' });
const profiles = async () => (await view()).state as ProfilesState;
const listed = async () => (await handleMessage({ type: 'backups.list' })).backups as { id: string; reason: string; kind: string }[];
const rawBackups = async () => (await backupsItem.getValue()) as Backup[];

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

/** chrome.storage.local's quota as Chrome enforces it: one set() is stored whole or refused whole. */
function enforceQuota(bytes = QUOTA) {
  const realSet = local().set.bind(local());
  return vi.spyOn(local(), 'set').mockImplementation(async (items) => {
    const all = { ...(await local().get(null)), ...(items as Record<string, unknown>) };
    const used = Object.entries(all).reduce((sum, [key, value]) => sum + key.length + storedSize(value), 0);
    if (used > bytes) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('one data version per item, the same for every writer and reader', () => {
  // Before: settings were written as version 2 (settings-item.ts) and read against version 1, so every
  // load after collapsing the panel looked like a downgrade and took a protected backup.
  it('collapsing the panel once, then many page loads: no problem, no backup, the delete backup survives', async () => {
    const acme = await save('Acme HK');
    await save('Beta');
    await handleMessage({ type: 'profiles.delete', id: acme.id });
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true } });
    for (let load = 0; load < 15; load++) expect((await view()).problems).toEqual([]);
    expect((await listed()).map((b) => b.reason)).toEqual(['before deleting a profile']);
  });

  it('every item written through the service is read back as current, recorded under its one version', async () => {
    const acme = await save('Acme HK');
    await handleMessage({ type: 'settings.update', patch: { panelCollapsed: true, locale: 'zh_CN', presenter: true } });
    await handleMessage({ type: 'progress.mark', profileId: acme.id, step: 'fee', done: true });
    await handleMessage({ type: 'progress.document', profileId: acme.id, document: 'business-licence', ready: true });
    await handleMessage({ type: 'emails.record', address: 'taken@acme.example', status: 'taken' });
    await handleMessage({ type: 'profiles.delete', id: (await save('Gone')).id });
    const stored = await local().get(null);
    for (const name of ['profiles', 'progress', 'settings', 'backups'] as const) {
      expect(stored[`${name}$`], name).toEqual({ v: ITEM_VERSIONS[name] });
    }
    expect((await view()).problems).toEqual([]);
    expect((await handleMessage({ type: 'progress.get' })).problems).toEqual([]);
    expect((await listed()).every((b) => !/unreadable/.test(b.reason))).toBe(true);
  });

  it('keeps one copy of the same unreadable data, however often it comes back', async () => {
    const raw = { profiles: [], activeId: null, folders: ['HK clients'] };
    for (let i = 0; i < 4; i++) {
      await local().set({ profiles: raw, profiles$: { v: 2 } });
      await view();
      await handleMessage({ type: 'profiles.delete', id: (await save(`Client ${i}`)).id });
    }
    expect((await rawBackups()).filter((b) => b.unreadable)).toHaveLength(1);
  });

  it('lets the settings copies that bug left behind make room for real backups', async () => {
    // Eight different settings, as the bug left them (each the "only copy" of its value).
    const junk = Array.from({ length: 8 }, (_, i) => ({
      id: `b-junk-${i}`,
      at: AT,
      reason: 'unreadable stored settings (kept as they were)',
      kind: 'settings',
      unreadable: true,
      version: 2,
      data: { panelCollapsed: (i & 1) === 1, locale: i & 2 ? 'zh_CN' : 'en', presenter: (i & 4) === 4 },
    }));
    await local().set({ backups: junk });
    await save('Keep');
    for (const label of ['Gone 1', 'Gone 2', 'Gone 3']) await handleMessage({ type: 'profiles.delete', id: (await save(label)).id });
    expect((await listed()).filter((b) => b.reason === 'before deleting a profile')).toHaveLength(3);
    // A settings copy this version cannot read whole is still kept, whatever its age.
    await local().set({ backups: [{ ...junk[0], id: 'b-real', data: { panelCollapsed: true, theme: 'dark' } }] });
    for (let i = 0; i < 12; i++) await handleMessage({ type: 'profiles.delete', id: (await save(`More ${i}`)).id });
    expect((await rawBackups()).some((b) => b.id === 'b-real')).toBe(true);
  });

  it('no file but storage/item-versions.ts names a data version', () => {
    const dir = join(__dirname, '../../storage');
    const offenders = readdirSync(dir)
      .filter((file) => file !== 'item-versions.ts' && file.endsWith('.ts'))
      .filter((file) => /version:\s*\d|ITEM_VERSION\b/.test(readFileSync(join(dir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('a profile cannot be pushed out of existence', () => {
  it('a page reporting addresses never pushes out the user’s own: page records are bounded per client, a full list refuses', async () => {
    const userEmails = Array.from({ length: 995 }, (_, i) => ({ address: `real${i}@example.com`, status: 'used' as const, at: AT }));
    await save('Acme HK', { companyName: 'ACME LIMITED', notes: 'AppID pending', emails: userEmails });
    const replies = [];
    for (let i = 0; i < 40; i++) replies.push(await handleMessage({ type: 'emails.record', address: `m${i}@example.com`, status: 'taken' }));
    // Five fit before the list is full (1,000); then every page report is refused, nothing evicted.
    expect(replies.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(replies.slice(5).every((r) => !r.ok)).toBe(true);
    expect(replies[5]).toMatchObject({ ok: false, error: expect.stringContaining('email list is full') });
    const [profile] = (await profiles()).profiles;
    expect(profile).toMatchObject({ label: 'Acme HK', companyName: 'ACME LIMITED', notes: 'AppID pending' });
    expect(profile!.emails).toHaveLength(1000);
    expect(profile!.emails.filter((e) => e.address.startsWith('real'))).toHaveLength(995);
    expect(profile!.emails.filter((e) => e.from === 'page').map((e) => e.address)).toEqual([
      'm0@example.com',
      'm1@example.com',
      'm2@example.com',
      'm3@example.com',
      'm4@example.com',
    ]);
    // A user's address the console then reports stays the user's record, now taken.
    expect(await handleMessage({ type: 'emails.record', address: 'REAL7@example.com', status: 'taken' })).toMatchObject({ ok: true });
    expect((await profiles()).profiles[0]!.emails.find((e) => e.address === 'REAL7@example.com')).toEqual({
      address: 'REAL7@example.com',
      status: 'taken',
      at: expect.any(String),
    });
  }, 60_000);

  it('keeps at most 20 page-reported addresses per client, refusing more without a change', async () => {
    await save('Acme HK');
    for (let i = 0; i < 25; i++) await handleMessage({ type: 'emails.record', address: `m${i}@example.com`, status: 'taken' });
    const emails = (await profiles()).profiles[0]!.emails;
    expect(emails.map((e) => e.address)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}@example.com`));
    expect(await handleMessage({ type: 'emails.record', address: 'late@example.com', status: 'taken' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('most addresses a console page may record'),
    });
  }, 60_000);

  it('records only an email address', async () => {
    await save('Acme HK');
    for (const junk of ['该邮箱已被占用', 'x'.repeat(300), 'a@b', 'two words@example.com']) {
      expect(await handleMessage({ type: 'emails.record', address: junk, status: 'taken' })).toMatchObject({ ok: false });
    }
    expect((await profiles()).profiles[0]!.emails).toEqual([]);
  });

  it('trims a stored profile over its limits instead of dropping it, says what it trimmed and keeps the raw value', async () => {
    const emails = Array.from({ length: 1100 }, (_, i) => ({ address: `m${i}@example.com`, status: 'taken', at: AT }));
    const raw = {
      profiles: [
        {
          id: 'p-1',
          label: 'Acme HK',
          companyName: 'ACME LIMITED',
          appId: 'wx0123456789abcdef',
          notes: 'n'.repeat(25_000),
          emails,
          createdAt: AT,
          updatedAt: AT,
        },
      ],
      activeId: 'p-1',
    };
    await local().set({ profiles: raw });
    const reply = await view();
    const [profile] = (reply.state as ProfilesState).profiles;
    expect(profile).toMatchObject({ id: 'p-1', companyName: 'ACME LIMITED', appId: 'wx0123456789abcdef' });
    expect(profile!.emails).toHaveLength(1000);
    expect(profile!.emails.at(-1)!.address).toBe('m1099@example.com');
    expect(profile!.notes).toHaveLength(20_000);
    expect(reply.problems).toEqual([
      expect.stringMatching(/Profile 1 \(Acme HK\): the notes was 25000 characters long/),
      expect.stringMatching(/Profile 1 \(Acme HK\): the emails list held 1100 entries.*newest 1000 were kept/),
    ]);
    expect((await rawBackups())[0]).toMatchObject({ unreadable: true, data: raw });
  });

  it('restores such a backup (trimmed), and exports it exactly as it was', async () => {
    const emails = Array.from({ length: 1100 }, (_, i) => ({ address: `m${i}@example.com`, status: 'taken', at: AT }));
    const raw = { profiles: [{ id: 'p-1', label: 'Acme HK', companyName: 'ACME LIMITED', emails, createdAt: AT, updatedAt: AT }], activeId: 'p-1' };
    await local().set({ backups: [{ id: 'b-1', at: AT, reason: 'before deleting a profile', kind: 'profiles', data: raw }] });
    const restored = await handleMessage({ type: 'backups.restore', id: 'b-1' });
    expect(restored).toMatchObject({ ok: true, state: { profiles: [{ id: 'p-1', companyName: 'ACME LIMITED' }] } });
    expect(restored.problems).toEqual([expect.stringMatching(/newest 1000 were kept/)]);
    const exported = await handleMessage({ type: 'backups.export', id: 'b-1' });
    expect(JSON.parse(String(exported.json))).toEqual(raw);
  });

  it('recovery alone keeps a profile whose only fault is size', () => {
    const raw = { profiles: [{ id: 'p-1', label: 'L', companyName: 'x'.repeat(600), createdAt: AT, updatedAt: AT }], activeId: 'p-1' };
    const { value, problems } = recoverProfilesState(raw);
    expect(value.profiles[0]!.companyName).toHaveLength(500);
    expect(problems.map((p) => renderText(p))).toEqual([expect.stringMatching(/the registered company name was 600 characters long/)]);
  });
});

describe('an operation that does not complete evicts nothing', () => {
  it('a second large import refused for a full storage keeps every older backup', async () => {
    const acme = await save('Acme HK', { companyName: 'ACME LIMITED' });
    await save('Beta');
    await handleMessage({ type: 'profiles.delete', id: acme.id });
    enforceQuota();
    const large = (prefix: string) =>
      exportProfiles(profilesOf(Array.from({ length: 240 }, (_, i) => ({ id: `${prefix}-${i}`, label: `${prefix} ${i}`, notes: 'n'.repeat(19_000) }))));
    expect(await handleMessage({ type: 'profiles.import', text: large('first') })).toMatchObject({ ok: true });
    const before = await rawBackups();
    expect(before.map((b) => renderText(b.reason))).toContain('before deleting a profile');
    const second = await handleMessage({ type: 'profiles.import', text: large('second') });
    expect(second).toMatchObject({ ok: false, error: expect.stringMatching(/storage for MP Console Guide is full/) });
    expect(await rawBackups()).toEqual(before);
  }, 60_000);

  it('an import with no profiles changes nothing and takes no backup', async () => {
    await save('Acme HK');
    const before = await local().get(null);
    const reply = await handleMessage({ type: 'profiles.import', text: exportProfiles([]) });
    expect(reply).toMatchObject({ ok: true, imported: 0 });
    expect(await local().get(null)).toEqual(before);
  });
});

describe('the session token in every form', () => {
  it.each([
    ['https://mp.weixin.qq.com/wxamp/home?TOKEN=123&lang=zh_CN', 'https://mp.weixin.qq.com/wxamp/home?lang=zh_CN'],
    ['https://mp.weixin.qq.com/wxamp/home?lang=zh_CN#token=123', 'https://mp.weixin.qq.com/wxamp/home?lang=zh_CN'],
    ['https://mp.weixin.qq.com/wxamp/home#/home?token=123&tab=2', 'https://mp.weixin.qq.com/wxamp/home'],
    ['https://mp.weixin.qq.com/wxamp/home?lang=zh_CN&amp;token=123', 'https://mp.weixin.qq.com/wxamp/home?lang=zh_CN'],
    ['https://mp.weixin.qq.com/wxamp/home?%74oken=123&Token=4&a=1', 'https://mp.weixin.qq.com/wxamp/home'],
    // Issue 19: shapes the token list missed.
    ['https://mp.weixin.qq.com/wxamp/home?lang=zh_CN;token=123', 'https://mp.weixin.qq.com/wxamp/home'],
    ['https://mp.weixin.qq.com/wxamp/home?a=1;token=123&lang=zh_CN', 'https://mp.weixin.qq.com/wxamp/home?lang=zh_CN'],
    ['https://mp.weixin.qq.com/wxamp/home;token=123?lang=zh_CN', 'https://mp.weixin.qq.com/wxamp/home?lang=zh_CN'],
    ['https://mp.weixin.qq.com/wxamp;jsessionid=1/home;token=123', 'https://mp.weixin.qq.com/wxamp/home'],
    [`https://mp.weixin.qq.com/wxamp/home?redirect_url=${encodeURIComponent('https://mp.weixin.qq.com/x?token=123')}`, 'https://mp.weixin.qq.com/wxamp/home'],
    [`https://mp.weixin.qq.com/cgi-bin/readtemplate?t=${encodeURIComponent('a?token=123')}`, 'https://mp.weixin.qq.com/cgi-bin/readtemplate'],
  ])('%s', (url, expected) => {
    expect(storableUrl(url)).toBe(expected);
    expect(stepRecord(AT, url).url).toBe(expected);
    expect(storableUrl(url)).not.toContain('123');
  });

  it('keeps origin, path and the parameters that name the page', () => {
    expect(storableUrl('https://mp.weixin.qq.com/wxopen/waregister?action=step1&source=mpregister&token=&lang=zh_CN')).toBe(
      'https://mp.weixin.qq.com/wxopen/waregister?action=step1&lang=zh_CN',
    );
    expect(storableUrl('https://mp.weixin.qq.com/cgi-bin/readtemplate?t=register/step1_tmpl&lang=en_US')).toBe(
      'https://mp.weixin.qq.com/cgi-bin/readtemplate?t=register/step1_tmpl&lang=en_US',
    );
    expect(storableUrl('https://mp.weixin.qq.com/a?tokenizer=1&mytoken=2#x')).toBe('https://mp.weixin.qq.com/a');
    expect(storableUrl('javascript:alert(1)')).toBe('');
    expect(storableUrl('not a url')).toBe('');
  });
});

describe('client labels that look alike', () => {
  it('removes invisible and bidi control characters', () => {
    expect(normaliseLabel('  Acme\u200b HK\u202e\u2066 ')).toBe('Acme HK');
    expect(labelKey('ACME\u200d hk')).toBe(labelKey('Acme HK'));
  });

  it('removes every default-ignorable code point (U+034F, variation selectors, Hangul fillers, U+180B)', () => {
    for (const invisible of ['\u034f', '\ufe0f', '\ufe00', '\u{e0100}', '\u3164', '\u115f', '\u180b', '\u2065', '\u{1d173}']) {
      expect(normaliseLabel(`Acme${invisible} HK`), `U+${invisible.codePointAt(0)!.toString(16)}`).toBe('Acme HK');
    }
  });

  it('compares labels by their confusables skeleton (UTS #39): look-alike letters are the same client, different ones are not', () => {
    const key = labelKey('Acme HK');
    for (const lookAlike of ['\u0410\u0441m\u0435 HK', 'Acme Н\u039a', 'Acrne HK', 'ＡＣＭＥ hk', 'Acme\u034f HK'])
      expect(labelKey(lookAlike), lookAlike).toBe(key);
    expect(labelKey('Client 1')).toBe(labelKey('Client l'));
    for (const other of ['Acme HKG', 'Acne HK', 'Acme SG', '艾克美 HK']) expect(labelKey(other), other).not.toBe(key);
    expect(labelKey('翠岭贸易')).not.toBe(labelKey('翠嶺貿易'));
  });

  it('the profile form refuses a look-alike of another client’s label, and a label of invisible characters', () => {
    const others = new Set([formLabelKey('Acme HK')]);
    const values = (label: string) => ({ label }) as Parameters<typeof validateValues>[0];
    expect(validateValues({ ...blankForm, ...values('ACME\u200b HK\u202e') }, others).label).toBe('options.form.label-duplicate');
    expect(validateValues({ ...blankForm, ...values('\u200b\u2066') }).label).toBe('options.form.label-required');
  });

  it('stores labels normalised, and treats look-alikes as the same client when importing', async () => {
    const saved = await save('Acme\u200b HK\u200f');
    expect(saved.label).toBe('Acme HK');
    const incoming = profilesOf([{ id: 'p-other', label: 'ACME\u2060 hk' }]);
    expect(await handleMessage({ type: 'profiles.import', text: exportProfiles(incoming) })).toMatchObject({
      ok: false,
      error: 'confirm-overwrite',
      conflicts: ['Acme HK'],
    });
    expect(await handleMessage({ type: 'profiles.save', profile: { label: '\u200b\u202a' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/label/),
    });
  });
});

describe('storage messages in the chosen language', () => {
  it('problems, refusals and backup reasons come in Chinese when the interface is in Chinese', async () => {
    await handleMessage({ type: 'settings.update', patch: { locale: 'zh_CN' } });
    await local().set({ profiles: { profiles: [{ id: 'p-1', label: 'Acme', createdAt: AT, updatedAt: AT, extra: 1 }], activeId: 'p-1' }, profiles$: { v: 9 } });
    const reply = await view();
    expect(reply.problems).toEqual([expect.stringMatching(/^已存储的客户资料由更新版本/), expect.stringMatching(/^第 1 个客户资料含有本版本不认识的字段/)]);
    expect((await listed())[0]!.reason).toBe('无法读取的已存储客户资料（原样保留）');
    expect(await handleMessage({ type: 'profiles.delete', id: 'p-none' })).toEqual({ ok: false, error: '没有这个客户资料。' });
    expect(await handleMessage({ type: 'profiles.import', text: '{' })).toMatchObject({ ok: false, error: expect.stringMatching(/^该文件不是有效的资料文件/) });
    expect(await handleMessage({ type: 'profiles.save', profile: { label: ' ' } })).toEqual({ ok: false, error: 'label：必须填写客户标签' });
    const tooLong = { format: EXCHANGE_FORMAT, version: 1, profiles: profilesOf([{ id: 'p-2', label: 'x'.repeat(300) }]) };
    expect(await handleMessage({ type: 'profiles.import', text: JSON.stringify(tooLong) })).toEqual({
      ok: false,
      error: '文件中有客户资料无效：profiles.0.label：最多 200 个字符。',
    });
  });
});

describe('import messages', () => {
  const file = (version: unknown) => JSON.stringify({ format: EXCHANGE_FORMAT, version, profiles: [] });

  it('never echoes a huge version string', () => {
    const parsed = parseImport(file('9'.repeat(4_900_000)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeLessThan(300);
  });

  it('says a version written as text is text', () => {
    const parsed = parseImport(file('1'));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/"version" is written as text \("1"\) instead of the number 1/) });
  });
});
