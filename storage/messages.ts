import { z } from 'zod';
import { consolePageIdSchema } from '../rules/facts';
import { documentKinds } from '../rules/documents';
import { flowStepIdSchema, pathIdSchema, signalSchema } from '../rules/flows.schema';
import { emailRecordSchema, profileSchema } from './profiles';
import { stepRecordSchema } from './progress';
import { settingsPatchSchema } from './settings';
import { FIELD_NAMES, type FieldName } from './team-docs';

// Pages, popup and content scripts ask the background to write; it is storage's only writer.

const profileDraftSchema = profileSchema.omit({ createdAt: true, updatedAt: true, id: true }).extend({
  id: profileSchema.shape.id.optional(),
  // Left out by a form that does not show it: the stored value is kept (see the service).
  hasVerifiedOfficialAccount: z.boolean().optional(),
});
const profileId = profileSchema.shape.id;
/** Verification documents ticked as ready in the popup (rules/documents.ts kinds). */
const documentIdSchema = z.enum(documentKinds).exclude(['other']);

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings.update'), patch: settingsPatchSchema }),
  z.object({ type: z.literal('profiles.get') }),
  z.object({
    type: z.literal('profiles.save'),
    profile: profileDraftSchema,
    /**
     * The profile as the form showed it when editing began. Fields the user left as they were keep
     * what is stored now (a console tab may have recorded an email or the AppID meanwhile).
     */
    base: profileDraftSchema.omit({ id: true }).optional(),
  }),
  z.object({ type: z.literal('profiles.delete'), id: z.string() }),
  z.object({ type: z.literal('profiles.activate'), id: z.string().nullable() }),
  z.object({
    type: z.literal('profiles.import'),
    text: z.string(),
    confirmOverwrite: z.boolean().default(false),
    /** A replaced client keeps its current label (the file's differs only by case, width or spacing). */
    keepLabels: z.boolean().default(false),
  }),
  z.object({ type: z.literal('backups.list') }),
  /** The user has read the problems found in stored data (the options page's banner). */
  z.object({ type: z.literal('problems.dismiss') }),
  z.object({ type: z.literal('backups.restore'), id: z.string() }),
  /** A backup exactly as it was kept, as JSON text, to save as a file (the Backups list's Download). */
  z.object({ type: z.literal('backups.export'), id: z.string() }),
  z.object({ type: z.literal('emails.record'), address: emailRecordSchema.shape.address.max(254), status: emailRecordSchema.shape.status }),
  z.object({ type: z.literal('profiles.notes'), id: profileId, notes: profileSchema.shape.notes }),
  z.object({ type: z.literal('progress.get') }),
  // From the content script, for the active profile: signals seen on a console page (rules/flows.ts).
  z.object({
    type: z.literal('progress.report'),
    page: consolePageIdSchema,
    signals: z.array(signalSchema).max(64),
    url: z.string().max(4000),
    appId: z
      .string()
      .regex(/^wx[0-9a-f]{16}$/)
      .optional(),
  }),
  /** The user's answer when the console showed another AppID than the profile's: use the console's, or keep the profile's. */
  z.object({
    type: z.literal('appid.resolve'),
    profileId,
    appId: z.string().regex(/^wx[0-9a-f]{16}$/),
    use: z.enum(['console', 'profile']),
  }),
  z.object({ type: z.literal('progress.mark'), profileId, step: flowStepIdSchema, done: z.boolean() }),
  /** Puts a step back as it was (undo in the popup). */
  z.object({ type: z.literal('progress.restore'), profileId, step: flowStepIdSchema, record: stepRecordSchema.nullable() }),
  z.object({ type: z.literal('progress.path'), profileId, path: pathIdSchema.nullable() }),
  z.object({ type: z.literal('progress.document'), profileId, document: documentIdSchema, ready: z.boolean() }),
  /** Team sync (docs/team-sync.md): its settings (never the password) and status. */
  z.object({ type: z.literal('sync.get') }),
  /** A round with the server now (the popup, options page and overview ask when they open). */
  z.object({ type: z.literal('sync.now') }),
  /** Turns team sync on or off; an empty password keeps the stored one (same server and user). */
  z.object({
    type: z.literal('sync.configure'),
    enabled: z.boolean(),
    url: z.string().max(300),
    database: z.string().max(240),
    user: z.string().max(200),
    password: z.string().max(500),
    staff: z.string().max(200),
  }),
  /** The user's choice for a field two colleagues changed at once: one of the values shown. */
  z.object({ type: z.literal('sync.choose'), profileId, field: z.enum(FIELD_NAMES as [FieldName, ...FieldName[]]), index: z.number().int().min(0).max(9) }),
]);
export type Message = z.input<typeof messageSchema>;
export type ProfileDraft = z.input<typeof profileDraftSchema>;
