import { fields } from '../fields';
import { definePageRule } from '../schema';
import { verifyFields as v } from '../verify-fields';

// 微信认证 step 3, 确认名称, as the console's own templates render it: tpl/wxverify/step3.html (微信认证帐号命名原则,
// 命名唯一原则, 命名方式 商标名 / 媒体名 / 自选词汇) and confirmname.html (the name row of each method; 商标名 adds
// 商标注册证书). Tencent's front-end ~2018, checked 2026-12-02. 确认名称 also stands in the step bar of every
// step, and step 2's older renderings carry a 命名方式 row, so both the naming rules and 命名方式 are needed.
export const verifyNaming = definePageRule({
  id: 'verify.naming',
  title: 'page.verify-naming.title',
  needs: ['page.verify-naming.need-method', 'page.verify-naming.need-name'],
  guidance: [
    { key: 'guide.verify-naming.unique', facts: [] },
    { key: 'guide.verify-naming.trademark', facts: ['F44'] },
    { key: 'guide.verify-naming.own-words', facts: [] },
  ],
  stepBar: { names: { zh: ['确认名称'] }, title: 'page.verify-naming.title-step' },
  detect: {
    // [GUESS] The Mini Program console's own wizard, under /wxamp/ like its other pages; its URL is not evidenced.
    recordOn: [{ path: '/wxamp/wxverify/index' }],
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [
      { zh: ['命名原则', '命名唯一原则'], en: ['Naming rules', 'Naming principles'] },
      { zh: ['命名方式'], en: ['Naming method'] },
    ],
    minMarkersOnUrl: 2,
    minMarkers: 2,
    minFields: 2,
  },
  // The name row follows every method; the certificate only 商标名 (confirmname.html's tmpl1).
  fields: [fields.namingMethod, v.verifiedName, { ...fields.trademarkCertificate, optional: true }],
});
