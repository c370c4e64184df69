import { describe, expect, it } from 'vitest';
import { checkCompanyName, splitBilingual } from '../../../engine/checks/company-name';
import type { CheckProfile } from '../../../engine/checks/types';

// Real registered names (certificate spelling).
const AZOYA = '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED';
const TOWNGAS = '香港中華煤氣有限公司 The Hong Kong and China Gas Company Limited';
const CKH = '長江和記實業有限公司 CK Hutchison Holdings Limited';
const TSMC = '台灣積體電路製造股份有限公司 Taiwan Semiconductor Manufacturing Company Limited';
const MACAO_WATER = '澳門自來水股份有限公司 Macao Water Supply Company Limited';
const APPLE = 'Apple Inc.';
const TENCENT = '腾讯科技（深圳）有限公司';

type Row = [label: string, registered: string, typed: string, key: string | null, severity?: string];

// key: expected message key (`code` or `code:variant`), null = no finding
const rows: Row[] = [
  // exact / nothing typed
  ['exact bilingual HK name', AZOYA, AZOYA, null],
  ['exact US name', APPLE, APPLE, null],
  ['exact mainland name', TENCENT, TENCENT, null],
  ['nothing typed yet', AZOYA, '', null],
  ['only spaces typed', AZOYA, '   ', null],
  // letter case
  ['title case instead of capitals', AZOYA, '正雅國際(香港)有限公司 Azoya International (Hong Kong) Limited', 'company-name.case', 'error'],
  ['capital k in CK', CKH, '長江和記實業有限公司 Ck Hutchison Holdings Limited', 'company-name.case', 'error'],
  ['all capitals', MACAO_WATER, '澳門自來水股份有限公司 MACAO WATER SUPPLY COMPANY LIMITED', 'company-name.case', 'error'],
  ['lower-case US name', APPLE, 'apple inc.', 'company-name.case', 'error'],
  // punctuation
  [
    'full-width brackets for half-width',
    AZOYA,
    '正雅國際（香港）有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED',
    'company-name.punctuation:brackets',
    'warn',
  ],
  ['half-width brackets for full-width', TENCENT, '腾讯科技(深圳)有限公司', 'company-name.punctuation:brackets', 'warn'],
  ['full-width full stop', APPLE, 'Apple Inc．', 'company-name.punctuation', 'error'],
  ['ideographic full stop', APPLE, 'Apple Inc。', 'company-name.punctuation', 'error'],
  ['full-width letters', CKH, '長江和記實業有限公司 ＣＫ Hutchison Holdings Limited', 'company-name.punctuation:full-width', 'error'],
  // spacing
  ['double space', AZOYA, '正雅國際(香港)有限公司 AZOYA INTERNATIONAL  (HONG KONG) LIMITED', 'company-name.spacing:double', 'warn'],
  ['missing space between the parts', AZOYA, '正雅國際(香港)有限公司AZOYA INTERNATIONAL (HONG KONG) LIMITED', 'company-name.spacing:missing', 'warn'],
  ['full-width space', TOWNGAS, '香港中華煤氣有限公司\u3000The Hong Kong and China Gas Company Limited', 'company-name.spacing:full-width', 'warn'],
  ['trailing space', CKH, `${CKH} `, 'company-name.spacing:edge', 'warn'],
  ['trailing space, mainland', TENCENT, `${TENCENT} `, 'company-name.spacing:edge', 'warn'],
  ['double space, US', APPLE, 'Apple  Inc.', 'company-name.spacing:double', 'warn'],
  ['words run together', APPLE, 'AppleInc.', 'company-name.spacing:missing', 'warn'],
  ['space inside a word', APPLE, 'Apple In c.', 'company-name.spacing:extra', 'warn'],
  // script
  ['simplified for traditional, HK', AZOYA, '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', 'company-name.script:simplified', 'error'],
  [
    'simplified for traditional, Towngas',
    TOWNGAS,
    '香港中华煤气有限公司 The Hong Kong and China Gas Company Limited',
    'company-name.script:simplified',
    'error',
  ],
  ['simplified for traditional, CKH', CKH, '长江和记实业有限公司 CK Hutchison Holdings Limited', 'company-name.script:simplified', 'error'],
  [
    'simplified for traditional, TSMC',
    TSMC,
    '台湾积体电路制造股份有限公司 Taiwan Semiconductor Manufacturing Company Limited',
    'company-name.script:simplified',
    'error',
  ],
  ['simplified for traditional, Macao', MACAO_WATER, '澳门自来水股份有限公司 Macao Water Supply Company Limited', 'company-name.script:simplified', 'error'],
  ['traditional for simplified, mainland', TENCENT, '騰訊科技（深圳）有限公司', 'company-name.script:traditional', 'error'],
  [
    '臺 typed where the certificate has 台',
    TSMC,
    '臺灣積體電路製造股份有限公司 Taiwan Semiconductor Manufacturing Company Limited',
    'company-name.script:variant-form',
    'error',
  ],
  ['both directions at once', TSMC, '臺湾積體電路製造股份有限公司 Taiwan Semiconductor Manufacturing Company Limited', 'company-name.script:mixed', 'error'],
  // order
  ['English part first', AZOYA, 'AZOYA INTERNATIONAL (HONG KONG) LIMITED 正雅國際(香港)有限公司', 'company-name.order', 'error'],
  ['English part first, no space', AZOYA, 'AZOYA INTERNATIONAL (HONG KONG) LIMITED正雅國際(香港)有限公司', 'company-name.order', 'error'],
  ['swapped, Towngas', TOWNGAS, 'The Hong Kong and China Gas Company Limited 香港中華煤氣有限公司', 'company-name.order', 'error'],
  ['swapped and upper-cased', TOWNGAS, 'THE HONG KONG AND CHINA GAS COMPANY LIMITED 香港中華煤氣有限公司', 'company-name.order', 'error'],
  ['swapped and lower-cased, TSMC', TSMC, 'taiwan semiconductor manufacturing company limited 台灣積體電路製造股份有限公司', 'company-name.order', 'error'],
  ['swapped, Chinese part in simplified', CKH, 'CK Hutchison Holdings Limited 长江和记实业有限公司', 'company-name.order', 'error'],
  // partial
  ['English part only', AZOYA, 'AZOYA INTERNATIONAL (HONG KONG) LIMITED', 'company-name.partial:one-language', 'error'],
  ['Chinese part only', AZOYA, '正雅國際(香港)有限公司', 'company-name.partial:one-language', 'error'],
  ['English part only, CKH', CKH, 'CK Hutchison Holdings Limited', 'company-name.partial:one-language', 'error'],
  ['English part only, TSMC', TSMC, 'Taiwan Semiconductor Manufacturing Company Limited', 'company-name.partial:one-language', 'error'],
  ['Chinese part only in simplified', MACAO_WATER, '澳门自来水股份有限公司', 'company-name.partial:one-language', 'error'],
  ['still typing, HK', AZOYA, '正雅國際(香港)', 'company-name.partial:prefix', 'warn'],
  ['cut short, Macao', MACAO_WATER, '澳門自來水股份有限公司 Macao Water Supply', 'company-name.partial:prefix', 'warn'],
  ['full stop left out', APPLE, 'Apple Inc', 'company-name.partial:prefix', 'warn'],
  ['brand only, mainland', TENCENT, '腾讯科技', 'company-name.partial:prefix', 'warn'],
  // mismatch
  ['LTD for LIMITED', AZOYA, '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LTD', 'company-name.mismatch', 'error'],
  ['& for and', TOWNGAS, '香港中華煤氣有限公司 The Hong Kong & China Gas Company Limited', 'company-name.mismatch', 'error'],
  ['Macau for Macao', MACAO_WATER, '澳門自來水股份有限公司 Macau Water Supply Company Limited', 'company-name.mismatch', 'error'],
  ['another company', APPLE, 'Apple Computer Inc.', 'company-name.mismatch', 'error'],
  ['extra comma', TENCENT, '腾讯科技（深圳）有限公司，', 'company-name.punctuation:extra', 'error'],
];

