import type { DeadlineUnit, FlowDeadline, FlowPath } from '../rules/flows';
import { packageCalendar, type ChinaCalendar } from './china-calendar';
import { isSettled, stepViews, type DeadlineView, type StepRecords, type TimeLeft } from './progress';
import { yearlyCycle } from './yearly';

// The deadline views' types live in progress.ts, which formats them: imports go one way, deadlines → progress.
export type { DeadlineView, TimeLeft };

// Deadlines from recorded dates. Pure: `now` is passed in, nothing reads the clock.
// Working days follow mainland China's official calendar in China time (Asia/Shanghai, UTC+8 all
// year: no daylight saving since 1991), whatever the user's own time zone: public holidays are
// skipped and make-up working weekends (调休) count (engine/china-calendar.ts). For years the
// calendar does not know yet, Monday to Friday is assumed and the deadline says it is an estimate.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** China Standard Time is UTC+8 all year. */
export const CHINA_OFFSET = 8 * HOUR;
/** Deadlines this close count as due soon (popup highlight, toolbar badge). */
export const DUE_SOON = 3 * DAY;

/** Days since 1970-01-01 in China time of an instant. */
function chinaDayNumber(instant: number): number {
  return Math.floor((instant + CHINA_OFFSET) / DAY);
}

export interface WorkingDaysEnd {
  /** 24:00 China time at the end of the last working day counted. */
  end: number;
  /** False when some day counted lies in a year whose holidays the calendar does not know (Monday to Friday assumed). */
  calendarKnown: boolean;
}

/**
 * Like addWorkingDays, and says whether China's holiday calendar covered every day counted. The
 * calendar is the package's unless another is given (tests give one with a year the package lacks).
 */
export function countWorkingDays(start: number, count: number, calendar: ChinaCalendar = packageCalendar): WorkingDaysEnd {
  let day = chinaDayNumber(start);
  let calendarKnown = true;
  for (let counted = 0; counted < count;) {
    day += 1;
    if (!calendar.knowsDay(day)) calendarKnown = false;
    // Outside the calendar's years this is Monday to Friday.
    if (calendar.isWorkday(day)) counted += 1;
  }
  return { end: (day + 1) * DAY - CHINA_OFFSET, calendarKnown };
}

/**
 * The end (24:00 China time) of the `count`th working day after the China-time day of `start`.
 * "Within 3 working days" from a Friday afternoon ends on Wednesday at midnight, China time; over
 * the Spring Festival the holiday week does not count and the make-up Saturdays do.
 */
export function addWorkingDays(start: number, count: number): number {
  return countWorkingDays(start, count).end;
}

/** When something started at `start` is due. Hours and days are exact spans (conservative); 0 days is the start itself. */
export function dueAt(start: number, amount: number, unit: DeadlineUnit): number {
  switch (unit) {
    case 'hours':
      return start + amount * HOUR;
    case 'days':
      return start + amount * DAY;
    case 'working-days':
      return addWorkingDays(start, amount);
  }
}

export function timeLeft(ms: number): TimeLeft {
  const span = Math.abs(ms);
  return span < 2 * DAY ? { unit: 'hours', amount: Math.floor(span / HOUR) } : { unit: 'days', amount: Math.floor(span / DAY) };
}

/**
 * When a deadline's clock started: the recorded date of its `after` step; when that is missing (the
 * signal was missed, the extension arrived later), the earliest recorded date of its `orAfter`
 * steps, which prove the same thing happened by then. Null when none has a readable date.
 */
export function deadlineStart(deadline: FlowDeadline, records: StepRecords): { at: number; from: string } | null {
  const own = Date.parse(records[deadline.after]?.at ?? '');
  if (!Number.isNaN(own)) return { at: own, from: deadline.after };
  let earliest: { at: number; from: string } | null = null;
  for (const id of deadline.orAfter ?? []) {
    const at = Date.parse(records[id]?.at ?? '');
    if (!Number.isNaN(at) && (!earliest || at < earliest.at)) earliest = { at, from: id };
  }
  return earliest;
}

/**
 * The open deadlines of a path, soonest first: their clock has started (deadlineStart), the step
 * they belong to is neither done nor passed, none of their `closedBy` steps is, and one of their
 * `openedBy` steps (if any) is recorded. A start date that cannot be read opens no deadline.
 * A yearly clock (年审) stays open whatever its step's status: the step's record only moves it on a
 * year (engine/yearly.ts), and its view says when the window opens and whether the date is estimated.
 */
