import { fields } from '../fields';
import { definePageRule } from '../schema';
import { verifyFields as v } from '../verify-fields';

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
  stepBar: { names: { zh: ['发票信息', '填写发票'] }, title: 'page.verify-invoice.title-step' },
  detect: {
    // [GUESS] The Mini Program console's own wizard, under /wxamp/ like its other pages; its URL is not evidenced.
    recordOn: [{ path: '/wxamp/wxverify/index' }],
    urls: [{ path: '/acct/wxverifyorder', query: { action: 'index' } }],
    markers: [{ zh: ['发票'], en: ['Invoice'] }],
    minMarkersOnUrl: 1,
    minMarkers: 1,
    minFields: 2,
  },
  // The mailing rows follow the console's own template (invoice_field.html) and appear for paper invoices.
  fields: [
    fields.invoiceType,
    fields.invoiceTitle,
    { ...v.taxNumber, optional: true },
    { ...v.mailingRegion, optional: true },
    { ...v.streetAddress, optional: true },
    { ...v.postcode, optional: true },
    { ...v.invoiceContact, optional: true },
    { ...v.invoicePhone, optional: true },
  ],
});
