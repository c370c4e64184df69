import { describe, expect, it } from 'vitest';
import { checkRegistrationNumber, isValidUscc, usccCheckCharacter } from '../../../engine/checks/registration-number';
import type { CheckInput } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

// Real, valid unified social credit codes (check character verified below).
const VALID_USCC = ['91350100M000100Y43', '91440300708461136T', '91110000802100433B'];

describe('USCC check character (GB 32100-2015)', () => {
  it.each(VALID_USCC)('%s is valid', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
    expect(isValidUscc(code)).toBe(true);
  });

  it.each([
    ['one digit changed', '91350100M000200Y43'],
    ['check character changed', '91350100M000100Y44'],
    ['two characters swapped', '91530100M000100Y43'],
    ['valid shape, wrong check', '911100001000066860'],
  ])('%s: %s is invalid', (_label, code) => {
    expect(isValidUscc(code)).toBe(false);
  });

  it('returns null for characters outside the charset', () => {
    expect(usccCheckCharacter('91350100I000100Y4')).toBeNull();
    expect(usccCheckCharacter('short')).toBeNull();
  });
});

describe('registration-number', () => {
  const mainland = { overseas: false } as const;
  it.each<[string, CheckInput, string[]]>([
    ['valid USCC', { value: '91350100M000100Y43', ...mainland }, []],
    ['valid USCC by country CN', { value: '91440300708461136T', countryRegion: 'CN' }, []],
    ['15-digit registration number', { value: '440301103097413', ...mainland }, []],
    ['one digit changed', { value: '91350100M000200Y43', ...mainland }, ['registration-number.checksum']],
    ['check character changed', { value: '91440300708461136X', ...mainland }, ['registration-number.checksum']],
    ['letter O for zero', { value: '91350100M0O0100Y43', ...mainland }, ['registration-number.format:uscc-chars']],
    ['lower case', { value: '91350100m000100y43', ...mainland }, ['registration-number.format:lowercase']],
    ['spaces', { value: '9135 0100 M000 100Y43', ...mainland }, ['registration-number.format:spaces']],
    ['full-width digits', { value: '９1350100M000100Y43', ...mainland }, ['registration-number.format:full-width']],
    ['17 characters', { value: '91350100M000100Y4', ...mainland }, ['registration-number.format:length']],
    ['13 digits (old number)', { value: '4403011030974', ...mainland }, ['registration-number.format:length']],
    [
      'mainland, differs from the profile',
      { value: '91440300708461136T', ...mainland, profile: { registrationNumber: '91350100M000100Y43' } },
      ['registration-number.mismatch'],
    ],
    ['mainland, equal to the profile', { value: '91350100M000100Y43', ...mainland, profile: { registrationNumber: '91350100M000100Y43' } }, []],
    // overseas: compared with the profile only
    ['HK BR number equal', { value: '12345678', overseas: true, profile: { registrationNumber: '12345678' } }, []],
    ['HK number, no profile number', { value: 'anything-at-all', overseas: true }, []],
    ['overseas, case differs', { value: 'c123456', countryRegion: 'US', profile: { registrationNumber: 'C123456' } }, ['registration-number.mismatch:case']],
    [
      'overseas, spaces differ',
      { value: '1234 5678', countryRegion: 'HK', profile: { registrationNumber: '12345678' } },
      ['registration-number.mismatch:spacing'],
    ],
    [
      'overseas, hyphens differ',
      { value: '12-345678', countryRegion: 'TW', profile: { registrationNumber: '12345678' } },
      ['registration-number.mismatch:punctuation'],
    ],
    ['overseas, other number', { value: '87654321', overseas: true, profile: { registrationNumber: '12345678' } }, ['registration-number.mismatch']],
    ['overseas, full-width digits', { value: '１２345678', overseas: true }, ['registration-number.format:full-width']],
    ['overseas, no USCC rules', { value: '91350100M000200Y43', overseas: true }, []],
    // Region unknown (the 2026 verification form names none): overseas rules, but a value shaped as a USCC
    // with a wrong check character gets a warning (below).
    ['region unknown behaves as overseas', { value: 'AB12CD34EF56GH78IJ' }, []],
    ['region unknown, a USCC-shaped value with a wrong check character', { value: '91350100M000200Y43' }, ['registration-number.checksum']],
    ['region unknown, a valid USCC', { value: '91350100M000100Y43' }, []],
    ['nothing typed', { value: '', ...mainland }, []],
  ])('%s', (_label, input, keys) => {
    expect(checkRegistrationNumber(input).map(keyOf)).toEqual(keys);
  });

  it('only warns on the check character when the region is unknown', () => {
    expect(checkRegistrationNumber({ value: '91350100M000200Y43' })).toMatchObject([{ severity: 'warn' }]);
  });

  it('checksum finding says which character was expected', () => {
    const [finding] = checkRegistrationNumber({ value: '91440300708461136X', overseas: false });
    expect(finding).toMatchObject({ severity: 'error', params: { found: 'X', expected: 'T' } });
  });

  it('mismatch offers the profile number and cites F17', () => {
    const [finding] = checkRegistrationNumber({ value: 'c123456', overseas: true, profile: { registrationNumber: 'C123456' } });
    expect(finding).toMatchObject({ fix: { value: 'C123456' }, params: { expected: 'C123456' } });
    expect(finding?.facts).toContain('F17');
  });

  it('format fixes are offered where they are safe', () => {
    expect(checkRegistrationNumber({ value: '91350100m000100y43', overseas: false })[0]?.fix).toEqual({ value: '91350100M000100Y43' });
    expect(checkRegistrationNumber({ value: '9135 0100M000100Y43', overseas: false })[0]?.fix).toEqual({ value: '91350100M000100Y43' });
  });
});
