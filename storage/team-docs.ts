import { z } from 'zod';
import { pathIdSchema } from '../rules/flows.schema';
import { emailKey, unionEmails } from './emails';
import { emailRecordSchema, PROFILE_LIMITS, profileSchema, type Profile } from './profiles';
import { stepRecordSchema, type ClientProgress } from './progress';

// Team sync's documents (docs/team-sync.md): one CouchDB document per client, `client:<profile id>`,
// holding its profile fields, its progress and its email ledger. Every field an edit can change is
// stamped with the time and the staff name of its latest edit; fields merge by the latest stamp, the
// email ledger and the completed steps are unions, and a field both sides changed since they parted
// is kept as a dispute holding both values until someone chooses. Pure and browser-free: the
// background's engine (storage/team-sync.ts) and the unit tests use the same functions.

export const DOC_PREFIX = 'client:';
export const STAFF_MAX = 60;

const stampAt = z.iso.datetime({ offset: true });
const staff = z.string().trim().min(1).max(STAFF_MAX);

const P = profileSchema.shape;

/** The fields an edit replaces whole (the latest edit wins), with the schema each value must pass: the profile's own, without its defaults. */
export const FIELD_SCHEMAS = {
  label: P.label,
  companyName: P.companyName.unwrap(),
  registrationNumber: P.registrationNumber.unwrap(),
  countryRegion: P.countryRegion.unwrap(),
  entityType: P.entityType.unwrap(),
  hasVerifiedOfficialAccount: P.hasVerifiedOfficialAccount.unwrap(),
  officialAccountEmail: P.officialAccountEmail.unwrap(),
  appId: P.appId.unwrap(),
  originalId: P.originalId.unwrap(),
  notes: P.notes.unwrap(),
  /** Progress: the path chosen for the client, and the documents ticked as ready. */
  path: pathIdSchema.nullable(),
  documents: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).max(100),
  /** The client was deleted (a tombstone, so the deletion reaches every colleague). */
  deleted: z.boolean(),
} as const;
export type FieldName = keyof typeof FIELD_SCHEMAS;
/** What a field holds before any edit: the profile schema's defaults; no path, no documents, not deleted. */
const FIELD_DEFAULTS: Record<string, unknown> = {
  ...Object.fromEntries(
    Object.entries(P)
      .filter(([name, schema]) => name in FIELD_SCHEMAS && schema instanceof z.ZodDefault)
      .map(([name, schema]) => [name, schema.parse(undefined)]),
  ),
  path: null,
  documents: [],
  deleted: false,
};
export const FIELD_NAMES = Object.keys(FIELD_SCHEMAS) as FieldName[];
export const PROFILE_FIELDS = FIELD_NAMES.filter((f) => f !== 'path' && f !== 'documents' && f !== 'deleted') as Exclude<
  FieldName,
  'path' | 'documents' | 'deleted'
>[];

export interface Stamp {
  at: string;
  by: string;
}
const entry = <T extends z.ZodType>(value: T) => z.object({ value, at: stampAt, by: staff });
export type FieldEntry<V = unknown> = { value: V } & Stamp;

/** Each field's latest edit, if any: its value (as FIELD_SCHEMAS says) and its stamp. */
const fieldsSchema = z.object(
  Object.fromEntries(FIELD_NAMES.map((name) => [name, entry(FIELD_SCHEMAS[name]).optional()])) as unknown as {
    [K in FieldName]: z.ZodOptional<z.ZodObject<{ value: (typeof FIELD_SCHEMAS)[K]; at: typeof stampAt; by: typeof staff }>>;
  },
);

const disputeSchema = z.object({
  field: z.enum(FIELD_NAMES as [FieldName, ...FieldName[]]),
  /** Every value the field had on the sides that changed it, each with its edit's stamp. */
  values: z
    .array(z.object({ value: z.unknown(), at: stampAt, by: staff }))
    .min(2)
    .max(10),
});
export type Dispute = z.infer<typeof disputeSchema>;

