import type { ChecklistEntityType, DocumentKind } from '../rules/documents';

// Facts about upload fields read from the page: the size limit a field states, which document it
// asks for, and the entity type chosen on the verification form. Pure.

const UNIT_BYTES: Record<string, number> = { k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024 };

/** The limit a hint states, e.g. 大小不超过5M / 不超过2MB / "max 500 KB"; undefined when none. */
export function sizeLimitFromHint(text: string): number | undefined {
  const match = /(?:不超过|不大于|小于|最大|max(?:imum)?|up to|≤)\s*(\d+(?:\.\d+)?)\s*(kb|k|mb|m)(?![a-z])/i.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  const bytes = Number(match[1]) * (UNIT_BYTES[match[2]!.toLowerCase()] ?? 0);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}

/** Upload field ids (rules/fields.ts) → the document they ask for. */
export const documentKindByField: Readonly<Record<string, DocumentKind>> = {
  'entity-certificate': 'entity-certificate',
  'application-letter': 'application-letter',
  'authorisation-letter': 'authorisation-letter',
  'contact-id': 'contact-id',
  'phone-bill': 'phone-bill',
  'office-phone-bill': 'office-phone-bill',
  'trademark-certificate': 'trademark',
};

const ENTITY_TYPES: readonly [RegExp, ChecklistEntityType][] = [
  [/个体工商户|individual business/i, 'individual-business'],
  [/企业|公司|company|enterprise/i, 'company'],
  [/政府|government/i, 'government'],
  [/媒体|media/i, 'media'],
  [/其他组织|组织|other/i, 'other'],
];

/** The verification checklist's entity type from the option chosen on the page (or a profile's type). */
export function checklistEntityType(value: string | null | undefined): ChecklistEntityType | null {
  if (!value) return null;
  if (['company', 'individual-business', 'government', 'media', 'other'].includes(value)) return value as ChecklistEntityType;
  return ENTITY_TYPES.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}
