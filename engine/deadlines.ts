import type { DeadlineUnit, FlowDeadline, FlowPath } from '../rules/flows';
import { isSettled, stepViews, type StepRecords } from './progress';

// Deadlines from recorded dates. Pure: `now` is passed in, nothing reads the clock.
// Working days are Monday to Friday in China time (Asia/Shanghai, UTC+8 all year: no daylight
// saving since 1991), whatever the user's own time zone. Chinese public holidays are not skipped,
// so a reminder can only come early, never late.

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

/** 0 = Sunday … 6 = Saturday, for a China-time day number (1970-01-01 was a Thursday). */
function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The end (24:00 China time) of the `count`th working day after the China-time day of `start`.
 * "Within 3 working days" from a Friday afternoon ends on Wednesday at midnight, China time.
 */
export function addWorkingDays(start: number, count: number): number {
  let day = chinaDayNumber(start);
  for (let counted = 0; counted < count; ) {
    day += 1;
    const dow = weekday(day);
    if (dow !== 0 && dow !== 6) counted += 1;
  }
  return (day + 1) * DAY - CHINA_OFFSET;
}

/** When something started at `start` is due. Hours and days are exact spans (conservative). */
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

export interface TimeLeft {
  /** Hours below two days, so a 24-hour window reads "5 hours", not "0 days". */
  unit: 'days' | 'hours';
  /** Whole units, rounded down: never promise more time than there is. */
  amount: number;
}

export function timeLeft(ms: number): TimeLeft {
  const span = Math.abs(ms);
  return span < 2 * DAY ? { unit: 'hours', amount: Math.floor(span / HOUR) } : { unit: 'days', amount: Math.floor(span / DAY) };
}

export interface DeadlineView {
  deadline: FlowDeadline;
  /** The step that must be done by then. */
  stepId: string;
  startedAt: number;
  dueAt: number;
  msLeft: number;
  overdue: boolean;
  dueSoon: boolean;
  /** How much time is left, or (when overdue) by how much it was missed. */
  left: TimeLeft;
}

/**
 * The open deadlines of a path, soonest first: their start step is recorded and the step they
 * belong to is neither done nor passed. A start date that cannot be read opens no deadline.
 */
export function openDeadlines(path: FlowPath, records: StepRecords, now: number): DeadlineView[] {
  const open: DeadlineView[] = [];
  for (const view of stepViews(path, records)) {
    if (isSettled(view)) continue;
    for (const deadline of view.step.deadlines) {
      const start = Date.parse(records[deadline.after]?.at ?? '');
      if (Number.isNaN(start)) continue;
      const due = dueAt(start, deadline.amount, deadline.unit);
      const msLeft = due - now;
      open.push({
        deadline,
        stepId: view.step.id,
        startedAt: start,
        dueAt: due,
        msLeft,
        overdue: msLeft <= 0,
        dueSoon: msLeft > 0 && msLeft <= DUE_SOON,
        left: timeLeft(msLeft),
      });
    }
  }
  return open.sort((a, b) => a.dueAt - b.dueAt);
}

/** What the toolbar badge shows: deadlines due within 3 days or overdue. */
export function badgeCount(deadlines: readonly DeadlineView[]): { count: number; overdue: boolean } {
  const pressing = deadlines.filter((d) => d.overdue || d.dueSoon);
  return { count: pressing.length, overdue: pressing.some((d) => d.overdue) };
}
