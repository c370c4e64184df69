import { storage } from '@wxt-dev/storage';
import { essentialBackups, withBackup } from './backups';
import { backupsItem, ITEM_VERSIONS, problemsItem, type Backup, type ItemName, type StoredKind, type StoredProblem } from './items';
import type { Recovered } from './profiles';
import { migrate } from './migrations';
import { recoverSettings } from './settings';
import { isStorageText, renderText, text, type StorageText } from './texts';
import { versionProblem, versionVerdict } from './versions';

// How the background's storage service reads and writes without losing anything: every read is
// validated and, when some of it could not be read, the raw value is backed up before the repaired
// one replaces it, and the problem is kept until the user has seen it; backups stay within their
// share of the 10 MB quota; a change is stored in one browser call with the backups taken for it
// and its items' data versions, so a full quota leaves everything as it was (no backup evicted for
// a change that did not happen). Only the service (storage/service.ts) calls these, inside its one
// write queue.

/** The part of a WXT storage item this module uses. */
export interface StoredItem<T> {
  key: StorageKey;
  getValue(): Promise<T>;
  getMeta(): Promise<Record<string, unknown>>;
}

export const STORAGE_FULL = text('storage.full');
/** The full-quota message in English (the service puts it in the user's language). */
export const STORAGE_FULL_MESSAGE = renderText(STORAGE_FULL);

export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(message);
}

// ---- One change, stored whole or not at all ----

type StorageKey = `${'local' | 'session' | 'sync' | 'managed'}:${string}`;

export interface NewBackup {
  reason: StorageText;
  data: unknown;
  kind?: StoredKind;
  extra?: Pick<Backup, 'unreadable' | 'version'>;
}

export interface Change {
  /** Items to write, each with its data version (storage/item-versions.ts). */
  writes?: readonly { name: ItemName; item: StoredItem<unknown>; value: unknown }[];
  /** Backups to take for this change; older ones make room only if the change is stored. */
  backups?: readonly NewBackup[];
}

