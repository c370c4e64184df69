import { storage } from '@wxt-dev/storage';
import { withClientBook } from './service';
import { offStatus, serverOrigin, isDatabaseName, teamConfigSchema, type SyncStatus, type SyncView, type TeamConfig, type TeamHandlers } from './team-config';
import { createTeamSync, type PouchFactory, type TeamSync } from './team-sync';
import { text } from './texts';

// Team sync in the background: its settings and status items, and the engine (storage/team-sync.ts)
// wired to the storage service's queue. The settings item holds the password: it is read here only,
// never sent to a page, never in a backup or an export (those cover profiles, progress and settings).

const configItem = storage.defineItem<unknown>('local:teamSync', { fallback: null });
const statusItem = storage.defineItem<unknown>('local:teamStatus', { fallback: null });

async function readConfig(): Promise<TeamConfig | null> {
  const parsed = teamConfigSchema.safeParse(await configItem.getValue());
  return parsed.success ? parsed.data : null;
}

async function readStatus(): Promise<SyncStatus> {
  const raw = (await statusItem.getValue()) as SyncStatus | null;
  return raw && typeof raw === 'object' && typeof raw.state === 'string' ? { ...offStatus(), ...raw } : offStatus();
}

export interface TeamServiceOptions {
  pouch: PouchFactory;
  localAdapter: string;
  canReach(origin: string): Promise<boolean>;
  /** Sync was turned on or off (the background starts or stops its timer). */
  onEnabled(enabled: boolean): void;
}

export function createTeamService(options: TeamServiceOptions): TeamHandlers & { round(): Promise<SyncStatus>; enabled(): Promise<boolean> } {
  const engine: TeamSync = createTeamSync({
    pouch: options.pouch,
    localAdapter: options.localAdapter,
    exclusive: withClientBook,
    config: readConfig,
    status: { get: readStatus, set: (status) => statusItem.setValue(status) },
    canReach: options.canReach,
  });

  async function view(): Promise<SyncView> {
    const config = await readConfig();
    const status = await readStatus();
    return {
      config: config && {
        enabled: config.enabled,
        origin: config.origin,
        database: config.database,
        user: config.user,
        staff: config.staff,
        hasPassword: config.password !== '',
      },
      status: config?.enabled ? status : offStatus(),
    };
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void engine.round().catch(() => undefined);
    }, 250);
  };

  return {
    view,
    round: () => engine.round(),
    enabled: async () => (await readConfig())?.enabled === true,
    async now() {
      if ((await readConfig())?.enabled) void engine.round().catch(() => undefined);
      return view();
    },
    changed() {
      void readConfig().then((config) => config?.enabled && soon());
    },
    async configure(input) {
      const previous = await readConfig();
      if (!input.enabled) {
        if (previous) await configItem.setValue({ ...previous, enabled: false });
        await engine.reset();
        await statusItem.setValue(offStatus());
        options.onEnabled(false);
        return { ok: true, view: await view() };
      }
      const origin = serverOrigin(input.url);
      if (!origin.ok) return { ok: false, error: text(`storage.team.url-${origin.problem}`) };
      const database = input.database.trim();
      if (!isDatabaseName(database)) return { ok: false, error: text('storage.team.database') };
      const user = input.user.trim();
      if (!user) return { ok: false, error: text('storage.team.user') };
      const staff = input.staff.trim();
      if (!staff || staff.length > 60) return { ok: false, error: text('storage.team.staff') };
      // An empty password keeps the stored one, for the same server and user only.
      const keep = previous && previous.origin === origin.origin && previous.user === user ? previous.password : '';
      const password = input.password !== '' ? input.password : keep;
      if (!password) return { ok: false, error: text('storage.team.password') };
      if (!(await options.canReach(origin.origin))) return { ok: false, error: text('storage.team.no-host-permission') };
      const next: TeamConfig = { enabled: true, origin: origin.origin, database, user, password, staff };
      await configItem.setValue(next);
      if (previous && (previous.origin !== next.origin || previous.database !== next.database)) await engine.reset();
      options.onEnabled(true);
      void engine.round().catch(() => undefined);
      return { ok: true, view: await view() };
    },
    async choose(profileId, field, index) {
      const result = await engine.choose(profileId, field, index);
      if (!result.ok) return { ok: false, error: text('storage.team.choice-gone') };
      return { ok: true, view: await view() };
    },
  };
}
