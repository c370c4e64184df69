// Traditional ↔ simplified helpers built on opencc-js's character dictionaries only (the package
// root would pull in 1.2 MB of phrase data), plus its two tiny regional variant tables (HKVariants,
// TWVariants: OpenCC's standard traditional form → the Hong Kong / Taiwan standard form, e.g.
// 羣 → 群 in Taiwan, 爲 → 為 in both). STCharacters is rebuilt from TSCharacters inverted plus a short
// generated list of differences (st-exceptions.ts), so the content script carries one dictionary.
// Built lazily, once; every lookup is a Map get.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';
import { codePoints } from './text';
import { REMOVE, SET } from './st-exceptions';

/** Regions with their own traditional standard in the variant tables. */
export type VariantRegion = 'HK' | 'TW';

interface ScriptData {
  /** simplified key → its first traditional form (OpenCC's standard) */
  st: ReadonlyMap<string, string>;
  /** traditional key → its first simplified form */
  ts: ReadonlyMap<string, string>;
  /** OpenCC standard form → the region's standard form */
  regional: Readonly<Record<VariantRegion, ReadonlyMap<string, string>>>;
  /** a regional form the character dictionaries do not know → its OpenCC standard form (衞 → 衛) */
  fold: ReadonlyMap<string, string>;
  /** unordered pairs of forms of one character that only the regional standards tell apart (羣|群) */
  variantPairs: ReadonlySet<string>;
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

/** 着 → 著 (TW) is not folded: 着 and 著 are two different simplified characters. */
const NOT_FOLDED = new Set(['著']);

/** opencc-js's STCharacters (simplified → first traditional form), from TSCharacters and the exceptions. */
export function simplifiedToTraditional(ts: ReadonlyMap<string, string>): Map<string, string> {
  const st = new Map<string, string>();
  for (const [traditional, simplified] of ts) if (!st.has(simplified)) st.set(simplified, traditional);
  for (const char of REMOVE) st.delete(char);
  const pairs = codePoints(SET);
  for (let i = 0; i + 1 < pairs.length; i += 2) st.set(pairs[i] ?? '', pairs[i + 1] ?? '');
  return st;
}

function scriptData(): ScriptData {
  if (!data) {
    const ts = parseDict(TSCharacters);
    const st = simplifiedToTraditional(ts);
    const regional = { HK: parseDict(HKVariants), TW: parseDict(TWVariants) };
    const fold = new Map<string, string>();
    const variantPairs = new Set<string>();
    for (const table of Object.values(regional)) {
      for (const [standard, local] of table) {
        variantPairs.add(standard + local).add(local + standard);
        if (!ts.has(local) && !st.has(local) && !NOT_FOLDED.has(local)) fold.set(local, standard);
      }
    }
    data = { st, ts, regional, fold, variantPairs };
  }
  return data;
}

/** The simplified form of one character (regional forms included: 衞 → 卫), or the character itself. */
export function simplifyChar(char: string): string {
  const { ts, fold } = scriptData();
  const standard = fold.get(char) ?? char;
  return ts.get(standard) ?? standard;
}

/** Converts traditional characters to simplified ones, character by character (no phrases). */
export function toSimplified(text: string): string {
  return codePoints(text).map(simplifyChar).join('');
}

/**
 * The traditional form of a simplified-dictionary key (e.g. 国 → 國), or undefined. With a region,
 * that region's standard form (为 → 為, not OpenCC's 爲).
 */
export function traditionalOf(char: string, region?: VariantRegion): string | undefined {
  const { st, regional } = scriptData();
  const standard = st.get(char);
  return standard && region ? (regional[region].get(standard) ?? standard) : standard;
}

/** The simplified form of a traditional character (e.g. 國 → 国, 衞 → 卫), or undefined. */
export function simplifiedOf(char: string): string | undefined {
  const simplified = simplifyChar(char);
  return simplified === char ? undefined : simplified;
}

/** The region's standard forms that differ from OpenCC's standard (TW: 群 峰 床 為 …). */
export function regionalForms(region: VariantRegion): ReadonlySet<string> {
  return new Set(scriptData().regional[region].values());
}

/** True when `a` and `b` are forms of one character that only regional standards tell apart (羣/群, 爲/為). */
export function isVariantPair(a: string, b: string): boolean {
  return scriptData().variantPairs.has(a + b);
}

/** CJK unified ideographs (all blocks) and compatibility ideographs. */
export function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}
