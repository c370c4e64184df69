// Company name against the name stored in the client profile (exactly as on the certificate).
// F17: same letter case and punctuation; F18: traditional stays traditional; F19: both languages,
// in the certificate's order.
//
// Classification (a single finding, deterministic):
// 1. Nothing typed, no profile name, or an exact match → no finding.
// 2. If the two names become equal once letter case, punctuation (its width, or a mark missing or
//    added, like the comma in "Acme, Inc."), spaces and traditional vs simplified characters
//    (regional variant forms included: 羣/群) are all ignored, the name differs only in those respects. Each respect
//    that really differs is found by ignoring all the others. The one reported is the first
//    error-level one in the order script → punctuation → case → spacing (bracket width alone and
//    spacing are warnings); the others are listed in params.also. A single difference is simply
//    reported as itself: company-name.case / .punctuation / .spacing / .script.
// 3. Otherwise, for a bilingual name (one Chinese part and one Latin part): parts swapped →
//    company-name.order; only one of the parts typed → company-name.partial (variant one-language).
// 4. What is typed is the beginning of the registered name (punctuation kept, so "Corp." is no
//    prefix of "Corporation") → company-name.partial (variant prefix,
//    a warning, since it is also what every keystroke produces while typing).
// 5. Anything else → company-name.mismatch. (Values over MAX_CLASSIFIED_LENGTH code units skip
//    steps 2–4: no registered name is that long.)
// Every finding offers the registered name as fix.
import type { Check, CheckInput, Finding } from './types';
import { isHan, isVariantPair, simplifyChar } from './script';
import { codePoints, foldCaseChar, halfWidthChar, isFullWidth, isSpace, removeSpaces } from './text';
import { effectiveCountry } from './region';

type Dimension = 'script' | 'punctuation' | 'case' | 'spacing';

/** Order in which simultaneous differences are considered (see the header). */
const PRIORITY: readonly Dimension[] = ['script', 'punctuation', 'case', 'spacing'];

const CHAR_NORMALISERS: Readonly<Record<Exclude<Dimension, 'spacing'>, (char: string) => string>> = {
  punctuation: halfWidthChar,
  case: foldCaseChar,
  script: simplifyChar,
};

const FACTS: Readonly<Record<Dimension, string[]>> = {
  script: ['F17', 'F18'],
  punctuation: ['F17'],
  case: ['F17'],
  spacing: ['F17'],
};

/** Punctuation (after width folding): what may be missing or added, like the comma before "Inc.". */
function isPunctuation(char: string): boolean {
  return /^\p{P}$/u.test(halfWidthChar(char));
}

/** The registered name's normal forms, kept across keystrokes (it does not change while typing). */
const normalCache = new Map<string, string>();

function normalise(text: string, dims: ReadonlySet<Dimension>): string {
  const key = `${[...dims].join()}\u0000${text}`;
  let normal = normalCache.get(key);
  if (normal === undefined) {
    if (normalCache.size > 64) normalCache.clear();
    normal = normaliseUncached(text, dims);
    normalCache.set(key, normal);
  }
  return normal;
}

function normaliseUncached(text: string, dims: ReadonlySet<Dimension>): string {
  let chars = codePoints(text);
  if (dims.has('spacing')) chars = chars.filter((char) => !isSpace(char));
  if (dims.has('punctuation')) chars = chars.filter((char) => !isPunctuation(char));
  return chars
    .map((char) => {
      let out = char;
      if (dims.has('punctuation')) out = CHAR_NORMALISERS.punctuation(out);
      if (dims.has('case')) out = CHAR_NORMALISERS.case(out);
      if (dims.has('script')) out = CHAR_NORMALISERS.script(out);
      return out;
    })
    .join('');
}

const ALL: ReadonlySet<Dimension> = new Set(PRIORITY);

/** Longer values (in UTF-16 code units) are only compared exactly. */
export const MAX_CLASSIFIED_LENGTH = 400;

function normaliseAll(text: string): string {
  return normalise(text, ALL);
}

function without(dim: Dimension): Set<Dimension> {
  const dims = new Set(PRIORITY);
  dims.delete(dim);
  return dims;
}

