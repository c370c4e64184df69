// The current (2026) 微信认证 form's choices (docs/console-notes.md §18.1): 机构类型, a cascading dropdown
// whose value is read from its head, and 主体验证方式, 对公账户打款 or 法人扫脸. Guidance, never an error:
// both methods are valid and the page itself decides what it accepts.
import type { Check, CheckInput, Finding } from './types';

export function checkVerificationForm(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (input.fieldId === 'org-type') {
    return value.includes('个体工商户') ? [{ code: 'verification.individual-business', severity: 'info', facts: ['F35'] }] : [];
  }
  if (input.fieldId === 'verification-method') {
    // The 10-day transfer clock starts only once 对公账户打款 is chosen and the form submitted (F71, F75).
    if (value.includes('对公账户打款') || value.includes('对公打款'))
      return [{ code: 'verification.method-transfer', severity: 'info', facts: ['F71', 'F75'] }];
    if (value.includes('法人扫脸')) return [{ code: 'verification.method-face', severity: 'info', facts: ['F75'] }];
  }
  return [];
}

export const verificationFormCheck: Check = {
  id: 'verification-form',
  fields: ['org-type', 'verification-method'],
  codes: ['verification.individual-business', 'verification.method-transfer', 'verification.method-face'],
  run: checkVerificationForm,
};
