import { z } from 'zod';
import { storableUrl } from '../engine/url';
import type { PathId } from '../rules/flows';
import { pathIdSchema } from '../rules/flows.schema';
import type { Recovered } from './profiles';
import { text, type StorageText } from './texts';
import { listKeys, unknownKeys } from './unknown-fields';

// Each client's progress: the path chosen for them (null: follow the suggestion), the steps done
// with their date and the console page (token stripped) that showed it, and the verification
// documents ticked as ready. Nothing else from the page is kept. Pure transitions; the background
// (storage/service.ts) is the only writer.

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_URL = 2000;

export const stepRecordSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  // Stripped again on read: records kept by older versions may hold a token variant they missed.
  url: z.string().max(MAX_URL).transform(storableUrl).optional(),
});
export type StepRecordValue = z.infer<typeof stepRecordSchema>;

export const appIdSeenSchema = z.object({
  appId: z.string().regex(/^wx[0-9a-f]{16}$/),
  at: z.iso.datetime({ offset: true }),
});
export type AppIdSeen = z.infer<typeof appIdSeenSchema>;

export const clientProgressSchema = z.object({
  profileId: z.string().regex(/^[\w-]{1,64}$/),
  path: pathIdSchema.nullable().default(null),
  /** Keyed by step id. Ids no path knows any more are kept (a later version may know them) and not shown. */
  steps: z.record(z.string().regex(kebab), stepRecordSchema).default({}),
  documents: z.array(z.string().regex(kebab)).max(100).default([]),
  /**
   * An AppID the console showed that differs from the profile's: kept apart until the user says
   * which is right (the popup asks), never written over the profile's silently.
   */
  appIdSeen: appIdSeenSchema.optional(),
});
export type ClientProgress = z.infer<typeof clientProgressSchema>;

export const progressStateSchema = z.object({
  clients: z.array(clientProgressSchema).max(5000),
});
export type ProgressState = z.infer<typeof progressStateSchema>;
export const emptyProgressState: ProgressState = { clients: [] };

/** A step record as stored: the date, and the page's URL without its session token (or none). */
export function stepRecord(at: string, url?: string): StepRecordValue {
  const clean = url ? storableUrl(url).slice(0, MAX_URL) : '';
  return clean ? { at, url: clean } : { at };
}

function salvageClient(entry: unknown): ClientProgress | null {
  if (!entry || typeof entry !== 'object') return null;
  const raw = entry as Record<string, unknown>;
  const id = clientProgressSchema.shape.profileId.safeParse(raw.profileId);
  if (!id.success) return null;
  const steps: ClientProgress['steps'] = {};
  if (raw.steps && typeof raw.steps === 'object') {
    for (const [key, value] of Object.entries(raw.steps as Record<string, unknown>)) {
      const record = stepRecordSchema.safeParse(value);
      if (kebab.test(key) && record.success) steps[key] = record.data;
    }
  }
  const path = pathIdSchema.safeParse(raw.path);
  const documents = Array.isArray(raw.documents) ? raw.documents.filter((d): d is string => typeof d === 'string' && kebab.test(d)).slice(0, 100) : [];
  const appIdSeen = appIdSeenSchema.safeParse(raw.appIdSeen);
  return { profileId: id.data, path: path.success ? path.data : null, steps, documents, ...(appIdSeen.success ? { appIdSeen: appIdSeen.data } : {}) };
}

const STATE_KEYS = new Set(Object.keys(progressStateSchema.shape));
const CLIENT_KEYS = new Set(Object.keys(clientProgressSchema.shape));

/** Fields this version does not know (written by a newer one): reported, so the raw value is backed up. */
function unknownFieldProblems(raw: unknown): StorageText[] {
  const problems: StorageText[] = [];
  const top = unknownKeys(raw, STATE_KEYS);
  if (top.length) problems.push(text('storage.unknown-fields', { what: text('storage.kind.progress'), fields: listKeys(top) }));
  const list = (raw as { clients?: unknown }).clients;
  if (Array.isArray(list)) {
    list.slice(0, 5000).forEach((entry, index) => {
      const extra = unknownKeys(entry, CLIENT_KEYS);
      if (extra.length) problems.push(text('storage.progress.entry-unknown-fields', { n: index + 1, fields: listKeys(extra) }));
    });
  }
  return problems;
}

/**
 * Reads stored progress defensively: keeps every client and every step record that validates and
 * reports the rest. Never throws; the caller backs up the raw value whenever problems is not empty.
 */
