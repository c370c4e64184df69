import { registerAccount } from './pages/register-account';
import { registerActivate } from './pages/register-activate';
import { registerEntity } from './pages/register-entity';
import { registerTypeSelect } from './pages/register-type-select';
import { quickAccount } from './pages/quick-account';
import { quickIntro } from './pages/quick-intro';
import { quickMailbox } from './pages/quick-mailbox';
import { quickReuse } from './pages/quick-reuse';
import { verifyAgreement } from './pages/verify-agreement';
import { verifyDocuments } from './pages/verify-documents';
import { verifyInvoice } from './pages/verify-invoice';
import { verifyPayment } from './pages/verify-payment';
import { profileBasic } from './pages/profile-basic';
import { profileCategory } from './pages/profile-category';
import { filingForm } from './pages/filing-form';
import { filingSms } from './pages/filing-sms';
import { payMerchant } from './pages/pay-merchant';
import { homeGuide } from './pages/home-guide';
import { pageRuleSchema, type PageRule } from './schema';

/** Every page rule, in flow order. Parsed once so defaults are filled in; a bad rule fails loudly here and in the unit test. */
export const pageRuleInputs = [
  registerTypeSelect, registerAccount, registerActivate, registerEntity,
  quickIntro, quickReuse, quickAccount, quickMailbox,
  verifyAgreement, verifyDocuments, verifyInvoice, verifyPayment,
  profileBasic, profileCategory, filingForm, filingSms, payMerchant, homeGuide,
];

export const pageRules: readonly PageRule[] = pageRuleInputs.map((rule) => pageRuleSchema.parse(rule));

export function pageRuleById(id: string): PageRule | undefined {
  return pageRules.find((rule) => rule.id === id);
}
