// Registration number (营业执照注册号 / 统一社会信用代码), F17.
//
// Mainland entities (overseas false, or country CN): a 15-digit business-licence registration
// number or an 18-character unified social credit code (USCC, GB 32100-2015) whose 18th character
// is the check character: weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 over the
// charset 0123456789ABCDEFGHJKLMNPQRTUWXY, check = (31 − Σ mod 31) mod 31. The console hint is
// 请输入15位营业执照注册号或18位的统一社会信用代码; its error 请输入正确的营业执照注册号或统一社会信用代码.
// Overseas entities: the console only checks that something is typed, so the check compares with
// the profile's number (case, spaces and punctuation hints). Region unknown: as overseas.
// In every mode a value that differs from the profile's number is reported as a mismatch once
// its format is right.
import type { Check, CheckInput, Finding } from './types';
import { regionMode } from './region';
import { distinctChars, isFullWidth, removeSpaces, toHalfWidth } from './text';

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A unified social credit code's shape (GB 32100-2015): registration authority and type, division code, the rest. */
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a USCC, or null if they are not valid USCC characters. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function isValidUscc(code: string): boolean {
  return code.length === 18 && usccCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}

function compact(value: string): string {
  return value.replace(/[\s\-./·•_]+/gu, '');
}

function mismatch(value: string, expected: string): Finding {
  let variant: string | undefined;
  if (value.toUpperCase() === expected.toUpperCase()) variant = 'case';
  else if (removeSpaces(value) === removeSpaces(expected)) variant = 'spacing';
  else if (compact(value).toUpperCase() === compact(expected).toUpperCase()) variant = 'punctuation';
  const finding: Finding = { code: 'registration-number.mismatch', severity: 'error', params: { expected }, facts: ['F17', 'F28'], fix: { value: expected } };
  if (variant) finding.variant = variant;
  return finding;
}

function mainlandFormat(value: string): Finding | null {
  const wide = distinctChars(value, isFullWidth);
  if (wide.length > 0) {
    return {
      code: 'registration-number.format',
      severity: 'error',
      variant: 'full-width',
      params: { chars: wide.join(' ') },
      fix: { value: removeSpaces(toHalfWidth(value)).toUpperCase() },
    };
  }
  if (removeSpaces(value) !== value) {
    return { code: 'registration-number.format', severity: 'error', variant: 'spaces', fix: { value: removeSpaces(value) } };
  }
  if (/[a-z]/.test(value)) {
    return { code: 'registration-number.format', severity: 'error', variant: 'lowercase', fix: { value: value.toUpperCase() } };
  }
  if (/^\d{15}$/.test(value)) return null;
  if (value.length === 18) {
    const bad = distinctChars(value, (char) => !USCC_CHARSET.includes(char));
    if (bad.length > 0) return { code: 'registration-number.format', severity: 'error', variant: 'uscc-chars', params: { chars: bad.join(' ') } };
    const check = usccCheckCharacter(value.slice(0, 17));
    if (check !== value.charAt(17)) {
      return { code: 'registration-number.checksum', severity: 'error', params: { found: value.charAt(17), expected: check ?? '?' }, facts: ['F17'] };
    }
    return null;
  }
  return { code: 'registration-number.format', severity: 'error', variant: 'length', params: { length: Array.from(value).length } };
}

export function checkRegistrationNumber(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  const stored = input.profile?.registrationNumber;
  const expected = typeof stored === 'string' && stored.trim() !== '' ? stored.trim() : undefined;

  if (regionMode(input) === 'mainland') {
    const problem = mainlandFormat(value);
    if (problem) return [problem];
  } else {
    // Region unknown (the 2026 verification form names none): an 18-character value made of USCC
    // characters is very likely a credit code, so a wrong check character is said, as a warning.
    // Shaped as one: two code characters, a 6-digit administrative division, then USCC characters.
    const uscc = regionMode(input) === 'unknown' && USCC_SHAPE.test(value);
    const check = uscc ? usccCheckCharacter(value.slice(0, 17)) : null;
    if (check && check !== value.charAt(17)) {
      return [{ code: 'registration-number.checksum', severity: 'warn', params: { found: value.charAt(17), expected: check }, facts: ['F17'] }];
    }
    const wide = distinctChars(value, isFullWidth);
    if (wide.length > 0) {
      const fix = expected ?? toHalfWidth(value).replace(/\u3000/gu, ' ');
      return [{ code: 'registration-number.format', severity: 'error', variant: 'full-width', params: { chars: wide.join(' ') }, fix: { value: fix } }];
    }
  }
  if (expected !== undefined && value !== expected) return [mismatch(value, expected)];
  return [];
}

export const registrationNumberCheck: Check = {
  id: 'registration-number',
  fields: ['registration-number'],
  clientFields: ['registration-number'],
  codes: [
    'registration-number.format:full-width',
    'registration-number.format:spaces',
    'registration-number.format:lowercase',
    'registration-number.format:uscc-chars',
    'registration-number.format:length',
    'registration-number.checksum',
    'registration-number.mismatch',
    'registration-number.mismatch:case',
    'registration-number.mismatch:spacing',
    'registration-number.mismatch:punctuation',
  ],
  run: checkRegistrationNumber,
};
