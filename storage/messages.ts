import { z } from 'zod';
import { emailRecordSchema, profileSchema } from './profiles';
import { settingsSchema } from './settings';

// Pages, popup and content scripts ask the background to write; it is storage's only writer.

const profileDraftSchema = profileSchema.omit({ createdAt: true, updatedAt: true, id: true }).extend({
  id: profileSchema.shape.id.optional(),
});

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings.update'), patch: settingsSchema.partial() }),
  z.object({ type: z.literal('profiles.get') }),
  z.object({ type: z.literal('profiles.save'), profile: profileDraftSchema }),
  z.object({ type: z.literal('profiles.delete'), id: z.string() }),
  z.object({ type: z.literal('profiles.activate'), id: z.string().nullable() }),
  z.object({ type: z.literal('profiles.import'), text: z.string(), confirmOverwrite: z.boolean().default(false) }),
  z.object({ type: z.literal('backups.list') }),
  z.object({ type: z.literal('backups.restore'), id: z.string() }),
  z.object({ type: z.literal('emails.record'), address: emailRecordSchema.shape.address, status: emailRecordSchema.shape.status }),
]);
export type Message = z.input<typeof messageSchema>;
export type ProfileDraft = z.input<typeof profileDraftSchema>;
