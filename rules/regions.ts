// Countries/regions as the console and users name them, with the script company names are written
// in. `zh[0]` is the console's overseas-mode name ("中国大陆", "香港"…, docs/console-notes.md §5.2); the
// other names are every way the console (Chinese and English pages, old and new) and users write
// the region (docs/console-notes.md §17.3: 中国香港特别行政区, 中国澳门特别行政区, 中国台湾, Hong Kong SAR,
// Taiwan China, Chinese Mainland …; checked 2026-12-02). engine/region-name.ts matches them: traditional
// characters are folded to simplified first, so 澳門 and 臺灣 need no entries of their own.
// A short list of the regions our users come from most; any other ISO code still works as "overseas".

export interface Region {
  code: string;
  en: string;
  zh: string[];
  /** Other English names (matched case-insensitively, spaces and punctuation ignored). */
  aliases?: string[];
  /** The script Chinese company names use there: traditional in HK, MO, TW; simplified on the mainland. */
  script?: 'traditional' | 'simplified';
}

export const regions: readonly Region[] = [
  {
    code: 'CN',
    en: 'Mainland China',
    zh: ['中国大陆', '中国', '大陆', '内地', '中国内地', '中华人民共和国'],
    aliases: ['Chinese Mainland', 'China Mainland', 'China', 'PRC', "People's Republic of China", 'Mainland'],
    script: 'simplified',
  },
  {
    code: 'HK',
    en: 'Hong Kong',
    zh: ['香港', '中国香港', '香港特别行政区', '中国香港特别行政区', '香港特区'],
    aliases: ['Hong Kong SAR', 'HK SAR', 'Hong Kong, China', 'HKSAR', 'Hongkong'],
    script: 'traditional',
  },
  {
    code: 'MO',
    en: 'Macao',
    zh: ['澳门', '中国澳门', '澳门特别行政区', '中国澳门特别行政区', '澳门特区'],
    aliases: ['Macau', 'Macao SAR', 'Macau SAR', 'Macao, China', 'MSAR'],
    script: 'traditional',
  },
  {
    code: 'TW',
    en: 'Taiwan',
    zh: ['台湾', '中国台湾', '台湾地区', '中国台湾地区', '中华台北', '台澎金马'],
    aliases: ['Taiwan, China', 'Taiwan China', 'Chinese Taipei', 'Taiwan Region', 'Taipei'],
    script: 'traditional',
  },
  { code: 'SG', en: 'Singapore', zh: ['新加坡', '星加坡'], script: 'simplified' },
  { code: 'MY', en: 'Malaysia', zh: ['马来西亚'] },
  { code: 'US', en: 'United States', zh: ['美国', '美利坚合众国'], aliases: ['USA', 'United States of America'] },
  { code: 'GB', en: 'United Kingdom', zh: ['英国', '大不列颠及北爱尔兰联合王国'], aliases: ['UK', 'Great Britain', 'Britain', 'England'] },
  { code: 'AU', en: 'Australia', zh: ['澳大利亚', '澳洲'] },
  { code: 'NZ', en: 'New Zealand', zh: ['新西兰', '纽西兰'] },
  { code: 'CA', en: 'Canada', zh: ['加拿大'] },
  { code: 'JP', en: 'Japan', zh: ['日本'] },
  { code: 'KR', en: 'South Korea', zh: ['韩国', '大韩民国', '南韩'], aliases: ['Korea', 'Republic of Korea'] },
  { code: 'DE', en: 'Germany', zh: ['德国'] },
  { code: 'FR', en: 'France', zh: ['法国'] },
  { code: 'IT', en: 'Italy', zh: ['意大利'] },
  { code: 'ES', en: 'Spain', zh: ['西班牙'] },
  { code: 'NL', en: 'Netherlands', zh: ['荷兰'], aliases: ['Holland'] },
  { code: 'CH', en: 'Switzerland', zh: ['瑞士'] },
  { code: 'SE', en: 'Sweden', zh: ['瑞典'] },
  { code: 'TH', en: 'Thailand', zh: ['泰国'] },
  { code: 'VN', en: 'Vietnam', zh: ['越南'], aliases: ['Viet Nam'] },
  { code: 'ID', en: 'Indonesia', zh: ['印度尼西亚', '印尼'] },
  { code: 'PH', en: 'Philippines', zh: ['菲律宾'] },
  { code: 'IN', en: 'India', zh: ['印度'] },
  { code: 'AE', en: 'United Arab Emirates', zh: ['阿联酋', '阿拉伯联合酋长国'], aliases: ['UAE'] },
];

/**
 * Names of other countries/regions that contain a listed region's name: North Korea is not Korea,
 * Indiana not India. engine/region-name.ts removes them from a text before matching, so such a text
 * names no known region (unknown, never the wrong one). Checked 2026-12-06 (issue 21).
 */
export const otherRegionNames: { readonly en: readonly string[]; readonly zh: readonly string[] } = {
  en: [
    'North Korea',
    'Korea, North',
    'Korea (North)',
    "Democratic People's Republic of Korea",
    "Korea, Democratic People's Republic of",
    'DPRK',
    'DPR Korea',
    'Korea DPR',
    'British Indian Ocean Territory',
    'Indiana',
    'New England',
    'New South Wales',
    'Papua New Guinea',
  ],
  zh: ['朝鲜', '北韩', '朝鲜民主主义人民共和国', '英属印度洋领地'],
};

export function regionByCode(code: string | null | undefined): Region | undefined {
  return code ? regions.find((r) => r.code === code.toUpperCase()) : undefined;
}

export function isOverseas(code: string | null | undefined): boolean | null {
  if (!code) return null;
  return code.toUpperCase() !== 'CN';
}
