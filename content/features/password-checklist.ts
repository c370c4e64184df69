import { PASSWORD_RULE_KEYS, passwordChecklist as checklist } from '../../engine/checks';
import { formatFinding } from '../../engine/checks/format';
import type { GuideFeature } from './types';

// The console's password rules as a live checklist in the password field's tip, once its checks
// are due. The password itself is never stored or sent anywhere.

export const passwordChecklist: GuideFeature = {
  id: 'password-checklist',
  tip(ctx, { field, value }, model) {
    if (field.id !== 'password' || !ctx.values.due(field)) return model;
    return {
      ...model,
      checklist: checklist(value).map((c) => ({ label: formatFinding({ code: PASSWORD_RULE_KEYS[c.rule], severity: 'info' }, ctx.checkText), ok: c.ok })),
    };
  },
};
