import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §7: fast-register sub-step 3 (wxopen_create_step3.js), the same fields as
// register.account. Its step bar name 「2 填写小程序帐号信息」 belongs to the quick flow only, and the
// URL adds 100 to the score, so it outranks register.account wherever both match.
export const quickAccount = definePageRule({
  id: 'quick.account',
  title: 'page.quick-account.title',
  needs: ['page.quick-account.need-email', 'page.quick-account.need-password', 'page.quick-account.need-captcha'],
  guidance: [
    { key: 'guide.quick-account.email-new', facts: ['F27'] },
    { key: 'guide.quick-account.reused', facts: ['F14', 'F04'] },
    { key: 'guide.quick-account.entity-limit', facts: ['F14'] },
  ],
  stepBar: { names: { zh: ['填写小程序帐号信息'] }, title: 'page.quick-account.title-step' },
  detect: {
    urls: [{ path: '/cgi-bin/fastregister' }],
    markers: [
      { zh: ['填写小程序帐号信息'], en: ['Mini Program account information'] },
      { zh: ['选择复用资质'], en: ['Select qualifications to reuse'] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 1,
    minFields: 3,
  },
  fields: [fields.email, fields.password, fields.passwordConfirm, fields.captcha],
});
