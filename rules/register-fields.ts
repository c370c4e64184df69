import type { FieldRule } from './schema';

type FieldInput = Omit<FieldRule, 'optional' | 'labels'> & { labels: { zh: string[]; en?: string[] }; optional?: boolean };

// Information registration (信息登记) as live in 2026 (docs/console-notes.md §17.2, checked 2026-12-02): a
// 类目 choice 游戏 / 其他 (hidden radios category_type behind label[for]; the row's own label text is not
// recorded, 类目 is [GUESS]), and the legal-representative path of register/mod/mod_legal_person.js
// (legal_person_name, legal_person_idcard; labels [INFERRED] from its messages 请填写法定代表人姓名,
// 法定代表人身份证格式不正确…).
export const registerFields = {
  categoryType: { id: 'category-type', kind: 'radio', labels: { zh: ['类目', '帐号类目'], en: ['Category'] } },
  legalPersonName: { id: 'legal-person-name', kind: 'text', labels: { zh: ['法定代表人姓名'], en: ["Legal representative's name"] } },
  legalPersonId: {
    id: 'legal-person-id',
    kind: 'text',
    labels: { zh: ['法定代表人身份证号码', '法定代表人身份证'], en: ["Legal representative's ID number"] },
  },
} satisfies Record<string, FieldInput>;
