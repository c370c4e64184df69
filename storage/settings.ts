import { storage } from '@wxt-dev/storage';
import { z } from 'zod';

// UI preferences. Versioned and validated on read; written by the background only.

export const settingsSchema = z.object({
  panelCollapsed: z.boolean().default(false),
  /** Presenter mode for trainers: spotlight, talking points, client data masked (content/presenter.ts). */
  presenter: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
/** A change to some settings. Not settingsSchema.partial(): that fills in the defaults and resets every setting not named. */
export const settingsPatchSchema = z.object({ panelCollapsed: z.boolean(), presenter: z.boolean() }).partial();
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

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
