import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { defaultLocale, localeForLanguage } from '../locales/ids';
import { badgeCount, openDeadlines } from '../engine/deadlines';
import { deadlineNotices, type DeadlineNotice } from '../engine/deadline-notices';
import { bookBadge, overviewRows } from '../engine/overview';
import { resolvePath, stepsCompletedBy } from '../engine/progress';
import { isRecordingUrl } from '../engine/url';
import { pageRules } from '../rules';
import { APPID_SEEN, appIdPages } from '../rules/flows';
import { importConflicts, importRenames, importReplacements, keepExistingLabels, mergeImport, parseImport } from './exchange';
import { profilesItem, progressItem } from './items';
import { mergeSave } from './merge-save';
import { recordPageEmail } from './emails';
import { notifiedItem, parseNotified } from './notices';
import { messageSchema, type Message } from './messages';
import type { Draft, MessageType, Reply } from './replies';
import { isEmailAddress } from './normalise';
import { activeProfile } from './active-profile';
import { describeIssues, newProfileId, PROFILE_LIMITS, profileSchema, recoverProfilesState, type Profile, type ProfilesState } from './profiles';
import {
  clientProgress,
  hasProgress,
  moveClient,
  recordSteps,
  recoverProgressState,
  removeClient,
  setDocument,
  setAppIdSeen,
  setPath,
  setStep,
  stepRecord,
  type ProgressState,
  type StepRecordValue,
} from './progress';
import { clearProblems, commit, isQuotaError, loadChecked, readBackups, readProblems, STORAGE_FULL, write } from './safe-store';
import { badgeScopeOf, parseSettings, recoverSettings, settingsItem, type Settings } from './settings';
import { isStorageText, renderText, text, type StorageText } from './texts';
import type { TeamHandlers } from './team-config';
import type { BookAccess } from './team-sync';

// The background's storage service: the only writer. Every write is a read-modify-write inside
// one queue, so two console tabs and the popup writing at once lose no update. Reads are checked
// and repaired with a backup first (storage/safe-store.ts).

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export interface ProfilesView {
  state: ProfilesState;
  /** Problems found in stored data (any item) that the user has not dismissed yet, in the user's language. */
  problems: string[];
}

type Mode = 'read' | 'write';

/** Reads profiles, backing up and repairing the stored value if any of it was unreadable. */
async function loadProfiles(mode: Mode = 'write'): Promise<{ state: ProfilesState; problems: StorageText[] }> {
  const { value, problems } = await loadChecked('profiles', profilesItem, recoverProfilesState, mode);
  return { state: value, problems };
}

