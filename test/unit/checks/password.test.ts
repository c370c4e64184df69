import { describe, expect, it } from 'vitest';
import { checkPassword, passwordChecklist, PASSWORD_RULE_KEYS, WEAK_PASSWORDS } from '../../../engine/checks/password';
import { checkPasswordConfirm } from '../../../engine/checks/password-confirm';

describe('password', () => {
  it.each<[string, string[]]>([
    ['Brand2024!', []],
    ['abc12345X', []],
    ['9letters1', []],
    ['', []],
    ['Ab1', ['password.length']],
    ['abcdefgh', ['password.letters-digits']],
    ['20242024', ['password.letters-digits']],
    ['!!!!!!!!', ['password.letters-digits', 'password.weak']],
    ['pass word1', ['password.chars']],
    ['密码Brand2024', ['password.chars']],
    ['Ｂrand2024', ['password.chars']],
    ['Brand2024😀', ['password.chars']],
    ['12345678', ['password.letters-digits', 'password.weak']],
    ['password', ['password.letters-digits', 'password.weak']],
    ['Password1', ['password.weak']],
    ['qwerty123', ['password.weak']],
    ['ABC12345', ['password.weak']],
    ['woaini1314', ['password.weak']],
    ['aaaaaaaa', ['password.letters-digits', 'password.weak']],
    ['a b', ['password.length', 'password.chars', 'password.letters-digits']],
  ])('%j → %j', (value, codes) => {
    expect(checkPassword({ value }).map((f) => f.code)).toEqual(codes);
  });

  it('never echoes the password', () => {
    const secret = 'Zq 9';
    const findings = checkPassword({ value: secret });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(JSON.stringify(finding)).not.toMatch(/Zq|9"/);
  });

  it('length finding carries the minimum', () => {
    expect(checkPassword({ value: 'Ab1' })[0]).toEqual({ code: 'password.length', severity: 'error', params: { min: 8 } });
  });

  it('checklist: all rules in order, all ok for a good password', () => {
    expect(passwordChecklist('Brand2024!')).toEqual([
      { rule: 'length', ok: true },
      { rule: 'chars', ok: true },
      { rule: 'letters-digits', ok: true },
      { rule: 'not-weak', ok: true },
    ]);
  });

  it('checklist: nothing ok for an empty value', () => {
    expect(passwordChecklist('').every((item) => !item.ok)).toBe(true);
  });

  it('checklist rules all have message keys', () => {
    for (const item of passwordChecklist('x')) expect(PASSWORD_RULE_KEYS[item.rule]).toMatch(/^password\.rule\./);
  });

  it('the weak list is lower case and at least 8 characters', () => {
    for (const weak of WEAK_PASSWORDS) {
      expect(weak).toBe(weak.toLowerCase());
      expect(weak.length).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('password-confirm', () => {
  it.each<[string, Record<string, string> | undefined, string[]]>([
    ['Brand2024!', { password: 'Brand2024!' }, []],
    ['Brand2024', { password: 'Brand2024!' }, ['password.confirm-mismatch']],
    ['brand2024!', { password: 'Brand2024!' }, ['password.confirm-mismatch']],
    ['', { password: 'Brand2024!' }, []],
    ['Brand2024!', undefined, []],
    ['Brand2024!', { password: '' }, []],
    ['Brand2024!', { email: 'x@y.com' }, []],
  ])('%j vs %j', (value, otherValues, codes) => {
    expect(checkPasswordConfirm({ value, otherValues }).map((f) => f.code)).toEqual(codes);
  });
});
