import type { StoredKind } from './items';
import type { Message } from './messages';
import type { Profile, ProfilesState } from './profiles';
import type { ProgressState, StepRecordValue } from './progress';
import type { Settings } from './settings-item';
import type { StorageText } from './texts';
import type { SyncView } from './team-config';

// What the background answers to each message (storage/messages.ts), so no caller casts. Texts
// (errors, problems, backup reasons) arrive in the user's language; the service drafts them as
// StorageText first (see Drafted).

export interface BackupSummary {
  id: string;
  at: string;
  reason: string;
  kind?: StoredKind;
  unreadable: boolean;
}

/** The payload of a successful reply, per message type. */
export interface Replies {
  'settings.update': { settings: Settings };
  'profiles.get': { state: ProfilesState; problems: string[] };
  'problems.dismiss': object;
  'profiles.save': { profile: Profile; state: ProfilesState };
  'profiles.delete': { state: ProfilesState };
  'profiles.activate': { state: ProfilesState };
  'profiles.import': { imported: number; replaced: number; state: ProfilesState };
  'backups.list': { backups: BackupSummary[] };
  'backups.export': { json: string; kind?: StoredKind; at: string };
  /** One of progress, settings or state: what the backup held. */
  'backups.restore': { progress?: ProgressState; settings?: Settings; state?: ProfilesState; problems: string[] };
  'emails.record': { state: ProfilesState };
  'profiles.notes': { state: ProfilesState };
  'progress.get': { progress: ProgressState; problems: string[] };
  /** appIdToConfirm: the page showed another AppID than the profile's; the popup asks which is right. */
  'progress.report': { recorded: string[]; appIdRecorded: boolean; appIdToConfirm: boolean };
  'appid.resolve': { progress: ProgressState; state: ProfilesState };
  'progress.mark': { progress: ProgressState; previous: StepRecordValue | null };
  'progress.restore': { progress: ProgressState; previous: StepRecordValue | null };
  'progress.path': { progress: ProgressState };
  'progress.document': { progress: ProgressState };
  'sync.get': { view: SyncView };
  'sync.now': { view: SyncView };
  'sync.configure': { view: SyncView };
  'sync.choose': { view: SyncView };
}

export type MessageType = Message['type'];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

/** A refused or failed message. */
export interface Refusal {
  ok: false;
  error: string;
  /** The background did not answer at all (storage/client.ts). */
  unreachable?: boolean;
  /** profiles.import without confirmOverwrite: the labels it would replace and how many it holds. */
  conflicts?: string[];
  count?: number;
  /** Existing labels the import would change: the user is asked before any rename. */
  renames?: { from: string; to: string }[];
}

/** Absent on a refusal: a caller may read `reply.state` before or after checking `ok`. */
type None<T> = { [P in keyof T]?: undefined };

export type Reply<K extends MessageType = MessageType> = ({ ok: true; error?: undefined } & Replies[K]) | (Refusal & None<Replies[K]>);

/** A reply before its texts are put into the user's language. */
export type Drafted<T> = {
  [P in keyof T]: P extends 'problems'
    ? readonly (StorageText | string)[]
    : P extends 'backups'
      ? (Omit<BackupSummary, 'reason'> & { reason: StorageText | string })[]
      : T[P];
};
export type Draft<K extends MessageType = MessageType> = ({ ok: true } & Drafted<Replies[K]>) | (Omit<Refusal, 'error'> & { error: StorageText | string });
