import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeEmails } from '../../components/options/ProfileForm';
import { createMemoryProfiles } from '../../practice/memory-profiles';
import { emailKey, MAX_PAGE_EMAILS, recordEmail, recordPageEmail, unionEmails, type EmailEntry } from '../../storage/emails';
import { mergeEmailLists } from '../../storage/merge-save';
import { handleMessage } from '../../storage/service';
import { profile } from '../support/guide-context';

// One rule for a client's emails, owned by storage/emails.ts: keyed by the trimmed, lower-cased
// address, "taken" beats "used". The four places that keep email lists all follow it.

const used = (address: string, at = 'u'): EmailEntry => ({ address, status: 'used', at });
const taken = (address: string, at = 't'): EmailEntry => ({ address, status: 'taken', at });

beforeEach(() => fakeBrowser.reset());

describe('the email rule', () => {
  it('keys an address by its trimmed, lower-cased form', () => {
    expect(emailKey('  Info@Example.COM ')).toBe('info@example.com');
  });

  it('merges lists with taken beating used, whichever side says it', () => {
    expect(unionEmails([used('A@x.example')], [taken(' a@x.example ', 't2')])).toEqual([{ address: 'A@x.example', status: 'taken', at: 't2' }]);
    expect(unionEmails([taken('a@x.example')], [used('A@X.example')])).toEqual([taken('a@x.example')]);
    expect(unionEmails([used('a@x.example')], [used('b@x.example')])).toEqual([used('a@x.example'), used('b@x.example')]);
  });

  it('records an address unless the list already says as much; taken is never downgraded', () => {
    expect(recordEmail([taken('a@x.example')], 'A@x.example', 'used', 'now')).toBeNull();
    expect(recordEmail([used('a@x.example')], ' a@x.example', 'used', 'now')).toBeNull();
    expect(recordEmail([used('a@x.example'), used('b@x.example')], ' A@x.example ', 'taken', 'now')).toEqual([
      used('b@x.example'),
      taken('A@x.example', 'now'),
    ]);
  });
});

describe('every place that keeps emails follows it', () => {
  it('the save merge and the options form: taken from either side wins', () => {
    expect(mergeEmailLists([taken('a@x.example')], [used('A@x.example ')], [used('A@x.example ')])).toEqual([taken('a@x.example')]);
    expect(mergeEmails([used('a@x.example')], [taken(' A@X.example', 't2')], new Set())).toEqual([{ address: 'a@x.example', status: 'taken', at: 't2' }]);
  });

  it('the background and the practice console both mark a used address taken', async () => {
    const hk = profile({ id: 'hk', emails: [used('info@x.example')] });
    const memory = createMemoryProfiles({ profiles: [hk], activeId: 'hk' });
    memory.recordTakenEmail(' INFO@x.example ');
    expect(memory.current().profiles[0]!.emails.map((e) => [e.address, e.status])).toEqual([['INFO@x.example', 'taken']]);

    await handleMessage({ type: 'profiles.save', profile: { ...hk, id: undefined, label: 'HK' } });
    const reply = await handleMessage({ type: 'emails.record', address: ' INFO@x.example ', status: 'taken' });
    expect(reply.ok).toBe(true);
    expect(reply.state?.profiles[0]!.emails.map((e) => [e.address, e.status])).toEqual([['INFO@x.example', 'taken']]);
  });
});

describe('recordPageEmail: what a console page reports', () => {
  const user = (address: string): EmailEntry => ({ address, status: 'used', at: 'then' });
  const page = (address: string): EmailEntry => ({ address, status: 'taken', at: 'then', from: 'page' });

  it('adds a new address marked as page-reported', () => {
    expect(recordPageEmail([user('a@x.example')], ' b@x.example ', 'taken', 'now', 1000)).toEqual({
      list: [user('a@x.example'), { address: 'b@x.example', status: 'taken', at: 'now', from: 'page' }],
    });
  });

  it('marks a user entry taken in place, keeping it the user’s', () => {
    expect(recordPageEmail([user('a@x.example'), user('b@x.example')], 'A@x.example', 'taken', 'now', 1000)).toEqual({
      list: [user('b@x.example'), { address: 'A@x.example', status: 'taken', at: 'now' }],
    });
    expect(recordPageEmail([page('a@x.example')], 'a@x.example', 'taken', 'now', 1000)).toEqual({ list: null });
  });

  it('never removes an entry: refuses at the per-client limit and when the list is full', () => {
    const pages = Array.from({ length: MAX_PAGE_EMAILS }, (_, i) => page(`p${i}@x.example`));
    expect(recordPageEmail([user('a@x.example'), ...pages], 'new@x.example', 'taken', 'now', 1000)).toEqual({ list: null, refused: 'page-limit' });
    const full = Array.from({ length: 10 }, (_, i) => user(`u${i}@x.example`));
    expect(recordPageEmail(full, 'new@x.example', 'taken', 'now', 10)).toEqual({ list: null, refused: 'full' });
  });
});
