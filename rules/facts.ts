import { z } from 'zod';

// The project's own list of domain facts. Ids follow the shared facts list (F01…F62, with gaps);
// the wording is ours. Guidance entries, checks and console messages cite these ids so coverage can
// be counted. Where two sources disagree, the text says which figure to plan for. The texts are
// user-visible guidance, so they live in locales/ (factTextKey); this file keeps ids, sources, pages.

/** Page ids of the console pages the extension tells apart (console-reference.md §16), in flow order. */
export const consolePageIds = [
  'register.type-select',
  'register.account',
  'register.activate',
  'register.entity',
  'quick.intro',
  'quick.reuse',
  'quick.account',
  'quick.mailbox',
  'verify.agreement',
  'verify.documents',
  'verify.invoice',
  'verify.payment',
  'profile.basic',
  'profile.category',
  'filing.form',
  'filing.sms',
  'pay.merchant',
  'home.guide',
] as const;

export type ConsolePageId = (typeof consolePageIds)[number];

/** Every fact id of the shared list; the numbering has gaps on purpose (retired facts keep their ids unused). */
export const factIds = [
  'F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09',
  'F12', 'F13', 'F14', 'F16', 'F17', 'F18', 'F19', 'F20', 'F21', 'F22', 'F23', 'F24', 'F25',
  'F27', 'F28', 'F29', 'F30', 'F31', 'F34', 'F35', 'F38', 'F39', 'F40', 'F41', 'F42', 'F43', 'F44',
  'F48', 'F49', 'F50', 'F51', 'F52', 'F54', 'F55', 'F56', 'F58', 'F59', 'F60', 'F62',
] as const;

export type FactId = (typeof factIds)[number];

export const consolePageIdSchema = z.enum(consolePageIds);
export const factIdEnumSchema = z.enum(factIds);

export const factSchema = z.object({
  id: factIdEnumSchema,
  /** Where the fact comes from (guide name, year, or a console-reference section). */
  source: z.string().trim().min(3),
  /** Pages on which the fact matters. */
  pages: z.array(consolePageIdSchema).min(1),
});

export type Fact = z.infer<typeof factSchema>;

/** Locale key of a fact's text (locales/<locale>/facts.json): one or two sentences, in the project's own words. */
export function factTextKey(id: string): string {
  return `fact.${id}`;
}

const AZOYA_FAQ = 'Azoya FAQ on trial vs. permanent stores';
const AZOYA_2018 = 'Azoya guide to registering as an overseas entity, 2018';
const WEIXIN_OVERSEAS = 'Weixin official guide for non-Chinese-Mainland entities';
const MAINLAND_2023 = 'mainland registration, verification and ICP filing guide 2023';
const CHECKLIST = 'pre-launch qualification checklist';

export const facts: readonly Fact[] = [
  // Choosing the account
  {
    id: 'F01',
    source: AZOYA_FAQ,
    pages: ['register.type-select'],
  },
  {
    id: 'F02',
    source: `${AZOYA_FAQ}; ${AZOYA_2018}`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F03',
    source: AZOYA_2018,
    pages: ['register.type-select'],
  },
  {
    id: 'F04',
    source: `${AZOYA_2018}; console-reference §7`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F05',
    source: `${AZOYA_2018}; console-reference §7`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F06',
    source: AZOYA_FAQ,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F35',
    source: `${WEIXIN_OVERSEAS}; console-reference §5.2`,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F12',
    source: `${AZOYA_2018}; console-reference §5.2`,
    pages: ['register.entity'],
  },

  // Account info
  {
    id: 'F27',
    source: `console-reference §3.1; ${AZOYA_2018}`,
    pages: ['register.account', 'quick.account'],
  },
  {
    id: 'F50',
    source: `${CHECKLIST}; ${MAINLAND_2023}`,
    pages: ['register.type-select', 'register.account', 'register.entity'],
  },

  // Email activation
  {
    id: 'F62',
    source: `console-reference §4; ${AZOYA_2018}`,
    pages: ['register.activate', 'quick.mailbox'],
  },

  // Entity and admin info
  {
    id: 'F28',
    source: `${AZOYA_2018}; console-reference §5.5`,
    pages: ['register.entity'],
  },
  {
    id: 'F17',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F18',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F19',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F13',
    source: `${AZOYA_2018}; console-reference §9.1`,
    pages: ['register.entity', 'register.type-select'],
  },
  {
    id: 'F38',
    source: WEIXIN_OVERSEAS,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F39',
    source: WEIXIN_OVERSEAS,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F51',
    source: `${MAINLAND_2023}; console-reference §5.3`,
    pages: ['register.entity'],
  },
  {
    id: 'F52',
    source: 'console-reference §5.3, §5.4',
    pages: ['register.entity'],
  },

  // Verification
  {
    id: 'F40',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.agreement', 'verify.documents', 'verify.payment', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F14',
    source: `${WEIXIN_OVERSEAS}; console-reference §7`,
    pages: ['quick.intro', 'quick.reuse', 'quick.account'],
  },
  {
    id: 'F16',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F20',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F41',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F21',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F22',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F23',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F24',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F42',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F43',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F44',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F25',
    source: `${AZOYA_2018}; ${MAINLAND_2023}; console-reference §10`,
    pages: ['verify.payment', 'register.entity'],
  },
  {
    id: 'F29',
    source: AZOYA_2018,
    pages: ['verify.payment'],
  },
  {
    id: 'F48',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.agreement', 'verify.documents', 'verify.invoice', 'verify.payment'],
  },
  {
    id: 'F30',
    source: `${WEIXIN_OVERSEAS}; ${AZOYA_2018}`,
    pages: ['verify.payment', 'verify.documents'],
  },
  {
    id: 'F31',
    source: `${WEIXIN_OVERSEAS} (current); ${AZOYA_2018} (older)`,
    pages: ['verify.payment', 'profile.basic'],
  },
  {
    id: 'F49',
    source: WEIXIN_OVERSEAS,
    pages: ['profile.basic', 'verify.payment'],
  },

  // Filing
  {
    id: 'F34',
    source: `${WEIXIN_OVERSEAS}; console-reference §11`,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F54',
    source: MAINLAND_2023,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F55',
    source: MAINLAND_2023,
    pages: ['filing.form', 'filing.sms'],
  },
  {
    id: 'F56',
    source: MAINLAND_2023,
    pages: ['filing.form'],
  },
  {
    id: 'F58',
    source: `${MAINLAND_2023}; ${CHECKLIST}`,
    pages: ['filing.form', 'home.guide'],
  },

  // Store setup and payments
  {
    id: 'F09',
    source: `${AZOYA_2018}; console-reference §9`,
    pages: ['profile.category'],
  },
  {
    id: 'F07',
    source: AZOYA_2018,
    pages: ['pay.merchant', 'profile.basic'],
  },
  {
    id: 'F08',
    source: AZOYA_2018,
    pages: ['pay.merchant'],
  },
  {
    id: 'F60',
    source: `${CHECKLIST}; console-reference §12`,
    pages: ['pay.merchant'],
  },
  {
    id: 'F59',
    source: CHECKLIST,
    pages: ['home.guide'],
  },
];

const factIndex: ReadonlyMap<string, Fact> = new Map(facts.map((fact) => [fact.id, fact]));

/** The fact with this id, or undefined for an unknown id. */
export function factById(id: FactId): Fact;
export function factById(id: string): Fact | undefined;
export function factById(id: string): Fact | undefined {
  return factIndex.get(id);
}
