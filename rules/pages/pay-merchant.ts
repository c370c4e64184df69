import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §12, §16: 微信支付 → 商户号管理 on the Mini Program side, where a merchant
// number's request to link this AppID is confirmed. Only the legacy URL (2018–19 menu) is known.
export const payMerchant = definePageRule({
  id: 'pay.merchant',
  title: 'page.pay-merchant.title',
  needs: ['page.pay-merchant.need-request', 'page.pay-merchant.need-check', 'page.pay-merchant.need-confirm'],
  guidance: [
    { key: 'guide.pay-merchant.only-if-paying', facts: ['F60'] },
    { key: 'guide.pay-merchant.appid', facts: ['F07'] },
    { key: 'guide.pay-merchant.seven-days', facts: ['F60'] },
    { key: 'guide.pay-merchant.overseas-modes', facts: [] },
    { key: 'guide.pay-merchant.test-order', facts: ['F08'] },
  ],
  detect: {
    // The current 商户号管理 page's URL is not evidenced; the legacy frame's path without its t= is its best guess.
    recordOn: [{ path: '/wxamp/frame/wxpay' }],
    urls: [{ path: '/wxamp/frame/wxpay', query: { t: 'wxpay/index_frame' } }],
    // The heading alone is not enough off the URL: the current menu lists 商户号管理 on every page.
    markers: [
      { zh: ['商户号管理', 'MA申请信息'], en: ['Merchant number management', 'Merchant ID management'] },
      { zh: ['授权申请', '待确认', '确认授权'], en: ['Pending authorisation', 'Authorization request'] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 2,
    minFields: 1,
  },
  fields: [fields.merchantRequest, { ...fields.appid, optional: true }],
});
