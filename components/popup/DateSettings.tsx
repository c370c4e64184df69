import { useId, useState } from 'react';
import { deadlineStart } from '../../engine/deadlines';
import { formatDay, formatMinute, type StepRecords } from '../../engine/progress';
import { yearlyCycle } from '../../engine/yearly';
import type { FlowDeadline, FlowPath } from '../../rules/flows';
import type { Translate } from '../../locales';

export interface DateSetting {
  /** The step whose recorded date the user sets. */
  stepId: string;
  /** A registration date (or an SMS's arrival) cannot lie in the future; an expiry date can. */
  notAfterToday: boolean;
  /** A clock counted in hours (MIIT's 24 hours from the SMS) needs the time of day too. */
  withTime: boolean;
}

/**
 * The dates a user can set by hand on this path: the start of every deadline that falls back on
 * other evidence (the registration date of the 45-day clock, the time MIIT's SMS arrived), and every
 * hidden step the user types (the Official Account's verification expiry, the 认证有效期).
 */
export function dateSettings(path: FlowPath): DateSetting[] {
  const settings = new Map<string, DateSetting>();
  for (const step of path.steps) {
    // A start that has evidence to fall back on happened already; the hidden step that holds it may come first.
    for (const deadline of step.deadlines)
      if (deadline.orAfter) settings.set(deadline.after, { stepId: deadline.after, notAfterToday: true, withTime: deadline.unit === 'hours' });
    if (step.hidden && step.completesOn.includes('manual') && !settings.has(step.id))
      settings.set(step.id, { stepId: step.id, notAfterToday: false, withTime: false });
  }
  return [...settings.values()];
}

/** The local Date of a typed day (and time), or null for anything that is not a real calendar day and time. */
function localDate(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const h = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !h) return null;
  const date = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(h[1]), Number(h[2]));
  return formatDay(date.getTime()) === day ? date : null;
}

/**
 * 2026-02-17 → midnight starting that day where the user is, as an ISO instant: the earliest moment
 * of the day they typed, so a deadline counted from it is never late. Dates are shown in the same
 * time zone as every other date of the popup. Null for anything that is not a real calendar day.
 */
export function localDayStart(day: string): string | null {
  return localDate(day, '00:00')?.toISOString() ?? null;
}

/**
 * 2026-12-07 and 09:30 → that minute where the user is (the popup shows every time in the user's own
 * time zone), as an ISO instant. Null when the day or the time (HH:MM, 24-hour) is not a real one.
 */
export function localMinute(day: string, time: string): string | null {
  return localDate(day, time)?.toISOString() ?? null;
}

export interface DateSettingsProps {
  path: FlowPath;
  records: StepRecords;
  now: number;
  t: Translate;
  /** Saves the date (an ISO instant with offset). */
  onSet(stepId: string, at: string): void;
}

/** The deadlines whose clock this setting's date starts. */
const clocksOf = (stepId: string, path: FlowPath): FlowDeadline[] => path.steps.flatMap((step) => step.deadlines).filter((d) => d.after === stepId);

/** The step a deadline belongs to. */
const stepOf = (deadline: FlowDeadline, path: FlowPath) => path.steps.find((step) => step.deadlines.includes(deadline))!.id;

/**
 * The date a setting stands at: recorded, else (never recorded) where its clock counts from instead;
 * for a yearly clock (the 认证有效期), the validity date of the cycle now running (moved on a year by
 * each review done) or, never typed, its estimate.
 */
function settingState(setting: DateSetting, path: FlowPath, records: StepRecords) {
  const { stepId } = setting;
  const recorded = Date.parse(records[stepId]?.at ?? '');
  const clocks = clocksOf(stepId, path);
  const yearly = clocks.find((d) => d.yearly);
  const reviewStep = yearly ? stepOf(yearly, path) : '';
  const cycle = yearly ? yearlyCycle(yearly, reviewStep, records) : null;
  const reviewedAt = Date.parse(records[reviewStep]?.at ?? '');
  const fallback = Number.isNaN(recorded)
    ? clocks
        .filter((d) => d.orAfter)
        .map((d) => deadlineStart(d, records))
        .find((start) => start !== null)
    : null;
  const at: number = cycle ? cycle.dueAt : !Number.isNaN(recorded) ? recorded : fallback ? fallback.at : NaN;
  const shown = Number.isNaN(at) ? { day: '', time: '' } : { day: formatDay(at), time: formatMinute(at).slice(11) };
  return { recorded, fallback, cycle, reviewedAt, shown };
}

