import type { ConsolePageId } from '../rules/facts';
import { replicaByName } from '../replicas/replicas.mjs';

// The pages the practice console walks through, in the order a client meets them, each shown by
// one replica (replicas/replicas.mjs). The MIIT SMS check is left out: it is not on the
// console, and the extension only runs there once the user grants that host.

export interface PracticeStep {
  page: ConsolePageId;
  replica: string;
  /** A variant for mainland clients, where the console renders the page differently. */
  mainland?: string;
  /** Other renderings of the same page a trainer can show, each with its own button (locale key `label`). */
  variants?: readonly PracticeVariant[];
}

export interface PracticeVariant {
  page: ConsolePageId;
  replica: string;
  label: string;
}

export const practiceSteps: readonly PracticeStep[] = [
  { page: 'register.type-select', replica: 'register.type-select/current' },
  {
    page: 'register.account',
    replica: 'register.account/current',
    // Newer pages email a 6-digit code instead of the picture captcha, then skip email activation.
    variants: [{ page: 'register.account', replica: 'register.account/email-code', label: 'practice.variant.email-code' }],
  },
  { page: 'register.activate', replica: 'register.activate/current' },
  { page: 'register.entity', replica: 'register.entity/overseas/current', mainland: 'register.entity/mainland/current' },
  { page: 'quick.intro', replica: 'quick.intro/current' },
  { page: 'quick.reuse', replica: 'quick.reuse/current' },
  { page: 'quick.account', replica: 'quick.account/current' },
  { page: 'quick.mailbox', replica: 'quick.mailbox/current' },
  { page: 'quick.reuse-verify', replica: 'quick.reuse-verify/legacy' },
  { page: 'verify.agreement', replica: 'verify.agreement/current' },
  // The verification form as the console's own templates render it: the overseas company form, or the enterprise form for a mainland client.
  { page: 'verify.documents', replica: 'verify.documents/overseas/legacy', mainland: 'verify.documents/enterprise/legacy' },
  { page: 'verify.naming', replica: 'verify.naming/legacy' },
  { page: 'verify.invoice', replica: 'verify.invoice/current' },
  { page: 'verify.payment', replica: 'verify.payment/current' },
  { page: 'home.guide', replica: 'home.guide/current' },
  { page: 'profile.basic', replica: 'profile.basic/first-time' },
  { page: 'profile.category', replica: 'profile.category/current' },
  { page: 'filing.form', replica: 'filing.form/current' },
  { page: 'pay.merchant', replica: 'pay.merchant/current' },
];

/** The console URL of the step's replica for a client registered in `countryRegion`. */
export function stepUrl(step: { replica: string; mainland?: string }, countryRegion: string | undefined): string {
  return replicaByName(countryRegion === 'CN' && step.mainland ? step.mainland : step.replica).url;
}
