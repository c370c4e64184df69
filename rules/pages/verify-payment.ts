import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §10, §16: 微信认证 step 4, paying the review fee (300 RMB, overseas 99 USD). Its
// heading is not recorded, so the page needs a fee text and the payment-method row: the agreement
// may quote the fee too.
const NO_FEE = { zh: ['免收认证费用'] };
const SCAN = { zh: ['请使用微信扫描二维码以完成支付'] };
const TRANSFER = { zh: ['请用以下对公账户打款'] };
const TRANSFER_LINK = { zh: ['银行卡转账'] };

export const verifyPayment = definePageRule({
  id: 'verify.payment',
  title: 'page.verify-payment.title',
  needs: [
    'page.verify-payment.need-amount',
    'page.verify-payment.need-method',
    'page.verify-payment.need-scan',
    'page.verify-payment.need-transfer',
    'page.verify-payment.need-submit',
  ],
  guidance: [
    { key: 'guide.verify-payment.fee', facts: ['F25'] },
    { key: 'guide.verify-payment.how', facts: ['F48'] },
    { key: 'guide.verify-payment.after', facts: ['F30', 'F31'] },
    { key: 'guide.verify-payment.progress', facts: ['F49'] },
    { key: 'guide.verify-payment.old-transfer', facts: ['F29'] },
  ],
  // The console renders this step several ways (tpl/wxverify/step5_wxpay, step5_remit, step5_nopay, and
  // the method choice): each point applies where the page shows what it talks about.
  when: {
    'page.verify-payment.need-amount': { lacks: [NO_FEE] },
    'page.verify-payment.need-method': { fields: ['payment-method'] },
    'page.verify-payment.need-scan': { shows: [SCAN] },
    'page.verify-payment.need-transfer': { shows: [TRANSFER] },
    'page.verify-payment.need-submit': { shows: [NO_FEE] },
    'guide.verify-payment.fee': { lacks: [NO_FEE] },
    'guide.verify-payment.how': { lacks: [NO_FEE, TRANSFER] },
    // The page's own bank transfer (对公账户打款, or its link 银行卡转账) is a route it offers, not a superseded one.
    'guide.verify-payment.old-transfer': { lacks: [NO_FEE, TRANSFER, TRANSFER_LINK] },
    // Presenter mode's points (rules/presenter.ts) follow the rendering too.
    'presenter.point.verify-payment.fee': { lacks: [NO_FEE] },
    'presenter.point.verify-payment.method': { fields: ['payment-method'] },
  },
  // 4 支付费用 (the current wizard), 5. 支付费用 (the older templates, with 确认名称 as step 3).
  stepBar: { names: { zh: ['支付费用'] }, title: 'page.verify-payment.title-step' },
  detect: {
    // [GUESS] The Mini Program console's own wizard, under /wxamp/ like its other pages; its URL is not evidenced.
    recordOn: [{ path: '/wxamp/wxverify/index' }],
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [
      { zh: ['认证费用', '审核服务费', '审核费用'], en: ['Verification fee', 'Review fee'] },
      { zh: ['300元', '300.00元', '99美元', '99.00美元', 'USD 99'], en: ['USD 99', 'RMB 300'] },
      // The console's own payment renderings (tpl/wxverify/step5_wxpay, step5_remit, step5_nopay; checked 2026-12-02).
      { zh: ['请使用微信扫描二维码以完成支付', '请用以下对公账户打款', '免收认证费用'], en: [] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 1,
    minFields: 0,
    // The form of step 2 quotes the fee too (支付300元审核费用, on the bank account row).
    excludeMarkers: [{ zh: ['认证联系人信息', '业务资料', '个体工商户资料'], en: [] }],
  },
  // The method is a choice on one rendering only; the templates' WeChat Pay, bank remittance and
  // no-fee pages show none (the other is a link).
  fields: [{ ...fields.paymentMethod, optional: true }],
});
