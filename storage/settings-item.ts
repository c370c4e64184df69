import { storage } from '@wxt-dev/storage';
import { defaultLocale, isLocale, type Locale } from '../locales/ids';
import { ITEM_VERSIONS } from './item-versions';

// UI preferences: the stored item and a reader that never throws, in plain TypeScript so the content
// script can read them without zod. The zod schema (for the background's messages) is in
// storage/settings.ts, whose test checks that both read every value alike.

export interface Settings {
  panelCollapsed: boolean;
  /** The extension's UI language, chosen in the popup; independent of the browser's language. */
  locale: Locale;
  /** Presenter mode for trainers: spotlight, talking points, client data masked (content/presenter.ts). */
  presenter: boolean;
  /**
   * What the toolbar badge counts: the active client's deadlines (absent or 'active', the default)
   * or every client's ('all', for agencies). Optional, so settings stored before it read as they were.
   */
  badgeScope?: BadgeScope;
  /**
   * Diagnostics for bug reports and tests: the field tips' hosts carry every check's code
   * (`data-mpg-codes`), client-derived ones included, where the console page can read them. Off
   * (absent) by default: the page then sees only the codes of checks on what it can read itself.
   */
  diagnostics?: boolean;
  /**
   * Browser notifications for deadlines due within a day (storage/notices.ts). Off (absent) by
   * default; the options page turns it on only once the browser granted the permission.
   */
  notifications?: boolean;
}

export const badgeScopes = ['active', 'all'] as const;
export type BadgeScope = (typeof badgeScopes)[number];
/** The badge's scope, 'active' unless 'all' was chosen. */
export const badgeScopeOf = (settings: Settings): BadgeScope => settings.badgeScope ?? 'active';

export const defaultSettings: Settings = { panelCollapsed: false, locale: defaultLocale, presenter: false };

/** Never throws: anything unreadable falls back to defaults, field by field. */
export function parseSettings(raw: unknown): Settings {
  const merged = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    const { panelCollapsed, locale, presenter, badgeScope, diagnostics, notifications } = raw as Record<string, unknown>;
    if (typeof panelCollapsed === 'boolean') merged.panelCollapsed = panelCollapsed;
    if (isLocale(locale)) merged.locale = locale;
    if (typeof presenter === 'boolean') merged.presenter = presenter;
    if (badgeScopes.includes(badgeScope as BadgeScope)) merged.badgeScope = badgeScope as BadgeScope;
    if (typeof diagnostics === 'boolean') merged.diagnostics = diagnostics;
    if (typeof notifications === 'boolean') merged.notifications = notifications;
  }
  return merged;
}

// No `migrations` here: @wxt-dev/storage would run them on import in every context that reads
// settings (a second writer, and a version of its own). The background's service checks and
// records versions (storage/item-versions.ts, storage/migrations.ts).
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: ITEM_VERSIONS.settings,
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
