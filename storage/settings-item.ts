import { storage } from '@wxt-dev/storage';
import { defaultLocale, isLocale, type Locale } from '../locales/ids';

// UI preferences: the stored item and a reader that never throws, in plain TypeScript so the content
// script can read them without zod. The zod schema (for the background's messages) is in
// storage/settings.ts, whose test checks that both read every value alike.

export interface Settings {
  panelCollapsed: boolean;
  /** The extension's UI language, chosen in the popup; independent of the browser's language. */
  locale: Locale;
  /** Presenter mode for trainers: spotlight, talking points, client data masked (content/presenter.ts). */
  presenter: boolean;
}

export const defaultSettings: Settings = { panelCollapsed: false, locale: defaultLocale, presenter: false };

/** Never throws: anything unreadable falls back to defaults, field by field. */
export function parseSettings(raw: unknown): Settings {
  const merged = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    const { panelCollapsed, locale, presenter } = raw as Record<string, unknown>;
    if (typeof panelCollapsed === 'boolean') merged.panelCollapsed = panelCollapsed;
    if (isLocale(locale)) merged.locale = locale;
    if (typeof presenter === 'boolean') merged.presenter = presenter;
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
