// Password of the new account, by the console's own rules (MP-JS wxopen_invite.js /
// wxopen_create_step3.js): /^[\x21-\x7e]{8,}$/, letters and digits both present, not a weak
// password. The console's messages are 密码长度不足8位 · 密码中使用了非法字符… ·
// 密码必须包含数字、字母，区分大小写 · 密码安全系数较低，请重设密码 · 两次输入的密码不一致 (see password-confirm.ts).
// Nothing is stored, logged or echoed: findings never carry the password or its characters.
import type { Check, CheckInput, Finding } from './types';

export const PASSWORD_MIN_LENGTH = 8;

/**
 * Passwords that every breach list starts with (lower-cased). The console keeps its own weak list;
 * this one catches the usual suspects before the console does.
 */
export const WEAK_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '12341234',
  '11223344',
  '147258369',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty123',
  'qwertyui',
  'qwer1234',
  '1qaz2wsx',
  '1q2w3e4r',
  'qweasdzxc',
  'asdf1234',
  'zxcv1234',
  'abc12345',
  'abcd1234',
  'abc123456',
  'a1234567',
  'a12345678',
  'a123456789',
  '12345678a',
  '123456aa',
  'aa123456',
  'aa112233',
  'admin123',
  'admin1234',
  'root1234',
  'test1234',
  'welcome1',
  'iloveyou1',
  'letmein1',
  'woaini1314',
  'woaini520',
  'qq123456',
  'wechat123',
  'weixin123',
  'abcdefg1',
]);

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export type PasswordRule = 'length' | 'chars' | 'letters-digits' | 'not-weak';

function isWeak(value: string): boolean {
  const lower = value.toLowerCase();
  if (WEAK_PASSWORDS.has(lower)) return true;
  // one character repeated, e.g. aaaaaaa1 is fine but 11111111 / aaaaaaaa are not
  return /^(.)\1+$/su.test(value);
}

/** The console's rules as a live checklist, in display order. Pure; keeps nothing. */
export function passwordChecklist(value: string): { rule: PasswordRule; ok: boolean }[] {
  const text = typeof value === 'string' ? value : '';
  return [
    { rule: 'length', ok: Array.from(text).length >= PASSWORD_MIN_LENGTH },
    { rule: 'chars', ok: text !== '' && PRINTABLE_ASCII.test(text) },
    { rule: 'letters-digits', ok: /[A-Za-z]/.test(text) && /[0-9]/.test(text) },
    { rule: 'not-weak', ok: text !== '' && !isWeak(text) },
  ];
}

const RULE_CODES: Readonly<Record<PasswordRule, string>> = {
  length: 'password.length',
  chars: 'password.chars',
  'letters-digits': 'password.letters-digits',
  'not-weak': 'password.weak',
};

export function checkPassword(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value === '') return [];
  return passwordChecklist(value)
    .filter((item) => !item.ok)
    .map((item): Finding => {
      const finding: Finding = { code: RULE_CODES[item.rule], severity: 'error' };
      if (item.rule === 'length') finding.params = { min: PASSWORD_MIN_LENGTH };
      return finding;
    });
}

export const passwordCheck: Check = {
  id: 'password',
  fields: ['password'],
  codes: ['password.length', 'password.chars', 'password.letters-digits', 'password.weak'],
  run: checkPassword,
};

/** Message keys of the checklist labels (locales/en/checks.json), by rule. */
export const PASSWORD_RULE_KEYS: Readonly<Record<PasswordRule, string>> = {
  length: 'password.rule.length',
  chars: 'password.rule.chars',
  'letters-digits': 'password.rule.letters-digits',
  'not-weak': 'password.rule.not-weak',
};
