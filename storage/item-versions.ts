// The data version of every stored item: the single source of truth. Every writer (the background's
// service) records it in the item's metadata (`<key>$`.v) with each write, and every reader judges
// the stored version against it (storage/versions.ts). To change an item's shape: raise its number
// here and add the step to storage/migrations.ts. No other file may name a version number.
// No imports: the content script reads settings through this file too.

export const ITEM_VERSIONS = {
  profiles: 1,
  progress: 1,
  /** v2 added `locale` (and later `presenter`, read with its default when missing). */
  settings: 2,
  backups: 1,
  problems: 1,
  /** Deadlines already notified (storage/notices.ts): bookkeeping, read leniently. */
  notified: 1,
} as const;

export type ItemName = keyof typeof ITEM_VERSIONS;
