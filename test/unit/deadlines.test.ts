import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidays, workdays } from 'chinese-days/dist/chinese-days.json';
import { calendarYears, chinaCalendar, type ChinaCalendar } from '../../engine/china-calendar';
import { addWorkingDays, badgeCount, countWorkingDays, DAY, deadlineStart, dueAt, HOUR, openDeadlines, timeLeft } from '../../engine/deadlines';
import { clientSummary, stepViews, type StepRecords } from '../../engine/progress';
import { formatDay, formatDue, formatLeft, resolvePath } from '../../engine/progress';
import { translator } from '../../locales';

// Deadline arithmetic. Instants are written with explicit offsets: +08:00 is China time.
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const t = translator('en');
/** The package's calendar data up to a year: what it held before that year's holidays were published. */
const calendarUpTo = (year: number): ChinaCalendar => {
  const upTo = (days: Record<string, unknown>) => Object.fromEntries(Object.entries(days).filter(([day]) => Number(day.slice(0, 4)) <= year));
  return chinaCalendar({ holidays: upTo(holidays), workdays: upTo(workdays) });
};

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
    expect(iso(addWorkingDays(at('2024-02-28T12:00:00+08:00'), 2))).toBe(iso(at('2024-03-02T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2025-02-27T12:00:00+08:00'), 2))).toBe(iso(at('2025-03-04T00:00:00+08:00')));
  });

  it("skips China's public holidays and counts the make-up working weekends (调休)", () => {
    // 2025 Spring Festival: 28 January to 4 February off; Wednesday 5 and Thursday 6 February count.
    expect(iso(addWorkingDays(at('2025-01-30T12:00:00+08:00'), 2))).toBe(iso(at('2025-02-07T00:00:00+08:00')));
    // New Year 2026: 1–3 January off, Sunday 4 January worked: 4, 5 and 6 January.
    expect(iso(addWorkingDays(at('2025-12-31T12:00:00+08:00'), 3))).toBe(iso(at('2026-01-07T00:00:00+08:00')));
    expect(iso(addWorkingDays(at('2025-12-31T23:30:00+08:00'), 20))).toBe(iso(at('2026-01-30T00:00:00+08:00')));
    // Sunday 20 September 2026 is a working day (National Day 调休): the first working day after Friday 18th.
    expect(iso(addWorkingDays(at('2026-09-18T15:00:00+08:00'), 1))).toBe(iso(at('2026-09-21T00:00:00+08:00')));
    // National Day 2026: 1–7 October off, Saturday 10 October worked.
    expect(iso(addWorkingDays(at('2026-09-30T10:00:00+08:00'), 3))).toBe(iso(at('2026-10-11T00:00:00+08:00')));
  });

  it('ends a 15-working-day review over the 2026 Spring Festival almost a week later than Monday to Friday would', () => {
    // Paid on Tuesday 10 February 2026; 15–23 February are off, Saturdays 14 and 28 February are worked.
    const paid = at('2026-02-10T10:00:00+08:00');
    const review = countWorkingDays(paid, 15);
    expect(review).toEqual({ end: at('2026-03-10T00:00:00+08:00'), calendarKnown: true });
    // Monday to Friday alone would say the end of Tuesday 3 March: six days too early.
    expect(review.end - at('2026-03-04T00:00:00+08:00')).toBe(6 * DAY);
    const overseas = resolvePath('overseas', {});
    const [expected] = openDeadlines(
      overseas,
      { 'entity-admin': { at: '2026-02-01T10:00:00+08:00' }, fee: { at: '2026-02-10T10:00:00+08:00' } },
      at('2026-02-11T10:00:00+08:00'),
    );
    expect(expected).toMatchObject({ deadline: { id: 'verification-review' }, calendarKnown: true });
    // Shown as the China midnight that ends Monday 9 March.
    expect(formatDue(expected!, 'Asia/Shanghai')).toBe('2026-03-10');
  });

  it('falls back to Monday to Friday, marked as an estimate, where the calendar has no holidays yet (2027)', () => {
    // The package's own data decides which years are known: while it has none for 2027, 2027 is an estimate.
    expect(countWorkingDays(at('2027-02-01T10:00:00+08:00'), 15).calendarKnown).toBe(calendarYears.last >= 2027);
    // The same, pinned to a calendar that ends with 2026 (the package's data up to 2026).
    const to2026 = calendarUpTo(2026);
    // The 2027 Spring Festival (6 February) is not in the calendar yet: weekdays only, and it says so.
    expect(countWorkingDays(at('2027-02-01T10:00:00+08:00'), 15, to2026)).toEqual({ end: at('2027-02-23T00:00:00+08:00'), calendarKnown: false });
    // A review paid in December 2026 that runs into 2027 is an estimate too; one that ends in 2026 is not.
    expect(countWorkingDays(at('2026-12-21T10:00:00+08:00'), 15, to2026).calendarKnown).toBe(false);
    expect(countWorkingDays(at('2026-12-01T10:00:00+08:00'), 15, to2026)).toEqual({ end: at('2026-12-23T00:00:00+08:00'), calendarKnown: true });
    const overseas = resolvePath('overseas', {});
    const views = openDeadlines(
      overseas,
      { 'entity-admin': { at: '2027-01-20T10:00:00+08:00' }, fee: { at: '2027-02-01T10:00:00+08:00' } },
      at('2027-02-02T10:00:00+08:00'),
      to2026,
    );
    expect(views.find((v) => v.deadline.id === 'verification-review')).toMatchObject({ calendarKnown: false });
    expect(views.find((v) => v.deadline.id === 'verification-45-days')).toMatchObject({ calendarKnown: true });
  });

  it('drops the estimate, with no code change, once the calendar data has the year (2027 added to the data)', () => {
    // A data file shaped like the package's, with a 2027 Spring Festival added: a fixture, not the real
    // 2027 schedule (the State Council had not published it when this was written).
    const with2027 = chinaCalendar({
      holidays: {
        ...holidays,
        ...Object.fromEntries(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((day) => [day, 'Spring Festival'])),
      },
      workdays: { ...workdays, '2027-02-13': 'Spring Festival' },
    });
    expect(with2027.years.last).toBe(2027);
    const end = countWorkingDays(at('2027-02-01T10:00:00+08:00'), 15, with2027);
    // Five weekdays off, one make-up Saturday: four days later than the weekday-only estimate (2027-02-23).
    expect(end).toEqual({ end: at('2027-02-27T00:00:00+08:00'), calendarKnown: true });
    const views = openDeadlines(
      resolvePath('overseas', {}),
      { 'entity-admin': { at: '2027-01-20T10:00:00+08:00' }, fee: { at: '2027-02-01T10:00:00+08:00' } },
      at('2027-02-02T10:00:00+08:00'),
      with2027,
    );
    expect(views.find((v) => v.deadline.id === 'verification-review')).toMatchObject({ calendarKnown: true, dueAt: at('2027-02-27T00:00:00+08:00') });
    expect(views.every((v) => v.calendarKnown)).toBe(true);
  });

  it('agrees with the chinese-days calendar: ends at China midnight after a working day, having counted exactly n of them', () => {
    // The oracle is the library's published days with the weekday rule, not its isWorkday: that one reads
    // a date in the machine's time zone, and answered for the wrong day (2026-10-10, a 调休 Saturday, fed
    // as noon UTC) when these tests ran in America/Los_Angeles or Pacific/Kiritimati.
    const workday = (dayNumber: number) => {
      const date = new Date(dayNumber * DAY);
      const iso = date.toISOString().slice(0, 10);
      return iso in workdays || (!(iso in holidays) && date.getUTCDay() % 6 !== 0);
    };
    fc.assert(
      fc.property(fc.integer({ min: at('2004-01-01T00:00:00Z'), max: at('2026-10-31T00:00:00Z') }), fc.integer({ min: 1, max: 30 }), (start, n) => {
        const { end, calendarKnown } = countWorkingDays(start, n);
        expect(calendarKnown).toBe(true);
        const china = (ms: number) => new Date(ms + 8 * HOUR);
        expect(china(end).getUTCHours()).toBe(0);
        expect(china(end).getUTCMinutes()).toBe(0);
        const lastDay = Math.floor((end - 1 + 8 * HOUR) / DAY);
        expect(workday(lastDay)).toBe(true);
        let counted = 0;
        for (let day = Math.floor((start + 8 * HOUR) / DAY) + 1; day <= lastDay; day++) if (workday(day)) counted++;
        expect(counted).toBe(n);
      }),
    );
  });

  it('counts Monday to Friday past the calendar, always ending at China midnight after a weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2027-01-01T00:00:00Z'), max: at('2099-12-31T00:00:00Z') }), fc.integer({ min: 1, max: 30 }), (start, n) => {
        const { end, calendarKnown } = countWorkingDays(start, n);
        expect(calendarKnown).toBe(false);
        const lastDay = new Date(end - 1 + 8 * HOUR).getUTCDay();
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
    const [deadline] = openDeadlines(
      overseas,
      { account: { at: registered }, 'email-activation': { at: registered }, 'entity-admin': { at: registered } },
      at('2025-05-02T10:00:00+08:00'),
    );
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

  it('opens the 45-day clock from the AppID, else the first console page, when the registration message was missed', () => {
    const now = at('2025-05-20T10:00:00+08:00');
    // Installed after registering: the console home page showed the AppID on 10 May.
    const fromAppId = openDeadlines(overseas, { appid: { at: '2025-05-10T09:00:00+08:00' } }, now).find((d) => d.deadline.id === 'verification-45-days');
    expect(fromAppId).toMatchObject({ startedBy: 'appid', startedAt: at('2025-05-10T09:00:00+08:00'), left: { unit: 'days', amount: 34 } });
    expect(formatDue(fromAppId!, 'Asia/Shanghai')).toBe('2025-06-24');
    // Only a verification page of the account was seen (hidden step, not in the list).
    const fromPage = openDeadlines(overseas, { 'account-seen': { at: '2025-05-08T09:00:00+08:00' } }, now).find(
      (d) => d.deadline.id === 'verification-45-days',
    );
    expect(fromPage).toMatchObject({ startedBy: 'account-seen', startedAt: at('2025-05-08T09:00:00+08:00') });
    expect(stepViews(overseas, {}).map((v) => v.step.id)).not.toContain('account-seen');
    // Both: the earliest evidence counts.
    const both = { appid: { at: '2025-05-10T09:00:00+08:00' }, 'account-seen': { at: '2025-05-08T09:00:00+08:00' } };
    expect(deadlineStart(fromAppId!.deadline, both)).toEqual({ at: at('2025-05-08T09:00:00+08:00'), from: 'account-seen' });
    // A registration date, recorded or typed by hand, wins over later evidence.
    expect(deadlineStart(fromAppId!.deadline, { ...both, 'entity-admin': { at: '2025-05-01T00:00:00+08:00' } })).toEqual({
      at: at('2025-05-01T00:00:00+08:00'),
      from: 'entity-admin',
    });
    // Nothing recorded: no clock.
    expect(openDeadlines(overseas, {}, now)).toEqual([]);
  });

  it('opens the 10-day transfer clock only when 对公打款 was chosen', () => {
    const mainland = resolvePath(null, { countryRegion: 'CN' });
    const registered = { 'entity-admin': { at: '2025-05-01T10:00:00+08:00' } };
    const ids = (records: StepRecords) => openDeadlines(mainland, records, at('2025-05-02T10:00:00+08:00')).map((d) => d.deadline.id);
    expect(ids(registered)).not.toContain('bank-transfer');
    // Chosen (the console's 请在10天内完成汇款 notice, or ticked): counted from the registration, not from the choice.
    const chosen = openDeadlines(mainland, { ...registered, 'transfer-chosen': { at: '2025-05-03T10:00:00+08:00' } }, at('2025-05-04T10:00:00+08:00'));
    expect(chosen.find((d) => d.deadline.id === 'bank-transfer')).toMatchObject({ startedAt: at('2025-05-01T10:00:00+08:00') });
    expect(mainland.steps.find((s) => s.id === 'transfer-chosen')?.completesOn).toContain('message:bank.transfer-deadline');
  });

  it('gives a mainland 对公打款 10 days, closed by the transfer or by taking WeChat verification instead', () => {
    const mainland = resolvePath(null, { countryRegion: 'CN' });
    const registeredOn = { 'entity-admin': { at: '2025-05-01T10:00:00+08:00' }, 'transfer-chosen': { at: '2025-05-01T10:05:00+08:00' } };
    const [transfer] = openDeadlines(mainland, registeredOn, at('2025-05-09T10:00:00+08:00'));
    expect(transfer).toMatchObject({
      deadline: { id: 'bank-transfer', kind: 'hard' },
      stepId: 'bank-transfer',
      dueSoon: true,
      left: { unit: 'days', amount: 2 },
    });
    expect(formatDue(transfer!, 'Asia/Shanghai')).toBe('2025-05-11');
    const ids = (records: StepRecords) => openDeadlines(mainland, records, at('2025-05-09T10:00:00+08:00')).map((d) => d.deadline.id);
    expect(ids({ ...registeredOn, 'bank-transfer': { at: '2025-05-05T10:00:00+08:00' } })).not.toContain('bank-transfer');
    expect(ids({ ...registeredOn, 'verify-documents': { at: '2025-05-05T10:00:00+08:00' } })).not.toContain('bank-transfer');
    expect(ids({ ...registeredOn, fee: { at: '2025-05-05T10:00:00+08:00' } })).not.toContain('bank-transfer');
    // Overseas entities have no 对公打款.
    expect(openDeadlines(overseas, registeredOn, at('2025-05-02T10:00:00+08:00')).map((d) => d.deadline.id)).not.toContain('bank-transfer');
  });

  it('lets the earlier of two contradicting deadlines win, and says why (a resubmission window past the 45-day limit)', () => {
    const records = {
      'entity-admin': { at: '2025-05-01T10:00:00+08:00' },
      fee: { at: '2025-05-20T10:00:00+08:00' },
      'more-documents': { at: '2025-06-01T10:00:00+08:00' },
    };
    const now = at('2025-06-02T10:00:00+08:00');
    const views = openDeadlines(overseas, records, now);
    const limit = views.find((d) => d.deadline.id === 'verification-45-days')!;
    const resubmit = views.find((d) => d.deadline.id === 'verification-resubmit')!;
    expect(limit.cappedBy).toBeUndefined();
    expect(resubmit).toMatchObject({ dueAt: limit.dueAt, cappedBy: { id: 'verification-45-days', dueAt: limit.dueAt } });
    expect(resubmit.left).toEqual(limit.left);
    for (const locale of ['en', 'zh_CN'] as const) {
      const sentence = translator(locale)('popup.deadlines.capped', { other: translator(locale)(resubmit.cappedBy!.label), date: formatDay(limit.dueAt) });
      expect(sentence, locale).toContain(formatDay(limit.dueAt));
      expect(sentence, locale).not.toMatch(/\{/);
    }
    // A window that ends first is left alone.
    const early = openDeadlines(overseas, { ...records, 'more-documents': { at: '2025-05-02T10:00:00+08:00' } }, at('2025-05-03T10:00:00+08:00'));
    expect(early.find((d) => d.deadline.id === 'verification-resubmit')?.cappedBy).toBeUndefined();
  });

  it('gives 30 days to send documents the review asked for, and says the source is third-party', () => {
    const records = { 'entity-admin': { at: registered }, fee: { at: '2025-05-05T10:00:00+08:00' }, 'more-documents': { at: '2025-05-12T10:00:00+08:00' } };
    const resubmit = openDeadlines(overseas, records, at('2025-05-13T10:00:00+08:00')).find((d) => d.deadline.id === 'verification-resubmit');
    expect(resubmit).toMatchObject({ deadline: { confidence: 'third-party', amount: 30, unit: 'days' }, left: { unit: 'days', amount: 29 } });
    expect(
      openDeadlines(overseas, { ...records, verified: { at: '2025-05-20T10:00:00+08:00' } }, at('2025-05-21T10:00:00+08:00')).map((d) => d.deadline.id),
    ).not.toContain('verification-resubmit');
  });

  it('reminds mainland clients of the annual renewal (年审) a year after verification (an estimate until the 认证有效期 is typed), whatever came later', () => {
    const mainland = resolvePath(null, { countryRegion: 'CN' });
    const records = {
      verified: { at: '2025-06-01T10:00:00+08:00' },
      'store-info': { at: '2025-06-02T10:00:00+08:00' },
      'test-payment': { at: '2025-07-01T10:00:00+08:00' },
    };
    const renewal = openDeadlines(mainland, records, at('2026-05-30T10:00:00+08:00')).find((d) => d.deadline.id === 'annual-review');
    expect(renewal).toMatchObject({ stepId: 'annual-review', dueSoon: true });
    expect(formatDue(renewal!, 'Asia/Shanghai')).toBe('2026-06-01');
    expect(renewal).toMatchObject({ estimated: true, startedBy: 'verified' });
    // The review done: the next year's clock (test/unit/clocks.test.ts has the rest).
    const next = openDeadlines(mainland, { ...records, 'annual-review': { at: '2026-05-20T10:00:00+08:00' } }, at('2026-05-30T10:00:00+08:00'));
    expect(next.map((d) => [d.deadline.id, formatDue(d, 'Asia/Shanghai'), d.dueSoon])).toEqual([['annual-review', '2027-06-01', false]]);
    // Overseas entities have no annual review.
    expect(openDeadlines(overseas, records, at('2026-05-30T10:00:00+08:00'))).toEqual([]);
  });

  it("lets the quick path reuse verification only until the Official Account's expires", () => {
    const quick = resolvePath('quick', {});
    const expiry = { 'oa-verification-expiry': { at: '2026-03-15T00:00:00+08:00' } };
    const [due] = openDeadlines(quick, expiry, at('2026-03-01T10:00:00+08:00'));
    expect(due).toMatchObject({ deadline: { id: 'quick-verification-expiry' }, stepId: 'oa-renewal', dueAt: at('2026-03-15T00:00:00+08:00'), overdue: false });
    expect(stepViews(quick, expiry).map((v) => v.step.id)).not.toContain('oa-verification-expiry');
    // Yearly, as the Official Account's 年审 (F70): its window opens 3 calendar months before the date
    // typed (stored as the user's own midnight, as the popup stores a typed day) …
    const typed = { 'oa-verification-expiry': { at: new Date(2026, 2, 15).toISOString() } };
    expect(openDeadlines(quick, typed, at('2026-03-01T10:00:00+08:00'))[0]!.opensAt).toBe(new Date(2025, 11, 15).getTime());
    // … and the renewal ticked in it moves the expiry on a year, the step done until the next window opens.
    const renewed = { ...expiry, 'oa-renewal': { at: '2026-03-02T10:00:00+08:00' } };
    const [next] = openDeadlines(quick, renewed, at('2026-03-03T10:00:00+08:00'));
    expect(formatDue(next!, 'Asia/Shanghai')).toBe('2027-03-15');
    expect(next!.overdue).toBe(false);
    const renewal = (now: string) => stepViews(quick, renewed, at(now)).find((v) => v.step.id === 'oa-renewal')!.status;
    expect(renewal('2026-06-01T10:00:00+08:00')).toBe('done');
    expect(renewal('2026-12-20T10:00:00+08:00')).toBe('optional');
  });

  it('says in the client summary which dates are estimates or come from a third-party source', () => {
    const records = {
      'entity-admin': { at: '2027-01-20T10:00:00+08:00' },
      fee: { at: '2027-02-01T10:00:00+08:00' },
      'more-documents': { at: '2027-02-03T10:00:00+08:00' },
    };
    const now = at('2027-02-04T10:00:00+08:00');
    const deadlines = openDeadlines(overseas, records, now);
    const summary = clientSummary({
      label: 'Acme',
      companyName: 'ACME LIMITED',
      path: overseas,
      views: stepViews(overseas, records),
      deadlines,
      now,
      timeZone: 'Asia/Shanghai',
      t,
    });
    expect(summary).toContain(
      "- Verification result expected (15 working days after paying): due 2027-02-23 (18 days left) (estimate: China's holidays for that year are not published yet)",
    );
    expect(summary).toMatch(/Send the extra documents \(30 days from the first request\): due 2027-03-05 \(29 days left\) \(third-party source, unconfirmed\)/);
    expect(summary).toMatch(/Complete WeChat verification \(45 days after registering\): due 2027-03-06 \(30 days left\)\n/);
  });

  it('ignores a start date it cannot read', () => {
    expect(openDeadlines(overseas, { 'entity-admin': { at: 'yesterday' } }, Date.now())).toEqual([]);
  });
});
