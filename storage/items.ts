import { storage } from '@wxt-dev/storage';
import type { ProfilesState } from './profiles';

// Stored items. Each has a version for migrations; values are validated on every read by the
// service (storage/service.ts), never trusted as stored.

export const profilesItem = storage.defineItem<unknown>('local:profiles', {
  fallback: null,
  version: 1,
});

/** Clients' progress (storage/progress.ts), validated on every read like the profiles. */
export const progressItem = storage.defineItem<unknown>('local:progress', {
  fallback: null,
  version: 1,
});

export interface Backup {
  id: string;
  at: string;
  /** Why it was taken, e.g. "before import", "unreadable stored data". */
  reason: string;
  /** What `data` holds; backups from before progress existed are profiles. */
  kind?: 'profiles' | 'progress';
  /** The raw stored value, kept as it was (it may not validate: that is why it was kept). */
  data: unknown;
}

export const backupsItem = storage.defineItem<Backup[]>('local:backups', {
  fallback: [],
  version: 1,
});

export const MAX_BACKUPS = 10;

export type { ProfilesState };
