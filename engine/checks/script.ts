// Traditional ↔ simplified helpers built on opencc-js's two character dictionaries only
// (about 60 KB; the package root would pull in 1.2 MB of phrase data). Built lazily, once.
import * as OpenCC from 'opencc-js/core';
import * as STCharacters from 'opencc-js/dict/STCharacters';
import * as TSCharacters from 'opencc-js/dict/TSCharacters';

interface ScriptData {
  /** traditional → simplified, whole strings, character by character */
  toSimplified: (text: string) => string;
  /** simplified key → its first traditional form */
  st: ReadonlyMap<string, string>;
  /** traditional key → its first simplified form */
  ts: ReadonlyMap<string, string>;
}

let data: ScriptData | undefined;

function parseDict(serialised: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of serialised.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to) map.set(from, to);
  }
  return map;
}

function scriptData(): ScriptData {
  if (!data) {
    data = {
      toSimplified: OpenCC.ConverterFactory([TSCharacters.default]),
      st: parseDict(STCharacters.default),
      ts: parseDict(TSCharacters.default),
    };
  }
  return data;
}

/** Converts traditional characters to simplified ones (character dictionaries only, no phrases). */
export function toSimplified(text: string): string {
  return scriptData().toSimplified(text);
}

/** The traditional form of a simplified-dictionary key (e.g. 国 → 國), or undefined. */
export function traditionalOf(char: string): string | undefined {
  return scriptData().st.get(char);
}

/** The simplified form of a traditional-dictionary key (e.g. 國 → 国), or undefined. */
export function simplifiedOf(char: string): string | undefined {
  return scriptData().ts.get(char);
}

/** CJK unified ideographs (all blocks) and compatibility ideographs. */
export function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}
