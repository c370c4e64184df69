import { storage } from '@wxt-dev/storage';

// UI preferences: the stored item and a reader that never throws, in plain TypeScript so the content
// script can read them without zod. The zod schema (for the background's messages) is in
// storage/settings.ts, whose test checks that both read every value alike.

export interface Settings {
  panelCollapsed: boolean;
}

export const defaultSettings: Settings = { panelCollapsed: false };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

/** Never throws: anything unreadable falls back to defaults, field by field. */
export function parseSettings(raw: unknown): Settings {
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
