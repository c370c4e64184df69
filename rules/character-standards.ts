// Which character forms each region's company register writes, as data for the company-name script
// check (engine/checks/company-name-script.ts). The tables named are opencc-js's regional variant
// tables (OpenCC's HKVariants.txt / TWVariants.txt: OpenCC standard form → regional standard form).

export type VariantTable = 'HK' | 'TW';

export interface CharacterStandard {
  /** Regional tables whose forms are valid there (besides OpenCC's standard traditional forms). */
  tables: readonly VariantTable[];
  /** The table whose form is suggested for a simplified character (为 → 為). */
  suggest: VariantTable;
  /** Further characters valid there that the tables do not list. */
  also: string;
  /**
   * Whether a name typed with characters valid in both scripts (万 后 恒 余 干 里 …) and nothing
   * simplified-only gets a "compare with the certificate" warning. Hong Kong registers use many of
   * them (恒生銀行, 余 and 干 as surnames, 里 in place names), so there it is said only when the name
   * also holds simplified-only characters.
   */
  warnBothScripts: boolean;
  source: string;
  checked: string;
}

const HK_MO: CharacterStandard = {
  // HK's 常用字字形表 forms (温 户 説 為 …) and the other standard traditional forms Hong Kong
  // registers accept: OpenCC's Kangxi-based forms (羣 峯 爲) and the 辭海/Taiwan forms (群 峰 床 秘).
  // The evidence for accepting every Taiwan form is thin, so they are only never *flagged*: the
  // company-name check still compares with the certificate's exact characters.
  tables: ['HK', 'TW'],
  suggest: 'HK',
  also: '',
  warnBothScripts: false,
  source:
    'opencc-js 1.4.2 HKVariants/TWVariants; docs/console-notes.md §17.3 (群 峰 為 台 秘 床); docs/console-notes.md §18 (恒 余 干 里 in registered names: 恒生銀行)',
  checked: '2026-12-06',
};

export const characterStandards: Readonly<Record<'HK' | 'MO' | 'TW', CharacterStandard>> = {
  HK: HK_MO,
  MO: HK_MO,
  TW: {
    tables: ['TW'],
    suggest: 'TW',
    // 台 is a standard character of its own in Taiwan's 常用國字標準字體表, and in registered names
    // (台灣積體電路製造股份有限公司); OpenCC lists it only as a simplified key (台 → 臺).
    also: '台',
    warnBothScripts: true,
    source: 'opencc-js 1.4.2 TWVariants; 常用國字標準字體表 (台); docs/console-notes.md §17.3',
    checked: '2026-12-02',
  },
};
