import { z } from 'zod';
import { utf8Length } from './backups';
import { labelKey } from './label-key';
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

/**
 * A file that is not JSON, said in words: where it breaks (line and column, counted from the
 * parser's position), or that it ends too early; never the parser's own message ("Unexpected token
 * … in JSON at position 52"), which differs between browsers and means nothing to a user.
 */
function brokenJson(text: string, error: unknown): ParsedImport {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  // Some engines name the position past the last character instead of saying the input ended.
  if (position && Number(position[1]) >= text.trimEnd().length) return refuse('storage.import.not-json-cut');
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return refuse('storage.import.not-json-at', { line, column });
  }
  if (/end of (json )?(input|data)/i.test(message)) return refuse('storage.import.not-json-cut');
  return refuse('storage.import.not-json-plain');
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
    return brokenJson(text, error);
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

/**
 * The incoming profile that replaces `p`: the one with the same id, else the first whose label is
 * the same client's (differs only by case, width, invisible characters or look-alike letters: labelKey).
 */
function replacementFinder(incoming: readonly Profile[]): (p: Profile) => Profile | undefined {
  const byId = new Map(incoming.map((q) => [q.id, q] as const));
  const byLabel = new Map<string, Profile>();
  for (const q of incoming) {
    const key = labelKey(q.label);
    if (!byLabel.has(key)) byLabel.set(key, q);
  }
  return (p) => byId.get(p.id) ?? byLabel.get(labelKey(p.label));
}

/** Profiles the import would overwrite: same id, or same client label. */
export function importConflicts(existing: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  const find = replacementFinder(incoming);
  return existing.filter((p) => find(p) !== undefined);
}

/** Existing labels an import would change (a case-, width- or spacing-only match): the user is asked first. */
export function importRenames(existing: readonly Profile[], incoming: readonly Profile[]): { from: string; to: string }[] {
  const renames: { from: string; to: string }[] = [];
  const find = replacementFinder(incoming);
  for (const p of existing) {
    const by = find(p);
    if (by && by.label !== p.label) renames.push({ from: p.label, to: by.label });
  }
  return renames;
}

/** The incoming profiles, each taking the label of the existing profile it replaces (the user chose to keep them). */
export function keepExistingLabels(existing: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  const find = replacementFinder(existing);
  return incoming.map((q) => {
    const p = find(q);
    return p && p.label !== q.label ? { ...q, label: p.label } : q;
  });
}

/** Each overwritten profile's id → the id of the incoming profile that replaces it. */
export function importReplacements(existing: readonly Profile[], incoming: readonly Profile[]): Map<string, string> {
  const find = replacementFinder(incoming);
  const map = new Map<string, string>();
  for (const p of existing) {
    const by = find(p);
    if (by) map.set(p.id, by.id);
  }
  return map;
}

/** The merged list: incoming profiles replace those they conflict with; the rest are kept. */
export function mergeImport(existing: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  const replaced = new Set(importConflicts(existing, incoming).map((p) => p.id));
  return [...existing.filter((p) => !replaced.has(p.id)), ...incoming];
}
