import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, badgeCount, DAY, dueAt, HOUR, openDeadlines, timeLeft } from '../../engine/deadlines';
import { formatDay, formatDue, formatLeft, resolvePath } from '../../engine/progress';
import { translator } from '../../locales';

// Deadline arithmetic. Instants are written with explicit offsets: +08:00 is China time.
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const t = translator('en');

describe('working days in China time', () => {
  it('ends three working days after a Friday afternoon on Wednesday at midnight, China time', () => {
    expect(iso(addWorkingDays(at('2025-06-13T17:00:00+08:00'), 3))).toBe(iso(at('2025-06-19T00:00:00+08:00')));
  });

  it('starts counting on Monday from a weekend', () => {
    expect(iso(addWorkingDays(at('2025-06-14T10:00:00+08:00'), 1))).toBe(iso(at('2025-06-17T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2025-06-15T23:59:00+08:00'), 1))).toBe(iso(at('2025-06-17T00:00:00+08:00')));
  });

  it('uses the China date, not the date where the user is', () => {
    // Friday 20:00 in London is already Saturday 03:00 in Shanghai: Monday, Tuesday, Wednesday.
    expect(iso(addWorkingDays(at('2025-06-13T20:00:00+01:00'), 3))).toBe(iso(at('2025-06-19T00:00:00+08:00')));
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai: Tuesday, Wednesday, Thursday.
    expect(iso(addWorkingDays(at('2025-06-15T23:30:00Z'), 3))).toBe(iso(at('2025-06-20T00:00:00+08:00')));
    // Thursday 09:00 in Los Angeles is Friday 00:00 in Shanghai: Monday is the first working day after it.
    expect(iso(addWorkingDays(at('2025-06-12T09:00:00-07:00'), 1))).toBe(iso(at('2025-06-17T00:00:00+08:00')));
  });

  it('crosses month ends, leap days and year ends', () => {
    expect(iso(addWorkingDays(at('2025-01-30T12:00:00+08:00'), 2))).toBe(iso(at('2025-02-04T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2024-02-28T12:00:00+08:00'), 2))).toBe(iso(at('2024-03-02T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2025-02-27T12:00:00+08:00'), 2))).toBe(iso(at('2025-03-04T00:00:00+08:00')));
    // Public holidays (1 January here) are not skipped: the reminder comes early, never late.
    expect(iso(addWorkingDays(at('2025-12-31T12:00:00+08:00'), 3))).toBe(iso(at('2026-01-06T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2025-12-31T23:30:00+08:00'), 20))).toBe(iso(at('2026-01-29T00:00:00+08:00')));
  });

  it('always ends at China midnight after a weekday, having counted exactly n weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2099-12-31T00:00:00Z') }), fc.integer({ min: 1, max: 30 }), (start, n) => {
        const end = addWorkingDays(start, n);
        const china = (ms: number) => new Date(ms + 8 * HOUR);
        expect(china(end).getUTCHours()).toBe(0);
        expect(china(end).getUTCMinutes()).toBe(0);
        const lastDay = china(end - 1).getUTCDay();
        expect(lastDay).not.toBe(0);
        expect(lastDay).not.toBe(6);
        let weekdays = 0;
        for (let day = Math.floor((start + 8 * HOUR) / DAY) + 1; day * DAY - 8 * HOUR < end; day++) {
          const dow = new Date(day * DAY).getUTCDay();
          if (dow !== 0 && dow !== 6) weekdays++;
        }
        expect(weekdays).toBe(n);
      }),
    );
  });
});

describe('hours and days', () => {
  it('counts hours and days as exact spans, whatever clocks do where the user is', () => {
    expect(iso(dueAt(at('2025-03-29T22:00:00Z'), 24, 'hours'))).toBe('2025-03-30T22:00:00.000Z');
    // Europe changes its clocks on 30 March 2025 and the US on 9 March; China does not.
    expect(iso(dueAt(at('2025-03-01T10:00:00Z'), 45, 'days'))).toBe('2025-04-15T10:00:00.000Z');
    expect(iso(dueAt(at('2024-12-20T08:00:00+08:00'), 45, 'days'))).toBe(iso(at('2025-02-03T08:00:00+08:00')));
  });

  it('rounds time left down and switches to hours under two days', () => {
    expect(timeLeft(47.9 * HOUR)).toEqual({ unit: 'hours', amount: 47 });
    expect(timeLeft(2 * DAY)).toEqual({ unit: 'days', amount: 2 });
    expect(timeLeft(44.9 * DAY)).toEqual({ unit: 'days', amount: 44 });
    expect(timeLeft(-3.5 * DAY)).toEqual({ unit: 'days', amount: 3 });
    expect(formatLeft(timeLeft(30 * 60_000), t)).toBe('less than an hour');
    expect(formatLeft(timeLeft(HOUR), t)).toBe('1 hour');
    expect(formatLeft(timeLeft(3 * DAY), t)).toBe('3 days');
  });

  it('shows dates in the time zone asked for', () => {
    const instant = at('2025-04-30T20:00:00Z');
    expect(formatDay(instant, 'Asia/Shanghai')).toBe('2025-05-01');
    expect(formatDay(instant, 'America/Los_Angeles')).toBe('2025-04-30');
    expect(formatDay(instant, 'Pacific/Auckland')).toBe('2025-05-01');
  });
});

