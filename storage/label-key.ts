import prototypes from 'unhomoglyph/data.json' with { type: 'json' };
import { normaliseLabel } from './normalise';

// When two client labels are the same client to a reader. Its own module: the confusables table
// (the unhomoglyph package's data, ~100 kB) is loaded by the options page and the background, which
// compare labels, never by the content script.

/** Each confusable code point → its prototype (every source in confusables.txt is one code point). */
const PROTOTYPES = new Map(Object.entries(prototypes as Record<string, string>));

/** The confusables skeleton of Unicode Technical Standard #39 (§4): NFD, each character replaced by its prototype, NFD again. */
export function skeleton(text: string): string {
  let out = '';
  for (const char of text.normalize('NFD')) out += PROTOTYPES.get(char) ?? char;
  return out.normalize('NFD');
}

/**
 * Labels with the same key are the same client to a reader: they differ only by case, width,
 * invisible characters or look-alike letters (Cyrillic "А" for Latin "A", "1" for "l", "rn" for
 * "m"). The key is the skeleton of the label as stored (NFKC), with case folded on both sides of it:
 * Latin letters before (so "I" and "i" stay one letter, as before), every letter after (the
 * prototype of Cyrillic "Н" is "H", whose lower case is "h"). The table is the unhomoglyph package's
 * copy of Unicode's confusables.txt. A key is for comparing, never for showing.
 */
export function labelKey(label: string): string {
  const latinLower = normaliseLabel(label)
    .normalize('NFKC')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
  return skeleton(skeleton(latinLower).toLowerCase());
}
