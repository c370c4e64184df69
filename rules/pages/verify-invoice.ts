import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §10, §16: 微信认证 step 3, invoice (发票; the API calls it 发票信息). 发票 may also
// stand in a step bar on every verification step, so the invoice type row is required as well.
export const verifyInvoice = definePageRule({
  id: 'verify.invoice',
  title: 'page.verify-invoice.title',
  needs: ['page.verify-invoice.need-type', 'page.verify-invoice.need-title'],
  guidance: [
    { key: 'guide.verify-invoice.route', facts: ['F48'] },
    { key: 'guide.verify-invoice.title-exact', facts: [] },
  ],
  detect: {
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [{ zh: ['发票'], en: ['Invoice'] }],
    minMarkersOnUrl: 1,
    minMarkers: 1,
    minFields: 2,
  },
  fields: [fields.invoiceType, fields.invoiceTitle, { ...fields.taxNumber, optional: true }],
});
