import { describe, expect, it } from 'vitest';
import { dateSettings, localDayStart } from '../../components/popup/DateSettings';
import { formatDay, resolvePath } from '../../engine/progress';
import { localeIds, locales } from '../../locales';
import { flowPaths } from '../../rules/flows';

// The dates a user sets by hand in the popup, and the words that explain where a clock counts from.

describe('dates set by hand', () => {
  it('offers the registration date where the 45-day clock can fall back on later evidence, and the expiry on the quick path', () => {
    expect(dateSettings(resolvePath('overseas', {}))).toEqual([{ stepId: 'entity-admin', notAfterToday: true, withTime: false }]);
    // Mainland: also when MIIT's SMS arrived (date and time: a 24-hour clock) and the verification's validity date (年审).
    expect(dateSettings(resolvePath('mainland', {}))).toEqual([
      { stepId: 'entity-admin', notAfterToday: true, withTime: false },
      { stepId: 'miit-sms-received', notAfterToday: true, withTime: true },
      { stepId: 'verification-valid-until', notAfterToday: false, withTime: false },
    ]);
    expect(dateSettings(resolvePath('quick', {}))).toEqual([{ stepId: 'oa-verification-expiry', notAfterToday: false, withTime: false }]);
  });

  it('turns a typed day into the midnight that starts it, and refuses what is not a calendar day', () => {
    const at = localDayStart('2026-02-17');
    expect(at).not.toBeNull();
    expect(formatDay(Date.parse(at!))).toBe('2026-02-17');
    expect(new Date(at!).getHours()).toBe(0);
    for (const bad of ['', '2026-02-30', '17/02/2026', '2026-2-17', 'yesterday']) expect(localDayStart(bad), bad).toBeNull();
  });

  it('has the words for every setting and every piece of evidence, in every language', () => {
    const keys = new Set<string>();
    for (const path of flowPaths) {
      for (const setting of dateSettings(path)) {
        keys.add(`popup.dates.${setting.stepId}.label`).add(`popup.dates.${setting.stepId}.help`);
        if (setting.notAfterToday) keys.add(`popup.dates.${setting.stepId}.future`);
      }
      for (const step of path.steps)
        for (const deadline of step.deadlines) {
          if (deadline.orAfter) keys.add(`popup.deadlines.counted-from.${deadline.after}`);
          for (const id of [deadline.after, ...(deadline.orAfter ?? [])]) if (deadline.orAfter) keys.add(`popup.evidence.${id}`);
          if (deadline.estimatedFrom) keys.add(`popup.deadlines.estimated.${deadline.id}`).add(`popup.dates.${deadline.after}.estimated`);
        }
    }
    expect(keys.size).toBeGreaterThan(4);
    for (const locale of localeIds)
      expect(
        [...keys].filter((key) => !locales[locale][key]),
        locale,
      ).toEqual([]);
  });
});