const teamEmailSchema = emailRecordSchema.extend({ by: staff.optional() });
const teamStepSchema = z.object({ at: stampAt, url: z.string().max(2000).optional(), by: staff.optional() });

export const clientDocSchema = z.object({
  _id: z.string().regex(/^client:[\w-]{1,64}$/),
  _rev: z.string().max(200).optional(),
  type: z.literal('client'),
  /** The document format; a newer one is refused (reported), never half read. */
  v: z.literal(1),
  createdAt: z.string().max(40),
  fields: fieldsSchema,
  emails: z.array(teamEmailSchema).max(PROFILE_LIMITS.emails),
  steps: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), teamStepSchema).refine((s) => Object.keys(s).length <= 200, 'too many steps'),
  disputes: z.array(disputeSchema).max(FIELD_NAMES.length),
});
export type ClientDoc = z.infer<typeof clientDocSchema>;

/** What a document from the server is: a client, or refused with the reason (never used). */
export function parseDoc(raw: unknown): { ok: true; doc: ClientDoc } | { ok: false; id: string; detail: string } {
  const parsed = clientDocSchema.safeParse(raw);
  if (parsed.success) {
    // A dispute must name values the field's schema accepts; anything else is not ours.
    const bad = parsed.data.disputes.find((d) => d.values.some((v) => !FIELD_SCHEMAS[d.field].safeParse(v.value).success));
    if (!bad) return { ok: true, doc: parsed.data };
    return { ok: false, id: docIdOf(raw), detail: `disputes.${bad.field}: invalid value` };
  }
  const issue = parsed.error.issues[0];
  return { ok: false, id: docIdOf(raw), detail: `${issue?.path.map(String).join('.') || 'document'}: ${issue?.message ?? 'invalid'}`.slice(0, 200) };
}

function docIdOf(raw: unknown): string {
  const id = (raw as { _id?: unknown } | null)?._id;
  return typeof id === 'string' ? id.slice(0, 80) : '?';
}

export const docId = (profileId: string) => `${DOC_PREFIX}${profileId}`;
export const profileIdOf = (id: string) => id.slice(DOC_PREFIX.length);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Later stamp first; equal times are ordered by staff name so every browser picks the same winner. */
export function newer(a: Stamp, b: Stamp): boolean {
  if (a.at !== b.at) return Date.parse(a.at) > Date.parse(b.at);
  return a.by > b.by;
}

/** The local values of every field, from the profile and the client's progress. */
export function localValues(profile: Profile, progress: ClientProgress | undefined): Record<FieldName, unknown> {
  const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, profile[f]])) as Record<FieldName, unknown>;
  values.path = progress?.path ?? null;
  values.documents = progress?.documents ?? [];
  values.deleted = false;
  return values;
}

/**
 * The document after this browser's edits: every field whose local value differs from what this
 * browser last took from the team (`base`) and from the document gets a new stamp; the emails and
 * steps recorded here join the document's. Null when nothing changed.
 */
