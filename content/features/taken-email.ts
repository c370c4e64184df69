import { readFieldValue } from '../../engine/values';
import { activeProfile } from '../../storage/active-profile';
import { isEmailAddress } from '../../storage/normalise';
import type { GuideContext, GuideFeature } from './types';

// When the console says the email is taken, remember it for the active client (so the email check
// warns next time): only an address the user typed into the field, so a page faking the console's
// message records nothing. Once per address and page visit, and at most MAX_PER_PAGE addresses per
// page load: a page cannot flood the list (the background bounds them per client too, and never
// lets them push out what the user entered: storage/emails.ts).

/** Addresses recorded per page load; a user trying more than three rejected addresses on one page is rare. */
export const MAX_PER_PAGE = 3;

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
    if (seen.has(address.toLowerCase()) || seen.size >= MAX_PER_PAGE || !activeProfile(ctx.profiles)) return;
    seen.add(address.toLowerCase());
    ctx.source.recordTakenEmail(address);
  },
};
