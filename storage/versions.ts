import type { StoredKind } from './items';
import { text, type StorageText } from './texts';

// The data version an item was stored under (its metadata's `v`), judged against this code's
// (storage/item-versions.ts). A higher one means a newer extension wrote it and this one was
// installed over it (a downgrade): its data may hold what this version cannot read, so it is backed
// up whole before anything else. A lower one is migrated (storage/migrations.ts), losing nothing.

export type VersionVerdict =
  | { kind: 'current' }
  /** Nothing recorded: written before versions were recorded, or never written. Read as current. */
  | { kind: 'unrecorded' }
  | { kind: 'older'; stored: number }
  | { kind: 'newer'; stored: number }
  | { kind: 'unknown'; stored: unknown };

export function versionVerdict(meta: unknown, current: number): VersionVerdict {
  const stored = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).v : undefined;
  if (stored === undefined || stored === null) return { kind: 'unrecorded' };
  if (stored === current) return { kind: 'current' };
  if (typeof stored === 'number' && Number.isInteger(stored) && stored > current) return { kind: 'newer', stored };
  if (typeof stored === 'number' && Number.isInteger(stored) && stored >= 1) return { kind: 'older', stored };
  return { kind: 'unknown', stored };
}

/** What the options page says about a version it could not take as it is; null when fine. */
export function versionProblem(kind: StoredKind, verdict: VersionVerdict, current: number): StorageText | null {
  const what = text(`storage.kind.${kind}`);
  if (verdict.kind === 'newer') return text('storage.version.newer', { what, stored: verdict.stored, current });
  if (verdict.kind === 'unknown') return text('storage.version.unknown', { what, stored: safeDescribe(verdict.stored), current });
  return null;
}

function safeDescribe(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 40);
  } catch {
    return typeof value;
  }
}
