import { essentialBackups, withBackup } from './backups';
import { backupsItem, ITEM_VERSION, problemsItem, type Backup, type StoredKind, type StoredProblem } from './items';
import type { Recovered } from './profiles';
import { versionProblem, versionVerdict } from './versions';

// How the background's storage service reads and writes without losing anything: every read is
// validated and, when some of it could not be read, the raw value is backed up before the repaired
// one replaces it, and the problem is kept until the user has seen it; backups stay within their
// share of the 10 MB quota; a full quota becomes a clear message and leaves everything unchanged.
// Only the service (storage/service.ts) calls these, inside its one write queue.

/** The part of a WXT storage item this module uses. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  getMeta(): Promise<Record<string, unknown>>;
  setMeta(meta: Record<string, unknown>): Promise<void>;
}

export const STORAGE_FULL_MESSAGE =
  "The browser's storage for MP Console Guide is full (10 MB), so nothing was changed. Export your profiles to a file, then delete clients you no longer need.";

export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Writes, turning a full quota into a StorageFullError (the value is then unchanged). */
export async function write<T>(item: StoredItem<T>, value: T): Promise<void> {
  try {
    await item.setValue(value);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(error) : error;
  }
}

// ---- Backups ----

/** The stored backups, each checked; anything unreadable among them is kept as a backup of its own. */
export async function readBackups(): Promise<Backup[]> {
  const raw = await backupsItem.getValue();
  const list = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
  return list.map((entry: unknown, index): Backup => {
    const b = entry as Partial<Backup> | null;
    if (b && typeof b === 'object' && typeof b.id === 'string' && typeof b.at === 'string' && typeof b.reason === 'string' && 'data' in b) {
      const kind = b.kind === 'progress' || b.kind === 'settings' ? b.kind : 'profiles';
      return { ...(b as Backup), kind };
    }
    return { id: `b-unreadable-${index}`, at: '', reason: 'unreadable backup entry (kept as it was)', kind: 'profiles', unreadable: true, data: entry };
  });
}

const newBackupId = () => `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/**
 * Takes a backup before a change. Throws StorageFullError when even the essential backups cannot
 * be stored: the change it guards must then not happen.
 */
export async function addBackup(reason: string, data: unknown, kind: StoredKind = 'profiles', extra: Pick<Backup, 'unreadable' | 'version'> = {}): Promise<void> {
  const existing = await readBackups();
  // The same unreadable data seen again (a repair that could not be written): one copy is enough.
  const newest = existing.find((b) => b.kind === kind);
  if (extra.unreadable && newest?.unreadable && JSON.stringify(newest.data) === JSON.stringify(data)) return;
  const entry: Backup = { id: newBackupId(), at: new Date().toISOString(), reason, kind, ...extra, data };
  const { kept } = withBackup(existing, entry);
  try {
    await backupsItem.setValue(kept);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // Make room from the backups that may go, keeping the newest and unreadable data's only copies.
    await write(backupsItem, essentialBackups(kept));
  }
}

// ---- Problems found in stored data ----

const MAX_PROBLEMS = 50;

export async function readProblems(): Promise<StoredProblem[]> {
  const raw = await problemsItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (p): p is StoredProblem => !!p && typeof p === 'object' && typeof p.text === 'string' && ['profiles', 'progress', 'settings'].includes(p.kind),
  );
}

async function recordProblems(kind: StoredKind, texts: readonly string[]): Promise<void> {
  const at = new Date().toISOString();
  const next = [...(await readProblems()), ...texts.map((text) => ({ at, kind, text }))];
  await write(problemsItem, next.slice(-MAX_PROBLEMS));
}

export async function clearProblems(): Promise<void> {
  await write(problemsItem, []);
}

// ---- Checked reads ----

const unreadableReason: Record<StoredKind, string> = {
  profiles: 'unreadable stored profiles (kept as they were)',
  progress: 'unreadable stored progress (kept as it was)',
  settings: 'unreadable stored settings (kept as they were)',
};

/**
 * Reads an item, validated. When some of it could not be read (wrong shape, invalid entries,
 * unknown fields, a newer or unknown data version), the raw value is backed up as it was, the
 * repaired value is written, and the problems are kept for the options page.
 *
 * `mode: 'read'`: when the backup cannot be stored (full quota) the raw value is left untouched and
 * the recovered value is returned with a problem saying so. `mode: 'write'`: the caller is about to
 * write over it, so a failed backup throws (StorageFullError) and nothing is written.
 */
export async function loadChecked<T>(kind: StoredKind, item: StoredItem<unknown>, recover: (raw: unknown) => Recovered<T>, mode: 'read' | 'write'): Promise<Recovered<T>> {
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  const verdict = versionVerdict(meta, ITEM_VERSION);
  const recovered = recover(raw);
  const fromVersion = versionProblem(kind, verdict, ITEM_VERSION);
  const problems = fromVersion ? [fromVersion, ...recovered.problems] : recovered.problems;
  try {
    if (problems.length > 0) {
      const version = verdict.kind === 'newer' || verdict.kind === 'unknown' ? { version: verdict.stored } : {};
      await addBackup(unreadableReason[kind], raw, kind, { unreadable: true, ...version });
      // Backed up: from here on, a failure only means the repair waits for the next read.
      await write(item, recovered.value);
      await recordProblems(kind, problems);
    }
    if (verdict.kind !== 'current' && raw !== null && raw !== undefined) await item.setMeta({ v: ITEM_VERSION });
  } catch (error) {
    if (mode === 'write' || !isQuotaError(error)) throw error;
    return { value: recovered.value, problems: [...problems, `${STORAGE_FULL_MESSAGE} The stored ${kind} were left as they were.`] };
  }
  return { value: recovered.value, problems };
}
