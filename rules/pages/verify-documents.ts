import { fields } from '../fields';
import { definePageRule } from '../schema';
import { verifyFields as v } from '../verify-fields';

// docs/console-notes.md §10, §16: 微信认证 step 2, 认证资料. A verification step bar may name 认证资料 on
// every step, so the page needs several of its own fields too. The entity type decides which
// registration document is asked for (F41); the name and naming rows are absent when an Official
// Account is verified, and the trademark row only follows 基于商标命名.
export const verifyDocuments = definePageRule({
  id: 'verify.documents',
  title: 'page.verify-documents.title',
  needs: [
    'page.verify-documents.need-entity-type',
    'page.verify-documents.need-entity-document',
    'page.verify-documents.need-letters',
    'page.verify-documents.need-contact',
    'page.verify-documents.need-name',
  ],
  guidance: [
    { key: 'guide.verify-documents.images', facts: ['F20', 'F41'] },
    { key: 'guide.verify-documents.entity-document', facts: ['F16', 'F41'] },
    { key: 'guide.verify-documents.exact-name', facts: ['F17', 'F18', 'F19'] },
    { key: 'guide.verify-documents.letters', facts: ['F24', 'F42', 'F43'] },
    { key: 'guide.verify-documents.contact', facts: ['F21', 'F22', 'F23'] },
    { key: 'guide.verify-documents.trademark', facts: ['F44'] },
    { key: 'guide.verify-documents.review-calls', facts: ['F30', 'F48'] },
    { key: 'guide.verify-documents.verification-method', facts: ['F71', 'F77'] },
  ],
  // The 10-day transfer point belongs to the form that offers 主体验证方式 (the 2026 form); the older
  // forms, the overseas one among them, have no such choice.
  when: { 'guide.verify-documents.verification-method': { fields: ['verification-method'] } },
  stepBar: { names: { zh: ['认证资料', '填写资料'] }, title: 'page.verify-documents.title-step' },
  detect: {
    // [GUESS] The Mini Program console's own wizard, under /wxamp/ like its other pages; its URL is not evidenced.
    recordOn: [{ path: '/wxamp/wxverify/index' }],
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [
      { zh: ['认证资料'], en: ['Verification information', 'Verification documents'] },
      { zh: ['主体资质材料'], en: ['Entity qualification'] },
      { zh: ['联系人信息'], en: ['Contact information'] },
      // The real templates' section titles (企业业务资料, 政府业务资料, 媒体业务资料, 非营利组织业务资料, 个体工商户资料).
      { zh: ['业务资料', '个体工商户资料'], en: ['Business information'] },
      // The current (2026) form's own labels, docs/console-notes.md §18.1.
      { zh: ['机构类型', '经营行业'], en: ['Organisation type'] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 1,
    minFields: 4,
  },
  // Required: what every rendering asks for. The rest depends on the entity type (the real templates'
  // per-entity forms, rules/verify-fields.ts) or on a choice (the trademark row).
  fields: [
    { ...fields.verifyEntityType, optional: true },
    { ...v.orgType, optional: true },
    { ...v.industry, optional: true },
    { ...v.fullName, optional: true },
    { ...v.registrationNumber, optional: true },
    { ...v.organisationCode, optional: true },
    { ...v.registeredAddress, optional: true },
    { ...v.officeAddress, optional: true },
    { ...v.officePhone, optional: true },
    { ...v.businessScope, optional: true },
    { ...v.licensedScope, optional: true },
    { ...v.mediaType, optional: true },
    { ...v.mediaName, optional: true },
    { ...v.verificationMethod, optional: true },
    { ...v.bankAccountName, optional: true },
    { ...v.bankName, optional: true },
    { ...v.bankAccount, optional: true },
    { ...v.legalRepQr, optional: true },
    { ...v.legalPerson, optional: true },
    { ...v.entityCertificate, optional: true },
    { ...v.organisationCodeCertificate, optional: true },
    { ...v.mediaLicence, optional: true },
    { ...v.relatedProof, optional: true },
    // The 2026 form (§18.1) quotes no application letter: optional, so it is not reported missing there.
    { ...v.applicationLetter, optional: true },
    { ...fields.authorisationLetter, optional: true },
    { ...fields.mpName, optional: true },
    { ...fields.namingMethod, optional: true },
    { ...fields.trademarkCertificate, optional: true },
    v.contactName,
    v.contactMobile,
    { ...v.smsCode, optional: true },
    v.contactEmail,
    { ...v.contactIdNumber, optional: true },
    { ...v.contactQr, optional: true },
    { ...v.contactIdFront, optional: true },
    { ...v.contactIdBack, optional: true },
    { ...v.phoneBill, optional: true },
    { ...v.officePhoneBill, optional: true },
    { ...v.otherDocuments, optional: true },
  ],
});
