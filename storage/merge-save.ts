import { emailKey, unionEmails } from './emails';
import type { ProfileDraft } from './messages';
import type { Profile } from './profiles';

// A profile form stays open while console tabs and the popup keep writing (a taken email, the
// AppID, notes). Saving it must not put back what the form showed when it opened: a three-way
// merge keeps the stored value of every field the user did not change, and merges the email list
// as additions and removals. Pure.

type Base = Omit<ProfileDraft, 'id'>;
type EmailRecord = Profile['emails'][number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const key = (e: { address: string }) => emailKey(e.address);

/** Stored emails, minus those the user removed, plus those the user added; "taken" wins over "used". */
export function mergeEmailLists(stored: readonly EmailRecord[], draft: readonly EmailRecord[], base: readonly EmailRecord[]): EmailRecord[] {
  const inDraft = new Set(draft.map(key));
  const removed = new Set(base.map(key).filter((k) => !inDraft.has(k)));
  return unionEmails(
    stored.filter((email) => !removed.has(key(email))),
    draft,
  );
}

/** The draft to save: the user's changes applied to the stored profile (the draft as it is without a base). */
export function mergeSave(stored: Profile | undefined, draft: ProfileDraft, base: Base | undefined): ProfileDraft {
  if (!stored || !base) return draft;
  const merged: Record<string, unknown> = { ...draft };
  for (const [field, value] of Object.entries(draft)) {
    if (field === 'id' || field === 'emails' || !(field in base)) continue;
    if (same(value, (base as Record<string, unknown>)[field])) merged[field] = (stored as Record<string, unknown>)[field];
  }
  merged.emails = mergeEmailLists(stored.emails, (draft.emails ?? []) as EmailRecord[], (base.emails ?? []) as EmailRecord[]);
  return merged as ProfileDraft;
}
