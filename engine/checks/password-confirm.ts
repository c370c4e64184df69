// Confirm-password field (确认密码): must equal the password field. Needs
// otherValues.password. The console's message is 两次输入的密码不一致. Nothing is stored or echoed.
import type { Check, CheckInput, Finding } from './types';

export function checkPasswordConfirm(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  const password = input.otherValues?.password;
  if (value === '' || typeof password !== 'string' || password === '') return [];
  return value === password ? [] : [{ code: 'password.confirm-mismatch', severity: 'error' }];
}

export const passwordConfirmCheck: Check = {
  id: 'password-confirm',
  fields: ['password-confirm'],
  codes: ['password.confirm-mismatch'],
  run: checkPasswordConfirm,
};
