import { storage } from '@wxt-dev/storage';
import type { ProfilesState } from './profiles';

// Stored items. Each has a version (kept in its metadata, `<key>$`.v); values are validated on
// every read by the service (storage/service.ts), never trusted as stored. There are no migrations
// yet: @wxt-dev/storage only compares versions when migrations are given (and then a stored version
// higher than the code's makes migrate() throw "Version downgrade detected", logged, not thrown to
// readers), so the service checks the version itself (storage/versions.ts).

/** The data version this code writes and reads, per item. */
export const ITEM_VERSION = 1;

export const profilesItem = storage.defineItem<unknown>('local:profiles', {
  fallback: null,
  version: ITEM_VERSION,
});

/** Clients' progress (storage/progress.ts), validated on every read like the profiles. */
export const progressItem = storage.defineItem<unknown>('local:progress', {
  fallback: null,
  version: ITEM_VERSION,
});

export type StoredKind = 'profiles' | 'progress' | 'settings';

export interface Backup {
  id: string;
  at: string;
  /** Why it was taken, e.g. "before import", "unreadable stored data". */
  reason: string;
  /** What `data` holds; backups from before progress existed are profiles. */
  kind?: StoredKind;
  /** The only copy of stored data that could not be read: never dropped to make room. */
  unreadable?: boolean;
  /** The data version it was stored under, when that was not this code's (a downgrade). */
  version?: unknown;
  /** The raw stored value, kept as it was (it may not validate: that is why it was kept). */
  data: unknown;
}

/** Typed for readers' convenience; the service still checks every entry (safe-store.ts readBackups). */
export const backupsItem = storage.defineItem<Backup[]>('local:backups', {
  fallback: [],
  version: ITEM_VERSION,
});

/** Problems found in stored data, kept until the user has seen them on the options page. */
export interface StoredProblem {
  at: string;
  kind: StoredKind;
  text: string;
}

export const problemsItem = storage.defineItem<unknown>('local:problems', {
  fallback: [],
  version: ITEM_VERSION,
});

export { MAX_BACKUPS } from './backups';
export type { ProfilesState };