const newBackupId = () => `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** The backups list with these added (the same unreadable data kept once), within its limits. */
async function backupsWith(added: readonly NewBackup[]): Promise<Backup[] | null> {
  const existing = await readBackups();
  let list = existing;
  for (const { reason, data, kind = 'profiles', extra = {} } of added) {
    // The same unreadable data seen again: the copy already kept is enough.
    const json = JSON.stringify(data);
    if (extra.unreadable && list.some((b) => b.kind === kind && b.unreadable && JSON.stringify(b.data) === json)) continue;
    list = withBackup(list, { id: newBackupId(), at: new Date().toISOString(), reason, kind, ...extra, data }).kept;
  }
  return list === existing ? null : list;
}

/**
 * Stores a change in one browser call: its items with their data versions, and its backups. When
 * the browser says storage is full, the backups that may go are dropped and it is tried once more;
 * if that fails too, StorageFullError and nothing at all has changed.
 */
export async function commit({ writes = [], backups = [] }: Change): Promise<void> {
  const entries: { key: StorageKey; value: unknown }[] = writes.flatMap(({ name, item, value }) => [
    { key: item.key, value },
    { key: `${item.key}$` as StorageKey, value: { v: ITEM_VERSIONS[name] } },
  ]);
  const list = backups.length > 0 ? await backupsWith(backups) : null;
  const store = (backupList: Backup[] | null) =>
    storage.setItems(
      backupList
        ? [...entries, { key: backupsItem.key, value: backupList }, { key: `${backupsItem.key}$` as StorageKey, value: { v: ITEM_VERSIONS.backups } }]
        : entries,
    );
  if (entries.length === 0 && !list) return;
  try {
    await store(list);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    if (!list) throw new StorageFullError(error);
    // Make room from the backups that may go, keeping the newest and unreadable data's only copies.
    try {
      await store(essentialBackups(list));
    } catch (again) {
      throw isQuotaError(again) ? new StorageFullError(again) : again;
    }
  }
}

/** Writes one item with its data version. */
export function write(name: ItemName, item: StoredItem<unknown>, value: unknown): Promise<void> {
  return commit({ writes: [{ name, item, value }] });
}

/** Takes a backup on its own (no change with it). */
export function addBackup(reason: StorageText, data: unknown, kind: StoredKind = 'profiles', extra: NewBackup['extra'] = {}): Promise<void> {
  return commit({ backups: [{ reason, data, kind, extra }] });
}

// ---- Backups ----

const isReason = (reason: unknown): reason is StorageText | string => typeof reason === 'string' || isStorageText(reason);

/** The stored backups, each checked; anything unreadable among them is kept as a backup of its own. */
export async function readBackups(): Promise<Backup[]> {
  const raw = await backupsItem.getValue();
  const list = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
  return list.map((entry: unknown, index): Backup => {
    const b = entry as Partial<Backup> | null;
    if (b && typeof b === 'object' && typeof b.id === 'string' && typeof b.at === 'string' && 'data' in b) {
      const kind: StoredKind = b.kind === 'progress' || b.kind === 'settings' ? b.kind : 'profiles';
      // A reason that cannot be read costs the entry its reason, never its place in the list.
      const reason = isReason(b.reason) ? b.reason : text('storage.backup.reason-unreadable');
      const backup: Backup = { ...(b as Backup), kind, reason };
      return wronglyUnreadable(backup) ? { ...backup, unreadable: false } : backup;
    }
    return { id: `b-unreadable-${index}`, at: '', reason: text('storage.backup.unreadable-entry'), kind: 'profiles', unreadable: true, data: entry };
  });
}

/**
 * Settings copies that versions before issue 11 took on every load (they read settings, written as
 * version 2, against version 1): flagged unreadable, so never dropped, they crowded real backups out.
 * Current settings this version reads whole are no one's only copy: they may go first like any other.
 */
function wronglyUnreadable(backup: Backup): boolean {
  return (
    backup.unreadable === true && backup.kind === 'settings' && backup.version === ITEM_VERSIONS.settings && recoverSettings(backup.data).problems.length === 0
  );
}

// ---- Problems found in stored data ----

const MAX_PROBLEMS = 50;

export async function readProblems(): Promise<StoredProblem[]> {
  const raw = await problemsItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: Partial<StoredProblem> | null): StoredProblem[] => {
    if (!p || typeof p !== 'object' || !['profiles', 'progress', 'settings'].includes(p.kind as string)) return [];
    // A problem whose text cannot be read is still a problem to show: it says so.
    return [{ at: typeof p.at === 'string' ? p.at : '', kind: p.kind!, text: isReason(p.text) ? p.text : text('storage.problem.unreadable') }];
  });
}

async function problemsWith(kind: StoredKind, texts: readonly StorageText[]): Promise<StoredProblem[]> {
  const at = new Date().toISOString();
  return [...(await readProblems()), ...texts.map((t) => ({ at, kind, text: t }))].slice(-MAX_PROBLEMS);
}

export async function clearProblems(): Promise<void> {
  await write('problems', problemsItem, []);
}

// ---- Checked reads ----

const unreadableReason: Record<StoredKind, StorageText> = {
  profiles: text('storage.backup.unreadable-profiles'),
  progress: text('storage.backup.unreadable-progress'),
  settings: text('storage.backup.unreadable-settings'),
};

/**
 * Reads an item, validated. Data an older version stored is migrated (storage/migrations.ts). When
 * some of it could not be read (wrong shape, invalid entries, unknown fields, a newer or unknown
 * data version), the raw value is backed up as it was, and the repaired value, the backup and the
 * problems are stored together.
 *
 * `mode: 'read'`: when that cannot be stored (full quota) the raw value is left untouched and the
 * recovered value is returned with a problem saying so. `mode: 'write'`: the caller is about to
 * write over it, so a failure throws (StorageFullError) and nothing is written.
 */
export async function loadChecked<T>(
  kind: StoredKind,
  item: StoredItem<unknown>,
  recover: (raw: unknown) => Recovered<T>,
  mode: 'read' | 'write',
): Promise<Recovered<T>> {
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  const current = ITEM_VERSIONS[kind];
  const verdict = versionVerdict(meta, current);
  const recovered = recover(verdict.kind === 'older' ? migrate(kind, raw, verdict.stored) : raw);
  const fromVersion = versionProblem(kind, verdict, current);
  const problems = fromVersion ? [fromVersion, ...recovered.problems] : recovered.problems;
  try {
    if (problems.length > 0) {
      const version = verdict.kind === 'newer' || verdict.kind === 'unknown' ? { version: verdict.stored } : {};
      await commit({
        writes: [
          { name: kind, item, value: recovered.value },
          { name: 'problems', item: problemsItem, value: await problemsWith(kind, problems) },
        ],
        backups: [{ reason: unreadableReason[kind], data: raw, kind, extra: { unreadable: true, ...version } }],
      });
    } else if (verdict.kind === 'older' && raw !== null && raw !== undefined) {
      await write(kind, item, recovered.value);
    } else if (verdict.kind !== 'current' && raw !== null && raw !== undefined) {
      await storage.setItem(`${item.key}$` as StorageKey, { v: current });
    }
  } catch (error) {
    if (mode === 'write' || !isQuotaError(error)) throw error;
    return { value: recovered.value, problems: [...problems, text('storage.full.left-as-is', { what: text(`storage.kind.${kind}`) })] };
  }
  return { value: recovered.value, problems };
}
