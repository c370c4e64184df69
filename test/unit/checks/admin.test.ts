import { describe, expect, it } from 'vitest';
import { checkAdmin, isValidResidentId, residentIdCheckCharacter, withNameSeparator } from '../../../engine/checks/admin';
import type { CheckInput } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);
const run = (fieldId: string, input: CheckInput) => checkAdmin({ ...input, fieldId }).map(keyOf);

describe('admin-name', () => {
  it.each<[string, CheckInput, string[]]>([
    ['Chinese name', { value: '陈大文' }, []],
    ['transliterated name with ·', { value: '约翰·史密斯' }, []],
    ['full stop instead of ·', { value: '约翰.史密斯' }, ['admin-name.separator']],
    ['bullet instead of ·', { value: '约翰•史密斯' }, ['admin-name.separator']],
    ['katakana middle dot', { value: '约翰・史密斯' }, ['admin-name.separator']],
    ['space instead of ·', { value: '约翰 史密斯' }, ['admin-name.separator']],
    ['spaces around ·', { value: '约翰 · 史密斯' }, ['admin-name.separator']],
    ['Latin name with initial', { value: 'John A. Smith' }, []],
    ['profile has ·, dot typed', { value: '阿卜杜拉.买买提', profile: { adminName: '阿卜杜拉·买买提' } }, ['admin-name.separator:profile']],
    ['profile has ·, separator left out', { value: '阿卜杜拉买买提', profile: { adminName: '阿卜杜拉·买买提' } }, ['admin-name.separator:omitted']],
    ['profile has ·, typed correctly', { value: '阿卜杜拉·买买提', profile: { adminName: '阿卜杜拉·买买提' } }, []],
    ['profile has ·, another name typed', { value: '陈大文', profile: { adminName: '阿卜杜拉·买买提' } }, []],
    ['longer than 20 characters', { value: 'MUHAMMAD ABDULLAH BIN AHMAD' }, ['admin-name.length']],
    ['nothing typed', { value: '' }, []],
  ])('%s', (_label, input, keys) => {
    expect(run('admin-name', input)).toEqual(keys);
  });

  it('suggests the name with ·', () => {
    const [finding] = checkAdmin({ fieldId: 'admin-name', value: '约翰.史密斯' });
    expect(finding).toMatchObject({ severity: 'info', fix: { value: '约翰·史密斯' }, params: { expected: '约翰·史密斯' } });
    const [fromProfile] = checkAdmin({ fieldId: 'admin-name', value: '阿卜杜拉 买买提', profile: { adminName: '阿卜杜拉·买买提' } });
    expect(fromProfile).toMatchObject({ severity: 'warn', fix: { value: '阿卜杜拉·买买提' } });
  });

  it('withNameSeparator only touches separators between Chinese characters', () => {
    expect(withNameSeparator('约翰．史密斯')).toBe('约翰·史密斯');
    expect(withNameSeparator('Mary-Jane O.Neil')).toBe('Mary-Jane O.Neil');
    expect(withNameSeparator('.约翰.')).toBe('.约翰.');
  });
});

describe('admin-id', () => {
  it.each([
    ['11010519491231002X', true],
    ['440308199901011234', true],
    ['110101199003077774', true],
    ['110101199003077777', false],
    ['440308199902301230', false],
    ['11010519491231002x', false],
  ])('resident ID %s valid: %s', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid);
  });

  it('computes the check character', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('1101051949123100')).toBeNull();
  });

  it.each<[string, CheckInput, string[]]>([
    ['overseas passport', { value: 'K12345678', overseas: true }, ['admin-id.passport-ok']],
    ['overseas, nothing typed yet', { value: '', countryRegion: 'HK' }, ['admin-id.passport-ok']],
    ['overseas, spaces and hyphen', { value: 'K 123-456', countryRegion: 'US' }, ['admin-id.passport-ok', 'admin-id.format:overseas-chars']],
    ['overseas, full-width', { value: 'Ｋ12345678', overseas: true }, ['admin-id.passport-ok', 'admin-id.format:full-width']],
    ['mainland valid', { value: '11010519491231002X', overseas: false }, []],
    ['mainland lower-case x', { value: '11010519491231002x', overseas: false }, ['admin-id.format:lowercase-x']],
    ['mainland checksum', { value: '110101199003077777', overseas: false }, ['admin-id.format:checksum']],
    ['mainland impossible date', { value: '440308199902301230', countryRegion: 'CN' }, ['admin-id.format:birth-date']],
    ['mainland 15 digits', { value: '110105491231002', overseas: false }, ['admin-id.format:old-15']],
    ['mainland 16 digits', { value: '1101054912310021', overseas: false }, ['admin-id.format:length']],
    ['mainland letters', { value: 'K12345678', overseas: false }, ['admin-id.format:chars']],
    ['mainland spaces', { value: '110105 19491231 002X', overseas: false }, ['admin-id.format:spaces']],
    ['mainland full-width', { value: '１10105194912310０2X', overseas: false }, ['admin-id.format:full-width']],
    ['unknown region, ID-shaped', { value: '110101199003077777' }, ['admin-id.format:checksum']],
    ['unknown region, passport-shaped', { value: 'K12345678' }, []],
    ['mainland, nothing typed', { value: '', overseas: false }, []],
  ])('%s', (_label, input, keys) => {
    expect(run('admin-id', input)).toEqual(keys);
  });

  it('the passport hint is info and cites F38 and F21', () => {
    expect(checkAdmin({ fieldId: 'admin-id', value: 'K1', overseas: true })[0]).toEqual({
      code: 'admin-id.passport-ok',
      severity: 'info',
      facts: ['F38', 'F21'],
    });
  });
});

