import { storage } from '@wxt-dev/storage';
import { ITEM_VERSIONS } from './item-versions';
import type { ProfilesState } from './profiles';
import type { StorageText } from './texts';

// Stored items. Each has a version (storage/item-versions.ts, the only place that names one), which
// the service records in its metadata (`<key>$`.v) with every write; values are validated on every
// read by the service (storage/service.ts), never trusted as stored. No item passes `migrations` to
// @wxt-dev/storage: it would migrate on import in every context (popup, options, content script),
// and a stored version higher than the code's makes its migrate() throw, logged, not reported. The
// service checks and migrates versions itself (storage/versions.ts, storage/migrations.ts).

export { ITEM_VERSIONS, type ItemName } from './item-versions';

export const profilesItem = storage.defineItem<unknown>('local:profiles', {
  fallback: null,
  version: ITEM_VERSIONS.profiles,
});

/** Clients' progress (storage/progress.ts), validated on every read like the profiles. */
export const progressItem = storage.defineItem<unknown>('local:progress', {
  fallback: null,
  version: ITEM_VERSIONS.progress,
});

export type StoredKind = 'profiles' | 'progress' | 'settings';

export interface Backup {
  id: string;
  at: string;
  /** Why it was taken (storage/texts.ts); older versions stored it as an English sentence. */
  reason: StorageText | string;
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
  version: ITEM_VERSIONS.backups,
});

/** Problems found in stored data, kept until the user has seen them on the options page. */
export interface StoredProblem {
  at: string;
  kind: StoredKind;
  /** What was wrong (storage/texts.ts); older versions stored it as an English sentence. */
  text: StorageText | string;
}

export const problemsItem = storage.defineItem<unknown>('local:problems', {
  fallback: [],
  version: ITEM_VERSIONS.problems,
});

export type { ProfilesState };
