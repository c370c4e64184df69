import { describe, expect, it } from 'vitest';
import { dateSettings, localDayStart, localMinute } from '../../components/popup/DateSettings';
import { HOUR, openDeadlines } from '../../engine/deadlines';
import { clientSummary, formatDay, formatMinute, resolvePath, stepViews, type StepRecords } from '../../engine/progress';
import { addMonths, yearlyCycle } from '../../engine/yearly';
import { locales, translator } from '../../locales';
import { flowPathSchema } from '../../rules/flows.schema';
import { flowPathById, type FlowPathInput } from '../../rules/flows';

// The two clocks issue 21 left: the 年审 from the validity date the console shows (认证有效期), with its
// window 3 months before and the next year's clock after each review; MIIT's 24 hours from the time
// the SMS arrived, else from when the extension first saw the filing wait for it. Typed dates are the
// user's own calendar (components/popup/DateSettings.tsx), so the expectations are written in it too.

const mainland = flowPathById('mainland');
const quick = flowPathById('quick');
/** A day typed in the popup, as stored. */
const typed = (day: string) => ({ at: localDayStart(day)! });
const ms = (day: string) => Date.parse(localDayStart(day)!);
const annual = (records: StepRecords, now: number) => openDeadlines(mainland, records, now).find((d) => d.deadline.id === 'annual-review');
const status = (records: StepRecords, now: number) => stepViews(mainland, records, now).find((v) => v.step.id === 'annual-review')!;

describe('the 年审 clock from the validity date (F70)', () => {
  const approved = { verified: { at: new Date(2026, 2, 10, 10, 30).toISOString() } };

  it('is due on the 认证有效期 the user typed, and its window opens 3 months before', () => {
    const records = { ...approved, 'verification-valid-until': typed('2027-03-15') };
    const view = annual(records, ms('2026-06-01'))!;
    expect(formatDay(view.dueAt)).toBe('2027-03-15');
    expect(view.dueAt).toBe(ms('2027-03-15'));
    expect(formatDay(view.opensAt!)).toBe('2026-12-15');
    expect(view.estimated).toBeUndefined();
    expect(view.startedBy).toBe('verification-valid-until');
    expect(view.deadline.facts).toEqual(['F70']);
  });

  it('is an estimate a year after the approval until the date is typed, and says so', () => {
    const view = annual(approved, ms('2026-06-01'))!;
    expect(formatDay(view.dueAt)).toBe('2027-03-10');
    expect(formatDay(view.opensAt!)).toBe('2026-12-10');
    expect(view).toMatchObject({ estimated: true, startedBy: 'verified' });
    expect(annual({}, ms('2026-06-01'))).toBeUndefined();
    // The client summary says so too.
    const now = ms('2026-06-01');
    const summary = clientSummary({
      label: 'Shenzhen',
      companyName: '',
      path: mainland,
      views: stepViews(mainland, approved, now),
      deadlines: openDeadlines(mainland, approved, now),
      now,
      t: translator('en'),
    });
    expect(summary).toContain("- Annual review (年审) by the verification's validity date: due 2027-03-10");
    expect(summary).toContain('(estimated from the approval: the validity date the console shows was not typed)');
  });

  it('starts the next year’s clock once the review is ticked done, and opens the step again with the next window', () => {
    const records = { ...approved, 'verification-valid-until': typed('2027-03-15'), 'annual-review': { at: new Date(2027, 0, 10, 9).toISOString() } };
    const during = ms('2027-06-01');
    const next = annual(records, during)!;
    expect(formatDay(next.dueAt)).toBe('2028-03-15');
    expect(formatDay(next.opensAt!)).toBe('2027-12-15');
    expect(next.overdue).toBe(false);
    // Done for this year until the next window opens; then due again, with the last review named.
    expect(status(records, during)).toMatchObject({ status: 'done' });
    const reopened = status(records, ms('2027-12-20'));
    expect(reopened.status).toBe('optional');
    expect(formatDay(Date.parse(reopened.lastDone!.at))).toBe('2027-01-10');
    // Ticked again in that window: the year after.
    const again = { ...records, 'annual-review': { at: new Date(2027, 11, 20, 9).toISOString() } };
    expect(formatDay(annual(again, ms('2027-12-21'))!.dueAt)).toBe('2029-03-15');
    expect(status(again, ms('2027-12-21')).status).toBe('done');
  });

  it('moves nothing for a review from before the window (the date typed is already the new one)', () => {
    const records = { ...approved, 'verification-valid-until': typed('2028-03-15'), 'annual-review': { at: new Date(2027, 0, 10).toISOString() } };
    expect(formatDay(annual(records, ms('2027-06-01'))!.dueAt)).toBe('2028-03-15');
  });

  it('runs into the overdue once the validity date has passed unreviewed', () => {
    const view = annual({ 'verification-valid-until': typed('2027-03-15') }, ms('2027-03-20'))!;
    expect(view.overdue).toBe(true);
  });

  it('counts calendar months: month ends and 29 February', () => {
    expect(formatDay(addMonths(ms('2027-05-31'), -3))).toBe('2027-02-28');
    expect(formatDay(addMonths(ms('2028-05-31'), -3))).toBe('2028-02-29');
    expect(formatDay(addMonths(ms('2027-11-30'), 3))).toBe('2028-02-29');
    const leap = yearlyCycle(mainland.steps.find((s) => s.id === 'annual-review')!.deadlines[0]!, 'annual-review', {
      'verification-valid-until': typed('2028-02-29'),
      'annual-review': { at: localDayStart('2030-12-01')! },
    })!;
    expect(leap.renewals).toBe(4);
    expect(formatDay(leap.dueAt)).toBe('2032-02-29');
  });

  it('refuses a yearly clock without a window, or an estimate on a clock that is not yearly', () => {
    const broken = (extra: object): FlowPathInput => ({
      id: 'mainland',
      name: 'flow.path.mainland.name',
      about: 'flow.path.mainland.about',
      steps: [
        { id: 'a', title: 'x.a', next: 'x.a', completesOn: ['manual'] },
        {
          id: 'b',
          title: 'x.b',
          next: 'x.b',
          completesOn: ['manual'],
          deadlines: [{ id: 'c', after: 'a', amount: 0, unit: 'days', kind: 'hard', label: 'x.c', facts: ['F70'], ...extra }],
        },
      ],
    });
    expect(flowPathSchema.safeParse(broken({ opensMonthsBefore: 3, yearly: true })).success).toBe(true);
    expect(flowPathSchema.safeParse(broken({ yearly: true })).success).toBe(false);
    expect(flowPathSchema.safeParse(broken({ estimatedFrom: { step: 'a', months: 12 } })).success).toBe(false);
  });

  it('lets the user type the validity date, and says a quick-registered Mini Program follows the Official Account’s yearly verification (F34)', () => {
    expect(dateSettings(mainland)).toContainEqual({ stepId: 'verification-valid-until', notAfterToday: false, withTime: false });
    const renewal = quick.steps.find((s) => s.id === 'oa-renewal')!;
    expect(renewal.facts).toContain('F34');
    expect(renewal.deadlines[0]!.facts).toContain('F34');
    expect(locales.en['flow.step.oa-renewal.next']).toContain("follows the Official Account's yearly verification");
    expect(locales.zh_CN['flow.step.oa-renewal.next']).toContain('跟随公众号的年度认证');
    expect(locales.en['popup.dates.oa-verification-expiry.help']).toContain("follows the Official Account's yearly verification");
  });
});