describe('admin-mobile', () => {
  const hk = { countryRegion: 'HK' } as const;
  it.each<[string, CheckInput, string[]]>([
    ['mainland', { value: '13800138000', overseas: false }, []],
    ['mainland with +86', { value: '+86 13800138000', overseas: false }, ['admin-mobile.country-code:mainland-prefix']],
    ['mainland with 86', { value: '8613800138000', overseas: false }, ['admin-mobile.country-code:mainland-prefix']],
    ['mainland with dashes', { value: '138-0013-8000', overseas: false }, ['admin-mobile.format:separators']],
    ['mainland too short', { value: '1380013800', overseas: false }, ['admin-mobile.format:mainland']],
    ['mainland landline', { value: '02012345678', overseas: false }, ['admin-mobile.format:mainland']],
    ['HK, code chosen in the dropdown', { value: '91234567', ...hk, otherValues: { 'admin-mobile-country': '+852' } }, []],
    [
      'HK, code typed and chosen',
      { value: '+852 9123 4567', ...hk, otherValues: { 'admin-mobile-country': '+852' } },
      ['admin-mobile.country-code:typed-twice'],
    ],
    [
      'HK, code digits typed and chosen',
      { value: '85291234567', ...hk, otherValues: { 'admin-mobile-country': '852' } },
      ['admin-mobile.country-code:typed-twice'],
    ],
    ['HK, code typed, dropdown unknown', { value: '+85291234567', ...hk }, ['admin-mobile.country-code:use-dropdown']],
    ['HK, dropdown unknown', { value: '91234567', ...hk }, ['admin-mobile.country-code:choose']],
    ['HK, spaces', { value: '9123 4567', ...hk, otherValues: { 'admin-mobile-country': '+852' } }, ['admin-mobile.format:separators']],
    [
      'US, brackets and dashes',
      { value: '(415) 555-0100', countryRegion: 'US', otherValues: { 'admin-mobile-country': '+1' } },
      ['admin-mobile.format:separators'],
    ],
    ['letters', { value: '9123ABCD', ...hk }, ['admin-mobile.format:letters']],
    ['full-width digits', { value: '９１２３４５６７', ...hk }, ['admin-mobile.format:full-width']],
    ['other symbols', { value: '9123#4567', ...hk }, ['admin-mobile.format:chars']],
    ['too short', { value: '123', ...hk, otherValues: { 'admin-mobile-country': '+852' } }, ['admin-mobile.format:length']],
    ['too long', { value: '1234567890123456', ...hk, otherValues: { 'admin-mobile-country': '+852' } }, ['admin-mobile.format:length']],
    ['region unknown', { value: '91234567' }, []],
    ['nothing typed', { value: '', ...hk }, []],
  ])('%s', (_label, input, keys) => {
    expect(run('admin-mobile', input)).toEqual(keys);
  });

  it('offers the number without the code', () => {
    const [finding] = checkAdmin({ fieldId: 'admin-mobile', value: '+852 9123 4567', countryRegion: 'HK', otherValues: { 'admin-mobile-country': '+852' } });
    expect(finding).toMatchObject({ severity: 'warn', params: { code: '+852' }, fix: { value: '91234567' } });
    const [mainland] = checkAdmin({ fieldId: 'admin-mobile', value: '+86 138 0013 8000', overseas: false });
    expect(mainland?.fix).toEqual({ value: '13800138000' });
  });
});

it('admin check ignores other fields', () => {
  expect(checkAdmin({ value: 'x' })).toEqual([]);
  expect(checkAdmin({ value: 'x', fieldId: 'email' })).toEqual([]);
});
