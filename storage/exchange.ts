import { z } from 'zod';
import { utf8Length } from './backups';
import { labelKey } from './normalise';
import { describeIssues, profileSchema, type Profile } from './profiles';
import { renderText, text as storageText, type StorageText, type TextParam } from './texts';

// The profiles file an agency exports and imports (documented in docs/facts.md, "Profile files").
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

/** `text` is what the user is told (storage/texts.ts); `error` the same in English, for logs and tests. */
export type ParsedImport = { ok: true; profiles: Profile[] } | { ok: false; error: string; text: StorageText };

const refuse = (key: string, params?: Record<string, TextParam>): ParsedImport => {
  const message = storageText(key, params);
  return { ok: false, error: renderText(message), text: message };
};

/** At most `max` characters of a value from the file, as JSON: a message never echoes a whole file. */
function quote(value: unknown, max = 40): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = typeof value;
  }
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

/** Parses an import file's text. Never throws; an error names what is wrong. */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string') return refuse('storage.import.not-text');
  // Bytes, not characters: a Chinese character is three bytes in the file (and in storage).
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return refuse('storage.import.too-large', { size: (bytes / 1024 / 1024).toFixed(1) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse('storage.import.not-json', { detail: (error as Error).message.slice(0, 200) });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse('storage.import.not-object');
  const record = data as Record<string, unknown>;
  if (record.format !== EXCHANGE_FORMAT) return refuse('storage.import.wrong-format', { format: EXCHANGE_FORMAT });
  if (record.version !== EXCHANGE_VERSION) {
    // "1" is the right version written as text: say that, not "version 1 … reads version 1".
    if (typeof record.version === 'string' && Number(record.version) === EXCHANGE_VERSION) {
      return refuse('storage.import.version-as-text', { version: quote(record.version), current: EXCHANGE_VERSION });
    }
    return refuse('storage.import.wrong-version', { version: quote(record.version), current: EXCHANGE_VERSION });
  }
  const parsed = exchangeFileSchema.safeParse(data);
  if (!parsed.success) return refuse('storage.import.invalid', { detail: describeIssues(parsed.error) });
  const ids = new Set<string>();
  for (const profile of parsed.data.profiles) {
    if (ids.has(profile.id)) return refuse('storage.import.duplicate-id', { id: profile.id });
    ids.add(profile.id);
  }
  return { ok: true, profiles: parsed.data.profiles };
}

/** The same client: the same id, or labels that differ only by case, width or invisible characters. */
const sameClient = (p: Profile, q: Profile) => q.id === p.id || labelKey(q.label) === labelKey(p.label);

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
