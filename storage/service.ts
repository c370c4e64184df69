import { backupsItem, MAX_BACKUPS, profilesItem, type Backup } from './items';
import { importConflicts, mergeImport, parseImport } from './exchange';
import { messageSchema, type Message } from './messages';
import { activeProfile, newProfileId, profileSchema, recoverProfilesState, type ProfilesState } from './profiles';
import { parseSettings, settingsItem } from './settings';

// The background's storage service: the only writer. Every write is a read-modify-write inside
// one queue, so two console tabs and the popup writing at once lose no update.

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function addBackup(reason: string, data: unknown): Promise<void> {
  const backups = await backupsItem.getValue();
  const list = Array.isArray(backups) ? backups : [];
  const entry: Backup = { id: `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, at: new Date().toISOString(), reason, data };
  await backupsItem.setValue([entry, ...list].slice(0, MAX_BACKUPS));
}

export interface ProfilesView {
  state: ProfilesState;
  problems: string[];
}

/** Reads profiles, backing up and repairing the stored value if any of it was unreadable. */
async function loadProfiles(): Promise<ProfilesView> {
  const raw = await profilesItem.getValue();
  const { value, problems } = recoverProfilesState(raw);
  if (problems.length > 0) {
    await addBackup('unreadable stored profiles (kept as they were)', raw);
    await profilesItem.setValue(value);
  }
  return { state: value, problems };
}

const now = () => new Date().toISOString();

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string; [key: string]: unknown };

async function handle(message: ReturnType<typeof messageSchema.parse>): Promise<Reply> {
  switch (message.type) {
    case 'settings.update': {
      const next = { ...parseSettings(await settingsItem.getValue()), ...message.patch };
      await settingsItem.setValue(next);
      return { ok: true, settings: next };
    }
    case 'profiles.get':
      return { ok: true, ...(await loadProfiles()) };
    case 'profiles.save': {
      const { state } = await loadProfiles();
      const existing = state.profiles.find((p) => p.id === message.profile.id);
      const parsed = profileSchema.safeParse({
        ...message.profile,
        id: existing?.id ?? newProfileId(),
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now(),
      });
      if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid profile' };
      const profiles = existing ? state.profiles.map((p) => (p.id === existing.id ? parsed.data : p)) : [...state.profiles, parsed.data];
      const next = { profiles, activeId: state.activeId ?? parsed.data.id };
      await profilesItem.setValue(next);
      return { ok: true, profile: parsed.data, state: next };
    }
    case 'profiles.delete': {
      const { state } = await loadProfiles();
      if (!state.profiles.some((p) => p.id === message.id)) return { ok: false, error: 'No such profile.' };
      await addBackup('before deleting a profile', state);
      const profiles = state.profiles.filter((p) => p.id !== message.id);
      const next = { profiles, activeId: state.activeId === message.id ? (profiles[0]?.id ?? null) : state.activeId };
      await profilesItem.setValue(next);
      return { ok: true, state: next };
    }
    case 'profiles.activate': {
      const { state } = await loadProfiles();
      if (message.id !== null && !state.profiles.some((p) => p.id === message.id)) return { ok: false, error: 'No such profile.' };
      const next = { ...state, activeId: message.id };
      await profilesItem.setValue(next);
      return { ok: true, state: next };
    }
    case 'profiles.import': {
      const parsed = parseImport(message.text);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const { state } = await loadProfiles();
      const conflicts = importConflicts(state.profiles, parsed.profiles);
      if (conflicts.length > 0 && !message.confirmOverwrite) {
        return { ok: false, error: 'confirm-overwrite', conflicts: conflicts.map((p) => p.label), count: parsed.profiles.length };
      }
      await addBackup(`before importing ${parsed.profiles.length} profile(s)`, state);
      const next = { profiles: mergeImport(state.profiles, parsed.profiles), activeId: state.activeId ?? parsed.profiles[0]?.id ?? null };
      const checked = recoverProfilesState(next);
      await profilesItem.setValue(checked.value);
      return { ok: true, imported: parsed.profiles.length, replaced: conflicts.length, state: checked.value };
    }
    case 'backups.list':
      return { ok: true, backups: (await backupsItem.getValue()).map(({ id, at, reason }) => ({ id, at, reason })) };
    case 'backups.restore': {
      const backups = await backupsItem.getValue();
      const backup = backups.find((b) => b.id === message.id);
      if (!backup) return { ok: false, error: 'No such backup.' };
      const { value, problems } = recoverProfilesState(backup.data);
      await addBackup('before restoring a backup', await profilesItem.getValue());
      await profilesItem.setValue(value);
      return { ok: true, state: value, problems };
    }
    case 'emails.record': {
      const { state } = await loadProfiles();
      const profile = activeProfile(state);
      if (!profile) return { ok: false, error: 'No active profile.' };
      const address = message.address.trim();
      const rest = profile.emails.filter((e) => e.address.toLowerCase() !== address.toLowerCase());
      const previous = profile.emails.find((e) => e.address.toLowerCase() === address.toLowerCase());
      if (previous?.status === 'taken' || previous?.status === message.status) return { ok: true, state };
      const updated = { ...profile, emails: [...rest, { address, status: message.status, at: now() }], updatedAt: now() };
      const next = { ...state, profiles: state.profiles.map((p) => (p.id === profile.id ? updated : p)) };
      await profilesItem.setValue(next);
      return { ok: true, state: next };
    }
  }
}

/** Validates and handles one runtime message; unknown or malformed messages get an error reply. */
export function handleMessage(raw: unknown): Promise<Reply> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'unknown message' });
  return serialised(() => handle(parsed.data)).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
}

export type { Message };
