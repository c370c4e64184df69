import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { REGION_NAME_FOLD, regionFromText } from '../../engine/region-name';
import { isOverseas, regions } from '../../rules/regions';
import { runChecks } from '../../engine/checks';

// Every way the console (Chinese and English pages) and users write a region (issue 12, item 2).
const table: [text: string, code: string | undefined][] = [
  // Hong Kong
  ['香港', 'HK'],
  ['中国香港', 'HK'],
  ['中国香港特别行政区', 'HK'],
  ['中國香港特別行政區', 'HK'],
  ['香港特别行政区', 'HK'],
  ['香港（中国）', 'HK'],
  ['香港(中國)', 'HK'],
  ['Hong Kong', 'HK'],
  ['Hong Kong SAR', 'HK'],
  ['Hong Kong SAR, China', 'HK'],
  ['Hong Kong (China)', 'HK'],
  ['HONG KONG', 'HK'],
  ['Hongkong', 'HK'],
  ['HK SAR', 'HK'],
  ['HK', 'HK'],
  ['hk', 'HK'],
  // Macao
  ['澳门', 'MO'],
  ['澳門', 'MO'],
  ['中国澳门特别行政区', 'MO'],
  ['中國澳門特別行政區', 'MO'],
  ['澳门（中国）', 'MO'],
  ['Macao', 'MO'],
  ['Macau', 'MO'],
  ['Macao SAR', 'MO'],
  ['Macau SAR, China', 'MO'],
  // Taiwan
  ['台湾', 'TW'],
  ['台灣', 'TW'],
  ['臺灣', 'TW'],
  ['中国台湾', 'TW'],
  ['中國臺灣', 'TW'],
  ['台湾地区', 'TW'],
  ['中华台北', 'TW'],
  ['Taiwan', 'TW'],
  ['Taiwan China', 'TW'],
  ['Taiwan, China', 'TW'],
  ['Taiwan (China)', 'TW'],
  ['Chinese Taipei', 'TW'],
  // Mainland
  ['中国大陆', 'CN'],
  ['中國大陸', 'CN'],
  ['中国', 'CN'],
  ['中国内地', 'CN'],
  ['中华人民共和国', 'CN'],
  ['Chinese Mainland', 'CN'],
  ['Mainland China', 'CN'],
  ['China', 'CN'],
  ["People's Republic of China", 'CN'],
  ['PRC', 'CN'],
  ['CN', 'CN'],
  // elsewhere: the most specific name wins
  ['新加坡', 'SG'],
  ['Singapore', 'SG'],
  ['马来西亚', 'MY'],
  ['美国', 'US'],
  ['USA', 'US'],
  ['United States of America', 'US'],
  ['英国', 'GB'],
  ['United Kingdom', 'GB'],
  ['UK', 'GB'],
  ['澳大利亚', 'AU'],
  ['Australia', 'AU'],
  ['日本', 'JP'],
  ['韩国', 'KR'],
  ['Republic of Korea', 'KR'],
  ['印度尼西亚', 'ID'],
  ['印度', 'IN'],
  ['阿联酋', 'AE'],
  // unknown is unknown, never the mainland
  ['', undefined],
  ['   ', undefined],
  ['请选择', undefined],
  ['港澳台地区', undefined],
  ['其他海外地区', undefined],
  ['Atlantis', undefined],
  ['Please choose', undefined],
  ['ZZ', undefined],
  ['Business', undefined], // "us" inside a word is not the United States
];

// Names that contain a known region's name but are another region (issue 21): never that region.
const otherRegions: [text: string, code: string | undefined][] = [
  ['North Korea', undefined],
  ['NORTH KOREA', undefined],
  ['Korea, North', undefined],
  ["Democratic People's Republic of Korea", undefined],
  ['DPRK', undefined],
  ['朝鲜', undefined],
  ['朝鮮', undefined],
  ['北韩', undefined],
  ['北韓', undefined],
  ['Indiana', undefined],
  ['British Indian Ocean Territory', undefined],
  ['英属印度洋领地', undefined],
  ['New England', undefined],
  // … while the regions themselves still are
  ['South Korea', 'KR'],
  ['Korea', 'KR'],
  ['Republic of Korea', 'KR'],
  ['韩国', 'KR'],
  ['India', 'IN'],
  ['England', 'GB'],
];

