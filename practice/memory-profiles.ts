import type { ProfilesSource } from '../content/guide';
import { recordEmail } from '../storage/emails';
import type { ProfilesState } from '../storage/profiles';

// The practice console's client profiles: in memory only, never in storage, so a practice session
// cannot touch a user's real clients. Emails the replica console marks as taken are recorded here.

export interface MemoryProfiles extends ProfilesSource {
  current(): ProfilesState;
  activate(id: string): void;
  /** Back to the given state (the samples), e.g. on Reset. */
  replace(state: ProfilesState): void;
}

export function createMemoryProfiles(initial: ProfilesState): MemoryProfiles {
  let state = initial;
  const listeners = new Set<(state: ProfilesState) => void>();
  const publish = (next: ProfilesState) => {
    state = next;
    for (const listener of listeners) {
      try {
        listener(structuredClone(state));
      } catch {
        // A frame that is gone; it unsubscribes on its own way out.
      }
    }
  };

  return {
    // Copies, so a frame's guide can never change the shell's state behind its back.
    read: () => Promise.resolve(structuredClone(state)),
    current: () => state,
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    recordTakenEmail(address) {
      const active = state.profiles.find((profile) => profile.id === state.activeId);
      const emails = active && recordEmail(active.emails, address, 'taken', new Date().toISOString());
      if (!active || !emails) return;
      publish({ ...state, profiles: state.profiles.map((profile) => (profile === active ? { ...profile, emails } : profile)) });
    },
    activate: (id) => publish({ ...state, activeId: id }),
    replace: (next) => publish(next),
  };
}
