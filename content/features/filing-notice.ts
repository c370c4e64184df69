import { isOverseas } from '../../rules/regions';
import { activeProfile } from '../../storage/active-profile';
import type { GuideFeature } from './types';

// On the ICP filing pages, an overseas client is told that filing does not apply to it.

export const filingNotice: GuideFeature = {
  id: 'filing-notice',
  panel(ctx, model) {
    const pageId = model.rule.id;
    if (!pageId.startsWith('filing.') || !isOverseas(activeProfile(ctx.profiles)?.countryRegion)) return model;
    return { ...model, notices: [...(model.notices ?? []), ctx.t('notice.filing-overseas')] };
  },
};
