import { z } from 'zod';
import { STAFF_MAX, type Dispute } from './team-docs';

// Team sync's settings and status (docs/team-sync.md). The settings hold the agency's CouchDB
// address, database, user name and password, and this browser's staff name: kept in
// chrome.storage.local under their own key, apart from the settings, profiles and progress, so they
// are never in a backup, an export or a diagnostics copy, and the password never leaves the
// background once stored (the options page is told only whether one is set). Pure.

/** CouchDB's own rule for database names. */
const DATABASE = /^[a-z][a-z0-9_$()+/-]{0,237}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const teamConfigSchema = z.object({
  enabled: z.boolean(),
  /** The server's origin only (scheme, host, port): the one host sync ever contacts. */
  origin: z.string().max(300),
  database: z.string().regex(DATABASE),
  user: z.string().min(1).max(200),
  password: z.string().max(500),
  staff: z.string().trim().min(1).max(STAFF_MAX),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

export type OriginProblem = 'invalid' | 'not-https' | 'has-path' | 'has-credentials';

/** The server's origin from what the user typed: HTTPS, or plain HTTP on this computer only. */
export function serverOrigin(input: string): { ok: true; origin: string } | { ok: false; problem: OriginProblem } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'has-credentials' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return { ok: false, problem: 'not-https' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { ok: false, problem: 'has-path' };
  return { ok: true, origin: url.origin };
}

/** The host permission pattern for that one origin (what the options page asks the browser for). */
export const originPattern = (origin: string) => `${origin}/*`;

export const isDatabaseName = (name: string) => DATABASE.test(name);

export type SyncState = 'off' | 'syncing' | 'synced' | 'offline' | 'refused';
/**
 * Why the server refused or could not be reached: a wrong name or password (401), a user who is not a
 * member of the database (403), the host permission withdrawn, or a connection that failed (the
 * server is down, the network is off, or its certificate is not trusted: the browser does not say which).
 */
export type SyncReason = 'password' | 'permission' | 'host-permission' | 'unreachable' | 'server' | 'no-database';

export interface SyncStatus {
  state: SyncState;
  /** When the state was last set. */
  at: string;
  /** offline: since when the server could not be reached. */
  since?: string;
  /** The last complete exchange with the server. */
  lastSynced?: string;
  reason?: SyncReason;
  /** The failure in the words of the browser or the server (for whoever runs the server). */
  detail?: string;
  /** Documents on the server that were refused (malformed or not ours): never used. */
  refused: { id: string; detail: string }[];
  /** Fields both sides changed to different values: the options page shows them to choose. */
  disputes: (Dispute & { profileId: string; label: string })[];
}

export const offStatus = (): SyncStatus => ({ state: 'off', at: new Date().toISOString(), refused: [], disputes: [] });

/** What the options page and popup are told: never the password. */
export interface SyncView {
  config: { enabled: boolean; origin: string; database: string; user: string; staff: string; hasPassword: boolean } | null;
  status: SyncStatus;
}

/** What the storage service asks of team sync (registered by the background: storage/team-service.ts). */
export interface TeamHandlers {
  view(): Promise<SyncView>;
  configure(input: {
    enabled: boolean;
    url: string;
    database: string;
    user: string;
    password: string;
    staff: string;
  }): Promise<{ ok: true; view: SyncView } | { ok: false; error: import('./texts').StorageText }>;
  /** Starts a round (when on) and answers at once with the view. */
  now(): Promise<SyncView>;
  choose(
    profileId: string,
    field: import('./team-docs').FieldName,
    index: number,
  ): Promise<{ ok: true; view: SyncView } | { ok: false; error: import('./texts').StorageText }>;
  /** The client book changed here: a round soon, to send it. */
  changed(): void;
}