describe("MIIT's 24 hours from the SMS (F55)", () => {
  const seen = {
    'filing-form': { at: '2026-12-06T02:00:00Z' },
    'filing-platform-review': { at: '2026-12-07T01:00:00Z', url: 'https://mp.weixin.qq.com/wxamp/home/guide' },
  };
  const sms = (records: StepRecords, now: number) => openDeadlines(mainland, records, now).find((d) => d.deadline.id === 'filing-sms')!;

  it('counts from the time the user typed for the SMS', () => {
    const arrived = localMinute('2026-12-06', '22:30')!;
    const view = sms({ ...seen, 'miit-sms-received': { at: arrived } }, Date.parse('2026-12-07T02:00:00Z'));
    expect(view.dueAt).toBe(Date.parse(arrived) + 24 * HOUR);
    expect(formatMinute(view.dueAt)).toBe(formatMinute(Date.parse(arrived)).replace('2026-12-06', '2026-12-07'));
    expect(view.startedBy).toBe('miit-sms-received');
  });

  it('counts from when the extension first saw the filing wait for the SMS when no time was typed, and says so in both languages', () => {
    const view = sms(seen, Date.parse('2026-12-07T02:00:00Z'));
    expect(view.dueAt).toBe(Date.parse('2026-12-08T01:00:00Z'));
    expect(view.startedBy).toBe('filing-platform-review');
    expect(view.startedBy).not.toBe(view.deadline.after);
    expect(locales.en['popup.evidence.filing-platform-review']).toMatch(/^the extension first saw /);
    expect(locales.zh_CN['popup.evidence.filing-platform-review']).toMatch(/^本扩展首次看到/);
    for (const locale of ['en', 'zh_CN'] as const) expect(locales[locale]['popup.deadlines.counted-from.miit-sms-received']).toContain('{evidence}');
  });

  it('takes a date and a time for the SMS, never one in the future', () => {
    expect(dateSettings(mainland)).toContainEqual({ stepId: 'miit-sms-received', notAfterToday: true, withTime: true });
    expect(dateSettings(resolvePath('overseas', {})).every((s) => !s.withTime)).toBe(true);
    const at = localMinute('2026-12-07', '09:05')!;
    expect(formatMinute(Date.parse(at))).toBe('2026-12-07 09:05');
    for (const [day, time] of [
      ['2026-12-07', '24:00'],
      ['2026-12-07', '9:05'],
      ['2026-12-07', '09:5'],
      ['2026-02-30', '09:05'],
      ['07/12/2026', '09:05'],
    ])
      expect(localMinute(day!, time!), `${day} ${time}`).toBeNull();
  });
});
