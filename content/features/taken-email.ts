import { readFieldValue } from '../../engine/values';
import { activeProfile } from '../../storage/active-profile';
import { isEmailAddress } from '../../storage/normalise';
import type { GuideContext, GuideFeature } from './types';

// When the console says the email is taken, remember it for the active client (so the email check
// warns next time): only an address the user typed into the field, so a page faking the console's
// message records nothing. Once per address and page visit.

const recorded = new WeakMap<GuideContext, Set<string>>();

export const takenEmail: GuideFeature = {
  id: 'taken-email',
  shown(ctx, detection) {
    // On a page not fully known, an 邮箱 row may be any email: nothing is recorded there.
    if (detection.partial) return;
    const email = detection.fields.find((f) => f.id === 'email');
    if (!email || !(ctx.notes.get('email') ?? []).some((m) => m.marksEmailTaken)) return;
    const value = readFieldValue(email);
    const address = value.trim();
    if (ctx.values.typed.get('email') !== value || !isEmailAddress(address)) return;
    let seen = recorded.get(ctx);
    if (!seen) recorded.set(ctx, (seen = new Set()));
    if (seen.has(address.toLowerCase()) || !activeProfile(ctx.profiles)) return;
    seen.add(address.toLowerCase());
    ctx.source.recordTakenEmail(address);
  },
};
