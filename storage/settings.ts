import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { defaultLocale, isLocale, localeIds } from '../locales/ids';

// UI preferences. Versioned and validated on read; written by the background only.

// No .default() on the fields: messages.ts patches with settingsSchema.partial(), and zod fills
// defaults inside partial(), so a patch of one setting would reset the others.
export const settingsSchema = z.object({
  panelCollapsed: z.boolean(),
  /** The extension's UI language, chosen in the popup; independent of the browser's language. */
  locale: z.enum(localeIds),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { panelCollapsed: false, locale: defaultLocale };

/** Never throws: anything unreadable falls back to defaults, field by field where possible. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const merged = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    const { panelCollapsed, locale } = raw as Record<string, unknown>;
    if (typeof panelCollapsed === 'boolean') merged.panelCollapsed = panelCollapsed;
    if (isLocale(locale)) merged.locale = locale;
  }
  return merged;
}

export const settingsMigrations = {
  /** v2 adds `locale`: English, as before the switch existed (whatever the browser's language). */
  2: (v1: unknown): Settings => parseSettings(v1),
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 2,
  migrations: settingsMigrations,
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
