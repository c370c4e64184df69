import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §11, §16: 小程序备案 (ICP filing) form, mainland entities only. Its URL is
// unknown (opened with 去备案 / 去完善 from 首页 or 基本设置); the labels are inferred from the API.
export const filingForm = definePageRule({
  id: 'filing.form',
  title: 'page.filing-form.title',
  needs: [
    'page.filing-form.need-overseas-stop',
    'page.filing-form.need-entity',
    'page.filing-form.need-principal',
    'page.filing-form.need-program',
    'page.filing-form.need-face',
  ],
  guidance: [
    { key: 'guide.filing-form.overseas-no-filing', facts: ['F34'] },
    { key: 'guide.filing-form.when', facts: ['F54'] },
    { key: 'guide.filing-form.stages', facts: ['F55'] },
    { key: 'guide.filing-form.emergency-contact', facts: ['F50'] },
    { key: 'guide.filing-form.documents', facts: ['F56'] },
    { key: 'guide.filing-form.servers', facts: ['F58'] },
  ],
  detect: {
    // Opened from the console home's 去备案 / 去完善 (§16); its own URL is not evidenced.
    recordOn: [{ path: '/wxamp/home/guide' }],
    markers: [
      { zh: ['小程序备案'], en: ['Mini Program filing'] },
      { zh: ['备案信息填写'], en: ['Fill in filing information'] },
      { zh: ['主体负责人信息'], en: ['Entity principal'] },
      { zh: ['小程序负责人信息'], en: ['Mini Program principal'] },
      { zh: ['前置审批项'], en: ['Pre-approval'] },
    ],
    minMarkers: 2,
    minFields: 3,
  },
  fields: [
    fields.filingPrincipalName,
    fields.filingMobile,
    fields.filingEmergencyContact,
    fields.filingEmail,
    fields.serviceType,
    fields.preApproval,
    fields.filingNote,
    { ...fields.appid, optional: true },
  ],
});