describe('names of other regions that contain a known one', () => {
  it.each(otherRegions)('%s → %s', (text, code) => {
    expect(regionFromText(text)?.code).toBe(code);
  });
});

describe('regionFromText', () => {
  it.each(table)('%s → %s', (text, code) => {
    expect(regionFromText(text)?.code).toBe(code);
  });

  it('folds every traditional form of every character in the region names', () => {
    const fold = new Map(Array.from({ length: REGION_NAME_FOLD.length / 2 }, (_, i) => [REGION_NAME_FOLD.charAt(2 * i), REGION_NAME_FOLD.charAt(2 * i + 1)]));
    const used = new Set(regions.flatMap((region) => region.zh.flatMap((zh) => Array.from(zh))));
    for (const [traditional, simplified] of TSCharacters.split('|').map((entry) => entry.split(' '))) {
      if (traditional && simplified && traditional !== simplified && used.has(simplified)) expect(fold.get(traditional), traditional).toBe(simplified);
    }
  });

  it('names every listed region by its console name, English name and code', () => {
    for (const region of regions) {
      expect(regionFromText(region.zh[0]), region.zh[0]).toBe(region);
      expect(regionFromText(region.en), region.en).toBe(region);
      expect(regionFromText(region.code.toLowerCase()), region.code).toBe(region);
    }
  });

  it('no text naming Hong Kong, Macao or Taiwan ever maps to the mainland', () => {
    const names = ['香港', '澳门', '澳門', '台湾', '台灣', 'Hong Kong', 'Macau', 'Macao', 'Taiwan'];
    const noise = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '中国',
        '中國',
        '中国大陆',
        'China',
        'Chinese Mainland',
        "People's Republic of China",
        'PRC',
        '（',
        '）',
        ', ',
        ' ',
        '特别行政区',
        'SAR',
        '地区',
      ),
    );
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 4 }), fc.constantFrom(...names), fc.array(noise, { maxLength: 4 }), (before, name, after) => {
        const text = [...before, name, ...after].join('');
        expect(regionFromText(text)?.code).not.toBe('CN');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checks on a page whose region reads 中国香港特别行政区', () => {
  // What content/guide.ts passes to the checks for the page's 注册国家/地区 value.
  const pageRegion = (text: string) => {
    const code = regionFromText(text)?.code ?? null;
    return { countryRegion: code, overseas: isOverseas(code) };
  };
  const codes = (field: string, value: string, text: string) => runChecks(field, { value, ...pageRegion(text) }).map((f) => f.code);

  it.each(['中国香港特别行政区', '香港（中国）', 'Hong Kong SAR'])('%s: a Hong Kong business registration number is not a mainland number', (text) => {
    expect(codes('registration-number', '12345678', text)).toEqual([]);
  });

  it.each(['中国香港特别行政区', '中国澳门特别行政区', '中国台湾', 'Taiwan China'])(
    '%s: a traditional name is not called traditional-for-simplified',
    (text) => {
      expect(codes('company-name', '長江和記實業有限公司', text)).not.toContain('company-name.traditional-for-simplified');
    },
  );

  it.each(['中国香港特别行政区', 'Hong Kong SAR'])('%s: a passport is accepted for the admin', (text) => {
    expect(codes('admin-id', 'K12345678', text)).toEqual(['admin-id.passport-ok']);
  });

  it('the mainland still gets the mainland checks', () => {
    expect(codes('registration-number', '12345678', 'Chinese Mainland')).toContain('registration-number.format');
  });
});
