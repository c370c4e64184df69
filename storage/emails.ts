// The one rule for a client's email list, used by the options form, the save merge, the
// background's emails.record and the practice console's memory profiles: emails are keyed by their
// trimmed, lower-cased address, and "taken" (the console said so) beats "used" (the user typed it).
// Pure and zod-free.

export interface EmailEntry {
  address: string;
  status: 'used' | 'taken';
  at: string;
}

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
