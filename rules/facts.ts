import { z } from 'zod';

// The project's own list of domain facts. Ids follow the seed facts list the project started from (F01…F62, with gaps);
// the wording is ours. Guidance entries, checks and console messages cite these ids so coverage can
// be counted. Where two sources disagree, the text says which figure to plan for. The texts are
// user-visible guidance, so they live in locales/ (factTextKey); this file keeps ids, sources, pages.

/** Page ids of the console pages the extension tells apart (docs/console-notes.md §16), in flow order. */
export const consolePageIds = [
  'register.type-select',
  'register.account',
  'register.activate',
  'register.entity',
  'quick.intro',
  'quick.reuse',
  'quick.account',
  'quick.mailbox',
  'quick.reuse-verify',
  'verify.agreement',
  'verify.documents',
  'verify.naming',
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
  'F01',
  'F02',
  'F03',
  'F04',
  'F05',
  'F06',
  'F07',
  'F08',
  'F09',
  'F12',
  'F13',
  'F14',
  'F16',
  'F17',
  'F18',
  'F19',
  'F20',
  'F21',
  'F22',
  'F23',
  'F24',
  'F25',
  'F27',
  'F28',
  'F29',
  'F30',
  'F31',
  'F34',
  'F35',
  'F38',
  'F39',
  'F40',
  'F41',
  'F42',
  'F43',
  'F44',
  'F48',
  'F49',
  'F50',
  'F51',
  'F52',
  'F54',
  'F55',
  'F56',
  'F58',
  'F59',
  'F60',
  'F62',
  // Added from docs/console-notes.md §17 and public pages checked in 2026-12 (F70 on, leaving F63… free).
  'F70',
  'F71',
  'F72',
  'F73',
  'F74',
  // Added from the independent audit of 2026-12-06 (docs/console-notes.md §18).
  'F75',
  'F76',
  'F77',
] as const;

export type FactId = (typeof factIds)[number];

export const consolePageIdSchema = z.enum(consolePageIds);
export const factIdEnumSchema = z.enum(factIds);

/** A real calendar day written YYYY-MM-DD. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'not a calendar day');

export const factSchema = z.object({
  id: factIdEnumSchema,
  /** Where the fact comes from: a seed guide's name, a section of the project's console notes (docs/console-notes.md), or a public page's address. */
  source: z.string().trim().min(3),
  /** The day the fact was last checked against its source (YYYY-MM-DD). */
  checked: isoDay,
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
/** The console reference's new evidence, checked against public sources (docs/console-notes.md §17.3). */
const REFERENCE_2026 = 'docs/console-notes.md §17.3 (public sources checked 2026-12)';
/** When the facts were first written from the seed guides (git history of this file). */
const SEED_CHECKED = '2026-11-21';
/** When the facts below marked so were corrected against docs/console-notes.md §17 and public pages. */
const RECHECKED = '2026-12-02';
/** The independent audit of every fact against public sources (docs/console-notes.md §18). */
const AUDITED = '2026-12-06';
const AUDIT = 'docs/console-notes.md §18 (independent audit, 2026-12-06)';

