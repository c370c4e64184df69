import { z } from 'zod';
import { settingsSchema } from './settings';

// Pages, popup and content scripts ask the background to write; it is storage's only writer.

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings.update'), patch: settingsSchema.partial() }),
]);
export type Message = z.infer<typeof messageSchema>;
