import { when } from '../team-status';
import { Fragment, memo } from 'react';
import { reviewWindow } from '../../engine/deadlines';
import type { OverviewRow, OverviewSort } from '../../engine/overview';
import { dayOf, dueOf } from '../../engine/overview-format';
import { formatLeft } from '../../engine/progress';
import type { Translate } from '../../locales';
import { RowMenu } from './RowMenu';
import { Timeline } from './Timeline';

// One row per client. State is spelled out in words (Overdue, Due soon), colour only repeats it.
// Each row has two controls in the same place on every row: its timeline and a menu of the rest
// (RowMenu). Each action's accessible name carries the client's label, so a list of buttons read out
// of context still says whose it is. Rows are memoised: sorting and filtering move them, never rebuild them.

export interface RowActions {
  activate(row: OverviewRow): void;
  view(row: OverviewRow): void;
  markDone(row: OverviewRow): void;
  copySummary(row: OverviewRow): void;
  toggleTimeline(row: OverviewRow): void;
  /** Copies the message asking the client for the documents still missing, in that language. */
  copyRequest(row: OverviewRow, language: 'en' | 'zh_CN'): void;
  /** Opens the client's profile in the options page. */
  edit(row: OverviewRow): void;
}

interface RowProps {
  row: OverviewRow;
  active: boolean;
  expanded: boolean;
  t: Translate;
  actions: RowActions;
}

function NextDeadline({ row, t }: { row: OverviewRow; t: Translate }) {
  const next = row.next;
  if (!next) return <span className="muted">{t('overview.deadline.none')}</span>;
  const left = formatLeft(next.left, t);
  const review = reviewWindow(next);
  return (
    <>
      <span className="deadline-name">{t(next.deadline.label)}</span>
      <span className="deadline-when">
        {next.overdue && <span className="tag overdue">{t('overview.status.overdue')}</span>}
        {next.dueSoon && <span className="tag soon">{t('overview.status.soon')}</span>}
        {/* The tag already says "Overdue": the text goes on "by 2 days", never "Overdue · Overdue by 2 days". */}
        <span className="deadline-left">{next.overdue ? t('overview.deadline.overdue-by', { left }) : t('popup.deadlines.left', { left })}</span>{' '}
        <span className="deadline-date">· {t('popup.deadlines.due', { date: dueOf(next) })}</span>
      </span>
      {review && <span className="deadline-window">{t(review.text, { date: dayOf(review.opensAt) })}</span>}
    </>
  );
}

const Row = memo(function Row({ row, active, expanded, t, actions }: RowProps) {
  const timelineId = `timeline-${row.id}`;
  const current = row.current ? t(row.current.step.title) : null;
  return (
    <Fragment>
      <tr className={`client-row ${row.urgency}`} data-client={row.id} data-urgency={row.urgency}>
        <th scope="row" className="client-cell">
          <span className="client-label">{row.label}</span>
          {active && <span className="tag active">{t('overview.active')}</span>}
          <span className="client-company">{row.companyName || t('popup.client.no-company')}</span>
          {row.countryRegion && <span className="client-country">{row.countryRegion}</span>}
          {row.changed && <span className="client-changed">{t('team.changed-by', { by: row.changed.by, time: when(row.changed.at, t) })}</span>}
        </th>
        <td className="path-cell">{t(row.path.name)}</td>
        <td className="step-cell" data-step={row.current?.step.id ?? ''}>
          {current ?? <span className="muted">{t('overview.step.all-done')}</span>}
          <span className="step-count">{t('overview.step.count', { done: row.settled, total: row.required })}</span>
        </td>
        <td className={`deadline-cell ${row.urgency}`} data-deadline={row.next?.deadline.id ?? ''}>
          <NextDeadline row={row} t={t} />
        </td>
        <td className="activity-cell">
          {row.lastProgressAt === null ? (
            <span className="muted">{t('overview.activity.none')}</span>
          ) : (
            <span className="date">{dayOf(row.lastProgressAt)}</span>
          )}
        </td>
        <td className="documents-cell">
          {row.missingDocuments === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('overview.documents.not-applicable')}</span>
            </>
          ) : (
            row.missingDocuments
          )}
        </td>
        <td className="actions-cell">
          <div className="row-actions">
            <button
              type="button"
              className="button"
              aria-expanded={expanded}
              aria-controls={expanded ? timelineId : undefined}
              aria-label={t('overview.action.timeline-for', { label: row.label })}
              onClick={() => actions.toggleTimeline(row)}
            >
              {t('overview.action.timeline')}
            </button>
            <RowMenu
              label={t('overview.action.menu')}
              name={t('overview.action.menu-for', { label: row.label })}
              items={[
                {
                  id: 'activate',
                  label: t('overview.action.activate'),
                  name: t('overview.action.activate-for', { label: row.label }),
                  disabled: active,
                  run: () => actions.activate(row),
                },
                { id: 'view', label: t('overview.action.view'), name: t('overview.action.view-for', { label: row.label }), run: () => actions.view(row) },
                {
                  id: 'done',
                  label: t('overview.action.done'),
                  name: current ? t('overview.action.done-for', { label: row.label, step: current }) : t('overview.action.done-none', { label: row.label }),
                  disabled: !row.current,
                  run: () => actions.markDone(row),
                },
                {
                  id: 'copy',
                  label: t('overview.action.copy'),
                  name: t('overview.action.copy-for', { label: row.label }),
                  run: () => actions.copySummary(row),
                },
                ...(['en', 'zh_CN'] as const).map((language) => ({
                  id: `request-${language}`,
                  label: t(`overview.action.request-${language}`),
                  name: t(`overview.action.request-${language}-for`, { label: row.label }),
                  disabled: !row.missingDocuments,
                  run: () => actions.copyRequest(row, language),
                })),
                { id: 'edit', label: t('overview.action.edit'), name: t('overview.action.edit-for', { label: row.label }), run: () => actions.edit(row) },
              ]}
            />
          </div>
        </td>
      </tr>
      {expanded && (
        <tr className="timeline-row" id={timelineId}>
          <td colSpan={7}>
            <Timeline label={row.label} views={row.views} deadlines={row.deadlines} t={t} />
          </td>
        </tr>
      )}
    </Fragment>
  );
});

export interface OverviewTableProps {
  rows: readonly OverviewRow[];
  activeId: string | null;
  expandedId: string | null;
  sort: OverviewSort;
  t: Translate;
  actions: RowActions;
}

const sortedColumn: Record<OverviewSort, string> = { label: 'client', deadline: 'deadline', activity: 'activity' };

export function OverviewTable({ rows, activeId, expandedId, sort, t, actions }: OverviewTableProps) {
  const ariaSort = (column: string) => (sortedColumn[sort] === column ? (sort === 'activity' ? 'descending' : 'ascending') : undefined);
  return (
    <table className="overview-table">
      <caption className="visually-hidden">{t('overview.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-client" aria-sort={ariaSort('client')}>
            {t('overview.column.client')}
          </th>
          <th scope="col" className="col-path">
            {t('overview.column.path')}
          </th>
          <th scope="col" className="col-step">
            {t('overview.column.step')}
          </th>
          <th scope="col" className="col-deadline" aria-sort={ariaSort('deadline')}>
            {t('overview.column.deadline')}
          </th>
          <th scope="col" className="col-activity" aria-sort={ariaSort('activity')}>
            {t('overview.column.activity')}
          </th>
          <th scope="col" className="col-documents">
            {t('overview.column.documents')}
          </th>
          <th scope="col" className="col-actions">
            {t('overview.column.actions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id} row={row} active={row.id === activeId} expanded={row.id === expandedId} t={t} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
