import { describe, expect, it } from 'vitest';
import { checkMpName, consoleLength, isCutFromName } from '../../../engine/checks/mp-name';
import type { CheckInput } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);
const TRADEMARK = 'mp-name.trademark';

const name = (value: string, extra: Partial<CheckInput> = {}) => checkMpName({ value, fieldId: 'mp-name', ...extra });
const shortName = (value: string, extra: Partial<CheckInput> = {}) => checkMpName({ value, fieldId: 'mp-short-name', ...extra });

describe('consoleLength', () => {
  it.each<[string, number]>([
    ['', 0],
    ['Azoya', 5],
    ['正雅', 4],
    ['正雅 Shop', 9],
    ['小程序商城', 10],
    ['（香港）', 8], // full-width brackets count 2, like Chinese
    ['A1-B', 4],
    ['𠀾', 2], // CJK extension B, one code point
    ['😀', 1],
  ])('%j counts %d', (value, length) => {
    expect(consoleLength(value)).toBe(length);
  });
});

describe('mp-name', () => {
  it.each<[string, string[]]>([
    ['Azoya Store', [TRADEMARK]],
    ['正雅国际', [TRADEMARK]],
    ['正雅', [TRADEMARK]], // 2 characters count 4: the minimum
    ['正', ['mp-name.length', TRADEMARK]],
    ['ABC', ['mp-name.length', TRADEMARK]],
    ['ABCD', [TRADEMARK]],
    ['A'.repeat(30), [TRADEMARK]],
    ['A'.repeat(31), ['mp-name.length', TRADEMARK]],
    ['正'.repeat(15), [TRADEMARK]], // counts 30
    ['正'.repeat(16), ['mp-name.length', TRADEMARK]], // counts 32
    ['Tom & Jerry', [TRADEMARK]],
    ['Marks+Spencer (HK)', [TRADEMARK]],
    ['正雅（香港）', [TRADEMARK]],
    ['Azoya Shop!', ['mp-name.chars:symbols', TRADEMARK]],
    ['Azoya™ Shop', ['mp-name.chars:symbols', TRADEMARK]],
    ['Ａｚｏｙａ Shop', ['mp-name.chars:full-width', TRADEMARK]],
    ['Azoya 😀 Shop', ['mp-name.chars', TRADEMARK]],
    ['Café Paris', ['mp-name.chars', TRADEMARK]],
    ['ソニー Store', ['mp-name.chars', TRADEMARK]],
    ['Azoya\u200bShop', ['mp-name.chars', TRADEMARK]],
    ['正雅\u3000商城', ['mp-name.chars', TRADEMARK]],
    ['', []],
    ['   ', []],
  ])('%j → %j', (value, keys) => {
    expect(name(value).map(keyOf)).toEqual(keys);
  });

  it('reports the counted length and the bounds', () => {
    expect(name('正')[0]).toEqual({ code: 'mp-name.length', severity: 'error', params: { length: 2, min: 4, max: 30 } });
  });

  it('names the refused characters', () => {
    expect(name('Azoya 😀 Shop 😀')[0]).toEqual({ code: 'mp-name.chars', severity: 'error', params: { chars: '😀' } });
    expect(name('Azoya Shop!?')[0]).toMatchObject({ severity: 'warn', params: { chars: '! ?' } });
  });

  it('the trademark reminder is info and cites F44 and F75 (certificate or authorisation)', () => {
    expect(name('Azoya Store')).toEqual([{ code: TRADEMARK, severity: 'info', facts: ['F44', 'F75'] }]);
  });

  it('refuses 微信, 小程序 and 腾讯 in a name or short name: an error, not a note (F75)', () => {
    expect(name('正雅微信商城')).toContainEqual({ code: 'mp-name.protected', severity: 'error', params: { words: '微信' }, facts: ['F75'] });
    expect(name('腾讯正雅小程序').find((f) => f.code === 'mp-name.protected')?.params).toEqual({ words: '小程序 腾讯' });
    expect(checkMpName({ value: '微信正雅', fieldId: 'mp-short-name' }).map(keyOf)).toContain('mp-name.protected');
    expect(name('正雅商城').map(keyOf)).not.toContain('mp-name.protected');
  });
});

describe('mp-short-name', () => {
  it.each<[string, string | undefined, string[]]>([
    ['正雅', undefined, []],
    ['Azoya', undefined, []],
    ['正雅国际商城', undefined, ['mp-name.length:short']], // counts 12
    ['Azoya Shop', undefined, []],
    ['Azoya Shop1', undefined, ['mp-name.length:short']],
    ['ABC', undefined, ['mp-name.length:short']],
    ['A B C D', undefined, ['mp-name.short-spaces']],
    ['A  BC', undefined, ['mp-name.short-spaces']],
    [' ABCD', undefined, ['mp-name.short-spaces']],
    ['正雅', '正雅国际旗舰店', []],
    ['雅国', '正雅国际旗舰店', []], // in order, not necessarily adjacent
    ['国雅', '正雅国际旗舰店', ['mp-name.short-not-in-name']],
    ['Azoya', 'AZOYA Global Store', ['mp-name.short-not-in-name']],
    ['AZOYA', 'AZOYA Global Store', []],
    ['', '正雅国际旗舰店', []],
  ])('%j (name %j) → %j', (value, fullName, keys) => {
    const otherValues = fullName === undefined ? undefined : { 'mp-name': fullName };
    expect(shortName(value, { otherValues }).map(keyOf)).toEqual(keys);
  });

  it('never gets the trademark reminder, and counts against 4–10', () => {
    expect(shortName('正雅国际商城')).toEqual([{ code: 'mp-name.length', severity: 'error', variant: 'short', params: { length: 12, min: 4, max: 10 } }]);
  });

  it('isCutFromName ignores spaces in the short name', () => {
    expect(isCutFromName('Az Sh', 'Azoya Shop')).toBe(true);
    expect(isCutFromName('Shop Az', 'Azoya Shop')).toBe(false);
  });
});