function keyOf(finding: { code: string; variant?: string }): string {
  return finding.variant ? `${finding.code}:${finding.variant}` : finding.code;
}

describe('company-name against the profile', () => {
  it.each(rows)('%s', (_label, registered, typed, key, severity) => {
    const findings = checkCompanyName({ value: typed, profile: { companyName: registered } });
    if (key === null) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(keyOf(finding!)).toBe(key);
    expect(finding!.severity).toBe(severity);
    expect(finding!.fix).toEqual({ value: registered });
    expect(finding!.facts).toContain('F17');
  });

  it('covers every company-name code in the table', () => {
    const codes = new Set(rows.map((row) => row[3]?.split(':')[0]).filter(Boolean));
    for (const code of ['case', 'punctuation', 'spacing', 'script', 'order', 'partial', 'mismatch']) {
      expect(codes).toContain(`company-name.${code}`);
    }
  });

  it('names the characters typed and the expected form', () => {
    const [finding] = checkCompanyName({ value: '正雅国际(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', profile: { companyName: AZOYA } });
    expect(finding?.params).toMatchObject({ found: '国际', expected: '國際', name: AZOYA });
    expect(finding?.facts).toEqual(['F17', 'F18']);
  });

  it('separates runs of differing characters', () => {
    const [finding] = checkCompanyName({ value: '香港中华煤气有限公司 The Hong Kong and China Gas Company Limited', profile: { companyName: TOWNGAS } });
    expect(finding?.params).toMatchObject({ found: '华 气', expected: '華 氣' });
  });

  it('names the punctuation that differs', () => {
    const [finding] = checkCompanyName({ value: '腾讯科技(深圳)有限公司', profile: { companyName: TENCENT } });
    expect(finding?.params).toMatchObject({ found: '( )', expected: '（ ）' });
  });

  it('reports the most significant of combined differences and lists the others', () => {
    // script + case: script wins (order script → punctuation → case → spacing)
    const [a] = checkCompanyName({ value: '正雅国际(香港)有限公司 azoya international (hong kong) limited', profile: { companyName: AZOYA } });
    expect(a?.code).toBe('company-name.script');
    expect(a?.params?.also).toBe('case');
    // script + bracket width: script wins
    const [b] = checkCompanyName({ value: '騰訊科技(深圳)有限公司', profile: { companyName: TENCENT } });
    expect(b?.code).toBe('company-name.script');
    expect(b?.params?.also).toBe('punctuation');
    // bracket width (a warning) + case (an error): the error wins
    const [c] = checkCompanyName({ value: '正雅國際（香港）有限公司 azoya international (hong kong) limited', profile: { companyName: AZOYA } });
    expect(c?.code).toBe('company-name.case');
    expect(c?.params?.also).toBe('punctuation');
    // spacing + case: case wins
    const [d] = checkCompanyName({ value: 'apple  inc.', profile: { companyName: APPLE } });
    expect(d?.code).toBe('company-name.case');
    expect(d?.params?.also).toBe('spacing');
  });

  it('order and partial findings name the parts', () => {
    const [order] = checkCompanyName({ value: 'AZOYA INTERNATIONAL (HONG KONG) LIMITED 正雅國際(香港)有限公司', profile: { companyName: AZOYA } });
    expect(order?.params).toMatchObject({ first: '正雅國際(香港)有限公司', second: 'AZOYA INTERNATIONAL (HONG KONG) LIMITED' });
    expect(order?.facts).toEqual(['F17', 'F19']);
    const [partial] = checkCompanyName({ value: 'CK Hutchison Holdings Limited', profile: { companyName: CKH } });
    expect(partial?.params?.missing).toBe('長江和記實業有限公司');
  });

  it.each<[string, CheckProfile | null | undefined]>([
    ['no profile', undefined],
    ['null profile', null],
    ['profile without a name', {}],
    ['blank profile name', { companyName: '  ' }],
  ])('stays silent with %s', (_label, profile) => {
    expect(checkCompanyName({ value: 'Anything Ltd', profile })).toEqual([]);
  });

  it('ignores spaces around the stored name', () => {
    expect(checkCompanyName({ value: APPLE, profile: { companyName: ` ${APPLE} ` } })).toEqual([]);
  });
});

describe('splitBilingual', () => {
  it.each<[string, string, string] | [string, null]>([
    [AZOYA, '正雅國際(香港)有限公司', 'AZOYA INTERNATIONAL (HONG KONG) LIMITED'],
    [CKH, '長江和記實業有限公司', 'CK Hutchison Holdings Limited'],
    ['CK Hutchison Holdings Limited 長江和記實業有限公司', 'CK Hutchison Holdings Limited', '長江和記實業有限公司'],
    ['ABC Limited 某某(香港)', 'ABC Limited', '某某(香港)'],
    [TENCENT, null],
    [APPLE, null],
    ['深圳市TCL科技有限公司', null],
  ])('%s', (name, first, second?) => {
    const parts = splitBilingual(name);
    if (first === null) expect(parts).toBeNull();
    else expect(parts).toEqual({ first, second });
  });
});
