import type { DeadlineView } from '../../engine/deadlines';
import { formatDay, formatDue, formatLeft, type StepView } from '../../engine/progress';
import type { Translate } from '../../locales';

export interface StepListProps {
  views: readonly StepView[];
  /** Open deadlines: each is shown under the step it belongs to. */
  deadlines?: readonly DeadlineView[];
  t: Translate;
  onMark(view: StepView, done: boolean): void;
}

function statusText(view: StepView, t: Translate): string {
  switch (view.status) {
    case 'done': {
      const at = Date.parse(view.record?.at ?? '');
      return Number.isNaN(at) ? t('popup.steps.passed') : t('popup.steps.done-on', { date: formatDay(at) });
    }
    case 'passed':
      return t('popup.steps.passed');
    case 'current':
      return t('popup.steps.current');
    case 'optional': {
      // A yearly step due again (年审): the last review done is last year's.
      const last = Date.parse(view.lastDone?.at ?? '');
      return Number.isNaN(last) ? t('popup.steps.optional') : t('popup.steps.last-done', { date: formatDay(last) });
    }
    case 'skipped':
      return t('popup.steps.skipped');
    default:
      return t('popup.steps.upcoming');
  }
}

/**
 * The path's steps as a vertical timeline (a line down the left, a dot or checkbox per step, the
 * open deadlines under their step): it fits the popup's width whatever the path's length, where a
 * horizontal one was 1,248 px wide and clipped. The path's steps with their status and dates. Every step can be ticked by hand: some only the
 * user knows about (fee paid, agency called), and the extension may have arrived half-way.
 * A step passed by a later one shows as done without a checkbox: there is no date to untick.
 */
export function StepList({ views, deadlines = [], t, onMark }: StepListProps) {
  return (
    <section className="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('popup.steps.heading')}</h2>
      <ol className="step-timeline">
        {views.map((view) => {
          const id = `step-${view.step.id}`;
          const title = t(view.step.title);
          return (
            <li
              key={view.step.id}
              className={`step ${view.status}`}
              data-step={view.step.id}
              data-status={view.status}
              aria-current={view.status === 'current' ? 'step' : undefined}
            >
              {view.status === 'passed' ? (
                <span className="step-mark" aria-hidden="true">
                  ✓
                </span>
              ) : (
                <input
                  id={id}
                  type="checkbox"
                  checked={view.status === 'done'}
                  aria-describedby={`${id}-status`}
                  onChange={(event) => onMark(view, event.currentTarget.checked)}
                />
              )}
              {view.status === 'passed' ? (
                <span className="step-title">{title}</span>
              ) : (
                <label htmlFor={id} className="step-title">
                  {title}
                </label>
              )}
              <span className="step-status" id={`${id}-status`}>
                {statusText(view, t)}
              </span>
              {deadlines
                .filter((d) => d.stepId === view.step.id)
                .map((d) => {
                  const left = formatLeft(d.left, t);
                  const state = d.overdue ? 'overdue' : d.dueSoon ? 'soon' : 'later';
                  return (
                    <span key={d.deadline.id} className={`step-deadline ${state}`} data-step-deadline={d.deadline.id}>
                      {t('popup.deadlines.due', { date: formatDue(d) })} ·{' '}
                      {d.overdue ? t('popup.deadlines.overdue', { left }) : t('popup.deadlines.left', { left })}
                    </span>
                  );
                })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
