import { useId, useState } from 'react';
import { deadlineStart } from '../../engine/deadlines';
import { formatDay, type StepRecords } from '../../engine/progress';
import type { FlowPath } from '../../rules/flows';
import type { Translate } from '../../locales';

export interface DateSetting {
  /** The step whose recorded date the user sets. */
  stepId: string;
  /** A registration date cannot lie in the future; an expiry date can. */
  notAfterToday: boolean;
}

/**
 * The dates a user can set by hand on this path: the start of every deadline that falls back on
 * other evidence (the registration date of the 45-day clock), and every hidden step the user types
 * (the Official Account's verification expiry).
 */
export function dateSettings(path: FlowPath): DateSetting[] {
  const settings = new Map<string, DateSetting>();
  for (const step of path.steps) {
    for (const deadline of step.deadlines)
      if (deadline.orAfter && !settings.has(deadline.after)) settings.set(deadline.after, { stepId: deadline.after, notAfterToday: true });
    if (step.hidden && step.completesOn.includes('manual')) settings.set(step.id, { stepId: step.id, notAfterToday: false });
  }
  return [...settings.values()];
}

/**
 * 2026-02-17 → midnight starting that day where the user is, as an ISO instant: the earliest moment
 * of the day they typed, so a deadline counted from it is never late. Dates are shown in the same
 * time zone as every other date of the popup. Null for anything that is not a real calendar day.
 */
export function localDayStart(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatDay(date.getTime()) === day ? date.toISOString() : null;
}

export interface DateSettingsProps {
  path: FlowPath;
  records: StepRecords;
  now: number;
  t: Translate;
  /** Saves the date (an ISO instant with offset). */
  onSet(stepId: string, at: string): void;
}

/** The date a setting stands at: recorded, else (never recorded) where its clock counts from instead. */
function settingState(stepId: string, path: FlowPath, records: StepRecords) {
  const recorded = Date.parse(records[stepId]?.at ?? '');
  const fallback = Number.isNaN(recorded)
    ? path.steps
        .flatMap((step) => step.deadlines)
        .filter((d) => d.after === stepId && d.orAfter)
        .map((d) => deadlineStart(d, records))
        .find((start) => start !== null)
    : null;
  const shown = !Number.isNaN(recorded) ? formatDay(recorded) : fallback ? formatDay(fallback.at) : '';
  return { recorded, fallback, shown };
}

function DateRow({ setting, path, records, now, t, onSet }: { setting: DateSetting } & DateSettingsProps) {
  const id = useId();
  const helpId = useId();
  const { stepId } = setting;
  const { recorded, fallback, shown } = settingState(stepId, path, records);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState('');

  const save = () => {
    const at = localDayStart(draft.trim());
    if (!at) return setError(t('popup.dates.invalid'));
    if (setting.notAfterToday && Date.parse(at) > now) return setError(t('popup.dates.future'));
    setError('');
    onSet(stepId, at);
  };

  let status: string;
  if (!Number.isNaN(recorded)) status = t('popup.dates.recorded', { date: formatDay(recorded) });
  else if (fallback) status = t('popup.dates.from-evidence', { date: formatDay(fallback.at), evidence: t(`popup.evidence.${fallback.from}`) });
  else status = t('popup.dates.not-set');

  return (
    <div className="date-setting" data-date-setting={stepId}>
      <label htmlFor={id}>{t(`popup.dates.${stepId}.label`)}</label>
      <p className="help" id={helpId}>
        <span className="date-status">{status}</span> {t(`popup.dates.${stepId}.help`)}
      </p>
      <div className="date-row">
        {/* A text field, not type=date: the browser would show the date in its own locale's order, and dates are YYYY-MM-DD everywhere. */}
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          maxLength={10}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          aria-describedby={helpId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setError('');
          }}
        />
        <button type="button" className="button small" disabled={draft === '' || (draft === shown && !Number.isNaN(recorded))} onClick={save}>
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

/** Dates the user sets or corrects by hand: the registration date, the Official Account's verification expiry. */
export function DateSettings(props: DateSettingsProps) {
  const settings = dateSettings(props.path);
  if (settings.length === 0) return null;
  return (
    <section className="dates" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{props.t('popup.dates.heading')}</h2>
      {settings.map((setting) => (
        // A new key when the stored date changes: the field starts again from it.
        <DateRow key={`${setting.stepId} ${settingState(setting.stepId, props.path, props.records).shown}`} setting={setting} {...props} />
      ))}
    </section>
  );
}