export const facts: readonly Fact[] = [
  // Choosing the account
  {
    id: 'F01',
    source: AZOYA_FAQ,
    checked: SEED_CHECKED,
    pages: ['register.type-select'],
  },
  {
    id: 'F02',
    source: `${AZOYA_FAQ}; ${AZOYA_2018}`,
    checked: SEED_CHECKED,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F03',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['register.type-select'],
  },
  {
    id: 'F04',
    source: `${AZOYA_2018}; docs/console-notes.md §7`,
    checked: SEED_CHECKED,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F05',
    source: `${AZOYA_2018} (older limits); docs/console-notes.md §7 (linking messages 已关联10个… / 3个主体不同, MP-JS manage.js); ${REFERENCE_2026}`,
    checked: RECHECKED,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F06',
    source: AZOYA_FAQ,
    checked: SEED_CHECKED,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F35',
    source: `${WEIXIN_OVERSEAS}; docs/console-notes.md §5.2; developers.weixin.qq.com/community/develop/article/doc/000e64388c0f107faf739efcd66813 (企业、个体工商户…)`,
    checked: RECHECKED,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F12',
    source: `${AZOYA_2018}; docs/console-notes.md §5.2`,
    checked: SEED_CHECKED,
    pages: ['register.entity'],
  },

  // Account info
  {
    id: 'F27',
    source: `docs/console-notes.md §3.1; ${AZOYA_2018}; ${REFERENCE_2026} (订阅号 renamed 公众号, 2024-11)`,
    checked: RECHECKED,
    pages: ['register.account', 'quick.account'],
  },
  {
    id: 'F50',
    source: `${CHECKLIST}; ${MAINLAND_2023}`,
    checked: SEED_CHECKED,
    pages: ['register.type-select', 'register.account', 'register.entity'],
  },

  // Email activation
  {
    id: 'F62',
    source: `docs/console-notes.md §4; ${AZOYA_2018}`,
    checked: SEED_CHECKED,
    pages: ['register.activate', 'quick.mailbox'],
  },

  // Entity and admin info
  {
    id: 'F28',
    source: `${AZOYA_2018}; docs/console-notes.md §5.5; ${REFERENCE_2026} (admin can be changed, entity cannot)`,
    checked: RECHECKED,
    pages: ['register.entity'],
  },
  {
    id: 'F17',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F18',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F19',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F13',
    source: `${AZOYA_2018}; docs/console-notes.md §9.1`,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'register.type-select'],
  },
  {
    id: 'F38',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F39',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F51',
    source: `${MAINLAND_2023}; docs/console-notes.md §5.3`,
    checked: SEED_CHECKED,
    pages: ['register.entity'],
  },
  {
    id: 'F52',
    source: `docs/console-notes.md §5.3, §5.4; ${REFERENCE_2026} (50 per entity, 5 per individual business)`,
    checked: RECHECKED,
    pages: ['register.entity'],
  },

  // Verification
  {
    id: 'F40',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['verify.agreement', 'verify.documents', 'verify.payment', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F14',
    source: `${WEIXIN_OVERSEAS}; docs/console-notes.md §7; developers.weixin.qq.com/community/develop/doc/0008065a6c42e8102ba912eeb50809; ${REFERENCE_2026} (广告与服务 path)`,
    checked: RECHECKED,
    pages: ['quick.intro', 'quick.reuse', 'quick.account', 'quick.reuse-verify'],
  },
  {
    id: 'F16',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F20',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F41',
    source: `${WEIXIN_OVERSEAS}; overseas verification form (大小不超过2M) and the official upload documentation for verification materials (2M); 5M only on 2018 mainland forms; ${AUDIT}`,
    checked: AUDITED,
    pages: ['verify.documents'],
  },
  {
    id: 'F21',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F22',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F23',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F24',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F42',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F43',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['verify.documents'],
  },
  {
    id: 'F44',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['verify.documents', 'verify.naming'],
  },
  {
    id: 'F25',
    source: `${AZOYA_2018}; ${MAINLAND_2023}; docs/console-notes.md §10`,
    checked: SEED_CHECKED,
    pages: ['verify.payment', 'register.entity'],
  },
  {
    id: 'F29',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['verify.payment'],
  },
  {
    id: 'F48',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['verify.agreement', 'verify.documents', 'verify.invoice', 'verify.payment'],
  },
  {
    id: 'F30',
    source: `${WEIXIN_OVERSEAS}; ${AZOYA_2018}`,
    checked: SEED_CHECKED,
    pages: ['verify.payment', 'verify.documents'],
  },
  {
    id: 'F31',
    source: `${WEIXIN_OVERSEAS} (current); ${AZOYA_2018} (older)`,
    checked: SEED_CHECKED,
    pages: ['verify.payment', 'profile.basic'],
  },
  {
    id: 'F49',
    source: WEIXIN_OVERSEAS,
    checked: SEED_CHECKED,
    pages: ['profile.basic', 'verify.payment'],
  },

  // Filing
  {
    id: 'F34',
    source: `${WEIXIN_OVERSEAS}; docs/console-notes.md §11; ${AUDIT} (quick-registered Mini Programs share the Official Account's yearly verification, USD 99 a year)`,
    checked: AUDITED,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F54',
    source: `${MAINLAND_2023}; official third-party platform API submitAuthAndIcp (developers.weixin.qq.com/doc/oplatform, 认证及备案二合一: enterprise and personal types only); ${AUDIT}`,
    checked: AUDITED,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F55',
    source: `${MAINLAND_2023}; docs/console-notes.md §11 (the code from 12381 entered within 24 hours of the SMS: official English SMS FAQ, developers.weixin.qq.com/minigame/en/product/record/sms_verification.html); ${REFERENCE_2026} (SMS to the persons in charge)`,
    checked: '2026-12-07',
    pages: ['filing.form', 'filing.sms'],
  },
  {
    id: 'F56',
    source: MAINLAND_2023,
    checked: SEED_CHECKED,
    pages: ['filing.form'],
  },
  {
    id: 'F58',
    source: `${MAINLAND_2023}; WeChat's server-domain rules (every server domain of a mainland entity ICP-filed); ${AUDIT} (no public source on overseas entities)`,
    checked: AUDITED,
    pages: ['filing.form', 'home.guide'],
  },

  // Store setup and payments
  {
    id: 'F09',
    source: `${AZOYA_2018}; docs/console-notes.md §9 (商家自营 → 食品 needs 食品经营许可证); project issue 12 (no mainland food licence for overseas entities)`,
    checked: RECHECKED,
    pages: ['profile.category'],
  },
  {
    id: 'F07',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['pay.merchant', 'profile.basic'],
  },
  {
    id: 'F08',
    source: AZOYA_2018,
    checked: SEED_CHECKED,
    pages: ['pay.merchant'],
  },
  {
    id: 'F60',
    source: `${CHECKLIST}; docs/console-notes.md §12`,
    checked: SEED_CHECKED,
    pages: ['pay.merchant'],
  },
  {
    id: 'F59',
    source: `${CHECKLIST}; ${REFERENCE_2026} (用户隐私保护指引)`,
    checked: RECHECKED,
    pages: ['home.guide'],
  },
  // Added 2026-12 (docs/console-notes.md §17.3 and the public pages named)
  {
    id: 'F70',
    source: `${REFERENCE_2026} (official community answer on 年审); ${AUDIT} (认证有效期 starts the clock, window 3 months before, yearly; overseas: none when registered directly, the Official Account's when quick-registered)`,
    checked: AUDITED,
    pages: ['profile.basic', 'home.guide', 'verify.agreement'],
  },
  {
    id: 'F71',
    source: 'docs/console-notes.md §5.3 (official Mini Program intro doc: 请在10天内完成汇款，否则将注册失败)',
    checked: RECHECKED,
    pages: ['register.entity'],
  },
  {
    id: 'F72',
    source:
      'third-party only: asoyuchu.com/newsDetail.html?id=1112 (quotes WeChat verification rules: 30 自然日 from the first request, 认证超时); docs/console-notes.md §10 (3 chances to resubmit)',
    checked: RECHECKED,
    pages: ['verify.payment', 'verify.documents'],
  },
  {
    id: 'F73',
    source: `${AUDIT} (用户隐私保护指引 required for code review since 2021-11; user-consent rule 2023-09-15, moved to 2023-10-17); path 设置 → 功能设置 → 用户隐私保护指引`,
    checked: AUDITED,
    pages: ['profile.basic', 'home.guide'],
  },
  {
    id: 'F74',
    source: `official setNickName documentation (developers.weixin.qq.com/doc/oplatform, quota of 2, reset every 1 January and after verification); ${AUDIT}; docs/console-notes.md §8.1 (renames need the admin's scan)`,
    checked: AUDITED,
    pages: ['profile.basic'],
  },
  {
    id: 'F75',
    source: `official API error 86011 (setNickName: 名称包含微信、小程序、腾讯等保护词); ${AUDIT} (商标注册证 or authorisation for a name that hits a registered trademark)`,
    checked: AUDITED,
    pages: ['verify.naming', 'profile.basic'],
  },
  {
    id: 'F76',
    source: `WeChat developer community answers 2024–2025 (overseas entities' Mini Programs rejected in code review for wx.getLocation without the permission); ${AUDIT}`,
    checked: AUDITED,
    pages: ['home.guide'],
  },
  // Added 2026-12-06 (docs/console-notes.md §18.1: the current 微信认证 form).
  {
    id: 'F77',
    source:
      'docs/console-notes.md §18.1 (automation on the live console, 2026: 主体验证方式 对公账户打款 / 法人扫脸, the form rebuilding itself); qinsilk.com help question 2453 (third party: 建议选择法人扫脸)',
    checked: '2026-12-06',
    pages: ['verify.documents'],
  },
];

const factIndex: ReadonlyMap<string, Fact> = new Map(facts.map((fact) => [fact.id, fact]));

/** The fact with this id, or undefined for an unknown id. */
export function factById(id: FactId): Fact;
export function factById(id: string): Fact | undefined;
export function factById(id: string): Fact | undefined {
  return factIndex.get(id);
}
