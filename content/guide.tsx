import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuidePanel } from '../components/GuidePanel';
import { maskFinding, profileSecrets } from '../components/presenter/mask';
import { PASSWORD_RULE_KEYS, passwordChecklist, runChecks } from '../engine/checks';
import { formatFinding } from '../engine/checks/format';
import type { CheckProfile } from '../engine/checks/types';
import { detectPage, type Detection } from '../engine/detect';
import { buildDiagnostics, isMachineTranslated, missingFields } from '../engine/diagnostics';
import type { LocatedField } from '../engine/locate';
import { OVERLAY_ATTRIBUTE } from '../engine/text';
import { isEnglishConsole } from '../engine/url';
import { fillControl, readFieldValue } from '../engine/values';
import { checkMessages, translator } from '../locales';
import { pageRules } from '../rules';
import type { ConsoleMessage } from '../rules/messages';
import { isOverseas, regionFromConsoleText } from '../rules/regions';
import { fetchProfiles, send } from '../storage/client';
import { profilesItem } from '../storage/items';
import { activeProfile, knownEmails, recoverProfilesState, type ProfilesState } from '../storage/profiles';
import { defaultSettings, parseSettings, readSettings, settingsItem, type Settings } from '../storage/settings';
import { baseTipModel, consoleMessagesInRow, statusOf, toTipFinding } from './field-model';
import { FieldTips } from './field-tips';
import { createPresenter } from './presenter';
import { watchPage } from './watch';

// Wires the pure engine to the live console: detect the page, show the guide panel and the field
// tips, run the checks as the user types, keep the diagnostics attributes current.

const t = translator('en');
const checkText = checkMessages.en;
/** Fields whose value is a choice, checked as soon as it is seen (not only after the user leaves them). */
const CHOICE_KINDS = new Set(['radio', 'select', 'checkbox']);

/** Where the guide's client profiles come from. */
export interface ProfilesSource {
  read(): Promise<ProfilesState>;
  /** Calls back on every change; returns the unsubscribe function. */
  watch(onChange: (state: ProfilesState) => void): () => void;
  /** The console said this email is taken: remember it for the active client. */
  recordTakenEmail(address: string): void;
}

/** The user's real profiles: read from and written through the background (storage's only writer). */
export const storedProfiles: ProfilesSource = {
  read: () => fetchProfiles().then((view) => view.state),
  watch: (onChange) => profilesItem.watch((value) => onChange(recoverProfilesState(value).value)),
  recordTakenEmail: (address) => void send({ type: 'emails.record', address, status: 'taken' }),
};

/** The content script passes none; the practice console shows replicas under its own extension URL. */
export interface GuideOptions {
  /** The console URL the document stands for (default: the page's own). */
  href?: () => string;
  profiles?: ProfilesSource;
  /** The panel's stylesheet, where the context does not inject the content script's CSS. */
  panelCss?: string;
}