describe('open deadlines', () => {
  const overseas = resolvePath('overseas', {});
  const registered = '2025-05-01T10:00:00+08:00';

  it('opens the 45-day verification deadline when the entity is registered', () => {
    const [deadline] = openDeadlines(overseas, { account: { at: registered }, 'email-activation': { at: registered }, 'entity-admin': { at: registered } }, at('2025-05-02T10:00:00+08:00'));
    expect(deadline).toMatchObject({ stepId: 'verified', overdue: false, dueSoon: false, left: { unit: 'days', amount: 44 } });
    expect(formatDue(deadline!, 'Asia/Shanghai')).toBe('2025-06-15');
  });

  it('flags due-soon and overdue deadlines and counts them for the badge', () => {
    const records = { account: { at: registered }, 'email-activation': { at: registered }, 'entity-admin': { at: registered } };
    const soon = openDeadlines(overseas, records, at('2025-06-13T10:00:00+08:00'));
    expect(soon[0]).toMatchObject({ dueSoon: true, overdue: false, left: { unit: 'days', amount: 2 } });
    expect(badgeCount(soon)).toEqual({ count: 1, overdue: false });
    const late = openDeadlines(overseas, records, at('2025-06-15T10:00:00+08:00'));
    expect(late[0]).toMatchObject({ overdue: true, dueSoon: false });
    expect(badgeCount(late)).toEqual({ count: 1, overdue: true });
    expect(badgeCount(openDeadlines(overseas, records, at('2025-05-02T10:00:00+08:00')))).toEqual({ count: 0, overdue: false });
  });

  it('gives the activation link 24 hours, shown with its time', () => {
    const [link] = openDeadlines(overseas, { account: { at: '2025-05-01T10:30:00+08:00' } }, at('2025-05-02T05:00:00+08:00'));
    expect(link).toMatchObject({ deadline: { id: 'activation-link' }, dueSoon: true, left: { unit: 'hours', amount: 5 } });
    expect(formatDue(link!, 'Asia/Shanghai')).toBe('2025-05-02 10:30');
  });

  it('closes a deadline once its step is done, or passed by a later one', () => {
    const base = { account: { at: registered }, 'entity-admin': { at: registered } };
    const now = at('2025-05-02T10:00:00+08:00');
    expect(openDeadlines(overseas, base, now).map((d) => d.deadline.id)).toEqual(['verification-45-days']);
    expect(openDeadlines(overseas, { ...base, verified: { at: registered } }, now)).toEqual([]);
    expect(openDeadlines(overseas, { ...base, 'store-info': { at: registered } }, now)).toEqual([]);
  });

  it('opens the fee e-mail reply only when that optional step was taken, sorted soonest first', () => {
    const paid = { 'entity-admin': { at: registered }, fee: { at: '2025-05-09T15:00:00+08:00' } };
    const now = at('2025-05-10T10:00:00+08:00');
    expect(openDeadlines(overseas, paid, now).map((d) => d.deadline.id)).toEqual(['verification-review', 'verification-45-days']);
    const mailed = { ...paid, 'fee-email': { at: '2025-05-09T16:00:00+08:00' } };
    const ids = openDeadlines(overseas, mailed, now).map((d) => d.deadline.id);
    expect(ids).toEqual(['fee-email-reply', 'verification-review', 'verification-45-days']);
    expect(iso(openDeadlines(overseas, mailed, now)[0]!.dueAt)).toBe(iso(at('2025-05-15T00:00:00+08:00')));
  });

  it('times the MIIT text message from reaching it, for mainland filings', () => {
    const mainland = resolvePath(null, { countryRegion: 'CN' });
    const records = { verified: { at: registered }, 'filing-form': { at: registered }, 'filing-platform-review': { at: '2025-05-03T09:00:00+08:00' } };
    const [sms] = openDeadlines(mainland, records, at('2025-05-04T08:00:00+08:00'));
    expect(sms).toMatchObject({ deadline: { id: 'filing-sms' }, dueSoon: true, left: { unit: 'hours', amount: 1 } });
  });

  it('ignores a start date it cannot read', () => {
    expect(openDeadlines(overseas, { 'entity-admin': { at: 'yesterday' } }, Date.now())).toEqual([]);
  });
});
