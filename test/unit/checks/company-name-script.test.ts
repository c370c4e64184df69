import { describe, expect, it } from 'vitest';
import { checkCompanyNameScript, isSimplifiedOnly, isTraditionalOnly } from '../../../engine/checks/company-name-script';
import type { CheckInput } from '../../../engine/checks/types';

type Row = [label: string, input: CheckInput, keys: string[]];

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

const rows: Row[] = [
  ['HK name in traditional', { value: '正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED', countryRegion: 'HK' }, []],
  ['HK name in simplified', { value: '正雅国际(香港)有限公司', countryRegion: 'HK' }, ['company-name.simplified-for-traditional']],
  ['MO name in simplified', { value: '澳门自来水股份有限公司', countryRegion: 'MO' }, ['company-name.simplified-for-traditional']],
  [
    'TW name in simplified (台 is a Taiwan standard character)',
    { value: '台湾积体电路制造股份有限公司', countryRegion: 'TW' },
    ['company-name.simplified-for-traditional'],
  ],
  ['TW name in traditional with 台', { value: '台灣積體電路製造股份有限公司', countryRegion: 'tw' }, []],
  // regional standards: the region's own forms are never flagged (issue 12)
  ['TW standard 群 (OpenCC default 羣)', { value: '群創光電股份有限公司', countryRegion: 'TW' }, []],
  ['TW standard 峰 and 為', { value: '為升電裝工業股份有限公司 高峰', countryRegion: 'TW' }, []],
  ['TW: a Hong Kong-only form is still simplified there (温)', { value: '温氏股份有限公司', countryRegion: 'TW' }, ['company-name.simplified-for-traditional']],
  ['HK standard forms 温 説 衞', { value: '温氏説衞有限公司', countryRegion: 'HK' }, []],
  ['HK accepts 群 and 峰 (Cihai/Taiwan forms) and 羣 峯 (Kangxi forms)', { value: '群峰羣峯有限公司', countryRegion: 'HK' }, []],
  ['MO follows the Hong Kong standard', { value: '澳門為食有限公司', countryRegion: 'MO' }, []],
  [
    'TW with 万 (萬 in a Taiwan certificate?) warns only',
    { value: '万海航運股份有限公司', countryRegion: 'TW' },
    ['company-name.script-ambiguous:traditional'],
  ],
  // Hong Kong registered names use 恒 余 干 里 and 涌 (恒生銀行, 葵涌): no warning without a certificate saying otherwise.
  ['HK place name 葵涌 (涌 valid in both)', { value: '葵涌貨櫃碼頭有限公司', countryRegion: 'HK' }, []],
  ['HK 恒生銀行', { value: '恒生銀行有限公司 Hang Seng Bank Limited', countryRegion: 'HK' }, []],
  ['HK names with 余 干 里', { value: '余氏干諾道萬里有限公司', countryRegion: 'HK' }, []],
  ['MO follows Hong Kong: 恒', { value: '澳門恒豐有限公司', countryRegion: 'MO' }, []],
  [
    'HK: beside simplified-only characters, the both-script ones are worth a look too',
    { value: '恒生银行有限公司', countryRegion: 'HK' },
    ['company-name.simplified-for-traditional', 'company-name.script-ambiguous:traditional'],
  ],
  ['country from the profile', { value: '长江和记实业有限公司', profile: { countryRegion: 'HK' } }, ['company-name.simplified-for-traditional']],
  ['page country wins over the profile', { value: '长江和记实业有限公司', countryRegion: 'CN', profile: { countryRegion: 'HK' } }, []],
  ['mainland name in simplified', { value: '腾讯科技（深圳）有限公司', countryRegion: 'CN' }, []],
  ['mainland name in traditional', { value: '騰訊科技（深圳）有限公司', countryRegion: 'CN' }, ['company-name.traditional-for-simplified']],
  ['mainland name with 乾 (valid in both)', { value: '乾坤科技有限公司', countryRegion: 'CN' }, ['company-name.script-ambiguous:simplified']],
  ['mainland name with 於 and 夥', { value: '於氏合夥企业', countryRegion: 'CN' }, ['company-name.script-ambiguous:simplified']],
  [
    'mainland name mixing 國 and 乾',
    { value: '乾元國際有限公司', countryRegion: 'CN' },
    ['company-name.traditional-for-simplified', 'company-name.script-ambiguous:simplified'],
  ],
  ['US: no script expectation', { value: '苹果公司', countryRegion: 'US' }, []],
  ['no country known', { value: '正雅国际(香港)有限公司' }, []],
  ['English-only HK name', { value: 'CK Hutchison Holdings Limited', countryRegion: 'HK' }, []],
  ['nothing typed', { value: '', countryRegion: 'HK' }, []],
  // with a profile name
  [
    'profile name differs: the company-name check speaks',
    { value: '正雅国际(香港)有限公司', countryRegion: 'HK', profile: { companyName: '正雅國際(香港)有限公司' } },
    [],
  ],
  [
    'profile name equal and traditional: no ambiguity warning',
    { value: '台灣積體電路製造股份有限公司', countryRegion: 'TW', profile: { companyName: '台灣積體電路製造股份有限公司' } },
    [],
  ],
  [
    'the certificate is authoritative: typed exactly as registered, no script finding',
    { value: '正雅国际(香港)有限公司', countryRegion: 'HK', profile: { companyName: '正雅国际(香港)有限公司' } },
    [],
  ],
  [
    'typed exactly as registered in Taiwan, page region TW',
    { value: '群創光電股份有限公司', countryRegion: 'TW', profile: { companyName: '群創光電股份有限公司', countryRegion: 'TW' } },
    [],
  ],
];

