import { storage } from '@wxt-dev/storage';
import { z } from 'zod';

// UI preferences. Versioned and validated on read; written by the background only.

// No .default() on the fields: messages.ts patches with settingsSchema.partial(), and zod fills
// defaults inside partial(), so a patch of one setting would reset the others.
export const settingsSchema = z.object({
  panelCollapsed: z.boolean(),
  /** Presenter mode for trainers: spotlight, talking points, client data masked (content/presenter.ts). */
  presenter: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { panelCollapsed: false, presenter: false };

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
    const { panelCollapsed, presenter } = raw as Record<string, unknown>;
    if (typeof panelCollapsed === 'boolean') merged.panelCollapsed = panelCollapsed;
    if (typeof presenter === 'boolean') merged.presenter = presenter;
  }
  return merged;
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
