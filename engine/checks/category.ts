// Service category (服务类目). The value is the chosen category as text, e.g. '商家自营 > 食品' or
// '商家自营-食品'. Data and sources: rules/categories.ts.
// - Personal entity + 商家自营 or 电商 → category.personal (error, F13): not open to personal accounts.
// - Overseas entity + a category that needs a mainland-only licence → category.not-for-overseas
//   (error); one we only believe closed → the same code, variant unconfirmed (warn).
// - 商家自营 > 食品 / 保健品 / 酒类 → category.needs-qualification (warn, F09), naming the licence.
import { isPersonalEntity } from './entity-type';
import { containsAnyKeyword, normaliseKeywordText } from './keywords';
import { regionMode } from './region';
import type { Check, CheckInput, Finding } from './types';
import { ecommerceKeywords, overseasRestrictedCategories, qualifiedCategories, selfOperatedKeywords, type Qualification } from '../../rules/categories';

/** The qualification a 商家自营 category needs (food licence or health-food certificates), or null. */
export function categoryQualification(value: string): Qualification | null {
  const text = normaliseKeywordText(value);
  if (!containsAnyKeyword(text, selfOperatedKeywords)) return null;
  return qualifiedCategories.find((entry) => containsAnyKeyword(text, entry))?.qualification ?? null;
}

/** The user's category text, cut short enough for a message. */
function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text;
}

function isPersonal(input: CheckInput): boolean {
  if (input.profile?.entityType === 'personal') return true;
  const chosen = input.otherValues?.['entity-type'];
  return typeof chosen === 'string' && isPersonalEntity(chosen);
}

export function checkCategory(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  const text = normaliseKeywordText(value);
  const findings: Finding[] = [];

  if (isPersonal(input) && (containsAnyKeyword(text, selfOperatedKeywords) || containsAnyKeyword(text, ecommerceKeywords))) {
    findings.push({ code: 'category.personal', severity: 'error', facts: ['F13', 'F02'] });
  }
  if (regionMode(input) === 'overseas') {
    const restricted = overseasRestrictedCategories.find((entry) => containsAnyKeyword(text, entry));
    if (restricted) {
      findings.push(
        restricted.confidence === 'mainland-licence'
          ? { code: 'category.not-for-overseas', severity: 'error', variant: restricted.id, facts: ['F35'] }
          : { code: 'category.not-for-overseas', severity: 'warn', variant: 'unconfirmed', params: { category: shorten(value.trim()) }, facts: ['F35'] },
      );
    }
  }
  const qualification = categoryQualification(value);
  if (qualification) findings.push({ code: 'category.needs-qualification', severity: 'warn', variant: qualification, facts: ['F09'] });
  return findings;
}

export const categoryCheck: Check = {
  id: 'category',
  fields: ['category'],
  clientFields: ['category'],
  codes: [
    'category.personal',
    ...overseasRestrictedCategories.filter((entry) => entry.confidence === 'mainland-licence').map((entry) => `category.not-for-overseas:${entry.id}`),
    'category.not-for-overseas:unconfirmed',
    'category.needs-qualification:food',
    'category.needs-qualification:health',
    'category.needs-qualification:alcohol',
  ],
  run: checkCategory,
};
