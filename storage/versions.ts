import type { StoredKind } from './items';

// The data version an item was stored under (its metadata's `v`), judged against this code's.
// A higher one means a newer extension wrote it and this one was installed over it (a downgrade):
// its data may hold what this version cannot read, so it is backed up whole before anything else.

export type VersionVerdict =
  | { kind: 'current' }
  /** Nothing recorded: written before versions were recorded, or never written. Read as current. */
  | { kind: 'unrecorded' }
  | { kind: 'newer'; stored: number }
  | { kind: 'unknown'; stored: unknown };

export function versionVerdict(meta: unknown, current: number): VersionVerdict {
  const stored = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).v : undefined;
  if (stored === undefined || stored === null) return { kind: 'unrecorded' };
  if (stored === current) return { kind: 'current' };
  if (typeof stored === 'number' && Number.isInteger(stored) && stored > current) return { kind: 'newer', stored };
  return { kind: 'unknown', stored };
}

const nouns: Record<StoredKind, string> = { profiles: 'profiles', progress: 'progress', settings: 'settings' };

/** The sentence the options page shows for a version it could not take as it is; null when fine. */
export function versionProblem(kind: StoredKind, verdict: VersionVerdict, current: number): string | null {
  const noun = nouns[kind];
  if (verdict.kind === 'newer') {
    return `The stored ${noun} were saved by a newer version of MP Console Guide (data version ${verdict.stored}; this version reads version ${current}), probably before the extension was downgraded. They were backed up exactly as they were, and what this version can read is shown. Update the extension, then restore that backup to get everything back.`;
  }
  if (verdict.kind === 'unknown') {
    return `The stored ${noun} carry an unknown data version (${safeDescribe(verdict.stored)}). They were backed up exactly as they were and read as version ${current}, as far as possible.`;
  }
  return null;
}

function safeDescribe(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 40);
  } catch {
    return typeof value;
  }
}
