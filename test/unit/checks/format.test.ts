import { describe, expect, it } from 'vitest';
import messages from '../../../locales/en/checks.json';
import { checks, INTERNAL_ERROR_CODE, PASSWORD_RULE_KEYS, runChecks } from '../../../engine/checks/index';
import { formatFinding, messageKey, placeholders } from '../../../engine/checks/format';
import type { CheckInput, Finding } from '../../../engine/checks/types';

const table: Readonly<Record<string, string>> = messages;

const AZOYA = '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED';
const azoya = { companyName: AZOYA };
const ledger = { officialAccountEmail: 'oa@brand.com', usedEmails: ['used@brand.com'] };
const hkCode = { 'admin-mobile-country': '+852' };

// Inputs that, together, make every check emit every message key it declares.
const corpus: [field: string, input: CheckInput][] = [
  ['company-name', { value: '正雅國際(香港)有限公司 Azoya International (Hong Kong) Limited', profile: azoya }],
  ['company-name', { value: 'Apple Inc．', profile: { companyName: 'Apple Inc.' } }],
  ['company-name', { value: '正雅國際（香港）有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', profile: azoya }],
  ['company-name', { value: 'ＣＫ Ltd', profile: { companyName: 'CK Ltd' } }],
  ['company-name', { value: 'A\u3000B', profile: { companyName: 'A B' } }],
  ['company-name', { value: 'A B ', profile: { companyName: 'A B' } }],
  ['company-name', { value: 'A  B', profile: { companyName: 'A B' } }],
  ['company-name', { value: 'AB', profile: { companyName: 'A B' } }],
  ['company-name', { value: 'A B C', profile: { companyName: 'A BC' } }],
  ['company-name', { value: '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', profile: azoya }],
  ['company-name', { value: '騰訊科技（深圳）有限公司', profile: { companyName: '腾讯科技（深圳）有限公司' } }],
  ['company-name', { value: '臺湾', profile: { companyName: '台灣' } }],
  ['company-name', { value: '羣創光電股份有限公司', profile: { companyName: '群創光電股份有限公司' } }],
  ['company-name', { value: '株式会社资生堂', profile: { companyName: '株式会社資生堂', countryRegion: 'JP' } }],
  ['company-name', { value: 'Tesla Inc.', profile: { companyName: 'Tesla, Inc.' } }],
  ['company-name', { value: 'Apple, Inc.', profile: { companyName: 'Apple Inc.' } }],
  ['company-name', { value: 'AZOYA INTERNATIONAL (HONG KONG) LIMITED 正雅國際(香港)有限公司', profile: azoya }],
  ['company-name', { value: 'AZOYA INTERNATIONAL (HONG KONG) LIMITED', profile: azoya }],
  ['company-name', { value: '正雅國際', profile: azoya }],
  ['company-name', { value: 'Something Else Ltd', profile: azoya }],
  ['company-name', { value: '台湾积体电路制造股份有限公司', countryRegion: 'TW' }],
  ['company-name', { value: '万海航運股份有限公司', countryRegion: 'TW' }],
  ['company-name', { value: '乾元國際有限公司', countryRegion: 'CN' }],
  ['email', { value: 'a＠b.com' }],
  ['email', { value: 'a @b.com' }],
  ['email', { value: '小@b.com' }],
  ['email', { value: 'ab.com' }],
  ['email', { value: 'a@b.com.' }],
  ['email', { value: 'a..b@b.com' }],
  ['email', { value: 'a,b@b.com' }],
  ['email', { value: 'a@b' }],
  ['email', { value: `${'a'.repeat(70)}@b.com` }],
  ['email', { value: 'used@brand.com', profile: ledger }],
  // Team sync: a colleague's client used it (the check names the client and the colleague).
  ['email', { value: 'used@brand.com', profile: { ...ledger, emailOwners: { 'used@brand.com': { client: 'Acme HK', by: 'Ana' } } } }],
  ['email', { value: 'oa@brand.com', profile: ledger }],
  ['password', { value: 'a b' }],
  ['password', { value: '12345678' }],
  ['password-confirm', { value: 'x', otherValues: { password: 'y' } }],
  ['entity-type', { value: '个人' }],
  ['registration-number', { value: '９1350100M000100Y43', overseas: false }],
  ['registration-number', { value: '9135 0100M000100Y43', overseas: false }],
  ['registration-number', { value: '91350100m000100y43', overseas: false }],
  ['registration-number', { value: '91350100M0O0100Y43', overseas: false }],
  ['registration-number', { value: '123', overseas: false }],
  ['registration-number', { value: '91350100M000200Y43', overseas: false }],
  ['registration-number', { value: 'X1', overseas: true, profile: { registrationNumber: 'Y2' } }],
  ['registration-number', { value: 'x1', overseas: true, profile: { registrationNumber: 'X1' } }],
  ['registration-number', { value: 'X 1', overseas: true, profile: { registrationNumber: 'X1' } }],
  ['registration-number', { value: 'X-1', overseas: true, profile: { registrationNumber: 'X1' } }],
  ['admin-name', { value: '约翰.史密斯' }],
  ['admin-name', { value: '约翰.史密斯', profile: { adminName: '约翰·史密斯' } }],
  ['admin-name', { value: '约翰史密斯', profile: { adminName: '约翰·史密斯' } }],
  ['admin-name', { value: 'A'.repeat(21) }],
  ['admin-id', { value: 'Ｋ1', overseas: true }],
  ['admin-id', { value: 'K 1', overseas: true }],
  ['admin-id', { value: '110105 19491231002X', overseas: false }],
  ['admin-id', { value: '110105491231002', overseas: false }],
  ['admin-id', { value: '1101', overseas: false }],
  ['admin-id', { value: 'K1', overseas: false }],
  ['admin-id', { value: '440308199902301230', overseas: false }],
  ['admin-id', { value: '110101199003077777', overseas: false }],
  ['admin-id', { value: '11010519491231002x', overseas: false }],
  ['admin-mobile', { value: '９1234567', overseas: true }],
  ['admin-mobile', { value: '9123abcd', overseas: true }],
  ['admin-mobile', { value: '9123#567', overseas: true }],
  ['admin-mobile', { value: '123', overseas: false }],
  ['admin-mobile', { value: '9123 4567', overseas: true, otherValues: hkCode }],
  ['admin-mobile', { value: '12', overseas: true, otherValues: hkCode }],
  ['admin-mobile', { value: '+8613800138000', overseas: false }],
  ['admin-mobile', { value: '+85291234567', overseas: true, otherValues: hkCode }],
  ['admin-mobile', { value: '+85291234567', overseas: true }],
  ['admin-mobile', { value: '91234567', overseas: true }],
];

