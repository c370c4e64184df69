import { describe, expect, it } from 'vitest';
import { checkFilingContact, mainlandMobile } from '../../../engine/checks/filing';
import type { CheckInput } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);
const MAIN = '13800138000';

const emergency = (value: string, main?: string, fieldId = 'emergency-contact') =>
  checkFilingContact({ value, fieldId, otherValues: main === undefined ? undefined : { 'filing-mobile': main } } satisfies CheckInput).map(keyOf);

describe('mainlandMobile', () => {
  it.each<[string, string | null]>([
    ['13800138000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['19912345678', '19912345678'],
    ['12800138000', null], // 12x is not a mobile prefix
    ['1380013800', null],
    ['138001380001', null],
    ['+85291234567', null],
    ['010-12345678', null],
    ['', null],
  ])('%j → %j', (value, number) => {
    expect(mainlandMobile(value)).toBe(number);
  });
});

describe('filing contacts', () => {
  it.each<[string, string | undefined, string[]]>([
    ['13912345678', MAIN, []],
    ['13912345678', undefined, []],
    [MAIN, MAIN, ['filing.emergency-same']],
    ['+86 138 0013 8000', MAIN, ['filing.emergency-same']],
    [MAIN, '+8613800138000', ['filing.emergency-same']],
    [MAIN, '', []],
    [MAIN, 'not a number', []],
    ['1391234567', MAIN, ['filing.mobile-format']],
    ['+852 9123 4567', MAIN, ['filing.mobile-format']],
    ['', MAIN, []],
  ])('emergency %j, main %j → %j', (value, main, keys) => {
    expect(emergency(value, main)).toEqual(keys);
  });

  it('same number is an error citing the console rule', () => {
    expect(checkFilingContact({ value: MAIN, fieldId: 'emergency-contact', otherValues: { 'filing-mobile': MAIN } })).toEqual([
      { code: 'filing.emergency-same', severity: 'error', facts: ['F50', 'F55'] },
    ]);
  });

  it("serves the message catalog's field id too, and checks the main mobile's format only", () => {
    expect(emergency(MAIN, MAIN, 'filing-emergency-contact')).toEqual(['filing.emergency-same']);
    expect(emergency(MAIN, MAIN, 'filing-mobile')).toEqual([]);
    expect(emergency('12345', undefined, 'filing-mobile')).toEqual(['filing.mobile-format']);
  });
});
