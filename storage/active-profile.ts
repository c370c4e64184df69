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