describe('company-name-script', () => {
  it.each(rows)('%s', (_label, input, keys) => {
    expect(checkCompanyNameScript(input).map(keyOf)).toEqual(keys);
  });

  it('lists the simplified characters and their traditional forms', () => {
    const [finding] = checkCompanyNameScript({ value: '正雅国际(香港)有限公司', countryRegion: 'HK' });
    expect(finding).toMatchObject({ severity: 'error', params: { region: 'HK', found: '国 际', expected: '國 際' }, facts: ['F18', 'F17'] });
  });

  it('lists the traditional characters and their simplified forms', () => {
    const [finding] = checkCompanyNameScript({ value: '騰訊科技（深圳）有限公司', countryRegion: 'CN' });
    expect(finding).toMatchObject({ severity: 'error', params: { found: '騰 訊', expected: '腾 讯' } });
  });

  it("suggests the region's own traditional form", () => {
    const [tw] = checkCompanyNameScript({ value: '为升电装', countryRegion: 'TW' });
    expect(tw).toMatchObject({ params: { found: '为 电 装', expected: '為 電 裝' } });
    const [hk] = checkCompanyNameScript({ value: '说', countryRegion: 'HK' });
    expect(hk).toMatchObject({ params: { found: '说', expected: '説' } });
  });

  it('warns about both-script characters with their alternatives', () => {
    const [finding] = checkCompanyNameScript({ value: '万海航運股份有限公司', countryRegion: 'TW' });
    expect(finding).toMatchObject({ severity: 'warn', params: { chars: '万', alternatives: '萬' } });
    const [mainland] = checkCompanyNameScript({ value: '乾坤科技有限公司', countryRegion: 'CN' });
    expect(mainland).toMatchObject({ severity: 'warn', params: { chars: '乾', alternatives: '干' } });
  });

  it.each([
    ['国', true],
    ['際', false],
    ['台', false],
    ['干', false],
    ['公', false],
  ])('isSimplifiedOnly(%s) = %s', (char, expected) => {
    expect(isSimplifiedOnly(char)).toBe(expected);
  });

  it.each([
    ['國', true],
    ['乾', false],
    ['於', false],
    ['夥', false],
    ['国', false],
  ])('isTraditionalOnly(%s) = %s', (char, expected) => {
    expect(isTraditionalOnly(char)).toBe(expected);
  });
});
