// The verification contact (认证联系人信息, tpl/wxverify/commonreg.html operator_tpl): the console's own
// checks there are 请输入正确的手机号码, 请输入正确的邮箱格式 and 身份证格式不正确，或者年龄未满18周岁
// (wxverify/commonreg.js, docs/console-notes.md §17.1). The same formats as the administrator's fields,
// so the same checks run, but never against the profile: the contact is not the administrator
// (认证成功后该联系人不会变更为管理员), so the admin's stored name is no reference for the contact's.
import type { Check, CheckInput, Finding } from './types';
import { adminCheck, checkAdmin } from './admin';
import { emailCheck, emailFormatProblem } from './email';

const AS_ADMIN: Readonly<Record<string, string>> = {
  'contact-name': 'admin-name',
  'contact-mobile': 'admin-mobile',
  'contact-id-number': 'admin-id',
};

export function checkContact(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (input.fieldId === 'contact-email') {
    const problem = value === '' ? null : emailFormatProblem(value);
    if (!problem) return [];
    const finding: Finding = { code: 'email.format', severity: 'error', variant: problem.variant, facts: ['F27'] };
    if (problem.params) finding.params = problem.params;
    return [finding];
  }
  const adminField = AS_ADMIN[input.fieldId ?? ''];
  if (!adminField) return [];
  const profile = input.profile ? { ...input.profile, adminName: undefined } : input.profile;
  // The contact's own calling code, never the administrator's (a form may show both).
  const otherValues = { ...input.otherValues, [`${adminField}-country`]: input.otherValues?.[`${input.fieldId}-country`] ?? '' };
  return checkAdmin({ ...input, profile, otherValues, fieldId: adminField });
}

export const contactCheck: Check = {
  id: 'contact',
  fields: ['contact-name', 'contact-mobile', 'contact-id-number', 'contact-email'],
  codes: [...adminCheck.codes.filter((code) => !code.endsWith(':profile')), ...emailCheck.codes.filter((code) => code.startsWith('email.format'))],
  run: checkContact,
};
