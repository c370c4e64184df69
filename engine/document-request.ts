import { documentChecklists, type ChecklistEntityType, type ChecklistItem } from '../rules/documents';
import type { TextLookup } from './progress';

// The message an agency sends a client asking for the verification documents still missing, in the
// client's language (the translator given). Pure: the checklist of the entity type (rules/documents.ts)
// less what is ticked ready. The document names are the checklist's own (locales/<l>/checks.json);
// nothing about the client goes in beyond the company name the agency typed.

export interface DocumentRequestInput {
  entityType: string;
  /** Checklist kinds ticked ready. */
  ready: readonly string[];
  companyName: string;
  t: TextLookup;
  /** The document names of the same language (checkMessages[locale]). */
  names: Readonly<Record<string, string>>;
}

export function documentName(item: ChecklistItem, names: Readonly<Record<string, string>>): string {
  return (item.variant && names[`documents.${item.kind}:${item.variant}`]) || names[`documents.${item.kind}`] || item.kind;
}

/** The checklist items not ticked ready: required ones, and those that apply only sometimes. */
export function stillMissing(entityType: string, ready: readonly string[]): { required: ChecklistItem[]; ifApplies: ChecklistItem[] } | null {
  const checklist = documentChecklists[entityType as ChecklistEntityType];
  if (!checklist) return null;
  const open = checklist.filter((item) => !ready.includes(item.kind));
  return { required: open.filter((item) => !item.when), ifApplies: open.filter((item) => item.when) };
}

/** The message, or null when the entity type has no checklist or nothing required is missing. */
export function documentRequest({ entityType, ready, companyName, t, names }: DocumentRequestInput): string | null {
  const missing = stillMissing(entityType, ready);
  if (!missing || missing.required.length === 0) return null;
  const company = companyName.trim();
  const lines = [
    t('request.greeting'),
    '',
    company ? t('request.intro-company', { company }) : t('request.intro'),
    ...missing.required.map((item, index) => `${index + 1}. ${documentName(item, names)}`),
  ];
  if (missing.ifApplies.length > 0) {
    lines.push('', t('request.if-applies'), ...missing.ifApplies.map((item) => `- ${documentName(item, names)}`));
  }
  lines.push('', t('request.format'), '', t('request.thanks'));
  return lines.join('\n');
}
