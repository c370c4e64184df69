import type { Profile, ProfilesState } from './profiles';
import type { ClientProgress, ProgressState } from './progress';
import type { SyncReason, SyncStatus, TeamConfig } from './team-config';
import {
  choose as chooseValue,
  DOC_PREFIX,
  docId,
  FIELD_SCHEMAS,
  fromDoc,
  isDeleted,
  localValues,
  mergeRevisions,
  parseDoc,
  profileIdOf,
  withLocalEdits,
  type ClientDoc,
  type FieldName,
} from './team-docs';

// Team sync's engine (docs/team-sync.md). PouchDB, the proven replication engine, copies documents
// between a database in this browser and the agency's CouchDB; this engine turns the client book
// into documents and back, in three steps per round:
//   1. pull: the server's changes into the local database (network, outside the storage queue);
//   2. inside the storage queue (the background stays the only writer): conflicting revisions merged
//      (storage/team-docs.ts, nothing dropped), this browser's edits written as new revisions, and
//      every valid document applied to the profiles and progress, with a backup before any overwrite;
//   3. push: the new revisions to the server.
// Offline, step 2 still runs, so the work is kept as revisions and sent when the server is back.
// The browser's storage, the PouchDB build and the clock are given (the background's, or the
// benchmark's in Node), so the same engine runs in both.

/** The part of PouchDB this engine uses. */
export interface Pouch {
  get(id: string, options?: Record<string, unknown>): Promise<unknown>;
  put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: Record<string, unknown>[]): Promise<({ ok: true; id: string; rev: string } | { error: string; id: string })[]>;
  allDocs(options: Record<string, unknown>): Promise<{ rows: { id: string; value: { rev: string }; doc?: Record<string, unknown> }[] }>;
  replicate: {
    from(source: Pouch, options?: Record<string, unknown>): Promise<unknown>;
    to(target: Pouch, options?: Record<string, unknown>): Promise<unknown>;
  };
  close(): Promise<void>;
}
export type PouchFactory = (name: string, options: Record<string, unknown>) => Pouch;

export interface BookAccess {
  read(): Promise<{ profiles: ProfilesState; progress: ProgressState }>;
  /** Stores both; `backup`: existing clients change, so what was there is backed up in the same write. */
  write(next: { profiles: ProfilesState; progress: ProgressState }, backup: boolean): Promise<void>;
}

export interface TeamDeps {
  pouch: PouchFactory;
  /** The local database's adapter: 'idb' in the browser, 'memory' in the benchmark. */
  localAdapter: string;
  /** Runs a task inside the storage service's one queue. */
  exclusive<T>(task: (book: BookAccess) => Promise<T>): Promise<T>;
  config(): Promise<TeamConfig | null>;
  status: { get(): Promise<SyncStatus>; set(status: SyncStatus): Promise<void> };
  /** True when the browser lets the extension reach this origin (the optional host permission). */
  canReach(origin: string): Promise<boolean>;
  now?: () => string;
}

const SHADOW = '_local/mpg-applied';
interface Shadow {
  _id: string;
  _rev?: string;
  /** Each document's revision the client book last took in (or wrote from). */
  applied: Record<string, string>;
}

/** A short, stable name for the local database of one server and database. */
export function localName(config: Pick<TeamConfig, 'origin' | 'database'>): string {
  let hash = 5381;
  for (const char of `${config.origin}/${config.database}`) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `mpg-team-${hash.toString(36)}`;
}

/** Why a request to the server failed, from PouchDB's error. */
export function reasonOf(error: unknown): SyncReason {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) return 'password';
  if (status === 403) return 'permission';
  if (status === 404) return 'no-database';
  if (typeof status === 'number' && status >= 500) return 'server';
  return 'unreachable';
}

