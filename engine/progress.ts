import { flowPathById, MANUAL, type FlowDeadline, type FlowPath, type FlowStep, type PathId } from '../rules/flows';
import { dueAgain } from './yearly';

export interface TimeLeft {
  /** Hours below two days, so a 24-hour window reads "5 hours", not "0 days". */
  unit: 'days' | 'hours';
  /** Whole units, rounded down: never promise more time than there is. */
  amount: number;
}

export interface DeadlineView {
  deadline: FlowDeadline;
  /** The step that must be done by then. */
  stepId: string;
  startedAt: number;
  /**
   * The step whose recorded date started the clock: `deadline.after`, or the earliest evidence in
   * `deadline.orAfter` (optional only so views built elsewhere before it existed still type-check).
   */
  startedBy?: string;
  /** False for working days counted past the years China's holiday calendar knows: the date is an estimate. */
  calendarKnown?: boolean;
  dueAt: number;
  msLeft: number;
  overdue: boolean;
  dueSoon: boolean;
  /** How much time is left, or (when overdue) by how much it was missed. */
  left: TimeLeft;
  /**
   * A hard deadline of the same step that ends first (the 45-day limit before a resubmission window):
   * it wins, so this one's due date is that one's, and the popup says why. Absent when none does.
   */
  cappedBy?: { id: string; label: string; dueAt: number };
  /** A yearly clock's window (the 年审 opens 3 months before the validity date): when it opens. */
  opensAt?: number;
  /** True when the due date is estimated from another step (`startedBy`) because `after` was never typed. */
  estimated?: boolean;
}

// Where a client stands on their path, from the steps recorded so far. Pure: no storage, no clock.

/** What is kept of a completed step: when, and on which console page (token stripped), nothing else. */
export interface StepRecord {
  at: string;
  url?: string;
}
export type StepRecords = Readonly<Partial<Record<string, StepRecord>>>;

/**
 * done: recorded; passed: not recorded but a later step is, so it happened (e.g. the fee was paid
 * before verification came through); current: the first open step; optional: taken by some clients only;
 * skipped: never comes for this client (no activation link after an emailed code).
 */
export type StepStatus = 'done' | 'passed' | 'current' | 'upcoming' | 'optional' | 'skipped';

export interface StepView {
  step: FlowStep;
  status: StepStatus;
  record?: StepRecord;
  /** A yearly step (年审) due again: its record is last cycle's review, shown as the last one done. */
  lastDone?: StepRecord;
}

/**
 * The path's steps to show, in order; hidden steps only record dates that deadlines count from.
 * With `now`, a yearly step whose next window has opened since its last review is not done again
 * until ticked for this year (engine/yearly.ts).
 */
export function stepViews(path: FlowPath, allRecords: StepRecords, now?: number): StepView[] {
  const steps = path.steps.filter((step) => !step.hidden);
  const reopened = new Map<string, StepRecord>();
  if (now !== undefined) for (const step of steps) if (dueAgain(step, allRecords, now)) reopened.set(step.id, allRecords[step.id]!);
  const records: StepRecords = reopened.size ? { ...allRecords, ...Object.fromEntries([...reopened.keys()].map((id) => [id, undefined])) } : allRecords;
  let lastRecorded = -1;
  steps.forEach((step, index) => {
    if (records[step.id] && !step.optional) lastRecorded = index;
  });
  let currentSeen = false;
  return steps.map((step, index): StepView => {
    const record = records[step.id];
    if (record) return { step, status: 'done', record };
    if (step.skippedAfter.some((id) => records[id])) return { step, status: 'skipped' };
    if (reopened.has(step.id)) return { step, status: step.optional ? 'optional' : 'current', lastDone: reopened.get(step.id) };
    if (step.optional) return { step, status: 'optional' };
    if (index < lastRecorded) return { step, status: 'passed' };
    if (!currentSeen) {
      currentSeen = true;
      return { step, status: 'current' };
    }
    return { step, status: 'upcoming' };
  });
}

/** Done, passed or skipped: nothing to wait for (its deadlines are closed). */
export function isSettled(view: StepView): boolean {
  return view.status === 'done' || view.status === 'passed' || view.status === 'skipped';
}

/** The step to work on now; null when the whole path is done. */
export function currentStep(views: readonly StepView[]): StepView | null {
  return views.find((view) => view.status === 'current') ?? null;
}

/** The steps of the path that these page signals complete (manual steps never complete by signal). */
export function stepsCompletedBy(path: FlowPath, signals: readonly string[]): string[] {
  const seen = new Set(signals);
  return path.steps.filter((step) => step.completesOn.some((signal) => signal !== MANUAL && seen.has(signal))).map((step) => step.id);
}