export async function startGuide(ctx: ContentScriptContext, options: GuideOptions = {}): Promise<void> {
  const doc = document;
  const href = options.href ?? (() => location.href);
  const source = options.profiles ?? storedProfiles;
  const tips = new FieldTips(doc);
  let settings: Settings = defaultSettings;
  let profiles: ProfilesState = { profiles: [], activeId: null };
  let detection: Detection | null = null;
  let panel: ShadowRootContentScriptUi<Root> | null = null;
  /** Fields the user has left at least once: from then on they are checked on every input. */
  const touched = new Set<string>();
  const bound = new WeakSet<Element>();
  const notes = new Map<string, ConsoleMessage[]>();
  const recordedTaken = new Set<string>();
  let errors = 0;
  let copied: 'idle' | 'done' | 'failed' = 'idle';
  const presenter = createPresenter({
    doc,
    // Looked up on every use: the words follow the translator in use at the time.
    t: (key, params) => t(key, params),
    panel: () => panel?.shadow.querySelector('aside') ?? null,
    onLeave: () => {
      settings = { ...settings, presenter: false };
      refreshAll();
      void send({ type: 'settings.update', patch: { presenter: false } });
    },
    signal: ctx.signal,
  });

  const copyDiagnostics = async () => {
    if (!detection) return false;
    const report = buildDiagnostics(detection, {
      href: href(),
      version: browser.runtime.getManifest().version,
      translated: isMachineTranslated(doc),
      errors,
      userAgent: navigator.userAgent,
    });
    try {
      await navigator.clipboard.writeText(JSON.stringify(report, null, 2));
      copied = 'done';
    } catch {
      copied = 'failed';
    }
    renderPanel();
    return copied === 'done';
  };

  const renderPanel = () => {
    if (!detection || !panel?.mounted) return;
    const rule = detection.rule;
    panel.mounted.render(
      <GuidePanel
        rule={rule}
        t={t}
        englishConsole={isEnglishConsole(new URL(href()))}
        translated={isMachineTranslated(doc)}
        copied={copied}
        onCopyDiagnostics={copyDiagnostics}
        collapsed={settings.panelCollapsed}
        fieldsFound={rule.fields.filter((f) => !f.optional).length - missingFields(detection).length}
        fieldsTotal={rule.fields.filter((f) => !f.optional).length}
        onToggle={() => {
          settings = { ...settings, panelCollapsed: !settings.panelCollapsed };
          renderPanel();
          void send({ type: 'settings.update', patch: { panelCollapsed: settings.panelCollapsed } });
        }}
      />,
    );
  };

  const ensurePanel = async () => {
    if (panel) return;
    panel = await createShadowRootUi(ctx, {
      name: 'mpg-guide-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      css: options.panelCss,
      onMount: (container, _shadow, host) => {
        host.setAttribute(OVERLAY_ATTRIBUTE, '');
        host.setAttribute('translate', 'no');
        return createRoot(container);
      },
      onRemove: (root) => root?.unmount(),
    });
    panel.mount();
  };

  const checkProfile = (): CheckProfile | null => {
    const profile = activeProfile(profiles);
    const usedEmails = knownEmails(profiles);
    if (!profile) return usedEmails.length ? { usedEmails } : null;
    return {
      companyName: profile.companyName || undefined,
      registrationNumber: profile.registrationNumber || undefined,
      countryRegion: profile.countryRegion || undefined,
      entityType: profile.entityType,
      officialAccountEmail: profile.officialAccountEmail || undefined,
      usedEmails,
    };
  };

  /** The field's tip: meaning, console notes, and — once it is due — the checks' findings. */
  const refreshField = (field: LocatedField, values: Record<string, string>, countryRegion: string | null) => {
    const base = baseTipModel(field, notes.get(field.id) ?? [], t);
    const value = values[field.id] ?? '';
    const due = touched.has(field.id) || (CHOICE_KINDS.has(field.rule.kind) && value !== '');
    if (!due) return base;
    const findings = runChecks(field.id, {
      value,
      profile: checkProfile(),
      countryRegion,
      overseas: isOverseas(countryRegion),
      otherValues: values,
    });
    const fix = findings.find((f) => f.fix)?.fix;
    const control = field.control;
    // A room watching a presentation never sees a client's name or email spelled out.
    const shown = settings.presenter ? findings.map((f) => maskFinding(f, profileSecrets(profiles))) : findings;
    return {
      ...base,
      status: statusOf(findings),
      findings: shown.map((f) => toTipFinding(f, checkText)),
      checklist:
        field.id === 'password'
          ? passwordChecklist(value).map((c) => ({ label: formatFinding({ code: PASSWORD_RULE_KEYS[c.rule], severity: 'info' }, checkText), ok: c.ok }))
          : undefined,
      fill:
        fix && control && fix.value !== value
          ? { label: t('tip.fill-exact'), run: () => fillControl(control, fix.value) && refreshAll() }
          : undefined,
    };
  };

  const refreshAll = () => {
    if (!detection) return;
    const values: Record<string, string> = {};
    for (const field of detection.fields) values[field.id] = readFieldValue(field);
    const country = detection.fields.some((f) => f.id === 'country') ? regionFromConsoleText(values.country)?.code : undefined;
    const countryRegion = country ?? activeProfile(profiles)?.countryRegion ?? null;
    tips.sync(detection.fields, (field) => refreshField(field, values, countryRegion || null));
  };

  const bindField = (field: LocatedField) => {
    const target = field.control ? field.row : null;
    if (!target || bound.has(target)) return;
    bound.add(target);
    // A value already there (returning to the page, browser autofill) is checked at once.
    if (readFieldValue(field) !== '') touched.add(field.id);
    const leave = () => {
      touched.add(field.id);
      refreshAll();
    };
    target.addEventListener('focusout', leave, { signal: ctx.signal });
    target.addEventListener('change', leave, { signal: ctx.signal });
    target.addEventListener('input', () => touched.has(field.id) && refreshAll(), { signal: ctx.signal });
  };

  /** When the console says the email is taken, remember it for the active client. */
  const recordTakenEmail = (fields: readonly LocatedField[]) => {
    const email = fields.find((f) => f.id === 'email');
    if (!email || !(notes.get('email') ?? []).some((m) => m.marksEmailTaken)) return;
    const address = readFieldValue(email).trim();
    if (!address || recordedTaken.has(address.toLowerCase()) || !activeProfile(profiles)) return;
    recordedTaken.add(address.toLowerCase());
    source.recordTakenEmail(address);
  };

  const evaluate = async () => {
    const next = detectPage(pageRules, href(), doc);
    detection = next;
    // Diagnostics: the extension has looked at this page at least once (tests wait for it).
    doc.documentElement.dataset.mpgReady = '';
    if (!next) {
      delete doc.documentElement.dataset.mpgPage;
      tips.clear();
      presenter.show(null);
      panel?.remove();
      panel = null;
      return;
    }
    doc.documentElement.dataset.mpgPage = next.rule.id;
    notes.clear();
    for (const field of next.fields) {
      notes.set(field.id, consoleMessagesInRow(field));
      bindField(field);
    }
    refreshAll();
    recordTakenEmail(next.fields);
    await ensurePanel();
    renderPanel();
    presenter.show(settings.presenter ? next : null);
  };

  [settings, profiles] = await Promise.all([readSettings(), source.read()]);
  settingsItem.watch((value) => {
    settings = parseSettings(value);
    renderPanel();
    refreshAll();
    presenter.show(settings.presenter ? detection : null);
  });
  ctx.onInvalidated(
    source.watch((state) => {
      profiles = state;
      refreshAll();
    }),
  );
  /** One failure never stops the guide: it is counted (diagnostics) and the next change re-runs. */
  const safeEvaluate = () =>
    evaluate().catch((error: unknown) => {
      doc.documentElement.dataset.mpgErrors = String(++errors);
      console.warn('[MP Console Guide]', error);
    });
  watchPage(doc, () => void safeEvaluate(), ctx.signal);
  ctx.onInvalidated(() => {
    tips.clear();
    delete doc.documentElement.dataset.mpgPage;
  });
  await safeEvaluate();
}