/**
 * Characters where `dim` accounts for a difference, aligned on the space-free names (the other
 * normalisations keep the number of code points). Consecutive positions form one run; runs are
 * separated by a space. E.g. typed 正雅国际 for 正雅國際 → { found: '国际', expected: '國際' }. When
 * punctuation is missing or added, the names are aligned without it.
 */
function differingRuns(typed: string, expected: string, dim: Exclude<Dimension, 'spacing'>): { found: string; expected: string; pairs: [string, string][] } {
  let a = codePoints(removeSpaces(typed));
  let b = codePoints(removeSpaces(expected));
  if (a.length !== b.length) {
    // punctuation missing or added: align the rest without it
    a = a.filter((char) => !isPunctuation(char));
    b = b.filter((char) => !isPunctuation(char));
  }
  const normaliser = CHAR_NORMALISERS[dim];
  const found: string[] = [];
  const wanted: string[] = [];
  const pairs: [string, string][] = [];
  let last = -2;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y || (normaliser(x) === x && normaliser(y) === y)) continue;
    if (i !== last + 1 && found.length > 0) {
      found.push(' ');
      wanted.push(' ');
    }
    found.push(x);
    wanted.push(y);
    pairs.push([x, y]);
    last = i;
  }
  return { found: found.join(''), expected: wanted.join(''), pairs };
}

const BRACKET_WIDTH_PAIRS = new Set(['(（', '（(', ')）', '）)']);

function spacingVariant(typed: string, expected: string): string {
  const wideSpace = /[\u3000\u00a0]/u;
  if (wideSpace.test(typed) && !wideSpace.test(expected)) return 'full-width';
  if (typed !== typed.trim()) return 'edge';
  if (/\s\s/u.test(typed) && !/\s\s/u.test(expected)) return 'double';
  const spaces = (text: string) => codePoints(text).filter(isSpace).length;
  return spaces(typed) < spaces(expected) ? 'missing' : 'extra';
}

function scriptVariant(pairs: [string, string][]): string {
  // 羣 for 群, 匯 for 滙: two traditional forms of one character, only the certificate's own is right
  const traditionalForm = (char: string) => simplifyChar(char) !== char;
  if (pairs.length > 0 && pairs.every(([typed, wanted]) => isVariantPair(typed, wanted) || (traditionalForm(typed) && traditionalForm(wanted))))
    return 'variant-form';
  let typedTraditional = 0;
  let typedSimplified = 0;
  for (const [typed] of pairs) {
    if (simplifyChar(typed) !== typed) typedTraditional++;
    else typedSimplified++;
  }
  if (typedTraditional > 0 && typedSimplified > 0) return 'mixed';
  return typedTraditional > 0 ? 'traditional' : 'simplified';
}

/** Punctuation marks of `a` that `b` lacks (width folded), space-separated; '' when the counts agree. */
function punctuationDifference(a: string, b: string): string {
  const count = new Map<string, number>();
  for (const char of codePoints(b)) if (isPunctuation(char)) count.set(halfWidthChar(char), (count.get(halfWidthChar(char)) ?? 0) + 1);
  const lacking: string[] = [];
  for (const char of codePoints(a)) {
    if (!isPunctuation(char)) continue;
    const key = halfWidthChar(char);
    const left = count.get(key) ?? 0;
    if (left > 0) count.set(key, left - 1);
    else lacking.push(char);
  }
  return lacking.join(' ');
}

interface BilingualParts {
  first: string;
  second: string;
}

const LATIN = /\p{Script=Latin}/u;
/** Kana or Hangul: a Japanese or Korean name, written in one language whatever Latin letters it holds. */
const JAPANESE_OR_KOREAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Registers whose names are in one language of their own, never a Chinese + English pair (F19 is
 * about certificates that print both): a Japanese 商号 is Japanese only, a Korean name Korean.
 */
const ONE_LANGUAGE_REGIONS: ReadonlySet<string> = new Set(['JP', 'KR']);

/** A Japanese registered name: the region says so, or the name has kana. Its kanji are Japanese forms (国 楽 売 検), not simplified Chinese. */
function isJapaneseName(name: string, country: string | undefined): boolean {
  return country === 'JP' || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
}
const CLOSING = /^[)）\]】.．。,，]$/u;

