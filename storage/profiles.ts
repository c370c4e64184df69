import { z } from 'zod';
import { normaliseLabel } from './normalise';
import { text, type StorageText } from './texts';
import { listKeys, unknownKeys } from './unknown-fields';

// Client profiles: what the checks need and nothing secret (no ID numbers, passwords, SMS codes,
// session tokens). Agencies keep one profile per client; one is active at a time.

export const entityTypes = ['company', 'individual-business', 'personal', 'government', 'media', 'other'] as const;

/** How long each text field and list may be: stored data over a limit is trimmed on read, never dropped. */
export const PROFILE_LIMITS = {
  label: 200,
  companyName: 500,
  registrationNumber: 100,
  officialAccountEmail: 320,
  appId: 64,
  originalId: 64,
  notes: 20_000,
  /** Emails used or marked taken: the newest are kept. */
  emails: 1000,
} as const;

export const emailRecordSchema = z.object({
  address: z.string().trim().min(3).max(320),
  /** used: entered by the user; taken: the console said so (该邮箱已被占用… and similar). */
  status: z.enum(['used', 'taken']),
  at: z.string().max(40),
  /** Set when a console page reported it (taken-email): such records never push out the user's own. */
  from: z.literal('page').optional(),
  /** Team sync: the colleague (staff name) whose browser recorded it (docs/team-sync.md). */
  by: z.string().max(60).optional(),
});

export const profileSchema = z.object({
  id: z.string().regex(/^[\w-]{1,64}$/),
  // Invisible and bidi control characters removed: two clients must never look alike in the list.
  label: z.string().transform(normaliseLabel).pipe(z.string().min(1, 'a client label is required').max(PROFILE_LIMITS.label)),
  companyName: z.string().max(PROFILE_LIMITS.companyName).default(''),
  registrationNumber: z.string().max(PROFILE_LIMITS.registrationNumber).default(''),
  /** ISO 3166-1 alpha-2, e.g. HK, CN, US; empty when unknown. */
  countryRegion: z
    .string()
    .regex(/^([A-Z]{2})?$/)
    .default(''),
  entityType: z.enum(entityTypes).default('company'),
  /** The same company already owns a verified Official Account: quick registration is open to it (F14). */
  hasVerifiedOfficialAccount: z.boolean().default(false),
  officialAccountEmail: z.string().max(PROFILE_LIMITS.officialAccountEmail).default(''),
  emails: z.array(emailRecordSchema).max(PROFILE_LIMITS.emails).default([]),
  appId: z.string().max(PROFILE_LIMITS.appId).default(''),
  originalId: z.string().max(PROFILE_LIMITS.originalId).default(''),
  notes: z.string().max(PROFILE_LIMITS.notes).default(''),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  /** Team sync: the staff name of the latest change (with updatedAt, its time); absent without team sync. */
  updatedBy: z.string().max(60).optional(),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export const profilesStateSchema = z.object({
  profiles: z.array(profileSchema).max(5000),
  activeId: z.string().nullable(),
});
export type ProfilesState = z.infer<typeof profilesStateSchema>;
export const emptyProfilesState: ProfilesState = { profiles: [], activeId: null };

export interface Recovered<T> {
  value: T;
  /** What could not be kept, for the user and for diagnostics; empty when the stored value was clean. */
  problems: StorageText[];
}

/**
 * Reads stored profiles defensively: keeps every profile that validates, reports the rest.
 * Never throws; the caller backs up the raw value whenever problems is not empty.
 */
export function recoverProfilesState(raw: unknown): Recovered<ProfilesState> {
  if (raw === null || raw === undefined) return { value: emptyProfilesState, problems: [] };
  const whole = profilesStateSchema.safeParse(raw);
  if (whole.success) return { value: normaliseActive(whole.data), problems: unknownFieldProblems(raw) };
  const problems: StorageText[] = unknownFieldProblems(raw);
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { profiles?: unknown }).profiles) ? (raw as { profiles: unknown[] }).profiles : null;
  if (!list) return { value: emptyProfilesState, problems: [text('storage.profiles.shape')] };
  const profiles: Profile[] = [];
  list.slice(0, 5000).forEach((entry, index) => {
    const parsed = profileSchema.safeParse(entry);
    if (parsed.success) return profiles.push(parsed.data);
    // A list grown too long or a text too big never costs the whole profile: it is trimmed and said.
    const fitted = fitProfile(entry, index + 1);
    const refitted = fitted && profileSchema.safeParse(fitted.value);
    if (fitted && refitted?.success) {
      profiles.push(refitted.data);
      problems.push(...fitted.problems);
    } else problems.push(text('storage.profile.unreadable', { n: index + 1, detail: describeIssues(parsed.error) }));
  });
  const activeId = (raw as { activeId?: unknown }).activeId;
  return { value: normaliseActive({ profiles, activeId: typeof activeId === 'string' ? activeId : null }), problems };
}

