// Entity type (主体类型). Choosing 个人 (personal) rules out e-commerce and WeChat Pay, WeChat will
// not approve publishing such a store, and it needs a mainland ID (F13, F06, F02). The value may be
// the option's Chinese label, an English rendering of it, or the internal code 'personal'.
import type { Check, CheckInput, Finding } from './types';

const ENGLISH_PERSONAL = /^(?:personal|individual)(?:\s*(?:entity|account|user))?(?:\s*[(（][^)）]*[)）])?$/i;

export function isPersonalEntity(value: string): boolean {
  const text = value.normalize('NFKC').trim();
  if (text === '') return false;
  // 个人 alone or followed by a translation, e.g. '个人 (Individual)'; not 个人独资企业 (a company form)
  if (/^[个個]人(?!\p{Script=Han})/u.test(text)) return true;
  return ENGLISH_PERSONAL.test(text);
}

export function checkEntityType(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (!isPersonalEntity(value)) return [];
  return [{ code: 'entity.personal', severity: 'error', facts: ['F13', 'F06', 'F02'] }];
}

export const entityTypeCheck: Check = {
  id: 'entity-type',
  fields: ['entity-type'],
  codes: ['entity.personal'],
  run: checkEntityType,
};
