import { z } from 'zod';

// Client profiles: what the checks need and nothing secret (no ID numbers, passwords, SMS codes,
// session tokens). Agencies keep one profile per client; one is active at a time.

export const entityTypes = ['company', 'individual-business', 'personal', 'government', 'media', 'other'] as const;

export const emailRecordSchema = z.object({
  address: z.string().trim().min(3).max(320),
  /** used: entered by the user; taken: the console said so (该邮箱已被占用… and similar). */
  status: z.enum(['used', 'taken']),
  at: z.string().max(40),
});

export const profileSchema = z.object({
  id: z.string().regex(/^[\w-]{1,64}$/),
  label: z.string().trim().min(1, 'a client label is required').max(200),
  companyName: z.string().max(500).default(''),
  registrationNumber: z.string().max(100).default(''),
  /** ISO 3166-1 alpha-2, e.g. HK, CN, US; empty when unknown. */
  countryRegion: z.string().regex(/^([A-Z]{2})?$/).default(''),
  entityType: z.enum(entityTypes).default('company'),
  /** The same company already owns a verified Official Account: quick registration is open to it (F14). */
  hasVerifiedOfficialAccount: z.boolean().default(false),
  officialAccountEmail: z.string().max(320).default(''),
  emails: z.array(emailRecordSchema).max(1000).default([]),
  appId: z.string().max(64).default(''),
  originalId: z.string().max(64).default(''),
  notes: z.string().max(20_000).default(''),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
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
  problems: string[];
}

/**
 * Reads stored profiles defensively: keeps every profile that validates, reports the rest.
 * Never throws; the caller backs up the raw value whenever problems is not empty.
 */
export function recoverProfilesState(raw: unknown): Recovered<ProfilesState> {
  if (raw === null || raw === undefined) return { value: emptyProfilesState, problems: [] };
  const whole = profilesStateSchema.safeParse(raw);
  if (whole.success) return { value: normaliseActive(whole.data), problems: [] };
  const problems: string[] = [];
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { profiles?: unknown }).profiles)
    ? ((raw as { profiles: unknown[] }).profiles)
    : null;
  if (!list) return { value: emptyProfilesState, problems: ['The stored profiles were not in a known shape.'] };
  const profiles: Profile[] = [];
  list.slice(0, 5000).forEach((entry, index) => {
    const parsed = profileSchema.safeParse(entry);
    if (parsed.success) profiles.push(parsed.data);
    else problems.push(`Profile ${index + 1} could not be read (${describeIssues(parsed.error)}).`);
  });
  const activeId = (raw as { activeId?: unknown }).activeId;
  return { value: normaliseActive({ profiles, activeId: typeof activeId === 'string' ? activeId : null }), problems };
}

function normaliseActive(state: ProfilesState): ProfilesState {
  const ids = new Set(state.profiles.map((p) => p.id));
  return { ...state, activeId: state.activeId && ids.has(state.activeId) ? state.activeId : (state.profiles[0]?.id ?? null) };
}

export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
  if (error.issues.length > max) parts.push(`and ${error.issues.length - max} more`);
  return parts.join('; ');
}

export function newProfileId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

// Re-exported for the popup and the background; the content script imports them from the zod-free module.
export { activeProfile, knownEmails } from './active-profile';
