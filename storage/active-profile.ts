import type { Profile, ProfilesState } from './profiles';
import { emailKey } from './emails';

// Questions about validated profiles, free of zod: the content script asks these of the profiles
// the background has validated (message profiles.get) and never parses storage itself.

export function activeProfile(state: ProfilesState): Profile | null {
  return state.profiles.find((p) => p.id === state.activeId) ?? null;
}

/** Every email address any client has used or the console marked taken, lower-cased. */
export function knownEmails(state: ProfilesState): string[] {
  return [...new Set(state.profiles.flatMap((p) => p.emails.map((e) => emailKey(e.address))))];
}

/**
 * Who used each address: the client whose profile holds it and, with team sync, the colleague whose
 * browser recorded it (the email check names them in the extension's own frame, never on the page).
 * Keyed like knownEmails; the first client listing an address is named.
 */
export function emailOwners(state: ProfilesState): Record<string, { client: string; by?: string }> {
  const owners: Record<string, { client: string; by?: string }> = {};
  for (const profile of state.profiles) {
    for (const email of profile.emails) {
      const key = emailKey(email.address);
      if (!owners[key]) owners[key] = email.by ? { client: profile.label, by: email.by } : { client: profile.label };
    }
  }
  return owners;
}
