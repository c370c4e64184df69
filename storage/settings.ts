import { z } from 'zod';
import { localeIds } from '../locales/ids';
import type { Settings } from './settings-item';

// UI preferences. Versioned and validated on read; written by the background only. The item and its
// zod-free reader live in storage/settings-item.ts (the content script reads settings without zod).
// No field defaults here: a patch of one setting must never reset the others.

export { defaultSettings, parseSettings, readSettings, settingsItem, settingsMigrations, type Settings } from './settings-item';

export const settingsSchema = z.object({
  panelCollapsed: z.boolean(),
  locale: z.enum(localeIds),
  presenter: z.boolean(),
});

// The hand-written Settings type must say exactly what the schema says.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const schemaMatchesType: Same<z.infer<typeof settingsSchema>, Settings> = true;
