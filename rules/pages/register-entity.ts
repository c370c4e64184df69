import { fields } from '../fields';
import { definePageRule } from '../schema';
import { registerFields } from '../register-fields';

const TRANSFER = { zh: ['对公打款', '对公账户打款', '小额打款'] };
const LEGAL_REP = { zh: ['法定代表人验证', '法人扫脸'] };

// docs/console-notes.md §5: step 3, information registration (信息登记). Its URL for Mini Programs is
// unknown, so it is recognised by its headings and fields wherever it appears on the console.
export const registerEntity = definePageRule({
  id: 'register.entity',
  title: 'page.register-entity.title',
  needs: ['page.register-entity.need-country-type', 'page.register-entity.need-company', 'page.register-entity.need-admin', 'page.register-entity.need-scan'],
  guidance: [
    { key: 'guide.register-entity.final', facts: ['F28'] },
    { key: 'guide.register-entity.exact-name', facts: ['F17', 'F18', 'F19'] },
    { key: 'guide.register-entity.not-personal', facts: ['F13', 'F06'] },
    { key: 'guide.register-entity.verify-method', facts: ['F51', 'F71'] },
    { key: 'guide.register-entity.verify-overseas', facts: ['F40'] },
    { key: 'guide.register-entity.admin-scan', facts: ['F38', 'F39'] },
    { key: 'guide.register-entity.limits', facts: ['F52'] },
    { key: 'guide.register-entity.category-games', facts: [] },
  ],
  // The verification methods the page offers decide which point applies: 对公打款 is offered to
  // mainland entities only; overseas, government and media entities get 微信认证 alone (docs/console-notes.md §5).
  when: {
    'guide.register-entity.verify-method': { shows: [TRANSFER] },
    'guide.register-entity.verify-overseas': { fields: ['verify-method'], lacks: [TRANSFER, LEGAL_REP] },
  },
  // 3 信息登记; the emailed-code flow has no activation step, so it may be 2 there.
  stepBar: { names: { zh: ['信息登记'] }, title: 'page.register-entity.title-step' },
  detect: {
    // Progress is recorded only here: the flow's pages after step 1 switch in place (§3), and the legacy
    // Official Account registration's step-3 URLs (console reference, "register.entity").
    recordOn: [{ path: '/wxopen/waregister' }, { path: '/acct/contractorpage' }, { path: '/acct/realnamesubmit' }, { path: '/acct/registerpage' }],
    markers: [
      { zh: ['用户信息登记'], en: ['User information registration'] },
      { zh: ['主体信息登记'], en: ['Entity information'] },
      { zh: ['管理员信息登记'], en: ['Administrator information'] },
      { zh: ['信息登记'], en: ['Information registration'] },
    ],
    minMarkers: 1,
    minFields: 3,
  },
  fields: [
    fields.country,
    fields.entityType,
    fields.companyType,
    { ...fields.companyName, optional: true },
    { ...fields.registrationNumber, optional: true },
    { ...fields.verifyMethod, optional: true },
    fields.adminName,
    fields.adminId,
    fields.adminMobile,
    fields.smsCode,
    // Live in 2026 (§17.2): the 类目 choice, and the legal representative's rows when 法定代表人验证 is chosen.
    { ...registerFields.categoryType, optional: true },
    { ...registerFields.legalPersonName, optional: true },
    { ...registerFields.legalPersonId, optional: true },
  ],
});
