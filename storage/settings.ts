import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import type { Recovered } from './profiles';
import { listKeys, unknownKeys } from './unknown-fields';

// UI preferences. Versioned and validated on read; written by the background only.

const settingFields = {
  panelCollapsed: z.boolean(),
};

export const settingsSchema = z.object({
  panelCollapsed: settingFields.panelCollapsed.default(false),
});
/** A change to some settings. Without defaults: zod 4's .partial() keeps them, and a patch would reset every setting it does not name. */
export const settingsPatchSchema = z.object(settingFields).partial();
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

/** Never throws: anything unreadable falls back to defaults, field by field where possible. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const merged = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    const collapsed = (raw as Record<string, unknown>).panelCollapsed;
    if (typeof collapsed === 'boolean') merged.panelCollapsed = collapsed;
  }
  return merged;
}

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

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