export function recoverProgressState(raw: unknown): Recovered<ProgressState> {
  if (raw === null || raw === undefined) return { value: emptyProgressState, problems: [] };
  const whole = progressStateSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problems: unknownFieldProblems(raw) };
  const list = typeof raw === 'object' && Array.isArray((raw as { clients?: unknown }).clients) ? (raw as { clients: unknown[] }).clients : null;
  if (!list) return { value: emptyProgressState, problems: [text('storage.progress.shape')] };
  const problems: StorageText[] = unknownFieldProblems(raw);
  const clients: ClientProgress[] = [];
  list.slice(0, 5000).forEach((entry, index) => {
    const parsed = clientProgressSchema.safeParse(entry);
    if (parsed.success) return clients.push(parsed.data);
    const salvaged = salvageClient(entry);
    if (salvaged) clients.push(salvaged);
    problems.push(text(salvaged ? 'storage.progress.entry-partly' : 'storage.progress.entry-unreadable', { n: index + 1 }));
  });
  return { value: { clients }, problems };
}

export function clientProgress(state: ProgressState, profileId: string): ClientProgress {
  return state.clients.find((c) => c.profileId === profileId) ?? { profileId, path: null, steps: {}, documents: [] };
}

function withClient(state: ProgressState, next: ClientProgress): ProgressState {
  const exists = state.clients.some((c) => c.profileId === next.profileId);
  return { clients: exists ? state.clients.map((c) => (c.profileId === next.profileId ? next : c)) : [...state.clients, next] };
}

/** Records steps not recorded yet (the first date a step was seen done is the one that counts). */
export function recordSteps(
  state: ProgressState,
  profileId: string,
  stepIds: readonly string[],
  record: StepRecordValue,
): { state: ProgressState; recorded: string[] } {
  const client = clientProgress(state, profileId);
  const recorded = stepIds.filter((id) => !client.steps[id]);
  if (recorded.length === 0) return { state, recorded };
  const steps = { ...client.steps };
  for (const id of recorded) steps[id] = record;
  return { state: withClient(state, { ...client, steps }), recorded };
}

/** Sets or clears one step; returns what was there, so the popup can undo. */
export function setStep(
  state: ProgressState,
  profileId: string,
  stepId: string,
  record: StepRecordValue | null,
): { state: ProgressState; previous: StepRecordValue | null } {
  const client = clientProgress(state, profileId);
  const previous = client.steps[stepId] ?? null;
  const steps = { ...client.steps };
  if (record) steps[stepId] = record;
  else delete steps[stepId];
  return { state: withClient(state, { ...client, steps }), previous };
}

export function setPath(state: ProgressState, profileId: string, path: PathId | null): ProgressState {
  return withClient(state, { ...clientProgress(state, profileId), path });
}

export function setDocument(state: ProgressState, profileId: string, documentId: string, ready: boolean): ProgressState {
  const client = clientProgress(state, profileId);
  const rest = client.documents.filter((d) => d !== documentId);
  return withClient(state, { ...client, documents: ready ? [...rest, documentId] : rest });
}

/** Keeps (or with null, clears) an AppID the console showed that differs from the profile's. */
export function setAppIdSeen(state: ProgressState, profileId: string, seen: AppIdSeen | null): ProgressState {
  const { appIdSeen: _previous, ...client } = clientProgress(state, profileId);
  return withClient(state, seen ? { ...client, appIdSeen: seen } : client);
}

export function removeClient(state: ProgressState, profileId: string): ProgressState {
  return { clients: state.clients.filter((c) => c.profileId !== profileId) };
}

/**
 * Moves a client's progress to another profile id (an import replaced the profile by its label).
 * Left as it is when the new id already has progress of its own.
 */
export function moveClient(state: ProgressState, fromId: string, toId: string): ProgressState {
  const from = state.clients.find((c) => c.profileId === fromId);
  if (!from || fromId === toId || state.clients.some((c) => c.profileId === toId && hasProgress(c))) return state;
  return { clients: [...state.clients.filter((c) => c.profileId !== fromId && c.profileId !== toId), { ...from, profileId: toId }] };
}

/** True when the client has anything worth a backup before it is removed. */
export function hasProgress(client: ClientProgress): boolean {
  return Object.keys(client.steps).length > 0 || client.documents.length > 0 || client.path !== null;
}
