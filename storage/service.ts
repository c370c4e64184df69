import { badgeCount, openDeadlines } from '../engine/deadlines';
import { resolvePath, stepsCompletedBy } from '../engine/progress';
import { APPID_SEEN, appIdPages } from '../rules/flows';
import { backupsItem, MAX_BACKUPS, profilesItem, progressItem, type Backup } from './items';
import { importConflicts, mergeImport, parseImport } from './exchange';
import { messageSchema, type Message } from './messages';
import { activeProfile, newProfileId, profileSchema, recoverProfilesState, type Profile, type ProfilesState } from './profiles';
import {
  clientProgress,
  hasProgress,
  recordSteps,
  recoverProgressState,
  removeClient,
  setDocument,
  setPath,
  setStep,
  stepRecord,
  type ProgressState,
} from './progress';
import { parseSettings, settingsItem } from './settings';

// The background's storage service: the only writer. Every write is a read-modify-write inside
// one queue, so two console tabs and the popup writing at once lose no update.

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function addBackup(reason: string, data: unknown, kind: Backup['kind'] = 'profiles'): Promise<void> {
  const backups = await backupsItem.getValue();
  const list = Array.isArray(backups) ? backups : [];
  const entry: Backup = { id: `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, at: new Date().toISOString(), reason, kind, data };
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

/** Reads progress, backing up and repairing the stored value if any of it was unreadable. */
async function loadProgress(): Promise<{ progress: ProgressState; problems: string[] }> {
  const raw = await progressItem.getValue();
  const { value, problems } = recoverProgressState(raw);
  if (problems.length > 0) {
    await addBackup('unreadable stored progress (kept as it was)', raw, 'progress');
    await progressItem.setValue(value);
  }
  return { progress: value, problems };
}

const now = () => new Date().toISOString();

/** The profile with this id, or null. */
function findProfile(state: ProfilesState, id: string): Profile | null {
  return state.profiles.find((p) => p.id === id) ?? null;
}

function withProfile(state: ProfilesState, updated: Profile): ProfilesState {
  return { ...state, profiles: state.profiles.map((p) => (p.id === updated.id ? updated : p)) };
}

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
        hasVerifiedOfficialAccount: message.profile.hasVerifiedOfficialAccount ?? existing?.hasVerifiedOfficialAccount ?? false,
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
      // A deleted client's progress goes too, kept in a backup of its own.
      const { progress } = await loadProgress();
      if (hasProgress(clientProgress(progress, message.id))) {
        await addBackup('progress, before deleting a profile', progress, 'progress');
        await progressItem.setValue(removeClient(progress, message.id));
      }
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
      if (backup.kind === 'progress') {
        const restored = recoverProgressState(backup.data);
        await addBackup('progress, before restoring a backup', await progressItem.getValue(), 'progress');
        await progressItem.setValue(restored.value);
        return { ok: true, progress: restored.value, problems: restored.problems };
      }
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
    case 'profiles.notes': {
      const { state } = await loadProfiles();
      const profile = findProfile(state, message.id);
      if (!profile) return { ok: false, error: 'No such profile.' };
      const next = withProfile(state, { ...profile, notes: message.notes, updatedAt: now() });
      await profilesItem.setValue(next);
      return { ok: true, state: next };
    }
    case 'progress.get':
      return { ok: true, ...(await loadProgress()) };
    case 'progress.report': {
      const { state } = await loadProfiles();
      const profile = activeProfile(state);
      if (!profile) return { ok: false, error: 'No active profile.' };
      // The AppID only counts on the Mini Program's own pages (F07).
      const ownAppIdPage = appIdPages.includes(message.page);
      const signals = [`page:${message.page}`, ...message.signals].filter((s) => s !== APPID_SEEN || ownAppIdPage);
      const { progress } = await loadProgress();
      const path = resolvePath(clientProgress(progress, profile.id).path, profile);
      const at = now();
      const result = recordSteps(progress, profile.id, stepsCompletedBy(path, signals), stepRecord(at, message.url));
      if (result.recorded.length > 0) await progressItem.setValue(result.state);
      const appIdRecorded = ownAppIdPage && !!message.appId && profile.appId === '';
      if (appIdRecorded) await profilesItem.setValue(withProfile(state, { ...profile, appId: message.appId!, updatedAt: at }));
      return { ok: true, recorded: result.recorded, appIdRecorded };
    }
    case 'progress.mark':
    case 'progress.restore': {
      const { state } = await loadProfiles();
      if (!findProfile(state, message.profileId)) return { ok: false, error: 'No such profile.' };
      const { progress } = await loadProgress();
      const record = message.type === 'progress.mark' ? (message.done ? stepRecord(now()) : null) : message.record && stepRecord(message.record.at, message.record.url);
      const result = setStep(progress, message.profileId, message.step, record);
      await progressItem.setValue(result.state);
      return { ok: true, progress: result.state, previous: result.previous };
    }
    case 'progress.path': {
      const { state } = await loadProfiles();
      if (!findProfile(state, message.profileId)) return { ok: false, error: 'No such profile.' };
      const next = setPath((await loadProgress()).progress, message.profileId, message.path);
      await progressItem.setValue(next);
      return { ok: true, progress: next };
    }
    case 'progress.document': {
      const { state } = await loadProfiles();
      if (!findProfile(state, message.profileId)) return { ok: false, error: 'No such profile.' };
      const next = setDocument((await loadProgress()).progress, message.profileId, message.document, message.ready);
      await progressItem.setValue(next);
      return { ok: true, progress: next };
    }
  }
}

/** What the toolbar badge shows for the active profile: deadlines due within 3 days or overdue. */
export async function badgeState(at: number = Date.now()): Promise<{ count: number; overdue: boolean }> {
  const { value: state } = recoverProfilesState(await profilesItem.getValue());
  const profile = activeProfile(state);
  if (!profile) return { count: 0, overdue: false };
  const { value: progress } = recoverProgressState(await progressItem.getValue());
  const client = clientProgress(progress, profile.id);
  return badgeCount(openDeadlines(resolvePath(client.path, profile), client.steps, at));
}

/** Validates and handles one runtime message; unknown or malformed messages get an error reply. */
export function handleMessage(raw: unknown): Promise<Reply> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'unknown message' });
  return serialised(() => handle(parsed.data)).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
}

export type { Message };
