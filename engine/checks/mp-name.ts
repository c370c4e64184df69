// Mini Program name (小程序名称) and short name (简称), docs/console-notes.md §8.1 and the naming rules
// WeChat publishes: a name is 4–30 characters and a short name 4–10, where one Chinese character
// counts as 2; names consist of Chinese, English letters, digits, spaces and "some symbols" (which
// ones is not published). A short name is cut from the name's own characters, in order, with at
// most 2 spaces, none at either end and never two in a row. Names are unique platform-wide, and a
// name based on a trademark needs the trademark certificate or its authorisation (F44, F75).
// Names containing 微信, 小程序, 腾讯 (rules/name-words.ts) are refused: an error (F75).
//
// Characters: Chinese, a–z A–Z 0–9, the space and SAFE_SYMBOLS pass; full-width letters and digits
// are an error (variant full-width); other punctuation and symbols are a warning (variant symbols),
// since the accepted set is not published; anything else (other scripts, emoji, control or
// invisible characters) is an error.
import type { Check, CheckInput, Finding } from './types';
import { isHan } from './script';
import { protectedNameWords } from '../../rules/name-words';

export const NAME_LENGTH = { min: 4, max: 30 } as const;
export const SHORT_NAME_LENGTH = { min: 4, max: 10 } as const;
export const SHORT_NAME_MAX_SPACES = 2;

/** Symbols common in brand names that we do not flag. The console's own list is not published. */
const SAFE_SYMBOLS = new Set(['-', '·', '+', '&', '.', '_', "'", '(', ')', '（', '）']);

/** East Asian wide characters besides Han: CJK punctuation, kana, Hangul, full-width forms. */
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]$/u;

function isWide(char: string): boolean {
  return isHan(char) || WIDE.test(char);
}

/**
 * Length as the console counts it: a Chinese (or other East Asian wide) character counts 2, every
 * other character 1, by code point.
 */
export function consoleLength(value: string): number {
  let length = 0;
  for (const char of typeof value === 'string' ? value : '') {
    // nothing below U+1100 is wide: skip the pattern tests for Latin text
    length += (char.codePointAt(0) ?? 0) >= 0x1100 && isWide(char) ? 2 : 1;
  }
  return length;
}

type CharClass = 'ok' | 'full-width' | 'symbol' | 'refused';

function classify(char: string): CharClass {
  if (isHan(char) || /^[A-Za-z0-9 ]$/.test(char) || SAFE_SYMBOLS.has(char)) return 'ok';
  if (/^[A-Za-z0-9]$/.test(char.normalize('NFKC'))) return 'full-width';
  if (/^[\p{P}\p{S}]$/u.test(char) && !/^\p{Emoji_Presentation}$/u.test(char)) return 'symbol';
  return 'refused';
}

/** Characters read for the character check: far beyond any valid name, which already gets a length error. */
const CHAR_SCAN_LIMIT = 1000;

/** One pass over the name, classifying each distinct character once. */
function charFinding(value: string): Finding | null {
  const classOf = new Map<string, CharClass>();
  const found: Record<Exclude<CharClass, 'ok'>, string[]> = { refused: [], 'full-width': [], symbol: [] };
  let read = 0;
  for (const char of value) {
    if (++read > CHAR_SCAN_LIMIT) break;
    if (classOf.has(char)) continue;
    const kind = classify(char);
    classOf.set(char, kind);
    if (kind !== 'ok') found[kind].push(char);
  }
  const shown = (chars: string[]) => chars.slice(0, 10).join(' ');
  if (found.refused.length > 0) return { code: 'mp-name.chars', severity: 'error', params: { chars: shown(found.refused) } };
  if (found['full-width'].length > 0) return { code: 'mp-name.chars', severity: 'error', variant: 'full-width', params: { chars: shown(found['full-width']) } };
  if (found.symbol.length > 0) return { code: 'mp-name.chars', severity: 'warn', variant: 'symbols', params: { chars: shown(found.symbol) } };
  return null;
}

function spacesFinding(shortName: string): Finding | null {
  const spaces = shortName.split(' ').length - 1;
  if (shortName !== shortName.trim() || shortName.includes('  ') || spaces > SHORT_NAME_MAX_SPACES) {
    return { code: 'mp-name.short-spaces', severity: 'error', params: { max: SHORT_NAME_MAX_SPACES } };
  }
  return null;
}

/** True when the short name's characters (spaces aside) appear in the name in the same order. */
export function isCutFromName(shortName: string, name: string): boolean {
  const wanted = Array.from(shortName).filter((char) => char !== ' ');
  let next = 0;
  for (const char of Array.from(name)) {
    if (next < wanted.length && char === wanted[next]) next++;
  }
  return next === wanted.length;
}

export function checkMpName(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  const short = input.fieldId === 'mp-short-name';
  const bounds = short ? SHORT_NAME_LENGTH : NAME_LENGTH;
  const findings: Finding[] = [];

  const length = consoleLength(short ? value : value.trim());
  if (length < bounds.min || length > bounds.max) {
    const finding: Finding = { code: 'mp-name.length', severity: 'error', params: { length, min: bounds.min, max: bounds.max } };
    if (short) finding.variant = 'short';
    findings.push(finding);
  }
  const chars = charFinding(value.trim());
  if (chars) findings.push(chars);
  const words = protectedNameWords.words.filter((word) => value.includes(word));
  if (words.length > 0) findings.push({ code: 'mp-name.protected', severity: 'error', params: { words: words.join(' ') }, facts: ['F75'] });

  if (short) {
    const spaces = spacesFinding(value);
    if (spaces) findings.push(spaces);
    const name = input.otherValues?.['mp-name'];
    if (typeof name === 'string' && name.trim() !== '' && !isCutFromName(value.trim(), name)) {
      findings.push({ code: 'mp-name.short-not-in-name', severity: 'warn' });
    }
  } else {
    findings.push({ code: 'mp-name.trademark', severity: 'info', facts: ['F44', 'F75'] });
  }
  return findings;
}

export const mpNameCheck: Check = {
  id: 'mp-name',
  fields: ['mp-name', 'mp-short-name'],
  codes: [
    'mp-name.length',
    'mp-name.length:short',
    'mp-name.chars',
    'mp-name.chars:full-width',
    'mp-name.chars:symbols',
    'mp-name.short-spaces',
    'mp-name.short-not-in-name',
    'mp-name.protected',
    'mp-name.trademark',
  ],
  run: checkMpName,
};
