import { z } from 'zod';
import { defaultSettings, type Settings } from './settings-item';

// UI preferences. Versioned and validated on read; written by the background only. The item and its
// zod-free reader live in storage/settings-item.ts (the content script reads settings without zod).

export { defaultSettings, parseSettings, readSettings, settingsItem, type Settings } from './settings-item';

export const settingsSchema = z.object({
  panelCollapsed: z.boolean().default(defaultSettings.panelCollapsed),
});

// The hand-written Settings type must say exactly what the schema says.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const schemaMatchesType: Same<z.infer<typeof settingsSchema>, Settings> = true;