function emitted(): { field: string; finding: Finding }[] {
  return corpus.flatMap(([field, input]) => runChecks(field, input).map((finding) => ({ field, finding })));
}

// The registration-page checks this corpus is written for (other checks cover their own codes).
const OWN_CHECK_IDS = new Set(['email', 'password', 'password-confirm', 'company-name', 'company-name-script', 'registration-number', 'entity-type', 'admin']);
const OWN_PREFIXES = ['company-name.', 'email.', 'password.', 'entity.', 'registration-number.', 'admin-name.', 'admin-id.', 'admin-mobile.', 'check.'];

describe('messages', () => {
  const declared = new Set(checks.filter((check) => OWN_CHECK_IDS.has(check.id)).flatMap((check) => [...check.codes]));
  const declaredByAny = new Set(checks.flatMap((check) => [...check.codes]));

  it('the registry holds every check this corpus covers', () => {
    for (const id of OWN_CHECK_IDS)
      expect(
        checks.some((check) => check.id === id),
        id,
      ).toBe(true);
  });

  it('every declared message key has an English message', () => {
    for (const key of [...declared, INTERNAL_ERROR_CODE, ...Object.values(PASSWORD_RULE_KEYS)]) {
      expect(table[key], key).toBeTypeOf('string');
    }
  });

  it('every message of these checks belongs to a declared key (no orphans)', () => {
    const known = new Set([...declared, INTERNAL_ERROR_CODE, ...Object.values(PASSWORD_RULE_KEYS)]);
    for (const key of Object.keys(table)) {
      if (OWN_PREFIXES.some((prefix) => key.startsWith(prefix))) expect(known.has(key), key).toBe(true);
    }
  });

  it('the corpus makes every declared key appear', () => {
    const seen = new Set(emitted().map(({ finding }) => messageKey(finding, table)));
    for (const key of declared) expect(seen.has(key), key).toBe(true);
  });

  it('every emitted finding uses a declared key and fills every placeholder', () => {
    for (const { field, finding } of emitted()) {
      const key = messageKey(finding, table);
      expect(declaredByAny.has(key), `${field}: ${key}`).toBe(true);
      const message = table[key] ?? '';
      for (const name of placeholders(message)) expect(finding.params, `${key} needs {${name}}`).toHaveProperty(name);
      expect(formatFinding(finding, table)).not.toMatch(/\{\w+\}/);
    }
  });

  it('every finding cites only known fact ids', () => {
    for (const { finding } of emitted()) for (const fact of finding.facts ?? []) expect(fact).toMatch(/^F\d{2}$/);
  });

  it('messages say what to do (no empty or placeholder-only texts)', () => {
    for (const [key, message] of Object.entries(table)) {
      expect(message.trim().length, key).toBeGreaterThan(10);
      expect(message.replace(/\{\w+\}/g, '').trim().length, key).toBeGreaterThan(10);
    }
  });
});

describe('formatFinding', () => {
  const sample = { 'a.b': 'Type “{expected}” ({n}).', 'a.b:v': 'Variant {expected}.' };

  it('fills placeholders', () => {
    expect(formatFinding({ code: 'a.b', severity: 'error', params: { expected: 'X', n: 2 } }, sample)).toBe('Type “X” (2).');
  });

  it('prefers the variant message and falls back to the code', () => {
    expect(formatFinding({ code: 'a.b', severity: 'error', variant: 'v', params: { expected: 'X' } }, sample)).toBe('Variant X.');
    expect(formatFinding({ code: 'a.b', severity: 'error', variant: 'other', params: { expected: 'X', n: 1 } }, sample)).toBe('Type “X” (1).');
  });

  it('leaves a missing param visible and shows an unknown key as itself', () => {
    expect(formatFinding({ code: 'a.b', severity: 'error', params: { expected: 'X' } }, sample)).toBe('Type “X” ({n}).');
    expect(formatFinding({ code: 'zz', severity: 'info' }, sample)).toBe('zz');
  });

  it('does not read inherited properties', () => {
    expect(formatFinding({ code: 'toString', severity: 'info' }, sample)).toBe('toString');
    expect(formatFinding({ code: 'a.b', severity: 'error', params: { expected: 'X' } }, { 'a.b': '{constructor}' })).toBe('{constructor}');
  });

  it('placeholders lists names in order', () => {
    expect(placeholders('a {x} b {y} {x}')).toEqual(['x', 'y', 'x']);
  });

  it('formats a real finding', () => {
    const [finding] = runChecks('company-name', { value: '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', profile: azoya });
    expect(formatFinding(finding!, table)).toContain('“国际”');
  });
});