export interface PathHints {
  countryRegion?: string;
  hasVerifiedOfficialAccount?: boolean;
}

/**
 * The path a client most likely takes: mainland companies must file (F54), so CN wins; otherwise a
 * verified Official Account of the same company opens quick registration (F14).
 */
export function suggestPath(hints: PathHints): PathId {
  if (hints.countryRegion === 'CN') return 'mainland';
  if (hints.hasVerifiedOfficialAccount) return 'quick';
  return 'overseas';
}

/** The path the user chose for the client, else the suggested one. */
export function resolvePath(chosen: PathId | null | undefined, hints: PathHints): FlowPath {
  return flowPathById(chosen ?? suggestPath(hints));
}

// ── Wording shared by the popup and the client summary ───────────────────────────────────────────

export type TextLookup = (key: string, params?: Record<string, string | number>) => string;

/** "3 days", "1 hour", "less than an hour". */
export function formatLeft(left: TimeLeft, t: TextLookup): string {
  if (left.unit === 'hours' && left.amount === 0) return t('popup.left.under-hour');
  const unit = left.unit === 'days' ? 'day' : 'hour';
  return t(left.amount === 1 ? `popup.left.${unit}` : `popup.left.${unit}s`, { n: left.amount });
}

function parts(ms: number, timeZone: string | undefined): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
}

/** 2025-03-31 in the given time zone (the user's own when undefined). */
export function formatDay(ms: number, timeZone?: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2025-03-31 18:05 in the given time zone. */
export function formatMinute(ms: number, timeZone?: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Hour-based deadlines show the time too: a 24-hour window needs it. */
export function formatDue(view: DeadlineView, timeZone?: string): string {
  return view.deadline.unit === 'hours' ? formatMinute(view.dueAt, timeZone) : formatDay(view.dueAt, timeZone);
}

// ── Client summary (Markdown) ─────────────────────────────────────────────────────────────────────
// For the client or a colleague: label, company name, path, steps with dates, the next action and
// deadlines. Never emails, AppID or other account ids, URLs, or anything secret; notes only when the
// user ticks "include notes" (they are free text and may hold anything).

export interface SummaryInput {
  label: string;
  companyName: string;
  notes?: string;
  path: FlowPath;
  views: readonly StepView[];
  deadlines: readonly DeadlineView[];
  now: number;
  timeZone?: string;
  t: TextLookup;
}

/** Keeps user text from turning into Markdown structure. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

export function clientSummary({ label, companyName, notes, path, views, deadlines, now, timeZone, t }: SummaryInput): string {
  const lines: string[] = [];
  lines.push(t('summary.title', { label: escapeMarkdown(label) }), '');
  if (companyName.trim()) lines.push(t('summary.company', { company: escapeMarkdown(companyName) }));
  lines.push(t('summary.path', { path: t(path.name) }), t('summary.as-of', { date: formatDay(now, timeZone) }), '');

  const current = currentStep(views);
  lines.push(t('summary.next-heading'));
  lines.push(current ? t('summary.next', { title: t(current.step.title), next: t(current.step.next) }) : t('summary.all-done'), '');

  if (deadlines.length > 0) {
    lines.push(t('summary.deadlines-heading'));
    for (const view of deadlines) {
      const params = { label: t(view.deadline.label), date: formatDue(view, timeZone), left: formatLeft(view.left, t) };
      // How sure the date is: a working-day estimate past China's published holidays, a third-party source, a date never typed (年审).
      const notes = [
        view.calendarKnown === false ? t('summary.deadline-estimate') : '',
        view.deadline.confidence === 'third-party' ? t('summary.deadline-unconfirmed') : '',
        view.estimated ? t('summary.deadline-estimated-from') : '',
      ].join('');
      lines.push(t(view.overdue ? 'summary.deadline-overdue' : 'summary.deadline', params) + notes);
    }
    lines.push('');
  }

  lines.push(t('summary.steps-heading'));
  for (const view of views) {
    const title = t(view.step.title);
    const at = Date.parse(view.record?.at ?? '');
    if (view.status === 'done' && !Number.isNaN(at)) lines.push(t('summary.step-done', { title, date: formatDay(at, timeZone) }));
    else if (view.status === 'done' || view.status === 'passed') lines.push(t('summary.step-passed', { title }));
    else if (view.status === 'current') lines.push(t('summary.step-current', { title }));
    else if (view.status === 'upcoming') lines.push(t('summary.step-open', { title }));
  }

  const noteText = notes?.trim();
  if (noteText) {
    lines.push('', t('summary.notes-heading'));
    for (const line of noteText.split(/\r?\n/)) lines.push(`> ${escapeMarkdown(line)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
