import { describe, expect, it } from 'vitest';
import { locales } from '../../locales';
import { pageRuleInputs, pageRules } from '../../rules';
import { pageRuleSchema } from '../../rules/page-rule.schema';

// Every English text the extension ships (locales/index.ts merges the per-area files).
const en: Record<string, string> = locales.en;

describe('page rules', () => {
  it.each(pageRuleInputs.map((rule) => [rule.id, rule] as const))('%s is valid against the schema', (_id, rule) => {
    const result = pageRuleSchema.safeParse(rule);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique page ids', () => {
    const ids = pageRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the registration pages', () => {
    expect(pageRules.map((r) => r.id)).toEqual(expect.arrayContaining(['register.type-select', 'register.account', 'register.activate', 'register.entity']));
  });

  it('gives every title, need and guidance key an English text', () => {
    const keys = pageRules.flatMap((rule) => [rule.title, ...(rule.stepBar ? [rule.stepBar.title] : []), ...rule.needs, ...rule.guidance.map((g) => g.key)]);
    expect(keys.filter((key) => !en[key])).toEqual([]);
  });

  it('gives every field an English name and explanation', () => {
    const ids = new Set(pageRules.flatMap((rule) => rule.fields.map((f) => f.id)));
    const missing = [...ids].flatMap((id) => [`field.${id}.name`, `field.${id}.about`]).filter((key) => !en[key]);
    expect(missing).toEqual([]);
  });

  it('rejects a malformed rule with a message naming the problem', () => {
    const result = pageRuleSchema.safeParse({ id: 'Register Account', title: 'x', needs: [], guidance: [], detect: {} });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['id', 'needs', 'guidance']));
  });

  it('lets no field id collide with a different kind on another page', () => {
    const kinds = new Map<string, string>();
    for (const field of pageRules.flatMap((r) => r.fields)) {
      expect(kinds.get(field.id) ?? field.kind, field.id).toBe(field.kind);
      kinds.set(field.id, field.kind);
    }
  });
});