export function withLocalEdits(
  doc: ClientDoc | null,
  base: ClientDoc | null,
  local: { profileId: string; values: Record<FieldName, unknown>; emails: Profile['emails']; steps: ClientProgress['steps']; createdAt: string },
  stamp: Stamp,
): ClientDoc | null {
  const current: ClientDoc = doc ?? {
    _id: docId(local.profileId),
    type: 'client',
    v: 1,
    createdAt: local.createdAt,
    fields: {},
    emails: [],
    steps: {},
    disputes: [],
  };
  const fields: Record<string, FieldEntry> = { ...current.fields };
  const disputes = new Map(current.disputes.map((d) => [d.field, d]));
  const reference = base ?? doc;
  let changed = !doc;
  for (const field of FIELD_NAMES) {
    const value = local.values[field];
    // What this browser last took in: a field the document did not hold was at its default here.
    const known = reference ? (reference.fields[field] ?? (field in FIELD_DEFAULTS ? { value: FIELD_DEFAULTS[field] } : undefined)) : undefined;
    const onDoc = current.fields[field];
    const editedHere = !known || !same(known.value, value);
    if (editedHere && (!onDoc || !same(onDoc.value, value))) {
      // A field at its default that the document never had: nothing to say (no stamp, no revision).
      if (!onDoc && same(value, FIELD_DEFAULTS[field])) continue;
      const ours = { value, ...stamp };
      fields[field] = ours;
      changed = true;
      // The document changed this field too since this browser took it in (a colleague's edit pulled in
      // the same round as this one is written): both values are kept for the user to choose, as when two
      // revisions clash (mergeRevisions), never the colleague's overwritten unseen.
      if (onDoc && known && !same(onDoc.value, known.value) && field !== 'deleted')
        disputes.set(field, withDisputeValues(disputes.get(field), field, [onDoc, ours]));
    }
  }
  const ownEmails = local.emails.map((e) => ({ ...e, by: (e as { by?: string }).by ?? stamp.by }));
  const emails = unionEmails(current.emails, ownEmails);
  if (emails.length !== current.emails.length || emails.some((e, i) => !same(e, current.emails[i]))) changed = true;
  const steps = { ...current.steps };
  for (const [step, record] of Object.entries(local.steps)) {
    if (!steps[step]) {
      steps[step] = { ...record, by: stamp.by };
      changed = true;
    }
  }
  if (!changed) return null;
  return {
    ...current,
    fields: fields as ClientDoc['fields'],
    emails: emails.slice(-PROFILE_LIMITS.emails),
    steps,
    disputes: settled([...disputes.values()], fields),
  };
}

/** A field's dispute with these values added: each edit (stamp) once, the latest ten. */
function withDisputeValues(previous: Dispute | undefined, field: FieldName, values: readonly FieldEntry[]): Dispute {
  const all = [...(previous?.values ?? []), ...values];
  return { field, values: all.filter((v, i) => all.findIndex((o) => o.at === v.at && o.by === v.by) === i).slice(-10) };
}

/** Disputes still open: a field chosen (or edited) since its dispute no longer holds one of its values' stamps. */
function settled(disputes: readonly Dispute[], fields: Record<string, FieldEntry | undefined>): Dispute[] {
  return disputes.filter((d) => {
    const winner = fields[d.field];
    return !!winner && d.values.some((v) => v.at === winner.at && v.by === winner.by);
  });
}

/**
 * Conflicting revisions of one document made one, losing nothing: each field takes the latest
 * stamp; when two revisions both changed a field since their common ancestor (`ancestor`; when it
 * is unknown, any two different stamped values count) to different values, the field is disputed
 * (both values kept for the user to choose). Emails and steps are unions; earlier steps win.
 */
