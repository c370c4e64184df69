import { definePageRule } from '../schema';

// docs/console-notes.md §10, §16: 微信认证 step 1. The Mini Program's URL is not recorded; the Official
// Account's verification lives on /acct/wxverifyorder?action=index (the target of 前往认证), where the
// steps may switch in place, so the URL only adds to the score and every verify step needs its texts.
export const verifyAgreement = definePageRule({
  id: 'verify.agreement',
  title: 'page.verify-agreement.title',
  needs: ['page.verify-agreement.need-read', 'page.verify-agreement.need-agree'],
  guidance: [
    { key: 'guide.verify-agreement.deadline', facts: ['F40'] },
    { key: 'guide.verify-agreement.route', facts: ['F48'] },
    { key: 'guide.verify-agreement.fee', facts: ['F25'] },
    { key: 'guide.verify-agreement.quick-instead', facts: ['F14'] },
  ],
  stepBar: { names: { zh: ['签署协议', '同意协议'] }, title: 'page.verify-agreement.title-step' },
  detect: {
    // [GUESS] The Mini Program console's own wizard, under /wxamp/ like its other pages; its URL is not evidenced.
    recordOn: [{ path: '/wxamp/wxverify/index' }],
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [{ zh: ['微信公众平台认证服务协议'], en: ['Verification Service Agreement'] }],
    minMarkersOnUrl: 1,
    minMarkers: 1,
  },
});
