import { fetchProfiles, send } from '../storage/client';
import { profilesItem } from '../storage/items';
import type { ProfilesState } from '../storage/profiles';

/** Where the guide's client profiles come from. */
export interface ProfilesSource {
  read(): Promise<ProfilesState>;
  /** Calls back whenever the profiles change; returns the unsubscribe function. */
  watch(onChange: () => void): () => void;
  /** The console said this email is taken: remember it for the active client. */
  recordTakenEmail(address: string): void;
}

/** The user's real profiles: validated and written by the background (storage's only writer). */
export const storedProfiles: ProfilesSource = {
  read: () => fetchProfiles().then((view) => view.state),
  watch: (onChange) => profilesItem.watch(onChange),
  recordTakenEmail: (address) => void send({ type: 'emails.record', address, status: 'taken' }),
};