function DateRow({ setting, path, records, t, onSet }: { setting: DateSetting } & DateSettingsProps) {
  const id = useId();
  const timeId = useId();
  const helpId = useId();
  const { stepId, withTime } = setting;
  const { recorded, fallback, cycle, reviewedAt, shown } = settingState(setting, path, records);
  const [day, setDay] = useState(shown.day);
  const [time, setTime] = useState(shown.time);
  const [error, setError] = useState('');
  const when = (ms: number) => (withTime ? formatMinute(ms) : formatDay(ms));

  const save = () => {
    const typedTime = time.trim();
    if (withTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(typedTime)) return setError(t('popup.dates.invalid-time'));
    const at = withTime ? localMinute(day.trim(), typedTime) : localDayStart(day.trim());
    if (!at) return setError(t('popup.dates.invalid'));
    // The clock's own now, not the popup's minute tick: an SMS that arrived this minute is not in the future.
    if (setting.notAfterToday && Date.parse(at) > Date.now()) return setError(t(`popup.dates.${stepId}.future`));
    setError('');
    onSet(stepId, at);
  };

  let status: string;
  if (cycle?.estimated) status = t(`popup.dates.${stepId}.estimated`, { date: formatDay(cycle.dueAt), from: formatDay(cycle.startedAt) });
  else if (cycle && cycle.renewals > 0)
    status = t('popup.dates.renewed', { typed: formatDay(recorded), reviewed: formatDay(reviewedAt), date: formatDay(cycle.dueAt) });
  else if (!Number.isNaN(recorded)) status = t('popup.dates.recorded', { date: when(recorded) });
  else if (fallback) status = t('popup.dates.from-evidence', { date: when(fallback.at), evidence: t(`popup.evidence.${fallback.from}`) });
  else status = t('popup.dates.not-set');

  const unchanged = day === shown.day && (!withTime || time === shown.time) && !Number.isNaN(recorded) && !cycle?.renewals;
  // The date and the time box alike: digits typed as text, described by the help, marked while wrong.
  const numericText = {
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    spellCheck: false,
    'aria-describedby': helpId,
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className="date-setting" data-date-setting={stepId}>
      <label htmlFor={id}>{t(`popup.dates.${stepId}.label`)}</label>
      <p className="help" id={helpId}>
        <span className="date-status">{status}</span> {t(`popup.dates.${stepId}.help`)}
      </p>
      <div className="date-row">
        {/* Text fields, not type=date/time: the browser would show them in its own locale's order and clock, and dates are YYYY-MM-DD everywhere. */}
        <input
          id={id}
          {...numericText}
          placeholder="YYYY-MM-DD"
          maxLength={10}
          value={day}
          onChange={(event) => {
            setDay(event.currentTarget.value);
            setError('');
          }}
        />
        {withTime && (
          <>
            <label htmlFor={timeId} className="time-label">
              {t('popup.dates.time')}
            </label>
            <input
              id={timeId}
              className="time-input"
              {...numericText}
              placeholder="HH:MM"
              maxLength={5}
              value={time}
              onChange={(event) => {
                setTime(event.currentTarget.value);
                setError('');
              }}
            />
          </>
        )}
        <button type="button" className="button small" disabled={day === '' || unchanged} onClick={save}>
          {t('popup.dates.save')}
        </button>
      </div>
      {error && (
        <p className="date-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Dates the user sets or corrects by hand: the registration date, MIIT's SMS, the verification's validity, the Official Account's expiry. */
export function DateSettings(props: DateSettingsProps) {
  const settings = dateSettings(props.path);
  if (settings.length === 0) return null;
  return (
    <section className="dates" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{props.t('popup.dates.heading')}</h2>
      {settings.map((setting) => {
        const { shown } = settingState(setting, props.path, props.records);
        // A new key when the stored date changes: the fields start again from it.
        return <DateRow key={`${setting.stepId} ${shown.day} ${shown.time}`} setting={setting} {...props} />;
      })}
    </section>
  );
}
