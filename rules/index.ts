import { registerAccount } from './pages/register-account';
import { registerActivate } from './pages/register-activate';
import { registerEntity } from './pages/register-entity';
import { registerTypeSelect } from './pages/register-type-select';
import { quickAccount } from './pages/quick-account';
import { quickIntro } from './pages/quick-intro';
import { quickMailbox } from './pages/quick-mailbox';
import { quickReuse } from './pages/quick-reuse';
import { quickReuseVerify } from './pages/quick-reuse-verify';
import { verifyAgreement } from './pages/verify-agreement';
import { verifyDocuments } from './pages/verify-documents';
import { verifyNaming } from './pages/verify-naming';
import { verifyInvoice } from './pages/verify-invoice';
import { verifyPayment } from './pages/verify-payment';
import { profileBasic } from './pages/profile-basic';
import { profileCategory } from './pages/profile-category';
import { filingForm } from './pages/filing-form';
import { filingSms } from './pages/filing-sms';
import { payMerchant } from './pages/pay-merchant';
import { homeGuide } from './pages/home-guide';
import { withRuleDefaults, type PageRule } from './schema';

/** Every page rule, in flow order, with defaults filled in. The unit test validates each with the zod schema. */
export const pageRuleInputs = [
  registerTypeSelect,
  registerAccount,
  registerActivate,
  registerEntity,
  quickIntro,
  quickReuse,
  quickAccount,
  quickMailbox,
  quickReuseVerify,
  verifyAgreement,
  verifyDocuments,
  verifyNaming,
  verifyInvoice,
  verifyPayment,
  profileBasic,
  profileCategory,
  filingForm,
  filingSms,
  payMerchant,
  homeGuide,
];

export const pageRules: readonly PageRule[] = pageRuleInputs.map(withRuleDefaults);

export function pageRuleById(id: string): PageRule | undefined {
  return pageRules.find((rule) => rule.id === id);
}
