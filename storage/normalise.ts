// Normalising what users and pages hand to storage, free of zod (the content script uses it too).

/**
 * Invisible characters: every Unicode "format" character (Cf: zero-width spaces and joiners, bidi
 * marks and controls, the BOM, soft hyphens) and every default-ignorable code point (the combining
 * grapheme joiner U+034F, variation selectors, Hangul fillers, U+115F/U+1160, U+3164…), which
 * renderers draw as nothing. They make two labels that look identical differ.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** A client label as stored: invisible and bidi control characters removed, spaces collapsed, trimmed. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** At most 254 characters (RFC 5321's path limit), one @, a dot in the domain, no spaces or controls. */
const EMAIL = /^[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]{1,64}@[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+\.[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}.]{2,}$/u;

/** A syntactically valid email address (the only kind recorded from a console page). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
