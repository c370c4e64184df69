import { definePageRule } from '../schema';

// Reusing the Official Account's verification for a Mini Program (复用公众号资质认证小程序), from the console's
// own module wxopen/reuse_wxverify.js (~2018, docs/console-notes.md §17.1, checked 2026-12-02): steps
// 1.快速认证须知 / 2.管理员确认 / 3.确认认证资料 switch in place (#js_agree, .js_next_1, #js_div_qrcheck,
// .js_submit; POST /cgi-bin/wxopen?action=copy_verify). Its page URL and the texts of its inline template
// are not recorded, so it is recognised by its step names alone (two of the three, as a step bar shows).
export const quickReuseVerify = definePageRule({
  id: 'quick.reuse-verify',
  title: 'page.quick-reuse-verify.title',
  needs: ['page.quick-reuse-verify.need-agree', 'page.quick-reuse-verify.need-scan', 'page.quick-reuse-verify.need-confirm'],
  guidance: [
    { key: 'guide.quick-reuse-verify.what', facts: ['F14'] },
    { key: 'guide.quick-reuse-verify.same-entity', facts: ['F14'] },
    { key: 'guide.quick-reuse-verify.expiry', facts: ['F14'] },
    { key: 'guide.quick-reuse-verify.admin', facts: ['F38', 'F39'] },
  ],
  detect: {
    markers: [
      { zh: ['快速认证须知'], en: [] },
      { zh: ['管理员确认'], en: [] },
      { zh: ['确认认证资料'], en: [] },
    ],
    minMarkers: 2,
  },
});
