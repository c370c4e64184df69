import type { Locator } from '@playwright/test';
import type { PageRule } from '../../rules/schema';
import { expect } from './fixtures';

// What the guide panel shows for a rule, on whichever rendering of its page: the title with the page's
// own step number where its step bar shows one (rules' stepBar), and the guidance points, of which
// those with a condition (rules' `when`) show only on the renderings they fit (test/e2e/page-variants.spec.ts
// checks which).

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The panel's title for the rule: its own, or the step-bar title with any number. */
export function titleOf(rule: PageRule, t: (key: string) => string): string | RegExp {
  if (!rule.stepBar) return t(rule.title);
  const [before = '', after = ''] = t(rule.stepBar.title).split('{step}');
  return new RegExp(`^(?:${escape(t(rule.title))}|${escape(before)}\\d+${escape(after)})$`);
}

/** Every unconditional guidance point is shown, and no more points than the rule has. */
export async function expectGuidance(guidance: Locator, rule: PageRule, t: (key: string) => string): Promise<void> {
  const always = rule.guidance.filter((g) => !(g.key in rule.when));
  for (const item of always) await expect(guidance.filter({ hasText: t(item.key) }), item.key).toHaveCount(1);
  expect(await guidance.count()).toBeLessThanOrEqual(rule.guidance.length);
}
