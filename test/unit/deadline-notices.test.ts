import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR } from '../../engine/deadlines';
import { deadlineNotices, NOTICE_WITHIN, noticeId, type NoticeRecord } from '../../engine/deadline-notices';
import { overviewRows, type BookProfile, type BookProgress } from '../../engine/overview';
import { handleMessage, deadlineNoticesDue } from '../../storage/service';
import { noticeWords, notifiedItem } from '../../storage/notices';
import type { Profile } from '../../storage/profiles';

// Deadline notifications: which deadlines to notify (due within a day, not overdue), each once, and
// what the notification says (the client's label and the step, nothing else of the client).

const NOW = Date.parse('2026-12-07T04:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const profile = (id: string, label: string): BookProfile => ({
  id,
  label,
  companyName: `${label.toUpperCase()} TRADING LIMITED`,
  countryRegion: 'HK',
  entityType: 'company',
  hasVerifiedOfficialAccount: false,
});
const progress = (profileId: string, steps: Record<string, number>): BookProgress => ({
  profileId,
  path: 'overseas',
  steps: Object.fromEntries(Object.entries(steps).map(([step, at]) => [step, { at: iso(at) }])),
  documents: [],
});

/** The activation link (24 hours after the account was created) and the 45-day verification limit. */
function clients(accountAt: number, registeredAt?: number) {
  return overviewRows(
    [profile('p-acme', 'Acme HK'), profile('p-beta', 'Beta')],
    [progress('p-acme', { account: accountAt, ...(registeredAt ? { 'entity-admin': registeredAt } : {}) }), progress('p-beta', {})],
    NOW,
  );
}

describe('which deadlines to notify, once', () => {
  it('a deadline due within a day is notified, with the client and its step', () => {
    const { notify, keep } = deadlineNotices(clients(NOW - HOUR), [], NOW);
    expect(notify.map((n) => [n.client, n.stepId, n.deadlineId, n.dueAt])).toEqual([['Acme HK', 'email-activation', 'activation-link', NOW + 23 * HOUR]]);
    expect(notify[0]!.stepTitle).toBe('flow.step.email-activation.title');
    expect(notify[0]!.deadlineLabel).toBe('flow.deadline.activation-link');
    expect(keep).toEqual([{ profileId: 'p-acme', stepId: 'email-activation', deadlineId: 'activation-link', dueAt: NOW + 23 * HOUR }]);
  });

  it('exactly a day ahead counts; more than a day ahead, or overdue, does not', () => {
    expect(deadlineNotices(clients(NOW), [], NOW).notify).toHaveLength(1); // due in exactly 24 hours
    expect(NOTICE_WITHIN).toBe(DAY);
    expect(deadlineNotices(clients(NOW + HOUR), [], NOW).notify).toEqual([]); // recorded later: due in 25 hours
    expect(deadlineNotices(clients(NOW - 25 * HOUR), [], NOW).notify).toEqual([]); // overdue by an hour
  });

  it('is not notified again: not on the next check, not after a restart (the kept records)', () => {
    const first = deadlineNotices(clients(NOW - HOUR), [], NOW);
    const second = deadlineNotices(clients(NOW - HOUR), first.keep, NOW + 30 * 60_000);
    expect(second.notify).toEqual([]);
    expect(second.keep).toEqual(first.keep);
  });

  it('any deadline of the path, and the same deadline of two clients one by one', () => {
    // Registered 44.5 days ago: the 45-day verification limit is due in 12 hours.
    const { notify } = deadlineNotices(clients(NOW - 45 * DAY, NOW - 44 * DAY - 12 * HOUR), [], NOW);
    expect(notify.map((n) => [n.stepId, n.deadlineId, n.dueAt])).toEqual([['verified', 'verification-45-days', NOW + 12 * HOUR]]);
    const both = overviewRows(
      [profile('p-acme', 'Acme HK'), profile('p-beta', 'Beta')],
      [progress('p-acme', { account: NOW - HOUR }), progress('p-beta', { account: NOW - HOUR })],
      NOW,
    );
    const once = deadlineNotices(both, [], NOW);
    expect(once.notify.map((n) => n.client)).toEqual(['Acme HK', 'Beta']);
    expect(new Set(once.notify.map(noticeId)).size).toBe(2);
  });

  it('a deadline whose due instant moved (the step recorded again) is a new one to notify', () => {
    const first = deadlineNotices(clients(NOW - 2 * HOUR), [], NOW);
    const moved = deadlineNotices(clients(NOW - HOUR), first.keep, NOW);
    expect(moved.notify.map((n) => n.dueAt)).toEqual([NOW + 23 * HOUR]);
  });

  it('forgets a record once its due instant has passed', () => {
    const old: NoticeRecord = { profileId: 'p-gone', stepId: 'email-activation', deadlineId: 'activation-link', dueAt: NOW - 1 };
    const soon: NoticeRecord = { profileId: 'p-acme', stepId: 'email-activation', deadlineId: 'activation-link', dueAt: NOW + 23 * HOUR };
    expect(deadlineNotices(clients(NOW - HOUR), [old, soon], NOW)).toEqual({ notify: [], keep: [soon] });
  });
});

