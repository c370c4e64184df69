// Registry of the field checks. One check per file; a check that throws never breaks the others:
// its error becomes a 'check.internal-error' finding.
import type { Check, CheckInput, Finding } from './types';
import { adminCheck } from './admin';
import { companyNameCheck } from './company-name';
import { companyNameScriptCheck } from './company-name-script';
import { emailCheck } from './email';
import { entityTypeCheck } from './entity-type';
import { passwordCheck } from './password';
import { passwordConfirmCheck } from './password-confirm';
import { registrationNumberCheck } from './registration-number';
import { mpNameCheck } from './mp-name';
import { foodCheck } from './food';
import { categoryCheck } from './category';
import { appIdCheck } from './ids';
import { filingContactCheck } from './filing';
import { contactCheck } from './contact';
import { verificationFormCheck } from './verification-form';
import { mpIntroCheck } from './mp-intro';

export type { Check, CheckInput, CheckProfile, Finding, Severity } from './types';
export { formatFinding, messageKey } from './format';
export { passwordChecklist, PASSWORD_RULE_KEYS } from './password';
// Uploads are checked on the chosen file, not on a string, so they sit beside the registry.
export { checkUpload, documentChecklist, documentKindFromLabel, DOCUMENT_CHECKLIST_KEYS, UPLOAD_CODES } from './upload';
export { classifyId, findIds } from './ids';

export const checks: Check[] = [
  emailCheck,
  passwordCheck,
  passwordConfirmCheck,
  companyNameCheck,
  companyNameScriptCheck,
  registrationNumberCheck,
  entityTypeCheck,
  adminCheck,
  mpNameCheck,
  foodCheck,
  categoryCheck,
  appIdCheck,
  filingContactCheck,
  contactCheck,
  verificationFormCheck,
  mpIntroCheck,
];

/** Field ids any check serves. */
export const CHECKED_FIELDS: readonly string[] = [...new Set(checks.flatMap((check) => check.fields))];

/** Field ids on which a check compares the value with client data (each check says which). */
export const CLIENT_FIELDS: ReadonlySet<string> = new Set(checks.flatMap((check) => check.clientFields ?? []));

export const INTERNAL_ERROR_CODE = 'check.internal-error';

/** Runs every check that applies to `fieldId`. Never throws. */
export function runChecks(fieldId: string, input: CheckInput): Finding[] {
  const safeInput: CheckInput = {
    ...(input ?? {}),
    value: typeof input?.value === 'string' ? input.value : '',
    fieldId,
  };
  const findings: Finding[] = [];
  for (const check of checks) {
    if (!check.fields.includes(fieldId)) continue;
    try {
      const result = check.run(safeInput);
      if (Array.isArray(result)) findings.push(...result);
    } catch {
      findings.push({ code: INTERNAL_ERROR_CODE, severity: 'info', params: { check: check.id } });
    }
  }
  return findings;
}