export function openDeadlines(path: FlowPath, records: StepRecords, now: number, calendar: ChinaCalendar = packageCalendar): DeadlineView[] {
  const open: DeadlineView[] = [];
  const views = stepViews(path, records, now);
  const settled = new Set(views.filter(isSettled).map((view) => view.step.id));
  const timing = (due: number) => {
    const msLeft = due - now;
    return { dueAt: due, msLeft, overdue: msLeft <= 0, dueSoon: msLeft > 0 && msLeft <= DUE_SOON, left: timeLeft(msLeft) };
  };
  for (const view of views) {
    for (const deadline of view.step.deadlines) {
      if (deadline.yearly) {
        const cycle = yearlyCycle(deadline, view.step.id, records);
        if (!cycle) continue;
        open.push({
          deadline,
          stepId: view.step.id,
          startedAt: cycle.startedAt,
          startedBy: cycle.startedBy,
          calendarKnown: true,
          ...timing(cycle.dueAt),
          opensAt: cycle.opensAt,
          ...(cycle.estimated ? { estimated: true } : {}),
        });
        continue;
      }
      if (isSettled(view)) continue;
      if (deadline.closedBy?.some((id) => settled.has(id))) continue;
      // A route's clock (对公打款) opens only once that route was chosen.
      if (deadline.openedBy && !deadline.openedBy.some((id) => records[id] !== undefined)) continue;
      const start = deadlineStart(deadline, records);
      if (!start) continue;
      const working = deadline.unit === 'working-days' ? countWorkingDays(start.at, deadline.amount, calendar) : null;
      const due = working ? working.end : dueAt(start.at, deadline.amount, deadline.unit);
      open.push({
        deadline,
        stepId: view.step.id,
        startedAt: start.at,
        startedBy: start.from,
        calendarKnown: working?.calendarKnown ?? true,
        ...timing(due),
      });
    }
  }
  return capByEarlier(open, now).sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * Hard deadlines of one step that contradict each other (a 30-day resubmission window ending after
 * the 45-day verification limit): the earlier one wins, since missing it fails the step whatever the
 * later one says. The later one, opened inside the earlier's span, takes the earlier due date and
 * names it (cappedBy).
 */
function capByEarlier(views: DeadlineView[], now: number): DeadlineView[] {
  return views.map((view) => {
    if (view.deadline.kind !== 'hard') return view;
    const earlier = views
      // a window opened inside a running limit cannot extend it (the limit itself is never shortened)
      .filter(
        (other) =>
          other !== view && other.stepId === view.stepId && other.deadline.kind === 'hard' && other.startedAt <= view.startedAt && other.dueAt < view.dueAt,
      )
      .sort((a, b) => a.dueAt - b.dueAt)[0];
    if (!earlier) return view;
    const msLeft = earlier.dueAt - now;
    return {
      ...view,
      dueAt: earlier.dueAt,
      msLeft,
      overdue: msLeft <= 0,
      dueSoon: msLeft > 0 && msLeft <= DUE_SOON,
      left: timeLeft(msLeft),
      cappedBy: { id: earlier.deadline.id, label: earlier.deadline.label, dueAt: earlier.dueAt },
    };
  });
}

/** What the toolbar badge shows: deadlines due within 3 days or overdue. */
export function badgeCount(deadlines: readonly DeadlineView[]): { count: number; overdue: boolean } {
  const pressing = deadlines.filter((d) => d.overdue || d.dueSoon);
  return { count: pressing.length, overdue: pressing.some((d) => d.overdue) };
}

/**
 * A yearly clock's window (the 年审 opens 3 months before its date) as the popup, the overview and the
 * calendar say it: when it opens, whether it is open at the view's moment, and the words for that (a
 * `{date}` text). Null without a window, and once overdue (the overdue line says it all).
 */
export function reviewWindow(
  view: DeadlineView,
): { opensAt: number; open: boolean; text: 'popup.deadlines.window-open' | 'popup.deadlines.window-opens' } | null {
  if (view.opensAt === undefined || view.overdue) return null;
  const open = view.opensAt <= view.dueAt - view.msLeft;
  return { opensAt: view.opensAt, open, text: open ? 'popup.deadlines.window-open' : 'popup.deadlines.window-opens' };
}