const STATE_KEYS = new Set(Object.keys(profilesStateSchema.shape));
const PROFILE_KEYS = new Set(Object.keys(profileSchema.shape));

/** Fields this version does not know (written by a newer one): reported, so the raw value is backed up. */
function unknownFieldProblems(raw: unknown): StorageText[] {
  const problems: StorageText[] = [];
  const top = unknownKeys(raw, STATE_KEYS);
  if (top.length) problems.push(text('storage.unknown-fields', { what: text('storage.kind.profiles'), fields: listKeys(top) }));
  const list = (raw as { profiles?: unknown }).profiles;
  if (Array.isArray(list)) {
    list.slice(0, 5000).forEach((entry, index) => {
      const extra = unknownKeys(entry, PROFILE_KEYS);
      if (extra.length) problems.push(text('storage.profile.unknown-fields', { n: index + 1, fields: listKeys(extra) }));
    });
  }
  return problems;
}

const TEXT_FIELDS = ['companyName', 'registrationNumber', 'officialAccountEmail', 'appId', 'originalId', 'notes'] as const;

/**
 * A stored profile that failed validation only because a list grew too long or a text too big:
 * the newest list entries and the start of each text are kept (the raw value is in the backup),
 * unreadable email entries left out. Null when it is not such a profile.
 */
function fitProfile(entry: unknown, n: number): { value: Record<string, unknown>; problems: StorageText[] } | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const value: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  const label = typeof value.label === 'string' ? normaliseLabel(value.label).slice(0, 40) : '';
  const problems: StorageText[] = [];
  if (typeof value.label === 'string' && value.label.length > PROFILE_LIMITS.label) {
    problems.push(
      text('storage.profile.text-trimmed', { n, label, field: text('storage.field.label'), length: value.label.length, max: PROFILE_LIMITS.label }),
    );
    value.label = value.label.slice(0, PROFILE_LIMITS.label);
  }
  for (const field of TEXT_FIELDS) {
    const current = value[field];
    if (typeof current !== 'string' || current.length <= PROFILE_LIMITS[field]) continue;
    problems.push(
      text('storage.profile.text-trimmed', { n, label, field: text(`storage.field.${field}`), length: current.length, max: PROFILE_LIMITS[field] }),
    );
    value[field] = current.slice(0, PROFILE_LIMITS[field]);
  }
  if (Array.isArray(value.emails)) {
    const readable = value.emails.filter((e) => emailRecordSchema.safeParse(e).success);
    if (readable.length < value.emails.length) {
      problems.push(text('storage.profile.entries-dropped', { n, label, field: text('storage.field.emails'), count: value.emails.length - readable.length }));
    }
    if (readable.length > PROFILE_LIMITS.emails) {
      problems.push(
        text('storage.profile.list-trimmed', { n, label, field: text('storage.field.emails'), total: readable.length, max: PROFILE_LIMITS.emails }),
      );
    }
    value.emails = newestEmails(readable as EmailRecord[]);
  }
  return problems.length > 0 ? { value, problems } : null;
}

type EmailRecord = z.infer<typeof emailRecordSchema>;

/** The list within its limit: the newest entries (the list is kept in the order they were recorded). */
export function newestEmails<T>(emails: readonly T[]): T[] {
  return emails.slice(-PROFILE_LIMITS.emails);
}

function normaliseActive(state: ProfilesState): ProfilesState {
  const ids = new Set(state.profiles.map((p) => p.id));
  return { ...state, activeId: state.activeId && ids.has(state.activeId) ? state.activeId : (state.profiles[0]?.id ?? null) };
}

/** What is wrong, field by field ("label: a client label is required"), in words of storage.json. */
export function describeIssues(error: z.ZodError, max = 3): StorageText {
  const parts = error.issues.slice(0, max).map(describeIssue);
  if (error.issues.length > max) parts.push(text('storage.issue.more', { count: error.issues.length - max }));
  return text('storage.issues', { list: parts });
}

function describeIssue(issue: z.core.$ZodIssue): StorageText {
  const path = issue.path.map(String).join('.') || 'value';
  const limit = (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum;
  const unit = (issue as { origin?: unknown }).origin === 'array' ? 'entries' : 'characters';
  switch (issue.code) {
    case 'too_small':
      if (issue.path.at(-1) === 'label') return text('storage.issue.label-required', { path });
      return text(`storage.issue.too-small-${unit}`, { path, limit: String(limit) });
    case 'too_big':
      return text(`storage.issue.too-big-${unit}`, { path, limit: String(limit) });
    case 'invalid_type':
      return text('storage.issue.type', { path, expected: String(issue.expected) });
    case 'invalid_format':
      return text('storage.issue.format', { path });
    case 'invalid_value':
      return text('storage.issue.value', {
        path,
        values: issue.values
          .map((v) => JSON.stringify(v))
          .join(', ')
          .slice(0, 120),
      });
    default:
      return text('storage.issue.invalid', { path });
  }
}

export function newProfileId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
