// Normalising what users and pages hand to storage, free of zod (the content script uses it too).

/**
 * Invisible characters: zero-width spaces and joiners, bidi marks and controls (U+200E/F, U+202A–E,
 * U+2066–9, U+061C), the BOM, soft hyphens — every Unicode "format" character (Cf). They make two
 * labels that look identical differ.
 */
const INVISIBLE = /\p{Cf}/gu;

/** A client label as stored: invisible and bidi control characters removed, spaces collapsed, trimmed. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Labels with the same key are the same client to a reader: they differ only by case, width or invisible characters. */
export function labelKey(label: string): string {
  return normaliseLabel(label).normalize('NFKC').toLowerCase();
}

/** At most 254 characters (RFC 5321's path limit), one @, a dot in the domain, no spaces or controls. */
const EMAIL = /^[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]{1,64}@[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+\.[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}.]{2,}$/u;

/** A syntactically valid email address (the only kind recorded from a console page). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