describe('the words of a notification', () => {
  const [notice] = deadlineNotices(clients(NOW - HOUR), [], NOW).notify;

  it('names the client by its label and the step, in English and in Chinese', () => {
    const en = noticeWords(notice!, 'en', 'UTC');
    expect(en.title).toBe('Acme HK: due within a day');
    expect(en.message).toBe('Click the activation link (24 hours)\nStep: Activate the email\nDue 2026-12-08 03:00');
    const zh = noticeWords(notice!, 'zh_CN', 'UTC');
    expect(zh.title).toBe('Acme HK：一天内到期');
    expect(zh.message).toContain('步骤：');
    expect(zh.message).toContain('截止 2026-12-08 03:00');
  });

  it('carries nothing else of the client (not its company name)', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const words = noticeWords(notice!, locale, 'UTC');
      expect(`${words.title}\n${words.message}`).not.toContain('TRADING');
    }
  });
});

describe('the background service: the setting, and once across checks', () => {
  beforeEach(() => fakeBrowser.reset());

  async function clientWithActivationDue(): Promise<Profile> {
    const reply = await handleMessage({ type: 'profiles.save', profile: { label: 'Acme HK', companyName: 'ACME TRADING LIMITED', countryRegion: 'HK' } });
    const saved = reply.profile as Profile;
    await handleMessage({ type: 'progress.mark', profileId: saved.id, step: 'account', done: true });
    return saved;
  }

  it('notifies nothing while the setting is off (the default)', async () => {
    await clientWithActivationDue();
    expect((await deadlineNoticesDue()).notices).toEqual([]);
    expect(await notifiedItem.getValue()).toEqual([]);
  });

  it('with the setting on, notifies the deadline once and records it', async () => {
    const saved = await clientWithActivationDue();
    await handleMessage({ type: 'settings.update', patch: { notifications: true } });
    const first = await deadlineNoticesDue();
    expect(first.notices.map((n) => [n.client, n.deadlineId])).toEqual([['Acme HK', 'activation-link']]);
    expect(first.locale).toBe('en');
    expect(await notifiedItem.getValue()).toEqual([expect.objectContaining({ profileId: saved.id, deadlineId: 'activation-link' })]);
    // Two checks at once (a message and the alarm): still once.
    const [a, b] = await Promise.all([deadlineNoticesDue(), deadlineNoticesDue()]);
    expect([...a.notices, ...b.notices]).toEqual([]);
  });

  it('holds them back while presenter mode is on (the screen may be projected), and shows them after', async () => {
    await clientWithActivationDue();
    await handleMessage({ type: 'settings.update', patch: { notifications: true, presenter: true } });
    expect((await deadlineNoticesDue()).notices).toEqual([]);
    expect(await notifiedItem.getValue()).toEqual([]);
    await handleMessage({ type: 'settings.update', patch: { presenter: false } });
    expect((await deadlineNoticesDue()).notices.map((n) => n.client)).toEqual(['Acme HK']);
  });
});
