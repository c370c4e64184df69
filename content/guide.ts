import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createGuidePanel, type GuidePanelHandle } from '../components/guide-panel';
import { maskFinding, profileSecrets } from '../components/presenter/mask';
import { CHECKED_FIELDS, INTERNAL_ERROR_CODE, PASSWORD_RULE_KEYS, passwordChecklist, runChecks } from '../engine/checks';
import type { Finding } from '../engine/checks/types';
import { checkUpload, documentChecklist, documentKindFromLabel } from '../engine/checks/upload';
import { formatFinding } from '../engine/checks/format';
import type { CheckProfile } from '../engine/checks/types';
import { changeTriggers, fieldRows, isRelevantChange, triggerMatcher, type FieldRows } from '../engine/changes';
import { detectPage, scanPage, type Detection } from '../engine/detect';
import { buildDiagnostics, createFailureCounter, isMachineTranslated, missingFields } from '../engine/diagnostics';
import type { LocatedField } from '../engine/locate';
import { isEnglishConsole } from '../engine/url';
import { checklistEntityType, documentKindByField, sizeLimitFromHint } from '../engine/uploads';
import { fillControl, readFieldValue } from '../engine/values';
import { englishCatalog, htmlLang, loadOverlayCatalog } from '../locales/overlay';
import { pageRules } from '../rules';
import { consoleMessages, type ConsoleMessage } from '../rules/messages';
import { isOverseas } from '../rules/regions';
import { regionFromText } from '../engine/region-name';
import { fetchProfiles, send } from '../storage/client';
import { activeProfile, knownEmails } from '../storage/active-profile';
import { isEmailAddress } from '../storage/normalise';
import { profilesItem } from '../storage/items';
import type { ProfilesState } from '../storage/profiles';
import { defaultSettings, parseSettings, readSettings, settingsItem, type Settings } from '../storage/settings-item';
import { baseTipModel, consoleMessagesInRow, statusOf, toTipFinding } from './field-model';
import { FieldTips } from './field-tips';
import { createPointerGate } from './pointer-gate';
import { createPresenter } from './presenter';
import { reportProgress } from './progress';
import { watchPage } from './watch';

// Wires the pure engine to the live console: detect the page, show the guide panel and the field
// tips, run the checks as the user types, keep the diagnostics attributes current. Everything here
// runs inside someone else's page, so it stays small (no React, no zod: see README, "Performance")
// and does its work in reaction to the page, never on a timer of its own.

/** Fields whose value is a choice, checked as soon as it is seen (not only after the user leaves them). */
const CHOICE_KINDS = new Set(['radio', 'select', 'checkbox']);

/** The fill button's words: what it puts in the field. */
const FILL_LABELS: Record<string, string> = { 'company-name': 'tip.fill-exact', 'registration-number': 'tip.fill-registration-number' };

/** Where the guide's client profiles come from. */
export interface ProfilesSource {
  read(): Promise<ProfilesState>;
  /** Calls back whenever the profiles change; returns the unsubscribe function. */
  watch(onChange: () => void): () => void;
  /** The console said this email is taken: remember it for the active client. */
  recordTakenEmail(address: string): void;
}

/** The user's real profiles: validated and written by the background (storage's only writer). */
export const storedProfiles: ProfilesSource = {
  read: () => fetchProfiles().then((view) => view.state),
  watch: (onChange) => profilesItem.watch(onChange),
  recordTakenEmail: (address) => void send({ type: 'emails.record', address, status: 'taken' }),
};

/** The content script passes none; the practice console shows replicas under its own extension URL. */
export interface GuideOptions {
  /** The console URL the document stands for (default: the page's own). */
  href?: () => string;
  profiles?: ProfilesSource;
  /** false: pages seen are not reported as the active client's progress (a practice session). */
  progress?: boolean;
}

