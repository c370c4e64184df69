import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_EMAILS } from '../../storage/emails';
import { backupsItem, profilesItem } from '../../storage/items';
import { EXCHANGE_FORMAT, exportProfiles, parseImport } from '../../storage/exchange';
import { handleMessage } from '../../storage/service';
import type { Profile, ProfilesState } from '../../storage/profiles';

const draft = (label: string, extra: Partial<Profile> = {}) => ({ label, companyName: `${label} Limited`, ...extra });

async function save(label: string, extra: Partial<Profile> = {}) {
  const reply = await handleMessage({ type: 'profiles.save', profile: draft(label, extra) });
  expect(reply.ok).toBe(true);
  return reply.profile as Profile;
}
const state = async () => (await handleMessage({ type: 'profiles.get' })).state as ProfilesState;

beforeEach(() => fakeBrowser.reset());

describe('profiles service', () => {
  it('creates, edits, activates and deletes profiles', async () => {
    const a = await save('Alpha');
    const b = await save('Beta');
    expect((await state()).activeId).toBe(a.id);
    await handleMessage({ type: 'profiles.activate', id: b.id });
    expect((await state()).activeId).toBe(b.id);
    await handleMessage({ type: 'profiles.save', profile: { ...draft('Beta'), id: b.id, companyName: 'Beta (HK) Limited' } });
    expect((await state()).profiles.find((p) => p.id === b.id)?.companyName).toBe('Beta (HK) Limited');
    await handleMessage({ type: 'profiles.delete', id: b.id });
    expect((await state()).profiles.map((p) => p.label)).toEqual(['Alpha']);
    expect((await state()).activeId).toBe(a.id);
    const listed = (await handleMessage({ type: 'backups.list' })).backups as { reason: string }[];
    expect(listed.map((x) => x.reason)).toContain('before deleting a profile');
  });

  it('refuses a profile without a client label', async () => {
    const reply = await handleMessage({ type: 'profiles.save', profile: { label: '  ' } });
    expect(reply).toMatchObject({ ok: false });
  });

  it('refuses unknown messages', async () => {
    expect(await handleMessage({ type: 'profiles.drop-all' })).toMatchObject({ ok: false, error: 'unknown message' });
    expect(await handleMessage('hello')).toMatchObject({ ok: false });
  });

  it('records emails for the active profile, taken wins over used', async () => {
    await save('Alpha');
    await handleMessage({ type: 'emails.record', address: 'a@example.com', status: 'taken' });
    await handleMessage({ type: 'emails.record', address: 'A@example.com', status: 'used' });
    expect((await state()).profiles[0]!.emails).toMatchObject([{ address: 'a@example.com', status: 'taken' }]);
  });

  it('loses no update when many writers write at once', async () => {
    await save('Alpha');
    // As many as a console page may record for one client (storage/emails.ts).
    const n = MAX_PAGE_EMAILS;
    await Promise.all(Array.from({ length: n }, (_, i) => handleMessage({ type: 'emails.record', address: `m${i}@example.com`, status: 'used' })));
    expect((await state()).profiles[0]!.emails).toHaveLength(n);
  });

  it('backs up and recovers corrupted stored profiles, keeping every readable one', async () => {
    const good = await save('Alpha');
    const raw = { profiles: [good, { id: 'bad id!', label: 42 }, 'junk'], activeId: 'bad id!' };
    await profilesItem.setValue(raw);
    const view = await handleMessage({ type: 'profiles.get' });
    expect((view.state as ProfilesState).profiles.map((p) => p.label)).toEqual(['Alpha']);
    expect(view.problems).toHaveLength(2);
    const backups = await backupsItem.getValue();
    expect(backups[0]!.data).toEqual(raw);
  });

  it('recovers from a stored value of the wrong shape without throwing', async () => {
    await profilesItem.setValue('not an object');
    const view = await handleMessage({ type: 'profiles.get' });
    expect(view.ok).toBe(true);
    expect((view.state as ProfilesState).profiles).toEqual([]);
    expect((await backupsItem.getValue())[0]!.data).toBe('not an object');
  });
});

