import { z } from 'zod';
import { localeIds } from '../locales/ids';
import type { Recovered } from './profiles';
import { badgeScopes, parseSettings, type Settings } from './settings-item';
import { text, type StorageText } from './texts';
import { listKeys, unknownKeys } from './unknown-fields';
import type { Same } from '../rules/same';

// UI preferences. Versioned and validated on read; written by the background only. The item and its
// zod-free reader live in storage/settings-item.ts (the content script reads settings without zod).
// No field defaults here: a patch of one setting must never reset the others.

export { badgeScopeOf, badgeScopes, defaultSettings, parseSettings, readSettings, settingsItem, type BadgeScope, type Settings } from './settings-item';

const settingFields = {
  panelCollapsed: z.boolean(),
  locale: z.enum(localeIds),
  presenter: z.boolean(),
  /** Optional: settings stored before it existed are complete without it (absent = 'active'). */
  badgeScope: z.enum(badgeScopes).optional(),
  /** Optional: off when absent (settings-item.ts). */
  diagnostics: z.boolean().optional(),
  /** Optional: off when absent (settings-item.ts). */
  notifications: z.boolean().optional(),
};

export const settingsSchema = z.object(settingFields);
/** A change to some settings: only the ones it names change. */
export const settingsPatchSchema = z.object(settingFields).partial();

// The hand-written Settings type must say exactly what the schema says.
export const schemaMatchesType: Same<z.infer<typeof settingsSchema>, Settings> = true;

const SETTINGS_KEYS = new Set(Object.keys(settingsSchema.shape));

/**
 * parseSettings, saying what could not be kept (the service backs the raw value up then). A setting
 * that is missing loses nothing (settings stored before it existed): it takes its default silently.
 */
export function recoverSettings(raw: unknown): Recovered<Settings> {
  const value = parseSettings(raw);
  if (raw === null || raw === undefined) return { value, problems: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { value, problems: [text('storage.settings.shape')] };
  const problems: StorageText[] = [];
  const whole = settingsPatchSchema.safeParse(raw);
  if (!whole.success) problems.push(text('storage.settings.unreadable'));
  const extra = unknownKeys(raw, SETTINGS_KEYS);
  if (extra.length) problems.push(text('storage.unknown-fields', { what: text('storage.kind.settings'), fields: listKeys(extra) }));
  return { value, problems };
}
