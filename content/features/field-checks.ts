import { maskFinding, profileSecrets } from '../presenter-mask';
import type { InlineTipModel } from '../../components/field-tip';
import { CLIENT_FIELDS, INTERNAL_ERROR_CODE, runChecks } from '../../engine/checks';
import type { CheckProfile } from '../../engine/checks/types';
import type { LocatedField } from '../../engine/locate';
import { fillControl, readFieldValue } from '../../engine/values';
import { isOverseas } from '../../rules/regions';
import { activeProfile, emailOwners, knownEmails } from '../../storage/active-profile';
import type { ProfilesState } from '../../storage/profiles';
import { statusOf, toTipFinding } from '../field-model';
import { isUserEdit, keyEdit, type UserEdit } from '../user-edit';
import type { GuideContext, GuideFeature } from './types';

// The field checks (engine/checks) in each field's tip, once they are due, and the button that
// fills in the value a finding suggests (the exact registered name, for example). Also follows the
// user's input: which fields were left, which values were typed.

// Fields whose checks consult client data (CLIENT_FIELDS, declared by each check): all their
// verdicts go to the tip's inline frame, never into the page (docs/privacy.md).

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
  const owners = emailOwners(profiles);
  if (!profile) return usedEmails.length ? { usedEmails, emailOwners: owners } : null;
  return {
    companyName: profile.companyName || undefined,
    registrationNumber: profile.registrationNumber || undefined,
    countryRegion: profile.countryRegion || undefined,
    entityType: profile.entityType,
    officialAccountEmail: profile.officialAccountEmail || undefined,
    miniProgramAppId: profile.appId || undefined,
    usedEmails,
    emailOwners: owners,
  };
}

const profileCache = new WeakMap<ProfilesState, CheckProfile | null>();
const cachedCheckProfile = (profiles: ProfilesState) => {
  if (!profileCache.has(profiles)) profileCache.set(profiles, checkProfile(profiles));
  return profileCache.get(profiles)!;
};

const bound = new WeakMap<GuideContext, WeakSet<Element>>();

/** A control the user types into (the others are choices, entered by a trusted change). */
const isTextControl = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
  target instanceof Element && target.matches('input:not([type=radio]):not([type=checkbox]):not([type=file]), textarea');

function bindField(ctx: GuideContext, field: LocatedField): void {
  const target = field.control ? field.row : null;
  let seen = bound.get(ctx);
  if (!seen) bound.set(ctx, (seen = new WeakSet()));
  if (!target || seen.has(target)) return;
  seen.add(target);
  const { touched, typed, engaged } = ctx.values;
  // A value already there (returning to the page, browser autofill) is checked at once (for format:
  // it is not one the user typed here).
  if (readFieldValue(field) !== '') touched.add(field.id);
  const leave = () => {
    touched.add(field.id);
    ctx.invalidate('both'); // a choice can change the panel (the documents checklist follows the entity type)
  };
  // What the user's last trusted key, paste or drop may change the value by (content/user-edit.ts).
  let pending: UserEdit | null = null;
  /** The value now counts as the user's if it is the user's last value changed by that edit. */
  const accept = (edit: UserEdit | null) => {
    const value = readFieldValue(field);
    if (edit && isUserEdit(typed.get(field.id) ?? '', value, edit)) typed.set(field.id, value);
  };
  const capture = { capture: true };
  ctx.on(
    target,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.isTrusted && isTextControl(event.target) && !event.isComposing) pending = keyEdit(event);
    },
    capture,
  );
  ctx.on(target, 'keyup', () => (pending = null), capture);
  const dropped = (text: string | undefined) => {
    pending = { kind: 'insert', text: text ?? '' };
    setTimeout(() => (pending = null), 0); // its input event comes in the same task
  };
  ctx.on(target, 'paste', (event: ClipboardEvent) => event.isTrusted && dropped(event.clipboardData?.getData('text/plain')), capture);
  ctx.on(target, 'drop', (event: DragEvent) => event.isTrusted && dropped(event.dataTransfer?.getData('text/plain')), capture);
  ctx.on(
    target,
    'compositionend',
    (event: CompositionEvent) => {
      if (!event.isTrusted || !isTextControl(event.target)) return;
      const edit: UserEdit = { kind: 'insert', text: event.data };
      accept(edit); // Chromium: the committed text is in the field already
      dropped(event.data); // Firefox: its input event follows
      ctx.invalidate('tips');
    },
    capture,
  );
  ctx.on(target, 'focusin', (event) => {
    if (event.isTrusted && !engaged.has(field.id)) {
      engaged.add(field.id);
      ctx.invalidate('tips');
    }
  });
  ctx.on(target, 'focusout', leave);
  ctx.on(target, 'change', (event) => {
    // A choice (select, radio, checkbox) is entered by the user's trusted change; text by typing.
    if (event.isTrusted && !isTextControl(event.target)) typed.set(field.id, readFieldValue(field));
    leave();
  });
  ctx.on(
    target,
    'input',
    (event) => {
      if (isTextControl(event.target)) {
        if ((event as InputEvent).isComposing) return; // the composition's end decides
        if (event.isTrusted) accept(pending);
        pending = null; // one edit per key, paste or drop
      } else if (event.isTrusted) {
        typed.set(field.id, readFieldValue(field));
      }
      if (touched.has(field.id)) ctx.invalidate('tips');
    },
    capture,
  );
}

export const fieldChecks: GuideFeature = {
  id: 'field-checks',
  page(ctx, detection) {
    for (const field of detection.fields) bindField(ctx, field);
  },
  tip(ctx, { field, value }, model) {
    if (field.rule.kind === 'upload') return model;
    const client = CLIENT_FIELDS.has(field.id);
    const diagnostics = ctx.settings.diagnostics === true;
    const frame = (findings: InlineTipModel['findings'], rest: Partial<InlineTipModel> = {}): InlineTipModel => ({
      open: ctx.values.engaged.has(field.id),
      findings,
      idle: ctx.t('tip.inline.idle'),
      hiddenNotice: ctx.t('tip.inline.hidden'),
      ...rest,
    });
    if (!ctx.values.due(field)) return client ? { ...model, inline: frame([]) } : model;
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
    // A room watching a presentation never sees a client's name or email spelled out.
    const shown = (ctx.settings.presenter ? findings.map((f) => maskFinding(f, profileSecrets(ctx.profiles))) : findings).map((f) =>
      toTipFinding(f, ctx.checkText),
    );
    const fix = findings.find((f) => f.fix)?.fix;
    const control = field.control;
    // Fill runs only from the extension's own UI, the inline frame, which only the user can click (issue 19).
    const fill =
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
        : undefined;
    const status = statusOf(findings);
    // Not client-derived: the findings in the tip itself; a suggested value's fill button in the frame.
    if (!client) return { ...model, diagnostics, status, findings: shown, ...(fill ? { inline: frame([], { status, idle: '', fill }) } : {}) };
    // Client-derived: in the inline frame only, with the fill button (components/field-tip.ts).
    return { ...model, diagnostics, inline: frame(shown, { status, idle: ctx.t('tip.inline.none'), fill }) };
  },
};
