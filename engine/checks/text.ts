// Character-level helpers shared by the checks. Every helper works code point by code point and
// tolerates any string, including lone surrogates.

/** The string's code points (a lone surrogate counts as one). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Whitespace of any width: ASCII spaces and tabs, no-break space, ideographic (full-width) space, zero-width space. */
export function isSpace(char: string): boolean {
  return /^[\s\u200b\u2060\ufeff]$/u.test(char);
}

export function removeSpaces(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/gu, '');
}

/** Punctuation and letters typed in full width (an IME's "全角" mode): U+FF01–U+FF5E and the ideographic space. */
export function isFullWidth(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (cp >= 0xff01 && cp <= 0xff5e) || cp === 0x3000;
}

// Equivalences beyond the plain full-width block: the ideographic full stop, curly quotes and dashes.
// Spaces are deliberately absent: any kind of space is a spacing matter, not a punctuation one.
const PUNCTUATION_EXTRAS: Readonly<Record<string, string>> = {
  '\u3002': '.', // 。
  '\uff61': '.', // ｡ half-width ideographic full stop
  '\u3001': ',', // 、
  '\uff64': ',', // ､
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u3010': '[', // 【
  '\u3011': ']', // 】
};

/** Maps full-width / typographic punctuation and full-width letters to their plain half-width form. */
export function halfWidthChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  return PUNCTUATION_EXTRAS[char] ?? char;
}

export function toHalfWidth(text: string): string {
  return codePoints(text).map(halfWidthChar).join('');
}

/** Lower case, code point by code point (so the number of code points is kept for alignment). */
export function foldCaseChar(char: string): string {
  return char.toLowerCase();
}

export function foldCase(text: string): string {
  return codePoints(text).map(foldCaseChar).join('');
}

/** The distinct code points of `text` that satisfy `predicate`, in order of first appearance. */
export function distinctChars(text: string, predicate: (char: string) => boolean): string[] {
  const seen = new Set<string>();
  for (const char of codePoints(text)) if (predicate(char)) seen.add(char);
  return [...seen];
}

/** Upper-cased ISO code, or undefined for empty / non-string values. */
export function normalizeCountry(code: string | null | undefined): string | undefined {
  if (typeof code !== 'string') return undefined;
  const trimmed = code.trim().toUpperCase();
  return trimmed === '' ? undefined : trimmed;
}
