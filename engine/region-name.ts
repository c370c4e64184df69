// The region a text names: the console's 注册国家/地区 value (Chinese or English page, any of its
// namings), or what a user typed. Every name in rules/regions.ts is matched inside the text, in
// simplified characters (澳門 → 澳门) and, for English, case- and punctuation-insensitively. The most
// specific (longest) name wins, and a region other than the mainland always wins over the mainland:
// 中国香港特别行政区, 香港（中国） and "Hong Kong, China" are Hong Kong, never China. Text naming no
// known region is unknown (undefined), never silently the mainland.
import { otherRegionNames, regions, type Region } from '../rules/regions';

/**
 * Traditional → simplified for the characters of the region names only (pairs; every traditional
 * form opencc-js's TSCharacters gives them: test/unit/region-name.test.ts). Not the whole dictionary,
 * whose parsing would cost the page's first evaluation several milliseconds.
 */
export const REGION_NAME_FOLD = '亞亚來来內内別别區区國国堅坚彆别愛爱檯台灣湾爾尔眾众紐纽聯联臺台華华蘭兰衆众賓宾長长門门閤合陸陆韓韩顛颠颱台馬马';
const fold = new Map(Array.from({ length: REGION_NAME_FOLD.length / 2 }, (_, i) => [REGION_NAME_FOLD.charAt(2 * i), REGION_NAME_FOLD.charAt(2 * i + 1)]));

interface Name {
  region: Region;
  text: string;
  /** English names shorter than this must stand as whole words (UK, USA, PRC). */
  wholeWord: boolean;
}

const SHORT = 5;

/** Lower case, every run of other characters than letters and digits as one space, padded. */
function latinForm(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The Chinese characters only, region names' characters in simplified forms. */
function hanForm(text: string): string {
  return Array.from(text.replace(/\P{Script=Han}+/gu, ''), (char) => fold.get(char) ?? char).join('');
}

let names: { han: Name[]; latin: Name[]; otherHan: string[]; otherLatin: string[] } | undefined;

function allNames() {
  if (!names) {
    names = {
      han: regions.flatMap((region) => region.zh.map((zh) => ({ region, text: hanForm(zh), wholeWord: false }))),
      latin: regions.flatMap((region) =>
        [region.en, ...(region.aliases ?? [])].map((en) => {
          const text = latinForm(en).trim();
          return { region, text, wholeWord: text.replace(/ /g, '').length < SHORT };
        }),
      ),
      otherHan: otherRegionNames.zh.map(hanForm),
      otherLatin: otherRegionNames.en.map((en) => latinForm(en)),
    };
  }
  return names;
}

/** The text without the names of other regions that contain a listed one (North Korea, 朝鲜). */
function withoutOtherRegions(text: string, others: readonly string[], gap: string): string {
  let rest = text;
  for (const other of others) rest = rest.split(other).join(gap);
  return rest;
}

function bestMatch(text: string): Region | undefined {
  const { han: hanNames, latin: latinNames, otherHan, otherLatin } = allNames();
  const han = withoutOtherRegions(hanForm(text), otherHan, '|');
  const latin = withoutOtherRegions(latinForm(text), otherLatin, ' | ');
  let best: Name | undefined;
  let bestIsMainland = true;
  const consider = (name: Name, found: boolean) => {
    if (!found) return;
    const mainland = name.region.code === 'CN';
    // a region other than the mainland beats the mainland; otherwise the longer name wins
    if (!best || (bestIsMainland && !mainland) || (bestIsMainland === mainland && name.text.length > best.text.length)) {
      best = name;
      bestIsMainland = mainland;
    }
  };
  if (han) for (const name of hanNames) consider(name, han.includes(name.text));
  for (const name of latinNames) consider(name, latin.includes(name.wholeWord ? ` ${name.text} ` : name.text));
  return best?.region;
}

let last: { text: string; region: Region | undefined } | undefined;

/** The region a text names (香港, 中国香港特别行政区, Hong Kong SAR, Taiwan China, HK…), or undefined. */
export function regionFromText(text: string | null | undefined): Region | undefined {
  const value = typeof text === 'string' ? text.trim() : '';
  if (!value) return undefined;
  if (last?.text === value) return last.region; // the page's value is read on every keystroke
  const code = /^[A-Za-z]{2}$/.test(value) ? regions.find((r) => r.code === value.toUpperCase()) : undefined;
  const region = code ?? (value.length > 200 ? undefined : bestMatch(value));
  last = { text: value, region };
  return region;
}
