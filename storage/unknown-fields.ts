// Zod drops keys a schema does not name. Stored data with such keys was written by another version
// (or edited by hand): reading it must not lose them silently, so they are reported, which makes the
// service back the raw value up before the repaired one replaces it.

/** Own keys of `value` (a plain object) that `known` does not list; [] for anything else. */
export function unknownKeys(value: unknown, known: ReadonlySet<string>): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).filter((key) => !known.has(key));
}

/** "a, b and 3 more": a short list for a problem sentence. */
export function listKeys(keys: readonly string[], max = 5): string {
  const shown = keys.slice(0, max).map((k) => JSON.stringify(k.slice(0, 40)));
  return keys.length > max ? `${shown.join(', ')} and ${keys.length - max} more` : shown.join(', ');
}