/** Reads progress, backing up and repairing the stored value if any of it was unreadable. */
async function loadProgress(mode: Mode = 'write'): Promise<{ progress: ProgressState; problems: StorageText[] }> {
  const { value, problems } = await loadChecked('progress', progressItem, recoverProgressState, mode);
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

const saveProfiles = (value: ProfilesState) => ({ name: 'profiles' as const, item: profilesItem, value });
const saveProgress = (value: ProgressState) => ({ name: 'progress' as const, item: progressItem, value });
const refused = (key: string) => ({ ok: false as const, error: text(key) });

type Parsed = z.output<typeof messageSchema>;
type SyncType = 'sync.get' | 'sync.now' | 'sync.configure' | 'sync.choose';
type Handlers = { [K in Exclude<MessageType, SyncType>]: (message: Extract<Parsed, { type: K }>) => Promise<Draft<K>> };

/** A step set by hand (progress.mark) or put back as it was (progress.restore, the popup's undo). */
async function setStepOf(profileId: string, step: string, record: StepRecordValue | null): Promise<Draft<'progress.mark'>> {
  const { state } = await loadProfiles();
  if (!findProfile(state, profileId)) return refused('storage.error.no-profile');
  const { progress } = await loadProgress();
  const result = setStep(progress, profileId, step, record);
  await commit({ writes: [saveProgress(result.state)] });
  return { ok: true, progress: result.state, previous: result.previous };
}

/** The background's answer to each message, by type: each handler's reply is typed (storage/replies.ts). */
const handlers: Handlers = {
  'settings.update': async (message) => {
    const { value } = await loadChecked('settings', settingsItem, recoverSettings, 'write');
    const next = { ...value, ...message.patch };
    await write('settings', settingsItem, next);
    return { ok: true, settings: next };
  },
  'profiles.get': async () => {
    // Every stored item is checked here, so the options page can explain all that was repaired.
    const { state } = await loadProfiles('read');
    await loadProgress('read');
    await loadChecked('settings', settingsItem, recoverSettings, 'read');
    return { ok: true, state, problems: (await readProblems()).map((p) => p.text) };
  },
  'problems.dismiss': async () => {
    await clearProblems();
    return { ok: true };
  },
  'profiles.save': async (message) => {
    const { state } = await loadProfiles();
    const existing = state.profiles.find((p) => p.id === message.profile.id);
    const draft = mergeSave(existing, message.profile, message.base);
    const parsed = profileSchema.safeParse({
      ...draft,
      hasVerifiedOfficialAccount: draft.hasVerifiedOfficialAccount ?? existing?.hasVerifiedOfficialAccount ?? false,
      id: existing?.id ?? newProfileId(),
      createdAt: existing?.createdAt ?? now(),
      updatedAt: now(),
    });
    // Names the field, e.g. "label: a client label is required".
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const profiles = existing ? state.profiles.map((p) => (p.id === existing.id ? parsed.data : p)) : [...state.profiles, parsed.data];
    const next = { profiles, activeId: state.activeId ?? parsed.data.id };
    await commit({ writes: [saveProfiles(next)] });
    return { ok: true, profile: parsed.data, state: next };
  },
  'profiles.delete': async (message) => {
    const { state } = await loadProfiles();
    if (!state.profiles.some((p) => p.id === message.id)) return refused('storage.error.no-profile');
    const profiles = state.profiles.filter((p) => p.id !== message.id);
    const next = { profiles, activeId: state.activeId === message.id ? (profiles[0]?.id ?? null) : state.activeId };
    // A deleted client's progress goes too, kept in a backup of its own; all of it in one write.
    const { progress } = await loadProgress();
    const withProgress = hasProgress(clientProgress(progress, message.id));
    await commit({
      writes: [saveProfiles(next), ...(withProgress ? [saveProgress(removeClient(progress, message.id))] : [])],
      backups: [
        { reason: text('storage.backup.before-delete'), data: state },
        ...(withProgress ? [{ reason: text('storage.backup.progress-before-delete'), data: progress, kind: 'progress' as const }] : []),
      ],
    });
    return { ok: true, state: next };
  },
  'profiles.activate': async (message) => {
    const { state } = await loadProfiles();
    if (message.id !== null && !state.profiles.some((p) => p.id === message.id)) return refused('storage.error.no-profile');
    const next = { ...state, activeId: message.id };
    await commit({ writes: [saveProfiles(next)] });
    return { ok: true, state: next };
  },
  'profiles.import': async (message) => {
    const parsed = parseImport(message.text);
    if (!parsed.ok) return { ok: false, error: parsed.text };
    const { state } = await loadProfiles();
    // A file with no profiles changes nothing: no backup, no write.
    if (parsed.profiles.length === 0) return { ok: true, imported: 0, replaced: 0, state };
    const conflicts = importConflicts(state.profiles, parsed.profiles);
    if (conflicts.length > 0 && !message.confirmOverwrite) {
      const renames = importRenames(state.profiles, parsed.profiles);
      return { ok: false, error: 'confirm-overwrite', conflicts: conflicts.map((p) => p.label), count: parsed.profiles.length, renames };
    }
    // Asked first (the confirm dialog lists each rename): the user may keep the labels they have.
    const incoming = message.keepLabels ? keepExistingLabels(state.profiles, parsed.profiles) : parsed.profiles;
    // A replaced profile's place is taken by its replacement: the active client stays the same
    // client (not whichever profile comes first), and its progress follows it.
    const replacements = importReplacements(state.profiles, incoming);
    const activeId = state.activeId ? (replacements.get(state.activeId) ?? state.activeId) : (incoming[0]?.id ?? null);
    const checked = recoverProfilesState({ profiles: mergeImport(state.profiles, incoming), activeId });
    const { progress } = await loadProgress();
    const moved = [...replacements].reduce((acc, [from, to]) => moveClient(acc, from, to), progress);
    // Backups, profiles and progress in one write: a refused import (storage full) evicts no backup.
    await commit({
      writes: [saveProfiles(checked.value), ...(moved !== progress ? [saveProgress(moved)] : [])],
      backups: [
        { reason: text('storage.backup.before-import', { count: incoming.length }), data: state },
        ...(moved !== progress ? [{ reason: text('storage.backup.progress-before-import'), data: progress, kind: 'progress' as const }] : []),
      ],
    });
    return { ok: true, imported: incoming.length, replaced: conflicts.length, state: checked.value };
  },
  'backups.list': async () => ({
    ok: true,
    backups: (await readBackups()).map(({ id, at, reason, kind, unreadable }) => ({ id, at, reason, kind, unreadable: unreadable === true })),
  }),
  'backups.export': async (message) => {
    // Exactly as it was kept, whether this version can read it or not.
    const backup = (await readBackups()).find((b) => b.id === message.id);
    if (!backup) return refused('storage.error.no-backup');
    return { ok: true, json: JSON.stringify(backup.data, null, 2) ?? 'null', kind: backup.kind, at: backup.at };
  },
  'backups.restore': async (message) => {
    const backup = (await readBackups()).find((b) => b.id === message.id);
    if (!backup) return refused('storage.error.no-backup');
    if (backup.kind === 'progress') {
      const restored = recoverProgressState(backup.data);
      await commit({
        writes: [saveProgress(restored.value)],
        backups: [{ reason: text('storage.backup.progress-before-restore'), data: await progressItem.getValue(), kind: 'progress' }],
      });
      return { ok: true, progress: restored.value, problems: restored.problems };
    }
    if (backup.kind === 'settings') {
      const restored = recoverSettings(backup.data);
      await commit({
        writes: [{ name: 'settings', item: settingsItem, value: restored.value }],
        backups: [{ reason: text('storage.backup.settings-before-restore'), data: await settingsItem.getValue(), kind: 'settings' }],
      });
      return { ok: true, settings: restored.value, problems: restored.problems };
    }
    const { value, problems } = recoverProfilesState(backup.data);
    await commit({ writes: [saveProfiles(value)], backups: [{ reason: text('storage.backup.before-restore'), data: await profilesItem.getValue() }] });
    return { ok: true, state: value, problems };
  },
  'emails.record': async (message) => {
    const address = message.address.trim();
    // Only an address: a page that fakes the console's message cannot fill the list with junk.
    if (!isEmailAddress(address)) return refused('storage.error.not-an-email');
    const { state } = await loadProfiles();
    const profile = activeProfile(state);
    if (!profile) return refused('storage.error.no-active-profile');
    // A console page reported it: recorded apart and bounded, never at the cost of the user's entries.
    const result = recordPageEmail(profile.emails, address, message.status, now(), PROFILE_LIMITS.emails);
    if ('refused' in result) return refused(result.refused === 'full' ? 'storage.error.emails-full' : 'storage.error.page-emails-limit');
    if (!result.list) return { ok: true, state };
    const updated = { ...profile, emails: result.list, updatedAt: now() };
    const next = { ...state, profiles: state.profiles.map((p) => (p.id === profile.id ? updated : p)) };
    await commit({ writes: [saveProfiles(next)] });
    return { ok: true, state: next };
  },
  'profiles.notes': async (message) => {
    const { state } = await loadProfiles();
    const profile = findProfile(state, message.id);
    if (!profile) return refused('storage.error.no-profile');
    const next = withProfile(state, { ...profile, notes: message.notes, updatedAt: now() });
    await commit({ writes: [saveProfiles(next)] });
    return { ok: true, state: next };
  },
  'progress.get': async () => {
    const { progress } = await loadProgress('read');
    const problems = (await readProblems()).filter((p) => p.kind === 'progress').map((p) => p.text);
    return { ok: true, progress, problems };
  },
  'progress.report': async (message) => {
    // Only from a console URL the page's rule names: never an article (/s/…) quoting its texts.
    const rule = pageRules.find((r) => r.id === message.page);
    if (!rule || !isRecordingUrl(message.url, rule.detect)) return refused('storage.error.not-a-console-page');
    const { state } = await loadProfiles();
    const profile = activeProfile(state);
    if (!profile) return refused('storage.error.no-active-profile');
    // The AppID only counts on the Mini Program's own pages (F07).
    const ownAppIdPage = appIdPages.includes(message.page);
    const signals = [`page:${message.page}`, ...message.signals].filter((s) => s !== APPID_SEEN || ownAppIdPage);
    const { progress } = await loadProgress();
    const client = clientProgress(progress, profile.id);
    const path = resolvePath(client.path, profile);
    const at = now();
    const result = recordSteps(progress, profile.id, stepsCompletedBy(path, signals), stepRecord(at, message.url));
    const seen = ownAppIdPage ? message.appId : undefined;
    const appIdRecorded = !!seen && profile.appId === '';
    // Another AppID than the profile's: the user says which is right (the popup asks); nothing is replaced.
    const differs = !!seen && profile.appId !== '' && profile.appId.toLowerCase() !== seen;
    const pending = differs ? { appId: seen, at } : null;
    const settled = !!seen && !differs && !!client.appIdSeen;
    const appIdChanged = (differs && client.appIdSeen?.appId !== seen) || settled;
    const nextProgress = appIdChanged ? setAppIdSeen(result.state, profile.id, pending) : result.state;
    await commit({
      writes: [
        ...(result.recorded.length > 0 || appIdChanged ? [saveProgress(nextProgress)] : []),
        ...(appIdRecorded ? [saveProfiles(withProfile(state, { ...profile, appId: seen, updatedAt: at }))] : []),
      ],
    });
    return { ok: true, recorded: result.recorded, appIdRecorded, appIdToConfirm: differs };
  },
  'appid.resolve': async (message) => {
    const { state } = await loadProfiles();
    const profile = findProfile(state, message.profileId);
    if (!profile) return refused('storage.error.no-profile');
    const { progress } = await loadProgress();
    const seen = clientProgress(progress, profile.id).appIdSeen;
    if (!seen || seen.appId !== message.appId) return refused('storage.error.no-appid-to-confirm');
    const next = setAppIdSeen(progress, profile.id, null);
    const useSeen = message.use === 'console';
    await commit({
      writes: [saveProgress(next), ...(useSeen ? [saveProfiles(withProfile(state, { ...profile, appId: seen.appId, updatedAt: now() }))] : [])],
    });
    return { ok: true, progress: next, state: useSeen ? withProfile(state, { ...profile, appId: seen.appId }) : state };
  },
  'progress.mark': async (message) => {
    const record = message.done ? stepRecord(now()) : null;
    return setStepOf(message.profileId, message.step, record);
  },
  'progress.restore': async (message) => setStepOf(message.profileId, message.step, message.record && stepRecord(message.record.at, message.record.url)),
  'progress.path': async (message) => {
    const { state } = await loadProfiles();
    if (!findProfile(state, message.profileId)) return refused('storage.error.no-profile');
    const next = setPath((await loadProgress()).progress, message.profileId, message.path);
    await commit({ writes: [saveProgress(next)] });
    return { ok: true, progress: next };
  },
  'progress.document': async (message) => {
    const { state } = await loadProfiles();
    if (!findProfile(state, message.profileId)) return refused('storage.error.no-profile');
    const next = setDocument((await loadProgress()).progress, message.profileId, message.document, message.ready);
    await commit({ writes: [saveProgress(next)] });
    return { ok: true, progress: next };
  },
};

// ---- Team sync (docs/team-sync.md) ----

let team: TeamHandlers | null = null;
/** The background registers team sync here (storage/team-service.ts); without it, sync.* messages are refused. */
export function registerTeam(handlers: TeamHandlers | null): void {
  team = handlers;
}

/** Runs a team-sync task inside the one write queue, with the client book's checked reads and one-call writes. */
export function withClientBook<T>(task: (book: BookAccess) => Promise<T>): Promise<T> {
  return serialised(() =>
    task({
      read: async () => ({ profiles: (await loadProfiles()).state, progress: (await loadProgress()).progress }),
      write: async (next, backup) => {
        const checked = recoverProfilesState(next.profiles);
        const progress = recoverProgressState(next.progress);
        await commit({
          writes: [saveProfiles(checked.value), saveProgress(progress.value)],
          backups: backup
            ? [
                { reason: text('storage.backup.before-team-sync'), data: await profilesItem.getValue() },
                { reason: text('storage.backup.progress-before-team-sync'), data: await progressItem.getValue(), kind: 'progress' as const },
              ]
            : [],
        });
      },
    }),
  );
}

const SYNC_TYPES = new Set(['sync.get', 'sync.now', 'sync.configure', 'sync.choose']);
/** Messages after which the client book may have changed: team sync sends it. */
const BOOK_WRITES = new Set<MessageType>([
  'profiles.save',
  'profiles.delete',
  'profiles.import',
  'backups.restore',
  'emails.record',
  'profiles.notes',
  'progress.report',
  'appid.resolve',
  'progress.mark',
  'progress.restore',
  'progress.path',
  'progress.document',
]);

async function handleSync(message: Parsed): Promise<Draft> {
  if (!team) return refused('storage.team.unavailable');
  switch (message.type) {
    case 'sync.get':
      return { ok: true, view: await team.view() };
    case 'sync.now':
      return { ok: true, view: await team.now() };
    case 'sync.configure': {
      const { type: _type, ...input } = message;
      return team.configure(input);
    }
    case 'sync.choose':
      return team.choose(message.profileId, message.field, message.index);
    default:
      return refused('storage.error.unknown-message');
  }
}

function handle(message: Parsed): Promise<Draft> {
  // TypeScript cannot relate a union message to its handler's parameter: the table above is typed per type.
  return (handlers[message.type as Exclude<MessageType, SyncType>] as (message: Parsed) => Promise<Draft>)(message);
}

/**
 * What the toolbar badge shows: deadlines due within 3 days or overdue, of the active profile, or
 * of every profile when the badge setting says 'all' (the agency overview's setting).
 */
export async function badgeState(at: number = Date.now()): Promise<{ count: number; overdue: boolean }> {
  const { value: state } = recoverProfilesState(await profilesItem.getValue());
  if (badgeScopeOf(parseSettings(await settingsItem.getValue().catch(() => null))) === 'all') {
    return bookBadge(overviewRows(state.profiles, recoverProgressState(await progressItem.getValue()).value.clients, at));
  }
  const profile = activeProfile(state);
  if (!profile) return { count: 0, overdue: false };
  const { value: progress } = recoverProgressState(await progressItem.getValue());
  const client = clientProgress(progress, profile.id);
  return badgeCount(openDeadlines(resolvePath(client.path, profile), client.steps, at));
}

/**
 * The deadline notifications to show now (the setting on; every client's deadlines due within a
 * day, each once: engine/deadline-notices.ts), with the language to word them in. What is notified is
 * recorded before it is returned, in the service's queue, so two checks at once never notify twice.
 * None while presenter mode is on (a client's label popping up on a projected screen): they wait for
 * the first check after it.
 */
export function deadlineNoticesDue(at: number = Date.now()): Promise<{ notices: DeadlineNotice[]; locale: Settings['locale'] }> {
  return serialised(async () => {
    const settings = parseSettings(await settingsItem.getValue().catch(() => null));
    if (settings.notifications !== true || settings.presenter) return { notices: [], locale: settings.locale };
    const { value: state } = recoverProfilesState(await profilesItem.getValue());
    const rows = overviewRows(state.profiles, recoverProgressState(await progressItem.getValue()).value.clients, at);
    const notified = parseNotified(await notifiedItem.getValue().catch(() => []));
    const { notify, keep } = deadlineNotices(rows, notified, at);
    if (notify.length > 0 || keep.length !== notified.length) await write('notified', notifiedItem, keep);
    return { notices: notify, locale: settings.locale };
  });
}

/** A refused profile names the field the user got wrong ("label: a client label is required"). */
function refusal(raw: unknown, error: z.ZodError): StorageText | string {
  if ((raw as { type?: unknown } | null)?.type !== 'profiles.save') return text('storage.error.unknown-message');
  const fields = error.issues.filter((issue) => issue.path[0] === 'profile').map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  return fields.length > 0 ? describeIssues(new z.ZodError(fields)) : text('storage.error.unknown-message');
}

/** Puts a reply's texts (its error, problems and backup reasons) into the language the user chose. */
async function inWords(draft: Draft): Promise<Reply> {
  const { locale } = parseSettings(await settingsItem.getValue().catch(() => null));
  // Each text on its own (renderText never throws): one unreadable reason never hides the others.
  const words = (value: unknown) =>
    isStorageText(value) || typeof value === 'string' ? renderText(value, locale) : renderText(text('storage.problem.unreadable'), locale);
  const reply: Record<string, unknown> = { ...draft };
  if (!draft.ok) reply.error = words(draft.error);
  if (Array.isArray(reply.problems)) reply.problems = (reply.problems as unknown[]).map(words);
  if (Array.isArray(reply.backups)) reply.backups = (reply.backups as { reason: unknown }[]).map((b) => ({ ...b, reason: words(b.reason) }));
  // The draft's shape with its texts in words: what Reply<K> describes.
  return reply as Reply;
}

/** Validates and handles one runtime message; unknown or malformed messages get an error reply. */
/**
 * First run: the UI language follows the browser's (a zh browser gets 简体中文). Stored only when no
 * settings are stored yet and the language is not the default, so a choice made later always wins.
 */
export function adoptBrowserLanguage(tag: string | undefined): Promise<void> {
  return serialised(async () => {
    const locale = localeForLanguage(tag);
    if (locale === defaultLocale || (await storage.getItem('local:settings')) !== null) return;
    await write('settings', settingsItem, { ...parseSettings(null), locale });
  });
}

export function handleMessage<M extends Message>(raw: M): Promise<Reply<M['type']>>;
export function handleMessage(raw: unknown): Promise<Reply>;
export function handleMessage(raw: unknown): Promise<Reply> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return inWords({ ok: false, error: refusal(raw, parsed.error) });
  // Team sync's own messages run outside the queue: a round waits on the network, then queues its writes.
  const task = SYNC_TYPES.has(parsed.data.type)
    ? handleSync(parsed.data)
    : serialised(() => handle(parsed.data)).then((draft) => {
        if (draft.ok && BOOK_WRITES.has(parsed.data.type)) team?.changed();
        return draft;
      });
  return task
    .catch((error: unknown): Draft => ({
      ok: false as const,
      // A full quota says what to do; the write it stopped changed nothing.
      error: isQuotaError(error) ? STORAGE_FULL : String(error),
    }))
    .then(inWords);
}

export type { Message };
export type { Reply } from './replies';
