import { maskFinding, profileSecrets } from '../../components/presenter/mask';
import { INTERNAL_ERROR_CODE, runChecks } from '../../engine/checks';
import type { CheckProfile } from '../../engine/checks/types';
import type { LocatedField } from '../../engine/locate';
import { fillControl, readFieldValue } from '../../engine/values';
import { isOverseas } from '../../rules/regions';
import { activeProfile, knownEmails } from '../../storage/active-profile';
import type { ProfilesState } from '../../storage/profiles';
import { statusOf, toTipFinding } from '../field-model';
import type { GuideContext, GuideFeature } from './types';

// The field checks (engine/checks) in each field's tip, once they are due, and the button that
// fills in the value a finding suggests (the exact registered name, for example). Also follows the
// user's input: which fields were left, which values were typed.

/** The fill button's words: what it puts in the field. */
const FILL_LABELS: Record<string, string> = {
  'company-name': 'tip.fill-exact',
  'bank-account-name': 'tip.fill-exact',
  'registration-number': 'tip.fill-registration-number',
};

/** What the checks know of the active client (and every client's used emails). */
export function checkProfile(profiles: ProfilesState): CheckProfile | null {
  const profile = activeProfile(profiles);
  const usedEmails = knownEmails(profiles);
  if (!profile) return usedEmails.length ? { usedEmails } : null;
  return {
    companyName: profile.companyName || undefined,
    registrationNumber: profile.registrationNumber || undefined,
    countryRegion: profile.countryRegion || undefined,
    entityType: profile.entityType,
    officialAccountEmail: profile.officialAccountEmail || undefined,
    miniProgramAppId: profile.appId || undefined,
    usedEmails,
  };
}

const profileCache = new WeakMap<ProfilesState, CheckProfile | null>();
const cachedCheckProfile = (profiles: ProfilesState) => {
  if (!profileCache.has(profiles)) profileCache.set(profiles, checkProfile(profiles));
  return profileCache.get(profiles)!;
};

const bound = new WeakMap<GuideContext, WeakSet<Element>>();

function bindField(ctx: GuideContext, field: LocatedField): void {
  const target = field.control ? field.row : null;
  let seen = bound.get(ctx);
  if (!seen) bound.set(ctx, (seen = new WeakSet()));
  if (!target || seen.has(target)) return;
  seen.add(target);
  const { touched, typed } = ctx.values;
  // A value already there (returning to the page, browser autofill) is checked at once.
  if (readFieldValue(field) !== '') touched.add(field.id);
  const leave = () => {
    touched.add(field.id);
    ctx.invalidate('both'); // a choice can change the panel (the documents checklist follows the entity type)
  };
  const entered = (event: Event) => {
    if (event.isTrusted) typed.set(field.id, readFieldValue(field));
  };
  ctx.on(target, 'focusout', leave);
  ctx.on(target, 'change', (event) => (entered(event), leave()));
  ctx.on(target, 'input', (event) => (entered(event), touched.has(field.id) && ctx.invalidate('tips')));
}

export const fieldChecks: GuideFeature = {
  id: 'field-checks',
  page(ctx, detection) {
    for (const field of detection.fields) bindField(ctx, field);
  },
  tip(ctx, { field, value }, model) {
    if (field.rule.kind === 'upload' || !ctx.values.due(field)) return model;
    // On a page not fully known, checks that need the page's context (the client's data: which name,
    // which email this row wants) stay off; the formats are still checked.
    const byUser = ctx.values.byUser(field.id) && !ctx.detection?.partial;
    const countryRegion = ctx.values.pageRegion ?? (activeProfile(ctx.profiles)?.countryRegion || null);
    const region = byUser ? countryRegion : ctx.values.pageRegion;
    const findings = runChecks(field.id, {
      value,
      profile: byUser ? cachedCheckProfile(ctx.profiles) : null,
      countryRegion: region,
      overseas: isOverseas(region),
      otherValues: ctx.values.current,
    });
    for (const finding of findings) if (finding.code === INTERNAL_ERROR_CODE) ctx.failures.record(`check:${finding.params?.check ?? '?'}`);
    const fix = findings.find((f) => f.fix)?.fix;
    const control = field.control;
    // A room watching a presentation never sees a client's name or email spelled out.
    const shown = ctx.settings.presenter ? findings.map((f) => maskFinding(f, profileSecrets(ctx.profiles))) : findings;
    return {
      ...model,
      status: statusOf(findings),
      findings: shown.map((f) => toTipFinding(f, ctx.checkText)),
      fill:
        fix && control && fix.value !== value
          ? {
              label: ctx.t(FILL_LABELS[field.id] ?? 'tip.fill-suggested'),
              // What the user asked for: the value filled counts as theirs.
              run: () => {
                if (fillControl(control, fix.value)) {
                  ctx.values.typed.set(field.id, readFieldValue(field));
                  ctx.invalidate('tips');
                }
              },
            }
          : undefined,
    };
  },
};
