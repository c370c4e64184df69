import { DAY, type DeadlineView } from './deadlines';
import type { FlowPath } from '../rules/flows';

// Which deadlines the browser notification tells the user about (optional, off by default; the
// background shows them: docs/deadlines.md). Pure: the clients' open deadlines, what was notified
// before and `now` come in; nothing reads storage or the clock.

/** A deadline is notified once it is due within this span (and not yet overdue). */
export const NOTICE_WITHIN = DAY;

/** One deadline notified: the client, the step and the deadline, at the due instant it had then. */
export interface NoticeRecord {
  profileId: string;
  stepId: string;
  deadlineId: string;
  dueAt: number;
}

/** A deadline to notify now: what the notification may say is the client's label and the step, with the deadline's name and date. */
export interface DeadlineNotice extends NoticeRecord {
  /** The client's display name (the profile's label), never its company name or any other field. */
  client: string;
  /** Locale keys of the step's title and the deadline's name. */
  stepTitle: string;
  deadlineLabel: string;
  view: DeadlineView;
}

/** What the notices need of a client (engine/overview.ts OverviewRow fits). */
export interface NoticeClient {
  id: string;
  label: string;
  path: FlowPath;
  /** Open deadlines (engine/deadlines.ts openDeadlines). */
  deadlines: readonly DeadlineView[];
}

const same = (a: NoticeRecord, b: NoticeRecord) => a.profileId === b.profileId && a.stepId === b.stepId && a.deadlineId === b.deadlineId && a.dueAt === b.dueAt;

/** The notification's id: the same deadline at the same due instant always gets the same one. */
export const noticeId = (record: NoticeRecord): string => `deadline:${record.profileId}:${record.stepId}:${record.deadlineId}:${record.dueAt}`;

/**
 * The deadlines to notify now (due within NOTICE_WITHIN, not overdue, not notified before) and the
 * records to keep: the new ones and those whose due instant is still ahead. A deadline is notified
 * once; if its due instant changes (a step recorded again), that is a new deadline to notify.
 */
export function deadlineNotices(
  clients: readonly NoticeClient[],
  notified: readonly NoticeRecord[],
  now: number,
): { notify: DeadlineNotice[]; keep: NoticeRecord[] } {
  const notify: DeadlineNotice[] = [];
  for (const client of clients) {
    for (const view of client.deadlines) {
      if (view.overdue || view.msLeft > NOTICE_WITHIN) continue;
      const record: NoticeRecord = { profileId: client.id, stepId: view.stepId, deadlineId: view.deadline.id, dueAt: view.dueAt };
      if (notified.some((done) => same(done, record)) || notify.some((due) => same(due, record))) continue;
      const step = client.path.steps.find((s) => s.id === view.stepId);
      notify.push({ ...record, client: client.label, stepTitle: step?.title ?? '', deadlineLabel: view.deadline.label, view });
    }
  }
  const keep = [
    ...notified.filter((record) => record.dueAt > now),
    ...notify.map(({ profileId, stepId, deadlineId, dueAt }) => ({ profileId, stepId, deadlineId, dueAt })),
  ];
  return { notify, keep };
}
