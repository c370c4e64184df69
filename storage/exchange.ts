import { z } from 'zod';
import { utf8Length } from './backups';
import { describeIssues, profileSchema, type Profile } from './profiles';

// The profiles file an agency exports and imports (documented in README, "Profile files").
// Versioned; everything is validated before anything changes.

export const EXCHANGE_FORMAT = 'mp-console-guide/profiles';
export const EXCHANGE_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const exchangeFileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: z.string().max(40).optional(),
  profiles: z.array(profileSchema).max(5000),
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

export function exportProfiles(profiles: readonly Profile[], now = new Date()): string {
  const file: ExchangeFile = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: now.toISOString(), profiles: [...profiles] };
  return JSON.stringify(file, null, 2);
}

export type ParsedImport = { ok: true; profiles: Profile[] } | { ok: false; error: string };

/** Parses an import file's text. Never throws; an error names what is wrong in plain English. */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string') return { ok: false, error: 'The file could not be read as text.' };
  // Bytes, not characters: a Chinese character is three bytes in the file (and in storage).
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); profile files are at most 5 MB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'The file is not an MP Console Guide profiles file (expected a JSON object).' };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== EXCHANGE_FORMAT) {
    return { ok: false, error: `The file is not an MP Console Guide profiles file (its "format" should be "${EXCHANGE_FORMAT}").` };
  }
  if (record.version !== EXCHANGE_VERSION) {
    return { ok: false, error: `The file is version ${JSON.stringify(record.version)}; this version of the extension reads version ${EXCHANGE_VERSION}. Update the extension or export the file again.` };
  }
  const parsed = exchangeFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `Some profiles in the file are invalid: ${describeIssues(parsed.error)}.` };
  const ids = new Set<string>();
  for (const profile of parsed.data.profiles) {
    if (ids.has(profile.id)) return { ok: false, error: `The file lists the profile id "${profile.id}" twice.` };
    ids.add(profile.id);
  }
  return { ok: true, profiles: parsed.data.profiles };
}

const sameClient = (p: Profile, q: Profile) => q.id === p.id || q.label.trim().toLowerCase() === p.label.trim().toLowerCase();

/** Profiles the import would overwrite: same id, or same client label. */
export function importConflicts(existing: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  return existing.filter((p) => incoming.some((q) => sameClient(p, q)));
}

/** Each overwritten profile's id → the id of the incoming profile that replaces it. */
export function importReplacements(existing: readonly Profile[], incoming: readonly Profile[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of existing) {
    // An incoming profile with the same id wins over one with the same label.
    const by = incoming.find((q) => q.id === p.id) ?? incoming.find((q) => sameClient(p, q));
    if (by) map.set(p.id, by.id);
  }
  return map;
}

/** The merged list: incoming profiles replace those they conflict with; the rest are kept. */
export function mergeImport(existing: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  const replaced = new Set(importConflicts(existing, incoming).map((p) => p.id));
  return [...existing.filter((p) => !replaced.has(p.id)), ...incoming];
}
