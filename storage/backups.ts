import type { Backup } from './items';

// Which backups to keep. Each backup is a full copy of what it protects, and chrome.storage.local
// holds 10 MB in all, so their total size is bounded: the oldest go first until the newest fits.
// Two kinds are never dropped to make room: the newest backup, and the only copy of stored data
// that could not be read (that data was repaired away; the backup is all that is left of it).
// Pure, so the policy is tested without a browser.

export const MAX_BACKUPS = 10;
/** Leaves most of the 10 MB quota to the live profiles and progress. */
export const MAX_BACKUP_BYTES = 4 * 1024 * 1024;

/** Bytes `value` takes as UTF-8 JSON, which is how the browser counts it against the quota. */
export function storedSize(value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return 0;
  }
  return json === undefined ? 0 : utf8Length(json);
}

/** UTF-8 length without allocating an encoded copy (files of many megabytes pass through here). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Backups taken before this flag existed said so in their reason; an explicit false wins. */
export function isUnreadableBackup(backup: Backup): boolean {
  return backup.unreadable ?? (typeof backup.reason === 'string' && backup.reason.startsWith('unreadable'));
}

/**
 * Which entries of a newest-first list may never be dropped: the newest, and each unreadable-data
 * backup unless a newer protected backup holds the same data (then it is not the only copy).
 */
function protectedEntries(list: readonly Backup[]): boolean[] {
  const keys = list.map((b) => `${b.kind ?? 'profiles'} ${safeJson(b.data)}`);
  const result: boolean[] = [];
  list.forEach((backup, i) => {
    result.push(i === 0 || (isUnreadableBackup(backup) && !keys.slice(0, i).some((key, j) => result[j] && key === keys[i])));
  });
  return result;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** The list after adding `entry` (newest first), and what had to go to stay within the limits. */
export function withBackup(
  existing: readonly Backup[],
  entry: Backup,
  limits = { count: MAX_BACKUPS, bytes: MAX_BACKUP_BYTES },
): { kept: Backup[]; dropped: Backup[] } {
  const list = [entry, ...existing];
  const sizes = list.map((b) => storedSize(b));
  const isProtected = protectedEntries(list);
  const drop = new Set<number>();
  let count = list.length;
  let bytes = sizes.reduce((sum, n) => sum + n, 0);
  for (let i = list.length - 1; i > 0 && (count > limits.count || bytes > limits.bytes); i--) {
    if (isProtected[i]) continue;
    drop.add(i);
    count--;
    bytes -= sizes[i]!;
  }
  return { kept: list.filter((_, i) => !drop.has(i)), dropped: list.filter((_, i) => drop.has(i)) };
}

/** Only the backups that may never be dropped: what is left to try when the browser says storage is full. */
export function essentialBackups(list: readonly Backup[]): Backup[] {
  const isProtected = protectedEntries(list);
  return list.filter((_, i) => isProtected[i]);
}
