import { useId, useLayoutEffect, useRef } from 'react';
import type { DeadlineView } from '../../engine/deadlines';
import { dayOf, dueOf } from '../../engine/overview-format';
import { formatLeft, type StepView } from '../../engine/progress';
import { timelinePoints } from '../../engine/timeline';
import type { Translate } from '../../locales';
import './timeline.css';

// The timeline picture: the path's steps as dots on a horizontal line, done dates under the done
// ones, the deadlines ahead flagged under the step they belong to. A list underneath for screen
// readers reads the same facts in order; the picture scrolls sideways when the path is long.

export interface TimelineProps {
  label: string;
  views: readonly StepView[];
  deadlines: readonly DeadlineView[];
  t: Translate;
  timeZone?: string;
}

function deadlineState(view: DeadlineView): 'overdue' | 'soon' | 'later' {
  return view.overdue ? 'overdue' : view.dueSoon ? 'soon' : 'later';
}

export function Timeline({ label, views, deadlines, t, timeZone }: TimelineProps) {
  const points = timelinePoints(views, deadlines);
  const captionId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const currentId = points.find((p) => p.status === 'current')?.stepId ?? null;
  // A long path opens where the client stands: the current step in view, one step before it showing.
  useLayoutEffect(() => {
    const box = scroller.current;
    const current = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !current) return;
    const before = current.previousElementSibling as HTMLElement | null;
    box.scrollLeft = Math.max(0, (before ?? current).offsetLeft - box.offsetLeft);
  }, [currentId]);
  return (
    <figure className="timeline">
      <figcaption id={captionId} className="timeline-caption">
        {t('overview.timeline.caption', { label })}
      </figcaption>
      {/* Scrolls sideways: focusable so a keyboard can scroll it too. */}
      <div ref={scroller} className="timeline-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <ol className="timeline-line">
          {points.map((point, index) => {
            const title = t(point.title);
            const when =
              point.doneAt !== null
                ? t('overview.timeline.done-on', { date: dayOf(point.doneAt, timeZone) })
                : point.status === 'passed'
                  ? t('overview.timeline.passed')
                  : point.status === 'current'
                    ? t('overview.timeline.current')
                    : '';
            return (
              <li
                key={point.stepId}
                className={`timeline-point ${point.status}`}
                data-timeline-step={point.stepId}
                data-status={point.status}
                aria-current={point.status === 'current' ? 'step' : undefined}
              >
                <span className="timeline-dot" aria-hidden="true">
                  {point.status === 'done' || point.status === 'passed' ? '✓' : index + 1}
                </span>
                <span className="timeline-title">
                  <span className="visually-hidden">{t('overview.timeline.step', { n: index + 1, total: points.length })} </span>
                  {title}
                </span>
                {when && <span className="timeline-when">{when}</span>}
                {point.deadlines.map((view) => {
                  const left = formatLeft(view.left, t);
                  return (
                    <span key={view.deadline.id} className={`timeline-deadline ${deadlineState(view)}`} data-timeline-deadline={view.deadline.id}>
                      {t('overview.timeline.due', { date: dueOf(view, timeZone) })} ·{' '}
                      {view.overdue ? t('popup.deadlines.overdue', { left }) : t('popup.deadlines.left', { left })}
                    </span>
                  );
                })}
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}