/**
 * Splits "中文名 English Name" (or the reverse) into its two parts; null unless the name has
 * exactly one Chinese run and one Latin run (ignoring digits, punctuation and spaces).
 */
export function splitBilingual(text: string): BilingualParts | null {
  if (JAPANESE_OR_KOREAN.test(text)) return null;
  const chars = codePoints(text);
  let firstKind: 'han' | 'latin' | null = null;
  let lastOfFirst = -1;
  let switchIndex = -1;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const kind = isHan(char) ? 'han' : LATIN.test(char) ? 'latin' : null;
    if (kind === null) continue;
    if (firstKind === null) firstKind = kind;
    if (kind === firstKind) {
      if (switchIndex !== -1) return null; // a third run
      lastOfFirst = i;
    } else if (switchIndex === -1) {
      switchIndex = i;
    }
  }
  if (switchIndex === -1) return null;
  let cut = lastOfFirst + 1;
  while (cut < switchIndex && CLOSING.test(chars[cut] ?? '')) cut++;
  const first = chars.slice(0, cut).join('').trim();
  const second = chars.slice(cut).join('').trim();
  return first && second ? { first, second } : null;
}

function finding(
  code: string,
  severity: Finding['severity'],
  facts: string[],
  fix: string,
  params: Record<string, string | number>,
  variant?: string,
): Finding {
  const result: Finding = { code, severity, params, facts, fix: { value: fix } };
  if (variant) result.variant = variant;
  return result;
}

function classifyNearMatch(typed: string, expected: string, japanese: boolean): Finding {
  const involved = PRIORITY.filter((dim) => normalise(typed, without(dim)) !== normalise(expected, without(dim)));
  const described = involved.map((dim) => describe(dim, typed, expected, japanese));
  const primary = described.find((d) => d.severity === 'error') ?? described[0];
  if (!primary) return finding('company-name.mismatch', 'error', ['F17'], expected, { expected });
  const also = involved.filter((dim) => dim !== primary.dim).join(', ');
  const params: Record<string, string | number> = { ...primary.params };
  if (also) params.also = also;
  return finding(`company-name.${primary.dim}`, primary.severity, FACTS[primary.dim], expected, params, primary.variant);
}

interface Described {
  dim: Dimension;
  severity: Finding['severity'];
  params: Record<string, string>;
  variant?: string;
}

function describe(dim: Dimension, typed: string, expected: string, japanese: boolean): Described {
  switch (dim) {
    case 'spacing':
      return { dim, severity: 'warn', params: { expected }, variant: spacingVariant(typed, expected) };
    case 'case':
      return { dim, severity: 'error', params: { expected } };
    case 'punctuation': {
      const missing = punctuationDifference(expected, typed);
      const added = punctuationDifference(typed, expected);
      if (missing || added) {
        return { dim, severity: 'error', params: { found: added, expected: missing, name: expected }, variant: missing ? 'missing' : 'extra' };
      }
      const runs = differingRuns(typed, expected, dim);
      const bracketsOnly = runs.pairs.length > 0 && runs.pairs.every(([x, y]) => BRACKET_WIDTH_PAIRS.has(x + y));
      const wideLettersOnly = runs.pairs.length > 0 && runs.pairs.every(([x, y]) => /^[\p{L}\p{N}]$/u.test(y) && (isFullWidth(x) || isFullWidth(y)));
      const variant = bracketsOnly ? 'brackets' : wideLettersOnly ? 'full-width' : undefined;
      return {
        dim,
        severity: bracketsOnly ? 'warn' : 'error',
        params: { found: runs.found, expected: runs.expected, name: expected },
        ...(variant ? { variant } : {}),
      };
    }
    case 'script': {
      const runs = differingRuns(typed, expected, dim);
      // A Japanese name's forms are Japanese (shinjitai), neither "simplified" nor "traditional" Chinese.
      const variant = japanese ? 'japanese' : scriptVariant(runs.pairs);
      return { dim, severity: 'error', params: { found: runs.found, expected: runs.expected, name: expected }, variant };
    }
  }
}

