import { describe, expect, it } from 'vitest';
import { pageRuleInputs, pageRules } from '../../rules';
import { flowPathInputs, flowPaths, withFlowDefaults } from '../../rules/flows';
import { flowPathSchema } from '../../rules/flows.schema';
import { pageRuleSchema } from '../../rules/page-rule.schema';
import { withRuleDefaults } from '../../rules/schema';

// The content script fills in rule and flow defaults with plain functions instead of zod (bundle
// size); they must give exactly what the schemas give.

describe('rule defaults without zod', () => {
  it.each(pageRuleInputs.map((rule) => [rule.id, rule] as const))('%s: withRuleDefaults equals pageRuleSchema.parse', (_id, rule) => {
    expect(withRuleDefaults(rule)).toStrictEqual(pageRuleSchema.parse(rule));
  });

  it('fills in every default of a minimal rule as the schema does', () => {
    const minimal = {
      id: 'register.account' as const,
      title: 'page.x.title',
      needs: ['page.x.need'],
      guidance: [{ key: 'guide.x' }],
      detect: { urls: [{ path: '/x' }], markers: [{ zh: ['标记'] }], excludeMarkers: [{ zh: ['排除'] }] },
      fields: [{ id: 'email', kind: 'email' as const, labels: { zh: ['邮箱'] } }],
    };
    expect(withRuleDefaults(minimal)).toStrictEqual(pageRuleSchema.parse(minimal));
  });

  it('is what rules/index.ts exports', () => {
    expect(pageRules).toStrictEqual(pageRuleInputs.map((rule) => pageRuleSchema.parse(rule)));
  });
});

describe('flow defaults without zod', () => {
  it.each(flowPathInputs.map((path) => [path.id, path] as const))('%s: withFlowDefaults equals flowPathSchema.parse', (_id, path) => {
    expect(withFlowDefaults(path)).toStrictEqual(flowPathSchema.parse(path));
  });

  it('is what rules/flows.ts exports', () => {
    expect(flowPaths).toStrictEqual(flowPathInputs.map((path) => flowPathSchema.parse(path)));
  });
});