export function mergeRevisions(leaves: readonly ClientDoc[], ancestor: ClientDoc | null): { doc: ClientDoc; disputed: FieldName[] } {
  const [first, ...rest] = leaves;
  if (!first) throw new Error('mergeRevisions: no revision');
  const fields: Record<string, FieldEntry> = {};
  const disputes = new Map<FieldName, Dispute>();
  for (const leaf of leaves) for (const d of leaf.disputes) if (!disputes.has(d.field)) disputes.set(d.field, d);
  const disputed: FieldName[] = [];
  for (const field of FIELD_NAMES) {
    const entries = leaves.map((l) => l.fields[field]).filter((e): e is NonNullable<typeof e> => !!e);
    if (entries.length === 0) continue;
    const winner = entries.reduce((best, e) => (newer(e, best) ? e : best));
    fields[field] = winner;
    const before = ancestor?.fields[field];
    const changed = entries.filter((e) => !before || e.at !== before.at || e.by !== before.by);
    const distinct = changed.filter((e, i) => changed.findIndex((o) => same(o.value, e.value)) === i);
    if (distinct.length >= 2 && field !== 'deleted') {
      disputes.set(field, withDisputeValues(disputes.get(field), field, distinct));
      disputed.push(field);
    }
  }
  let emails = first.emails;
  for (const leaf of rest) emails = unionEmails(emails, leaf.emails);
  const steps: ClientDoc['steps'] = {};
  for (const leaf of leaves) {
    for (const [id, record] of Object.entries(leaf.steps)) {
      const known = steps[id];
      if (!known || Date.parse(record.at) < Date.parse(known.at)) steps[id] = record;
    }
  }
  const createdAt = leaves.map((l) => l.createdAt).reduce((a, b) => (b < a ? b : a));
  const doc: ClientDoc = {
    ...first,
    createdAt,
    fields: fields as ClientDoc['fields'],
    emails: emails.slice(-PROFILE_LIMITS.emails),
    steps,
    disputes: settled([...disputes.values()], fields),
  };
  return { doc, disputed };
}

/** The field set to a chosen value, by this browser's staff, now: the dispute closes. */
export function choose(doc: ClientDoc, field: FieldName, value: unknown, stamp: Stamp): ClientDoc {
  const fields = { ...doc.fields, [field]: { value, ...stamp } } as ClientDoc['fields'];
  return { ...doc, fields, disputes: doc.disputes.filter((d) => d.field !== field) };
}

/** The latest stamp of any field: who last changed the client, and when. */
export function lastChange(doc: ClientDoc): Stamp | null {
  let best: Stamp | null = null;
  for (const e of Object.values(doc.fields)) if (e && (!best || newer(e, best))) best = { at: e.at, by: e.by };
  return best;
}

export const isDeleted = (doc: ClientDoc) => doc.fields.deleted?.value === true;

/**
 * The profile and progress a document stands for, over what this browser keeps that the document
 * does not (the AppID the console showed, waiting for an answer). Null when it lacks a label.
 */
export function fromDoc(
  doc: ClientDoc,
  local: Profile | undefined,
  progress: ClientProgress | undefined,
): { profile: Profile; progress: ClientProgress } | null {
  const id = profileIdOf(doc._id);
  const value = <F extends FieldName>(f: F, fallback: unknown) => (doc.fields[f] ? doc.fields[f].value : fallback);
  const last = lastChange(doc);
  const profile: Record<string, unknown> = { id, createdAt: doc.createdAt, updatedAt: last?.at ?? doc.createdAt };
  for (const f of PROFILE_FIELDS) profile[f] = value(f, local?.[f] ?? profileSchema.shape[f].safeParse(undefined).data);
  profile.emails = mergedEmails(local?.emails ?? [], doc.emails);
  if (last) profile.updatedBy = last.by;
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) return null;
  const steps: ClientProgress['steps'] = { ...(progress?.steps ?? {}) };
  for (const [step, record] of Object.entries(doc.steps)) {
    if (!steps[step]) steps[step] = stepRecordSchema.parse({ at: record.at, ...(record.url ? { url: record.url } : {}) });
  }
  return {
    profile: parsed.data,
    progress: {
      profileId: id,
      path: value('path', progress?.path ?? null) as ClientProgress['path'],
      documents: value('documents', progress?.documents ?? []) as string[],
      steps,
      ...(progress?.appIdSeen ? { appIdSeen: progress.appIdSeen } : {}),
    },
  };
}

/** The team's ledger with this browser's own entries kept (an address recorded here keeps its record). */
function mergedEmails(local: Profile['emails'], team: ClientDoc['emails']): Profile['emails'] {
  const known = new Set(local.map((e) => emailKey(e.address)));
  const merged = unionEmails(
    local,
    team.filter((e) => !known.has(emailKey(e.address)) || e.status === 'taken'),
  );
  return merged.slice(-PROFILE_LIMITS.emails);
}