/** The error's own words, for the status line's details (never a password: PouchDB's messages do not hold one). */
function detailOf(error: unknown): string {
  const e = error as { status?: unknown; name?: unknown; message?: unknown; reason?: unknown } | null;
  return [e?.status, e?.name, e?.message ?? e?.reason ?? String(error)]
    .filter((part) => part !== undefined && part !== '')
    .join(' ')
    .slice(0, 300);
}

export interface TeamSync {
  /** One round (pull, merge and apply, push); a round asked for while one runs follows it. */
  round(): Promise<SyncStatus>;
  /** Sets a disputed field to one of its values (the options page's choice), then syncs. */
  choose(profileId: string, field: FieldName, index: number): Promise<{ ok: boolean }>;
  /** Forgets the local database (sync turned off or pointed elsewhere); the client book stays. */
  reset(): Promise<void>;
}

export function createTeamSync(deps: TeamDeps): TeamSync {
  const now = deps.now ?? (() => new Date().toISOString());
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  let db: { name: string; local: Pouch; remote: Pouch; key: string } | null = null;

  function databases(config: TeamConfig) {
    const key = JSON.stringify([config.origin, config.database, config.user, config.password]);
    if (db?.key === key) return db;
    const name = localName(config);
    const local = db?.name === name ? db.local : deps.pouch(name, { adapter: deps.localAdapter, auto_compaction: false });
    const remote = deps.pouch(`${config.origin}/${encodeURIComponent(config.database)}`, {
      adapter: 'http',
      skip_setup: true,
      auth: { username: config.user, password: config.password },
    });
    db = { name, local, remote, key };
    return db;
  }

  async function setStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const previous = await deps.status.get();
    const next: SyncStatus = { ...previous, ...patch, at: now() };
    await deps.status.set(next);
    return next;
  }

  async function once(): Promise<SyncStatus> {
    const config = await deps.config();
    if (!config?.enabled) return setStatus({ state: 'off', reason: undefined, since: undefined, refused: [], disputes: [] });
    const { local, remote } = databases(config);
    if (!(await deps.canReach(config.origin))) {
      await localStep(config, local);
      return setStatus({ state: 'refused', reason: 'host-permission' });
    }
    await setStatus({ state: 'syncing' });
    let failure: unknown = null;
    try {
      await local.replicate.from(remote, { batch_size: 100 });
    } catch (error) {
      failure = error;
    }
    const found = await localStep(config, local);
    if (!failure) {
      try {
        await local.replicate.to(remote, { batch_size: 100 });
      } catch (error) {
        failure = error;
      }
    }
    const base: Partial<SyncStatus> = { refused: found.refused, disputes: found.disputes, detail: undefined };
    if (failure) {
      const reason = reasonOf(failure);
      base.detail = detailOf(failure);
      const previous = await deps.status.get();
      if (reason === 'unreachable' || reason === 'server') {
        const since = previous.state === 'offline' && previous.since ? previous.since : now();
        return setStatus({ ...base, state: 'offline', reason, since });
      }
      return setStatus({ ...base, state: 'refused', reason, since: undefined });
    }
    return setStatus({ ...base, state: 'synced', reason: undefined, since: undefined, lastSynced: now() });
  }

  async function readShadow(local: Pouch): Promise<Shadow> {
    try {
      const doc = (await local.get(SHADOW)) as Shadow;
      return { _id: SHADOW, _rev: doc._rev, applied: doc.applied && typeof doc.applied === 'object' ? doc.applied : {} };
    } catch {
      return { _id: SHADOW, applied: {} };
    }
  }

  /** Revisions listed newest first, as `n-hash`, from a document fetched with `revs: true`. */
  function history(doc: { _revisions?: { start: number; ids: string[] } }): string[] {
    const r = doc._revisions;
    return r ? r.ids.map((id, i) => `${r.start - i}-${id}`) : [];
  }

  async function fetchRev(local: Pouch, id: string, rev: string | undefined): Promise<ClientDoc | null> {
    if (!rev) return null;
    try {
      const parsed = parseDoc(await local.get(id, { rev }));
      return parsed.ok ? parsed.doc : null;
    } catch {
      return null;
    }
  }

  /** Merges a document's conflicting revisions into its winning one and removes the others (their content is in the merge). */
  async function resolve(local: Pouch, id: string, refused: SyncStatus['refused']): Promise<void> {
    const leaves = ((await local.get(id, { open_revs: 'all', revs: true })) as { ok?: Record<string, unknown> }[])
      .map((l) => l.ok)
      .filter((l): l is Record<string, unknown> => !!l && l._deleted !== true);
    if (leaves.length < 2) return;
    const valid: { raw: Record<string, unknown>; doc: ClientDoc }[] = [];
    for (const raw of leaves) {
      const parsed = parseDoc(raw);
      if (parsed.ok) valid.push({ raw, doc: parsed.doc });
      else refused.push({ id: parsed.id, detail: parsed.detail });
    }
    if (valid.length < 2) return;
    const lists = valid.map((v) => history(v.raw as { _revisions?: { start: number; ids: string[] } }));
    const common = lists[0]?.find((rev) => lists.every((list) => list.includes(rev)));
    const ancestor = await fetchRev(local, id, common);
    const { doc } = mergeRevisions(
      valid.map((v) => v.doc),
      ancestor,
    );
    const winner = (await local.get(id)) as { _rev: string };
    const keep = valid.find((v) => v.doc._rev === winner._rev) ?? valid[0]!;
    const merged = { ...doc, _rev: keep.doc._rev } as Record<string, unknown>;
    const losers = valid.filter((v) => v !== keep).map((v) => ({ _id: id, _rev: v.doc._rev, _deleted: true }));
    await local.bulkDocs([merged, ...losers]);
  }

  /** Step 2: conflicts merged, this browser's edits written, the team's applied. */
  function localStep(config: TeamConfig, local: Pouch): Promise<{ refused: SyncStatus['refused']; disputes: SyncStatus['disputes'] }> {
    return deps.exclusive(async (book) => {
      const refused: SyncStatus['refused'] = [];
      const stamp = { at: now(), by: config.staff.trim() };
      const range = { startkey: DOC_PREFIX, endkey: `${DOC_PREFIX}\ufff0` };
      let rows = (await local.allDocs({ ...range, include_docs: true, conflicts: true })).rows;
      const conflicted = rows.filter((r) => Array.isArray(r.doc?._conflicts) && (r.doc._conflicts as unknown[]).length > 0);
      for (const row of conflicted) await resolve(local, row.id, refused);
      if (conflicted.length > 0) rows = (await local.allDocs({ ...range, include_docs: true })).rows;
      const docs = new Map<string, ClientDoc>();
      const invalid = new Set<string>();
      for (const row of rows) {
        const parsed = parseDoc(row.doc);
        if (parsed.ok) docs.set(row.id, parsed.doc);
        else {
          invalid.add(row.id);
          refused.push({ id: parsed.id, detail: parsed.detail });
        }
      }
      const shadow = await readShadow(local);
      const { profiles, progress } = await book.read();
      const progressOf = new Map(progress.clients.map((c) => [c.profileId, c]));

      // This browser's edits, as new revisions.
      const writes: ClientDoc[] = [];
      const localIds = new Set<string>();
      for (const profile of profiles.profiles) {
        const id = docId(profile.id);
        localIds.add(id);
        if (invalid.has(id)) continue; // the server's document is refused: nothing is built on it
        const doc = docs.get(id) ?? null;
        const appliedRev = shadow.applied[id];
        const base = doc && appliedRev === doc._rev ? doc : await fetchRev(local, id, appliedRev);
        const client = progressOf.get(profile.id);
        const edited = withLocalEdits(
          doc,
          base,
          { profileId: profile.id, values: localValues(profile, client), emails: profile.emails, steps: client?.steps ?? {}, createdAt: profile.createdAt },
          stamp,
        );
        if (edited) writes.push(edited);
      }
      // Deleted here: a client this browser had taken in and no longer has.
      for (const [id, doc] of docs) {
        if (!localIds.has(id) && shadow.applied[id] && !isDeleted(doc)) {
          writes.push({ ...doc, fields: { ...doc.fields, deleted: { value: true, ...stamp } } });
        }
      }
      if (writes.length > 0) {
        const results = await local.bulkDocs(writes as unknown as Record<string, unknown>[]);
        results.forEach((result, i) => {
          if ('ok' in result && result.ok) docs.set(result.id, { ...writes[i]!, _rev: result.rev });
        });
      }

      // The team's documents into the client book.
      const byId = new Map(profiles.profiles.map((p) => [p.id, p]));
      const nextProgress = new Map(progressOf);
      let changed = false;
      let overwrote = false;
      const applied: Record<string, string> = { ...shadow.applied };
      const disputes: SyncStatus['disputes'] = [];
      for (const [id, doc] of docs) {
        const profileId = profileIdOf(id);
        const existing = byId.get(profileId);
        if (applied[id] !== doc._rev) {
          if (isDeleted(doc)) {
            if (existing) {
              byId.delete(profileId);
              nextProgress.delete(profileId);
              changed = overwrote = true;
            }
          } else {
            const next = fromDoc(doc, existing, progressOf.get(profileId));
            if (!next) {
              refused.push({ id, detail: 'label: a client label is required' });
              continue;
            }
            if (!existing || JSON.stringify(existing) !== JSON.stringify(next.profile)) {
              if (existing) overwrote = true;
              byId.set(profileId, next.profile);
              changed = true;
            }
            if (JSON.stringify(progressOf.get(profileId)) !== JSON.stringify(next.progress)) {
              nextProgress.set(profileId, next.progress);
              changed = true;
            }
          }
          applied[id] = doc._rev!;
        }
        const label = byId.get(profileId)?.label ?? profileId;
        for (const d of doc.disputes) disputes.push({ ...d, profileId, label });
      }
      if (changed) {
        const list = [...byId.values()];
        const activeId = profiles.activeId && byId.has(profiles.activeId) ? profiles.activeId : (list[0]?.id ?? null);
        await book.write(
          {
            profiles: { profiles: list, activeId },
            progress: { clients: [...nextProgress.values()] as ClientProgress[] },
          },
          overwrote,
        );
      }
      if (JSON.stringify(applied) !== JSON.stringify(shadow.applied)) await local.put({ ...shadow, applied } as unknown as Record<string, unknown>);
      return { refused: refused.slice(0, 50), disputes };
    });
  }

  async function round(): Promise<SyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let status: SyncStatus;
      do {
        again = false;
        try {
          status = await once();
        } catch (error) {
          status = await setStatus({ state: 'offline', reason: reasonOf(error), since: now(), detail: detailOf(error) });
        }
      } while (again);
      return status;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function choose(profileId: string, field: FieldName, index: number): Promise<{ ok: boolean }> {
    const config = await deps.config();
    if (!config?.enabled) return { ok: false };
    const { local } = databases(config);
    const ok = await deps.exclusive(async () => {
      const id = docId(profileId);
      const parsed = parseDoc(await local.get(id).catch(() => null));
      if (!parsed.ok) return false;
      const dispute = parsed.doc.disputes.find((d) => d.field === field);
      const picked = dispute?.values[index];
      if (!picked || !FIELD_SCHEMAS[field].safeParse(picked.value).success) return false;
      await local.put(chooseValue(parsed.doc, field, picked.value, { at: now(), by: config.staff.trim() }) as unknown as Record<string, unknown>);
      return true;
    });
    void round();
    return { ok };
  }

  async function reset(): Promise<void> {
    const current = db;
    db = null;
    await current?.local.close().catch(() => undefined);
  }

  return { round, choose, reset };
}

export type { Profile };
