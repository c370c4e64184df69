import { documentChecklists, type ChecklistEntityType } from '../rules/documents';
import type { FlowPath, PathId } from '../rules/flows';
import { badgeCount, openDeadlines, type DeadlineView } from './deadlines';
import { currentStep, isSettled, resolvePath, stepViews, type StepRecords, type StepView } from './progress';

// The agency overview: one row per client, answering "which client needs me today?". Pure: the
// profiles, the progress and `now` come in; nothing reads storage or the clock. Deadlines are the
// ones engine/deadlines.ts computes (working days in China time), compared as instants, so the
// order is the same in every time zone.

/** What the overview needs of a profile (storage/profiles.ts Profile fits). */
export interface BookProfile {
  id: string;
  label: string;
  companyName: string;
  countryRegion: string;
  /** Team sync: the staff name of the latest change (with updatedAt, its time). */
  updatedBy?: string;
  updatedAt?: string;
  entityType: string;
  hasVerifiedOfficialAccount: boolean;
}

/** What the overview needs of a client's progress (storage/progress.ts ClientProgress fits). */
export interface BookProgress {
  profileId: string;
  path: PathId | null;
  steps: StepRecords;
  documents: readonly string[];
}

/** overdue: a deadline has passed; soon: one is due within 3 days; later: deadlines further out; none: no open deadline. */
export type Urgency = 'overdue' | 'soon' | 'later' | 'none';

export interface OverviewRow {
  id: string;
  label: string;
  companyName: string;
  countryRegion: string;
  /** Team sync: who last changed the client, and when (absent without team sync). */
  changed?: { by: string; at: string };
  path: FlowPath;
  views: StepView[];
  current: StepView | null;
  /** Open deadlines, soonest first. */
  deadlines: DeadlineView[];
  next: DeadlineView | null;
  /** The latest recorded step date (ms), or null when nothing is recorded. */
  lastProgressAt: number | null;
  /** Required verification documents not ticked as ready; null when the path or entity has no checklist. */
  missingDocuments: number | null;
  urgency: Urgency;
  /** Something is overdue or due within 3 days. */
  needsAction: boolean;
  /** Steps done or passed, of the path's required steps. */
  settled: number;
  required: number;
}

function missingDocuments(entityType: string, views: readonly StepView[], ready: readonly string[]): number | null {
  const checklist = documentChecklists[entityType as ChecklistEntityType];
  const verification = views.find((view) => view.step.id === 'verify-documents');
  if (!checklist || !verification) return null;
  if (isSettled(verification)) return 0;
  return checklist.filter((item) => !item.when && !ready.includes(item.kind)).length;
}

function urgencyOf(deadlines: readonly DeadlineView[]): Urgency {
  if (deadlines.some((d) => d.overdue)) return 'overdue';
  if (deadlines.some((d) => d.dueSoon)) return 'soon';
  return deadlines.length > 0 ? 'later' : 'none';
}

function latest(records: StepRecords): number | null {
  let last: number | null = null;
  for (const record of Object.values(records)) {
    const at = Date.parse(record?.at ?? '');
    if (!Number.isNaN(at) && (last === null || at > last)) last = at;
  }
  return last;
}

const NO_PROGRESS: Omit<BookProgress, 'profileId'> = { path: null, steps: {}, documents: [] };

export function overviewRow(profile: BookProfile, progress: Omit<BookProgress, 'profileId'> | undefined, now: number): OverviewRow {
  const client = progress ?? NO_PROGRESS;
  const path = resolvePath(client.path, profile);
  const views = stepViews(path, client.steps, now);
  const deadlines = openDeadlines(path, client.steps, now);
  const urgency = urgencyOf(deadlines);
  const requiredViews = views.filter((view) => !view.step.optional);
  return {
    id: profile.id,
    label: profile.label,
    companyName: profile.companyName,
    ...(profile.updatedBy && profile.updatedAt ? { changed: { by: profile.updatedBy, at: profile.updatedAt } } : {}),
    countryRegion: profile.countryRegion,
    path,
    views,
    current: currentStep(views),
    deadlines,
    next: deadlines[0] ?? null,
    lastProgressAt: latest(client.steps),
    missingDocuments: missingDocuments(profile.entityType, views, client.documents),
    urgency,
    needsAction: urgency === 'overdue' || urgency === 'soon',
    settled: requiredViews.filter(isSettled).length,
    required: requiredViews.length,
  };
}

/** One row per profile, in the profiles' order. */
export function overviewRows(profiles: readonly BookProfile[], progress: readonly BookProgress[], now: number): OverviewRow[] {
  const byId = new Map(progress.map((client) => [client.profileId, client]));
  return profiles.map((profile) => overviewRow(profile, byId.get(profile.id), now));
}

// ── Sort ─────────────────────────────────────────────────────────────────────────────────────────

export const overviewSorts = ['deadline', 'label', 'activity'] as const;
export type OverviewSort = (typeof overviewSorts)[number];

const labelCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byLabel(a: OverviewRow, b: OverviewRow): number {
  return labelCollator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Soonest due instant first (overdue ones are the soonest); a hard deadline before an expected reply at the same instant; no deadline last. */
function byDeadline(a: OverviewRow, b: OverviewRow): number {
  if (a.next && b.next) {
    return a.next.dueAt - b.next.dueAt || (a.next.deadline.kind === b.next.deadline.kind ? 0 : a.next.deadline.kind === 'hard' ? -1 : 1) || byLabel(a, b);
  }
  if (a.next) return -1;
  if (b.next) return 1;
  return byLabel(a, b);
}

/** Latest progress first; clients with nothing recorded last. */
function byActivity(a: OverviewRow, b: OverviewRow): number {
  if (a.lastProgressAt !== null && b.lastProgressAt !== null) return b.lastProgressAt - a.lastProgressAt || byLabel(a, b);
  if (a.lastProgressAt !== null) return -1;
  if (b.lastProgressAt !== null) return 1;
  return byLabel(a, b);
}

const comparators: Record<OverviewSort, (a: OverviewRow, b: OverviewRow) => number> = { deadline: byDeadline, label: byLabel, activity: byActivity };

/** A sorted copy. */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  return [...rows].sort(comparators[sort]);
}

// ── Filter ───────────────────────────────────────────────────────────────────────────────────────

export interface OverviewFilter {
  /** Matched against the label and the company name, ignoring case and full-width forms. */
  text: string;
  /** ISO code, '' for any. */
  country: string;
  path: PathId | '';
  needsAction: boolean;
}

export const noFilter: OverviewFilter = { text: '', country: '', path: '', needsAction: false };

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function filterRows(rows: readonly OverviewRow[], filter: OverviewFilter): OverviewRow[] {
  const query = fold(filter.text);
  return rows.filter(
    (row) =>
      (!filter.country || row.countryRegion === filter.country) &&
      (!filter.path || row.path.id === filter.path) &&
      (!filter.needsAction || row.needsAction) &&
      (!query || fold(row.label).includes(query) || fold(row.companyName).includes(query)),
  );
}

/** The countries and regions present in the book, for the filter's choices. */
export function countriesIn(rows: readonly OverviewRow[]): string[] {
  return [...new Set(rows.map((row) => row.countryRegion).filter(Boolean))].sort();
}

// ── Badge for the whole book ─────────────────────────────────────────────────────────────────────

/** The toolbar badge over every client: deadlines due within 3 days or overdue, all clients together. */
export function bookBadge(rows: readonly OverviewRow[]): { count: number; overdue: boolean } {
  return badgeCount(rows.flatMap((row) => row.deadlines));
}
