import { registerAccount } from './pages/register-account';
import { registerActivate } from './pages/register-activate';
import { registerEntity } from './pages/register-entity';
import { registerTypeSelect } from './pages/register-type-select';
import { pageRuleSchema, type PageRule } from './schema';

/** Every page rule, in flow order. Parsed once so defaults are filled in; a bad rule fails loudly here and in the unit test. */
export const pageRuleInputs = [registerTypeSelect, registerAccount, registerActivate, registerEntity];

export const pageRules: readonly PageRule[] = pageRuleInputs.map((rule) => pageRuleSchema.parse(rule));

export function pageRuleById(id: string): PageRule | undefined {
  return pageRules.find((rule) => rule.id === id);
}