export function checkCompanyName(input: CheckInput): Finding[] {
  const typed = typeof input.value === 'string' ? input.value : '';
  const stored = input.profile?.companyName;
  if (typed.trim() === '' || typeof stored !== 'string' || stored.trim() === '') return [];
  const expected = stored.trim();
  if (typed === expected) return [];
  // No registered name is this long; skip the classification so pasted junk stays cheap.
  if (typed.length > MAX_CLASSIFIED_LENGTH || expected.length > MAX_CLASSIFIED_LENGTH) {
    return [finding('company-name.mismatch', 'error', ['F17'], expected, { expected })];
  }

  const typedAll = normaliseAll(typed);
  const expectedAll = normaliseAll(expected);
  const country = effectiveCountry(input);
  if (typedAll === expectedAll) {
    // Still typing: "Apple Inc" on the way to "Apple Inc." is not yet a punctuation mistake.
    if (expected.startsWith(typed)) return [finding('company-name.partial', 'warn', ['F17'], expected, { expected }, 'prefix')];
    return [classifyNearMatch(typed, expected, isJapaneseName(expected, country))];
  }

  const expectedParts = country && ONE_LANGUAGE_REGIONS.has(country) ? null : splitBilingual(expected);
  if (expectedParts) {
    const typedParts = splitBilingual(typed);
    if (
      typedParts &&
      normaliseAll(typedParts.first) === normaliseAll(expectedParts.second) &&
      normaliseAll(typedParts.second) === normaliseAll(expectedParts.first)
    ) {
      return [finding('company-name.order', 'error', ['F17', 'F19'], expected, { expected, first: expectedParts.first, second: expectedParts.second })];
    }
    if (typedAll === normaliseAll(expectedParts.first)) {
      return [finding('company-name.partial', 'error', ['F17', 'F19'], expected, { expected, missing: expectedParts.second }, 'one-language')];
    }
    if (typedAll === normaliseAll(expectedParts.second)) {
      return [finding('company-name.partial', 'error', ['F17', 'F19'], expected, { expected, missing: expectedParts.first }, 'one-language')];
    }
  }
  // punctuation kept here: "Microsoft Corp." is an abbreviation, not the start of "Microsoft Corporation"
  const typedStart = normalise(typed, without('punctuation'));
  if (typedStart.length > 0 && normalise(expected, without('punctuation')).startsWith(typedStart)) {
    return [finding('company-name.partial', 'warn', expectedParts ? ['F17', 'F19'] : ['F17'], expected, { expected }, 'prefix')];
  }
  return [finding('company-name.mismatch', 'error', expectedParts ? ['F17', 'F19'] : ['F17'], expected, { expected })];
}

/**
 * 开户名称 (the corporate account's name, docs/console-notes.md §18.1) is the registered company name
 * too. An individual business may bank under another name (thin evidence), so there errors only warn.
 */
function checkCompanyOrAccountName(input: CheckInput): Finding[] {
  const findings = checkCompanyName(input);
  if (input.fieldId !== 'bank-account-name') return findings;
  const type = `${input.otherValues?.['org-type'] ?? ''} ${input.otherValues?.['entity-type'] ?? ''}`;
  if (!type.includes('个体工商户')) return findings;
  return findings.map((f) => (f.severity === 'error' ? { ...f, severity: 'warn' } : f));
}

export const companyNameCheck: Check = {
  id: 'company-name',
  fields: ['company-name', 'bank-account-name'],
  clientFields: ['company-name', 'bank-account-name'],
  codes: [
    'company-name.case',
    'company-name.punctuation',
    'company-name.punctuation:brackets',
    'company-name.punctuation:full-width',
    'company-name.punctuation:missing',
    'company-name.punctuation:extra',
    'company-name.spacing:full-width',
    'company-name.spacing:edge',
    'company-name.spacing:double',
    'company-name.spacing:missing',
    'company-name.spacing:extra',
    'company-name.script:simplified',
    'company-name.script:traditional',
    'company-name.script:mixed',
    'company-name.script:variant-form',
    'company-name.script:japanese',
    'company-name.order',
    'company-name.partial:one-language',
    'company-name.partial:prefix',
    'company-name.mismatch',
  ],
  run: checkCompanyOrAccountName,
};
