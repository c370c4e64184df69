import type { FlowDeadline } from '../rules/flows';

// Clocks that come back every year (the 年审 of a mainland verification, F70): the due date is the
// validity date the user typed (or, until then, one estimated from another step), a window opens some
// months before it, and each time the deadline's own step is ticked done once that window is open,
// the due date moves on a year. Pure: the step's record is the date of the last review done.
// Calendar months are counted in the user's own calendar, as the dates are typed and shown (a typed
// day is stored as the midnight that starts it there: components/popup/DateSettings.tsx).

const DAY = 86_400_000;

/** Records as the engine reads them (engine/progress.ts StepRecords, without importing it: progress imports this file). */
type Records = Readonly<Partial<Record<string, { at: string }>>>;

/** `months` calendar months later (earlier when negative), same time of day; the 31st becomes a shorter month's last day. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  const lastDay = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(day, lastDay));
  return date.getTime();
}

export interface YearlyCycle {
  /** The date the clock counts from: the typed date (`after`), or the one the estimate starts at. */
  startedAt: number;
  /** The step whose date that is: `after`, or `estimatedFrom.step`. */
  startedBy: string;
  /** True when `after` was never recorded and the due date is estimated from another step. */
  estimated: boolean;
  /** The due date of the cycle now running: the first one, moved on a year for each review the step's record counts for. */
  dueAt: number;
  /** When that cycle's window opens. */
  opensAt: number;
  /** How many years the step's last record moved the clock on (0: it counts for no cycle, or there is none). */
  renewals: number;
}

const parse = (records: Records, id: string) => Date.parse(records[id]?.at ?? '');

/**
 * Where a yearly deadline of step `stepId` stands. A review done once the window is open (or later)
 * renews the verification to a year after the due date it was done for, so the step's record moves
 * the due date on a year for every cycle whose window had opened by then; a record from before the
 * window (last year's review, when the date typed is already the new one) moves nothing.
 * Null when neither the typed date nor the estimate's step has a readable date.
 */
export function yearlyCycle(deadline: FlowDeadline, stepId: string, records: Records): YearlyCycle | null {
  const windowMonths = deadline.opensMonthsBefore ?? 12;
  const typed = parse(records, deadline.after);
  let first: number;
  let start: Pick<YearlyCycle, 'startedAt' | 'startedBy' | 'estimated'>;
  if (!Number.isNaN(typed)) {
    first = typed + deadline.amount * DAY;
    start = { startedAt: typed, startedBy: deadline.after, estimated: false };
  } else {
    const from = deadline.estimatedFrom;
    const at = from ? parse(records, from.step) : NaN;
    if (!from || Number.isNaN(at)) return null;
    first = addMonths(at, from.months) + deadline.amount * DAY;
    start = { startedAt: at, startedBy: from.step, estimated: true };
  }
  const done = parse(records, stepId);
  let renewals = 0;
  // Counted from the first due date each time, so a 29 February stays the month's last day, not the 28th for ever.
  const dueAfter = (years: number) => addMonths(first, 12 * years);
  if (!Number.isNaN(done)) while (renewals < 200 && done >= addMonths(dueAfter(renewals), -windowMonths)) renewals += 1;
  const dueAt = dueAfter(renewals);
  return { ...start, dueAt, opensAt: addMonths(dueAt, -windowMonths), renewals };
}

/**
 * True when the step's record stands for an earlier cycle and the next one's window is open: the
 * review is due again, so the step shows as not done (ticking it records this year's review).
 */
export function dueAgain(step: { id: string; deadlines: readonly FlowDeadline[] }, records: Records, now: number): boolean {
  if (!records[step.id]) return false;
  return step.deadlines.some((deadline) => {
    if (!deadline.yearly) return false;
    const cycle = yearlyCycle(deadline, step.id, records);
    return cycle !== null && now >= cycle.opensAt;
  });
}
