// ICP filing (小程序备案) contact numbers, mainland entities only (F54, F55). The responsible person's
// emergency contact (应急联系方式) must be a number other than their main mobile: the console answers
// 不同人不能使用同一个号码 otherwise (F50, F55). Both are mainland mobiles, 1[3-9] + 9 digits,
// optionally written with +86 or 86 in front; spaces and dashes between digits are tolerated.
// The main mobile is read from otherValues['filing-mobile'].
import type { Check, CheckInput, Finding } from './types';

const MAINLAND_MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
/** Longer than any way of writing such a number (+86, spaces, dashes): not one, without reading it all. */
const MAX_WRITTEN_LENGTH = 40;

/** The 11-digit national number of a mainland mobile, or null when `value` is not one. */
export function mainlandMobile(value: string): string | null {
  if (typeof value !== 'string' || value.length > MAX_WRITTEN_LENGTH) return null;
  const compact = value.normalize('NFKC').replace(/[\s\-()]+/gu, '');
  return MAINLAND_MOBILE.exec(compact)?.[1] ?? null;
}

export function checkFilingContact(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  const number = mainlandMobile(value);
  if (number === null) return [{ code: 'filing.mobile-format', severity: 'error', facts: ['F55'] }];
  if (input.fieldId === 'filing-mobile') return [];
  const main = input.otherValues?.['filing-mobile'];
  if (typeof main === 'string' && mainlandMobile(main) === number) {
    return [{ code: 'filing.emergency-same', severity: 'error', facts: ['F50', 'F55'] }];
  }
  return [];
}

export const filingContactCheck: Check = {
  id: 'filing-contact',
  // 'filing-emergency-contact' is the id the console message catalog uses (rules/messages.ts)
  fields: ['emergency-contact', 'filing-emergency-contact', 'filing-mobile'],
  codes: ['filing.mobile-format', 'filing.emergency-same'],
  run: checkFilingContact,
};
