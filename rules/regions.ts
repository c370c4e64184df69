// Countries/regions as the console's 注册国家/地区 list names them (Chinese, overseas-mode names:
// "中国大陆", "香港"…, console-reference.md §5.2), with the script company names are written in.
// A short list of the regions our users come from most; any other ISO code still works as "overseas".

export interface Region {
  code: string;
  en: string;
  zh: string[];
  /** The script Chinese company names use there: traditional in HK, MO, TW; simplified on the mainland. */
  script?: 'traditional' | 'simplified';
}

export const regions: readonly Region[] = [
  { code: 'CN', en: 'Mainland China', zh: ['中国大陆', '中国'], script: 'simplified' },
  { code: 'HK', en: 'Hong Kong', zh: ['香港', '中国香港', '香港特别行政区'], script: 'traditional' },
  { code: 'MO', en: 'Macao', zh: ['澳门', '中国澳门', '澳门特别行政区'], script: 'traditional' },
  { code: 'TW', en: 'Taiwan', zh: ['台湾', '中国台湾', '台湾地区'], script: 'traditional' },
  { code: 'SG', en: 'Singapore', zh: ['新加坡'], script: 'simplified' },
  { code: 'MY', en: 'Malaysia', zh: ['马来西亚'] },
  { code: 'US', en: 'United States', zh: ['美国'] },
  { code: 'GB', en: 'United Kingdom', zh: ['英国'] },
  { code: 'AU', en: 'Australia', zh: ['澳大利亚'] },
  { code: 'NZ', en: 'New Zealand', zh: ['新西兰'] },
  { code: 'CA', en: 'Canada', zh: ['加拿大'] },
  { code: 'JP', en: 'Japan', zh: ['日本'] },
  { code: 'KR', en: 'South Korea', zh: ['韩国'] },
  { code: 'DE', en: 'Germany', zh: ['德国'] },
  { code: 'FR', en: 'France', zh: ['法国'] },
  { code: 'IT', en: 'Italy', zh: ['意大利'] },
  { code: 'ES', en: 'Spain', zh: ['西班牙'] },
  { code: 'NL', en: 'Netherlands', zh: ['荷兰'] },
  { code: 'CH', en: 'Switzerland', zh: ['瑞士'] },
  { code: 'SE', en: 'Sweden', zh: ['瑞典'] },
  { code: 'TH', en: 'Thailand', zh: ['泰国'] },
  { code: 'VN', en: 'Vietnam', zh: ['越南'] },
  { code: 'ID', en: 'Indonesia', zh: ['印度尼西亚', '印尼'] },
  { code: 'PH', en: 'Philippines', zh: ['菲律宾'] },
  { code: 'IN', en: 'India', zh: ['印度'] },
  { code: 'AE', en: 'United Arab Emirates', zh: ['阿联酋', '阿拉伯联合酋长国'] },
];

export function regionByCode(code: string | null | undefined): Region | undefined {
  return code ? regions.find((r) => r.code === code.toUpperCase()) : undefined;
}

/** The region a console label names (香港, 中国香港, Hong Kong…), if known. */
export function regionFromConsoleText(text: string | null | undefined): Region | undefined {
  const value = (text ?? '').trim().replace(/\s+/g, ' ');
  if (!value) return undefined;
  const lower = value.toLowerCase();
  return regions.find((r) => r.zh.includes(value) || r.en.toLowerCase() === lower) ?? regions.find((r) => r.zh.some((z) => value.includes(z)));
}

export function isOverseas(code: string | null | undefined): boolean | null {
  if (!code) return null;
  return code.toUpperCase() !== 'CN';
}
