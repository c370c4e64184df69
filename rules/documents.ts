import type { FactId } from './facts';

// Documents uploaded for WeChat verification (微信认证), as data: which kinds exist, how the console
// labels their upload fields, the facts each one carries, and which ones each entity type needs.
// Sources: facts F16 F20–F24 F41–F44 (rules/facts.ts) and docs/console-notes.md §10 (认证资料,
// 主体资质材料, 命名方式 基于商标命名). The console's upload labels are only partly known, so labels
// are matched as substrings and an unknown label falls back to 'other'.

export const documentKinds = [
  'entity-certificate', // 主体资质材料: the registration itself (F16, F41)
  'application-letter', // 认证申请公函 / the console's application form template (F24, F42)
  'authorisation-letter', // 运营授权书 (F43)
  'contact-id', // the verification contact's ID card or passport (F21)
  'phone-bill', // the contact's phone bill (F23)
  'office-phone-bill', // 公司办公电话对账单 (选填), the overseas form's optional company phone bill (F23)
  'trademark', // trademark certificate or authorisation, for trademark-based names (F44)
  'other',
] as const;

export type DocumentKind = (typeof documentKinds)[number];

/** Facts each document's reminder cites. */
export const documentFacts: Readonly<Record<DocumentKind, readonly FactId[]>> = {
  'entity-certificate': ['F16', 'F41'],
  // F24 names the letter's content; F42 says the console's template is required. We treat the
  // "application letter" of the overseas guides and the "application form" as one document.
  'application-letter': ['F24', 'F42'],
  'authorisation-letter': ['F43'],
  'contact-id': ['F21', 'F22'],
  'phone-bill': ['F23'],
  'office-phone-bill': ['F23'],
  trademark: ['F44'],
  other: ['F20', 'F41'],
};

export interface DocumentLabels {
  kind: Exclude<DocumentKind, 'other'>;
  /** Chinese label fragments, matched as substrings. */
  zh: readonly string[];
  /** English label fragments (lang=en_US or a translated page), matched at word starts, case-insensitively. */
  en: readonly string[];
}

/**
 * Upload labels by kind. Order matters: the first kind with a matching fragment wins, so the
 * trademark (商标注册证书, 商标授权书) comes before the entity certificate (注册证书) and the
 * authorisation letter (授权书).
 */
export const documentLabels: readonly DocumentLabels[] = [
  { kind: 'trademark', zh: ['商标'], en: ['trademark', 'trade mark', 'brand authori'] },
  {
    kind: 'application-letter',
    zh: ['认证申请公函', '申请公函', '认证公函', '认证申请表', '申请表'],
    en: ['application letter', 'application form', 'verification application', 'letter of application'],
  },
  {
    kind: 'authorisation-letter',
    zh: ['运营授权书', '授权书', '授权函'],
    en: ['authorisation letter', 'authorization letter', 'letter of authorisation', 'letter of authorization', 'operation authori'],
  },
  // The real overseas form names both bills 对账单 (tpl/wxverify/overseas_entreg.html, checked 2026-12-02):
  // the company's office bill first, so the contact's bill keeps the shorter fragments.
  { kind: 'office-phone-bill', zh: ['办公电话对账单', '公司办公电话'], en: ['office phone bill', 'company phone bill'] },
  {
    kind: 'phone-bill',
    zh: ['话费账单', '手机话费', '话费', '电话账单', '电话对账单', '对账单'],
    en: ['phone bill', 'telephone bill', 'mobile bill', 'phone statement'],
  },
  { kind: 'contact-id', zh: ['身份证', '护照', '证件照', '身份证明'], en: ['id card', 'identity card', 'passport', 'identity document', 'proof of identity'] },
  {
    kind: 'entity-certificate',
    zh: ['主体资质材料', '主体资质', '营业执照', '注册证书', '登记证书', '登记证', '注册登记', '企业注册证', '商业许可证', '法人证书', '组织机构代码证'],
    en: [
      'business licence',
      'business license',
      'business registration',
      'registration certificate',
      'certificate of incorporation',
      'certificate of registration',
      'entity qualification',
    ],
  },
];

export type ChecklistEntityType = 'company' | 'individual-business' | 'government' | 'media' | 'other';

export interface ChecklistItem {
  kind: Exclude<DocumentKind, 'other'>;
  facts: readonly FactId[];
  /** When the item applies; absent means always. */
  when?: 'trademark-name' | 'optional'; // 基于商标命名: the name is based on a trademark (F44); optional: the form says 选填
  /**
   * For the entity certificate: which registration document this entity type uploads (F41); it
   * selects the item's label (`documents.entity-certificate:<variant>` in locales/en/checks.json).
   */
  variant?: 'business' | 'individual-business' | 'founding';
}

/** What every entity type uploads besides its registration document, in upload order. */
const COMMON_ITEMS: readonly ChecklistItem[] = [
  { kind: 'application-letter', facts: ['F24', 'F42'] },
  { kind: 'authorisation-letter', facts: ['F43'] },
  { kind: 'contact-id', facts: ['F21', 'F22'] },
  { kind: 'phone-bill', facts: ['F23'] },
  { kind: 'trademark', facts: ['F44'], when: 'trademark-name' },
];

function checklist(variant: NonNullable<ChecklistItem['variant']>): readonly ChecklistItem[] {
  return [{ kind: 'entity-certificate', facts: ['F16', 'F41'], variant }, ...COMMON_ITEMS];
}

/** The overseas company form also offers the company's office phone bill, marked 选填 (overseas_entreg.html). */
const COMPANY_ITEMS: readonly ChecklistItem[] = [
  ...checklist('business').filter((item) => item.kind !== 'trademark'),
  { kind: 'office-phone-bill', facts: ['F23'], when: 'optional' },
  ...COMMON_ITEMS.filter((item) => item.kind === 'trademark'),
];

/**
 * Documents for WeChat verification by entity type, in the order the form asks for them. The
 * registration document differs (F41): enterprises upload the registration certificate or business
 * licence, individual businesses their individual business registration, governments, media and
 * other organisations their founding documents. Personal accounts are absent on purpose: they verify
 * with a mainland ID only and cannot sell (F13).
 */
export const documentChecklists: Readonly<Record<ChecklistEntityType, readonly ChecklistItem[]>> = {
  company: COMPANY_ITEMS,
  'individual-business': checklist('individual-business'),
  government: checklist('founding'),
  media: checklist('founding'),
  other: checklist('founding'),
};
