// The entity types (主体类型) the console offers, as each rendering labels them: registration's
// 个人 / 企业 / 媒体 / 政府 / 其他组织 / 团队 (register/step4.js codes 0–5, docs/console-notes.md §17.1),
// verification's 企业 / 个体工商户 / 政府 / 媒体 / 其他组织 (wxverify templates). The entity-type tip
// explains the ones the page shows, in the page's order (content/features/entity-type-options.ts).
// Source: /work/shared/console-reference.md §5.2 and §17.1, checked 2026-12-06.
export const ENTITY_TYPE_OPTIONS = [
  { zh: '个人', key: 'entity-option.personal' },
  { zh: '企业', key: 'entity-option.company' },
  { zh: '个体工商户', key: 'entity-option.individual-business' },
  { zh: '政府', key: 'entity-option.government' },
  { zh: '媒体', key: 'entity-option.media' },
  { zh: '其他组织', key: 'entity-option.other' },
  { zh: '团队', key: 'entity-option.team' },
] as const;
