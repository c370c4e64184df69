import { reviewWindow, type DeadlineView } from '../../engine/deadlines';
import { formatDay, formatDue, formatLeft, formatMinute } from '../../engine/progress';
import type { Translate } from '../../locales';

/** Running deadlines, soonest first; overdue and due-soon ones say so in words, not only in colour. */
export function DeadlineList({ deadlines, t }: { deadlines: readonly DeadlineView[]; t: Translate }) {
  return (
    <section className="deadlines" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{t('popup.deadlines.heading')}</h2>
      {deadlines.length === 0 ? (
        <p className="muted">{t('popup.deadlines.none')}</p>
      ) : (
        <ul>
          {deadlines.map((view) => {
            const left = formatLeft(view.left, t);
            const review = reviewWindow(view);
            const state = view.overdue ? 'overdue' : view.dueSoon ? 'soon' : 'later';
            return (
              <li key={view.deadline.id} className={`deadline ${state}`} data-deadline={view.deadline.id}>
                <div className="deadline-label">
                  {t(view.deadline.label)}
                  {view.overdue && <span className="tag overdue">{t('popup.deadlines.tag-overdue')}</span>}
                  {view.dueSoon && <span className="tag soon">{t('popup.deadlines.tag-soon')}</span>}
                  {view.deadline.kind === 'expected' && <span className="tag expected">{t('popup.deadlines.tag-expected')}</span>}
                  {view.deadline.confidence === 'third-party' && <span className="tag unconfirmed">{t('popup.deadlines.tag-unconfirmed')}</span>}
                  {view.calendarKnown === false && <span className="tag estimate">{t('popup.deadlines.tag-estimate')}</span>}
                </div>
                {view.estimated ? (
                  <p className="deadline-from">
                    {t(`popup.deadlines.estimated.${view.deadline.id}`, { from: formatDay(view.startedAt), date: formatDay(view.dueAt) })}
                  </p>
                ) : (
                  view.startedBy &&
                  view.startedBy !== view.deadline.after && (
                    <p className="deadline-from">
                      {t(`popup.deadlines.counted-from.${view.deadline.after}`, {
                        // A clock in hours counts from a minute: say which.
                        date: view.deadline.unit === 'hours' ? formatMinute(view.startedAt) : formatDay(view.startedAt),
                        evidence: t(`popup.evidence.${view.startedBy}`),
                      })}
                    </p>
                  )
                )}
                {/* The window of a yearly clock (年审): when it opens, or that it is open. */}
                {review && <p className="deadline-window">{t(review.text, { date: formatDay(review.opensAt) })}</p>}
                {view.cappedBy && (
                  <p className="deadline-capped">{t('popup.deadlines.capped', { other: t(view.cappedBy.label), date: formatDay(view.cappedBy.dueAt) })}</p>
                )}
                <div className="deadline-when">
                  <span className="deadline-left">{view.overdue ? t('popup.deadlines.overdue', { left }) : t('popup.deadlines.left', { left })}</span>
                  <span className="deadline-date">{t('popup.deadlines.due', { date: formatDue(view) })}</span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