export async function startGuide(ctx: ContentScriptContext, options: GuideOptions = {}): Promise<void> {
  const doc = document;
  const href = options.href ?? (() => location.href);
  const source = options.profiles ?? storedProfiles;
  const tips = new FieldTips(doc);
  let settings: Settings = defaultSettings;
  // The UI language follows settings.locale, live: a change re-renders the panel and every tip.
  let catalog = englishCatalog;
  let t = catalog.translator(settings.locale);
  let checkText = catalog.checkMessages[settings.locale];
  let profiles: ProfilesState = { profiles: [], activeId: null };
  let detection: Detection | null = null;
  /** The recognised fields' rows: any change inside them counts (the console's hints and errors). */
  let rows: FieldRows = fieldRows([]);
  let panel: GuidePanelHandle | null = null;
  /** Fields the user has left at least once: from then on they are checked on every input. */
  const touched = new Set<string>();
  /**
   * Each field's value as the user last entered it (trusted input and change events). Checks that
   * consult stored client data run only on these: a page script that sets a value and fires its own
   * event learns nothing about this agency's clients (an email used before, the registered name).
   */
  const typed = new Map<string, string>();
  const bound = new WeakSet<Element>();
  const notes = new Map<string, ConsoleMessage[]>();
  const recordedTaken = new Set<string>();
  /** Findings for the file last chosen in each upload field (checked before the page's own upload runs). */
  const uploads = new Map<string, Finding[]>();
  /** Our own caught errors (rules, checks, the guide), counted in data-mpg-errors and the diagnostics. */
  const failures = createFailureCounter(doc);
  const pointerGate = createPointerGate(doc, ctx.signal);
  let copied: 'idle' | 'done' | 'failed' = 'idle';
  const presenter = createPresenter({
    doc,
    // Looked up on every use: the words follow the language chosen at the time.
    t: (key, params) => t(key, params),
    panel: () => panel?.aside ?? null,
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
      errors: failures.total,
      failed: failures.sources,
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
    if (!detection || !panel) return;
    const rule = detection.rule;
    panel.host.setAttribute('lang', htmlLang[t.locale]);
    const required = rule.fields.filter((f) => !f.optional).length;
    panel.update({
      rule,
      t,
      englishConsole: isEnglishConsole(new URL(href())),
      translated: isMachineTranslated(doc),
      copied,
      onCopyDiagnostics: copyDiagnostics,
      notices: pageNotices(rule.id),
      checklist: documentsChecklist(),
      collapsed: settings.panelCollapsed,
      fieldsFound: required - missingFields(detection).length,
      fieldsTotal: required,
      onToggle: () => {
        settings = { ...settings, panelCollapsed: !settings.panelCollapsed };
        renderPanel();
        void send({ type: 'settings.update', patch: { panelCollapsed: settings.panelCollapsed } });
      },
    });
  };

  /** Warnings about this page for the active client. */
  const pageNotices = (pageId: string): string[] => {
    const profile = activeProfile(profiles);
    const overseas = isOverseas(profile?.countryRegion);
    return pageId.startsWith('filing.') && overseas ? [t('notice.filing-overseas')] : [];
  };

  /** On verify.documents: what the chosen entity type must upload, and what each upload field holds. */
  const documentsChecklist = () => {
    if (!detection || detection.rule.id !== 'verify.documents') return undefined;
    const typeField = detection.fields.find((f) => f.id === 'entity-type');
    const type = checklistEntityType(typeField ? readFieldValue(typeField) : undefined) ?? checklistEntityType(activeProfile(profiles)?.entityType);
    const fieldByKind = new Map(Object.entries(documentKindByField).map(([field, kind]) => [kind, field]));
    return {
      title: t('panel.documents'),
      items: documentChecklist(type).map((item) => {
        const findings = uploads.get(fieldByKind.get(item.kind) ?? '');
        const state: 'ok' | 'problem' | 'todo' = !findings ? 'todo' : findings.some((f) => f.severity === 'error') ? 'problem' : 'ok';
        return { key: item.key, text: formatFinding({ code: item.key, severity: 'info' }, checkText), state };
      }),
    };
  };

  const ensurePanel = () => {
    if (panel?.host.isConnected) return;
    panel?.remove();
    panel = createGuidePanel(doc);
    doc.body.append(panel.host);
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
      miniProgramAppId: profile.appId || undefined,
      usedEmails,
    };
  };

  /** The field's tip: meaning, console notes, and — once it is due — the checks' findings. */
  const refreshField = (field: LocatedField, values: Record<string, string>, countryRegion: string | null, profile: CheckProfile | null) => {
    const base = baseTipModel(field, notes.get(field.id) ?? [], t);
    if (field.rule.kind === 'upload') {
      const chosen = uploads.get(field.id);
      return chosen ? { ...base, status: statusOf(chosen), findings: chosen.map((f) => toTipFinding(f, checkText)) } : base;
    }
    const value = values[field.id] ?? '';
    // Fields without checks get no status: "ok" would claim something was checked.
    const due = CHECKED_FIELDS.includes(field.id) && (touched.has(field.id) || (CHOICE_KINDS.has(field.rule.kind) && value !== ''));
    if (!due) return base;
    const byUser = typed.get(field.id) === value;
    const findings = runChecks(field.id, {
      value,
      profile: byUser ? profile : null,
      countryRegion: byUser ? countryRegion : pageRegion,
      overseas: isOverseas(byUser ? countryRegion : pageRegion),
      otherValues: values,
    });
    for (const finding of findings) if (finding.code === INTERNAL_ERROR_CODE) failures.record(`check:${finding.params?.check ?? '?'}`);
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
          ? {
              label: t(FILL_LABELS[field.id] ?? 'tip.fill-suggested'),
              // What the user asked for: the value filled counts as theirs.
              run: () => fillControl(control, fix.value) && typed.set(field.id, readFieldValue(field)) && refreshAll(),
            }
          : undefined,
    };
  };

  /** The country/region the page itself shows (not the client's: see `typed`). */
  let pageRegion: string | null = null;

  const renderTips = () => {
    if (!detection) return;
    const values: Record<string, string> = {};
    for (const field of detection.fields) values[field.id] = readFieldValue(field);
    const country = detection.fields.some((f) => f.id === 'country') ? regionFromText(values.country)?.code : undefined;
    pageRegion = country ?? null;
    const countryRegion = country ?? activeProfile(profiles)?.countryRegion ?? null;
    const profile = checkProfile();
    tips.sync(detection.fields, (field) => refreshField(field, values, countryRegion || null, profile));
  };

  /** Tips never move the page under a pressed mouse button (the release would miss its target). */
  const refreshAll = () => pointerGate(renderTips);

  const bindField = (field: LocatedField) => {
    const target = field.control ? field.row : null;
    if (!target || bound.has(target)) return;
    bound.add(target);
    // A value already there (returning to the page, browser autofill) is checked at once.
    if (readFieldValue(field) !== '') touched.add(field.id);
    const leave = () => {
      touched.add(field.id);
      refreshAll();
      renderPanel(); // a choice can change the panel (the documents checklist follows the entity type)
    };
    const entered = (event: Event) => {
      if (event.isTrusted) typed.set(field.id, readFieldValue(field));
    };
    target.addEventListener('focusout', leave, { signal: ctx.signal });
    target.addEventListener('change', (event) => (entered(event), leave()), { signal: ctx.signal });
    target.addEventListener('input', (event) => (entered(event), touched.has(field.id) && refreshAll()), { signal: ctx.signal });
  };

  /**
   * When the console says the email is taken, remember it for the active client: only an address
   * the user typed into the field (a page faking the console's message records nothing).
   */
  const recordTakenEmail = (fields: readonly LocatedField[]) => {
    const email = fields.find((f) => f.id === 'email');
    if (!email || !(notes.get('email') ?? []).some((m) => m.marksEmailTaken)) return;
    const value = readFieldValue(email);
    const address = value.trim();
    if (typed.get('email') !== value || !isEmailAddress(address)) return;
    if (recordedTaken.has(address.toLowerCase()) || !activeProfile(profiles)) return;
    recordedTaken.add(address.toLowerCase());
    source.recordTakenEmail(address);
  };

  const evaluate = () => {
    const scan = scanPage(pageRules, doc);
    const next = detectPage(pageRules, href(), doc, scan, (rule) => failures.record(`rule:${rule.id}`));
    detection = next;
    rows = fieldRows(next?.fields.map((field) => field.row) ?? []);
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
    notes.clear();
    for (const field of next.fields) {
      notes.set(field.id, consoleMessagesInRow(field));
      bindField(field);
    }
    refreshAll();
    recordTakenEmail(next.fields);
    ensurePanel();
    renderPanel();
    presenter.show(settings.presenter ? next : null);
    // Set last: once the page id is there, so are its tips and the panel.
    doc.documentElement.dataset.mpgPage = next.rule.id;
    if (options.progress === false) return;
    // Progress matches the whole page against the message catalog: a task of its own, after the
    // overlay is up, so neither makes the other a long task.
    const url = href();
    const fieldIds = next.fields.map((field) => field.id);
    setTimeout(() => reportProgress(next.rule.id, doc, url, scan.text, fieldIds), 0);
  };

  /** Takes new settings; true when the tips need new text (another language, or client data masked or shown). */
  const applySettings = (next: Settings) => {
    const relabel = next.locale !== settings.locale || next.presenter !== settings.presenter;
    settings = next;
    t = catalog.translator(settings.locale);
    checkText = catalog.checkMessages[settings.locale];
    if (relabel) {
      // Another language's texts are read on demand; English shows until they arrive.
      const wanted = settings.locale;
      void loadOverlayCatalog(wanted).then((loaded) => {
        if (wanted !== settings.locale) return;
        catalog = loaded;
        t = catalog.translator(wanted);
        checkText = catalog.checkMessages[wanted];
        refreshAll();
        renderPanel();
      });
    }
    return relabel;
  };

  /** One failure never stops the guide: it is counted (diagnostics) and the next change re-runs. */
  const safeEvaluate = () => {
    try {
      evaluate();
    } catch (error) {
      failures.record('guide');
      console.warn('[MP Console Guide]', error);
    }
  };

  // Profiles come validated from the background (storage's only reader and writer); the page is not
  // kept waiting for them: the tips appear at once and the checks re-run when they arrive.
  let request = 0;
  const loadProfiles = async () => {
    const mine = ++request;
    const state = await source.read();
    if (mine !== request) return;
    profiles = state;
    refreshAll();
    renderPanel();
  };
  void loadProfiles();
  applySettings(await readSettings());
  settingsItem.watch((value) => {
    const relabel = applySettings(parseSettings(value));
    renderPanel();
    if (relabel) refreshAll();
    presenter.show(settings.presenter ? detection : null);
  });
  ctx.onInvalidated(source.watch(() => void loadProfiles()));
  const triggers = triggerMatcher(changeTriggers(pageRules, consoleMessages));
  watchPage(doc, safeEvaluate, ctx.signal, {
    relevant: (record) => isRelevantChange(record, triggers, rows),
  });
  // Capture phase: the file is checked before the page's own upload handler runs. Never blocks or
  // changes the upload itself.
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !detection) return;
      const field = detection.fields.find((f) => f.rule.kind === 'upload' && f.row.contains(input));
      if (!field) return;
      const file = input.files?.[0];
      if (!file) uploads.delete(field.id);
      else {
        const kind = documentKindByField[field.id] ?? documentKindFromLabel(field.label.textContent ?? '');
        const maxBytes = sizeLimitFromHint(field.row.textContent ?? '');
        uploads.set(field.id, checkUpload({ name: file.name, type: file.type, size: file.size }, { maxBytes, documentKind: kind }));
      }
      refreshAll();
      renderPanel();
    },
    { capture: true, signal: ctx.signal },
  );
  ctx.onInvalidated(() => {
    tips.clear();
    panel?.remove();
    delete doc.documentElement.dataset.mpgPage;
  });
  safeEvaluate();
}
