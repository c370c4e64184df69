// The one rule for a client's email list, used by the options form, the save merge, the
// background's emails.record and the practice console's memory profiles: emails are keyed by their
// trimmed, lower-cased address, and "taken" (the console said so) beats "used" (the user typed it).
// Pure and zod-free.

export interface EmailEntry {
  address: string;
  status: 'used' | 'taken';
  at: string;
  /** A console page reported it (the console's "taken" answer); absent for what the user entered. */
  from?: 'page';
  /** Team sync: the colleague whose browser recorded it. */
  by?: string;
}

/**
 * At most this many page-reported records per client. A page can fake the console's "taken" answer
 * (issue 19): what it reports is kept apart and bounded, so it can never push out the user's entries.
 */
export const MAX_PAGE_EMAILS = 20;

/** The key two records of one address share. */
export const emailKey = (address: string): string => address.trim().toLowerCase();

/**
 * `primary` with `incoming` merged in: an address only in `incoming` is added; one in both keeps
 * primary's record, marked taken (with incoming's date) when incoming says taken.
 */
export function unionEmails<T extends EmailEntry>(primary: readonly T[], incoming: readonly T[]): T[] {
  const byKey = new Map(primary.map((e) => [emailKey(e.address), e] as const));
  for (const email of incoming) {
    const key = emailKey(email.address);
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, email);
    else if (email.status === 'taken' && existing.status !== 'taken') byKey.set(key, { ...existing, status: 'taken', at: email.at });
  }
  return [...byKey.values()];
}

/**
 * Records an address with a status: null when the list already says as much (the address is taken,
 * or has this status), else the list with the address (trimmed) moved to the end with its new status.
 */
export function recordEmail(list: readonly EmailEntry[], address: string, status: EmailEntry['status'], at: string): EmailEntry[] | null {
  const key = emailKey(address);
  const previous = list.find((e) => emailKey(e.address) === key);
  if (previous?.status === 'taken' || previous?.status === status) return null;
  return [...list.filter((e) => emailKey(e.address) !== key), { address: address.trim(), status, at }];
}

export type PageEmailResult =
  | { list: EmailEntry[] }
  /** Nothing to record: the list already says as much. */
  | { list: null }
  /** Refused, nothing changed: the client's page-reported records are at their limit, or the list is full. */
  | { list: null; refused: 'page-limit' | 'full' };

/**
 * Records an address a console page reported. The user's own entries are never removed or pushed
 * out: a known address only gains the "taken" status; a new one is added, marked as page-reported,
 * only while the client has fewer than MAX_PAGE_EMAILS of those and the list is below `capacity`.
 * Otherwise nothing changes at all (no eviction, so nothing to back up).
 */
export function recordPageEmail(list: readonly EmailEntry[], address: string, status: EmailEntry['status'], at: string, capacity: number): PageEmailResult {
  const key = emailKey(address);
  const previous = list.find((e) => emailKey(e.address) === key);
  if (previous) {
    if (previous.status === 'taken' || previous.status === status) return { list: null };
    // As recordEmail: moved to the end with its new status; whose record it is does not change.
    const updated: EmailEntry = { address: address.trim(), status, at, ...(previous.from ? { from: previous.from } : {}) };
    return { list: [...list.filter((e) => e !== previous), updated] };
  }
  if (list.filter((e) => e.from === 'page').length >= MAX_PAGE_EMAILS) return { list: null, refused: 'page-limit' };
  if (list.length >= capacity) return { list: null, refused: 'full' };
  return { list: [...list, { address: address.trim(), status, at, from: 'page' }] };
}