describe('import and export', () => {
  it('round-trips profiles through the exchange file', async () => {
    await save('Alpha', { countryRegion: 'HK' });
    const text = exportProfiles((await state()).profiles);
    expect(JSON.parse(text)).toMatchObject({ format: EXCHANGE_FORMAT, version: 1 });
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.profiles[0]!.countryRegion).toBe('HK');
  });

  it('asks before overwriting, keeps a backup, and restores it', async () => {
    const alpha = await save('Alpha', { companyName: 'Original' });
    const incoming = exportProfiles([{ ...alpha, companyName: 'Replaced' }]);
    const first = await handleMessage({ type: 'profiles.import', text: incoming });
    expect(first).toMatchObject({ ok: false, error: 'confirm-overwrite', conflicts: ['Alpha'] });
    expect((await state()).profiles[0]!.companyName).toBe('Original');
    const second = await handleMessage({ type: 'profiles.import', text: incoming, confirmOverwrite: true });
    expect(second).toMatchObject({ ok: true, replaced: 1 });
    expect((await state()).profiles[0]!.companyName).toBe('Replaced');
    const backups = (await handleMessage({ type: 'backups.list' })).backups as { id: string; reason: string }[];
    expect(backups[0]!.reason).toMatch(/before importing/);
    await handleMessage({ type: 'backups.restore', id: backups[0]!.id });
    expect((await state()).profiles[0]!.companyName).toBe('Original');
  });

  it('asks before an import renames a label matched by case, and keeps the label here unless told otherwise', async () => {
    const harbour = await save('Harbour Lights HK', { companyName: 'Original' });
    const incoming = exportProfiles([{ ...harbour, id: 'other-id', label: 'harbour lights hk', companyName: 'From the file' }]);
    const asked = await handleMessage({ type: 'profiles.import', text: incoming });
    expect(asked).toMatchObject({ ok: false, error: 'confirm-overwrite', renames: [{ from: 'Harbour Lights HK', to: 'harbour lights hk' }] });
    expect((await state()).profiles.map((p) => p.label)).toEqual(['Harbour Lights HK']);

    const kept = await handleMessage({ type: 'profiles.import', text: incoming, confirmOverwrite: true, keepLabels: true });
    expect(kept).toMatchObject({ ok: true, replaced: 1 });
    expect((await state()).profiles.map((p) => [p.label, p.companyName])).toEqual([['Harbour Lights HK', 'From the file']]);

    const renamed = await handleMessage({ type: 'profiles.import', text: incoming, confirmOverwrite: true });
    expect(renamed).toMatchObject({ ok: true, replaced: 1 });
    expect((await state()).profiles.map((p) => p.label)).toEqual(['harbour lights hk']);
  });

  it.each([
    // In words, never the parser's own position ("at position 11"): the file ends too early, or where it breaks.
    ['broken JSON', '{"format": ', /^(?!.*position).*ends too early/],
    ['JSON broken mid-file', '{\n  "format": "x",\n  oops\n}', /^(?!.*position).*line 3, column 3/],
    ['an array', '[]', /expected a JSON object/],
    ['another format', '{"format":"something-else","version":1,"profiles":[]}', /"format" should be/],
    ['a newer version', `{"format":"${EXCHANGE_FORMAT}","version":2,"profiles":[]}`, /version 2/],
    ['a wrong type', `{"format":"${EXCHANGE_FORMAT}","version":1,"profiles":[{"id":"x","label":5}]}`, /profiles\.0/],
    ['a huge file', 'x'.repeat(5 * 1024 * 1024 + 1), /too large/],
    [
      'duplicate ids',
      `{"format":"${EXCHANGE_FORMAT}","version":1,"profiles":[${['a', 'a'].map((id) => `{"id":"${id}","label":"L${Math.random()}","createdAt":"","updatedAt":""}`).join(',')}]}`,
      /twice/,
    ],
  ])('rejects %s with a clear message and changes nothing', async (_name, text, message) => {
    await save('Alpha');
    const before = await state();
    const reply = await handleMessage({ type: 'profiles.import', text });
    expect(reply.ok).toBe(false);
    expect(String(reply.error)).toMatch(message);
    expect(await state()).toEqual(before);
  });

  it('drops hostile keys instead of letting them reach objects', async () => {
    const text = `{"format":"${EXCHANGE_FORMAT}","version":1,"__proto__":{"polluted":true},"profiles":[{"id":"x","label":"L","createdAt":"","updatedAt":"","__proto__":{"admin":true},"constructor":{"prototype":{"bad":1}}}]}`;
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.keys(parsed.profiles[0]!)).not.toContain('constructor');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((parsed.profiles[0] as unknown as Record<string, unknown>).admin).toBeUndefined();
    }
  });
});
