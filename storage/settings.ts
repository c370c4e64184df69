import { z } from 'zod';
import { localeIds } from '../locales/ids';
import type { Recovered } from './profiles';
import { badgeScopes, parseSettings, type Settings } from './settings-item';
import { listKeys, unknownKeys } from './unknown-fields';

// UI preferences. Versioned and validated on read; written by the background only. The item and its
// zod-free reader live in storage/settings-item.ts (the content script reads settings without zod).
// No field defaults here: a patch of one setting must never reset the others.

export { badgeScopeOf, badgeScopes, defaultSettings, parseSettings, readSettings, settingsItem, settingsMigrations, type BadgeScope, type Settings } from './settings-item';

const settingFields = {
  panelCollapsed: z.boolean(),
  locale: z.enum(localeIds),
  presenter: z.boolean(),
  /** Optional: settings stored before it existed are complete without it (absent = 'active'). */
  badgeScope: z.enum(badgeScopes).optional(),
};

export const settingsSchema = z.object(settingFields);
/** A change to some settings: only the ones it names change. */
export const settingsPatchSchema = z.object(settingFields).partial();

// The hand-written Settings type must say exactly what the schema says.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const schemaMatchesType: Same<z.infer<typeof settingsSchema>, Settings> = true;

const SETTINGS_KEYS = new Set(Object.keys(settingsSchema.shape));

/** parseSettings, saying what could not be kept (the service backs the raw value up then). */
export function recoverSettings(raw: unknown): Recovered<Settings> {
  const value = parseSettings(raw);
  if (raw === null || raw === undefined) return { value, problems: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { value, problems: ['The stored settings were not in a known shape; the defaults are used.'] };
  const problems: string[] = [];
  const whole = settingsSchema.safeParse(raw);
  if (!whole.success) problems.push('Some stored settings could not be read; their defaults are used.');
  const extra = unknownKeys(raw, SETTINGS_KEYS);
  if (extra.length) problems.push(`The stored settings have fields this version does not know (${listKeys(extra)}); they are kept in the backup.`);
  return { value, problems };
}
