import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldTipModel } from '../components/field-tip';
import { createGuidePanel, type GuidePanelHandle, type GuidePanelModel } from '../components/guide-panel';
import type { Finding } from '../engine/checks/types';
import { changeTriggers, fieldRows, isRelevantChange, pageTextTriggers, triggerMatcher, type FieldRows } from '../engine/changes';
import { detectPage, scanPage, type Detection } from '../engine/detect';
import { detectUnknownPage } from '../engine/unknown-page';
import { flowSignals } from './loader/derive';
import { createFailureCounter, isMachineTranslated, missingFields } from '../engine/diagnostics';
import { isEnglishConsole } from '../engine/url';
import { englishCatalog, htmlLang, loadOverlayCatalog } from '../locales/overlay';
import { pageRules } from '../rules';
import { consoleMessages, type ConsoleMessage } from '../rules/messages';
import { pageTexts } from '../rules/page-texts';
import { send } from '../storage/client';
import type { ProfilesState } from '../storage/profiles';
import { defaultSettings, parseSettings, readSettings, settingsItem, type Settings } from '../storage/settings-item';
import { baseTipModel } from './field-model';
import { FieldTips } from './field-tips';
import { features, type GuideContext, type GuideFeature, type Invalidation } from './features';
import { featureSource, guarded } from './features/guard';
import { FieldValues } from './features/values';
import { storedProfiles, type ProfilesSource } from './profiles-source';
import { createPointerGate } from './pointer-gate';
import { createSidePanelHandle } from './side-panel/handle';
import { servePanel } from './side-panel/link';
import { watchPage } from './watch';

// Wires the pure engine to the live console: recognises the page, sends the guide panel's model to
// the browser's side panel (content/side-panel/) and draws the field tips, and hands every behaviour to a feature (content/features/, one per file) through a
// small context. Everything here runs inside someone else's page, so it stays small (no React, no
// zod: see docs/performance.md) and works in reaction to the page, never on a timer of its own.

export { storedProfiles, type ProfilesSource } from './profiles-source';

/** The content script passes none; the practice console shows replicas under its own extension URL. */
export interface GuideOptions {
  /** The console URL the document stands for (default: the page's own). */
  href?: () => string;
  profiles?: ProfilesSource;
  /** false: pages seen are not reported as the active client's progress (a practice session). */
  progress?: boolean;
  /**
   * Where the guide panel shows: 'side' (default), the browser's side panel, with a small handle on
   * the page that opens it; 'page', a box in the page itself (the practice console's frame, an
   * extension page beside which no side panel follows).
   */
  panel?: 'side' | 'page';
  /** An untrusted key the extension itself sent (the practice shell forwarding presenter keys). */
  ownKey?: (event: KeyboardEvent) => boolean;
}

export async function startGuide(ctx: ContentScriptContext, options: GuideOptions = {}): Promise<void> {
  const doc = document;
  const href = options.href ?? (() => location.href);
  const source = options.profiles ?? storedProfiles;
  const tips = new FieldTips(doc);
  const failures = createFailureCounter(doc);
  const pointerGate = createPointerGate(doc, ctx.signal);
  let panel: GuidePanelHandle | null = null;
  const inPage = options.panel === 'page';
  const link = inPage ? null : servePanel(ctx.signal);
  const handle = inPage ? null : createSidePanelHandle(doc, ctx.signal);
  /** The loader's flow signals, for the unknown-page help (derived from the rules once, when first needed). */
  let signals: ReturnType<typeof flowSignals> | undefined;
  /** The recognised fields' rows: any change inside them counts (the console's hints and errors). */
  let rows: FieldRows = fieldRows([]);
  // The UI language follows settings.locale, live: a change re-renders the panel and every tip.
  let catalog = englishCatalog;
  const state = {
    detection: null as Detection | null,
    settings: defaultSettings as Settings,
    profiles: { profiles: [], activeId: null } as ProfilesState,
    t: catalog.translator(defaultSettings.locale),
    checkText: catalog.checkMessages[defaultSettings.locale],
  };

  const context: GuideContext = {
    doc,
    href,
    signal: ctx.signal,
    get detection() {
      return state.detection;
    },
    values: new FieldValues(),
    get settings() {
      return state.settings;
    },
    get t() {
      return state.t;
    },
    get checkText() {
      return state.checkText;
    },
    get profiles() {
      return state.profiles;
    },
    source,
    reportsProgress: options.progress !== false,
    ownKey: options.ownKey ?? (() => false),
    notes: new Map<string, ConsoleMessage[]>(),
    uploads: new Map<string, Finding[]>(),
    failures,
    panel: () => (inPage ? (panel?.aside ?? null) : (handle?.element() ?? null)),
    updateSettings(patch) {
      state.settings = { ...state.settings, ...patch };
      void send({ type: 'settings.update', patch });
    },
    invalidate: (what: Invalidation = 'both') => {
      if (what !== 'panel') refreshTips();
      if (what !== 'tips') renderPanel();
    },
    on() {
      throw new Error('each feature has its own'); // see contextFor
    },
  };

  /** The context as one feature sees it: its listeners are guarded under its own id. */
  const contextFor = (feature: GuideFeature): GuideContext =>
    Object.create(context, {
      on: {
        value: (target: EventTarget, type: string, listener: (event: Event) => void, opts?: { capture?: boolean }) =>
          target.addEventListener(type, (event) => guarded(failures, featureSource(feature.id), () => listener(event), undefined), {
            capture: opts?.capture,
            signal: ctx.signal,
          }),
      },
    }) as GuideContext;
  const active = features.map((feature) => ({ feature, ctx: contextFor(feature) }));
  /** Runs one hook of every feature that has it, each inside the guard. */
  const each = (run: (feature: GuideFeature, ctx: GuideContext) => void) => {
    for (const { feature, ctx: featureCtx } of active) guarded(failures, featureSource(feature.id), () => run(feature, featureCtx), undefined);
  };
  /** Passes a model through every feature's hook; one that throws leaves it as it was. */
  const build = <M>(model: M, hook: (feature: GuideFeature, ctx: GuideContext, model: M) => M | undefined) => {
    for (const { feature, ctx: featureCtx } of active)
      model = guarded(failures, featureSource(feature.id), () => hook(feature, featureCtx, model) ?? model, model);
    return model;
  };

  const renderPanel = () => {
    const detection = state.detection;
    if (!detection || (inPage && !panel)) return;
    const rule = detection.rule;
    const t = state.t;
    panel?.host.setAttribute('lang', htmlLang[t.locale]);
    // Count what is shown: every field with a tip, out of those plus the required ones not found.
    const shown = detection.fields.length;
    const base: GuidePanelModel = {
      rule,
      t,
      englishConsole: isEnglishConsole(new URL(href())),
      translated: isMachineTranslated(doc),
      copied: 'idle',
      onCopyDiagnostics: async () => false,
      notices: [],
      collapsed: state.settings.panelCollapsed,
      fieldsFound: shown,
      fieldsTotal: shown + missingFields(detection).length,
      omit: detection.variant?.omit ?? [],
      ...(detection.variant?.step !== undefined ? { step: detection.variant.step } : {}),
      unknownFields: detection.partial ? detection.fields.length : undefined,
      onToggle: () => {
        context.updateSettings({ panelCollapsed: !state.settings.panelCollapsed });
        renderPanel();
      },
    };
    const model = build(base, (feature, featureCtx, m) => feature.panel?.(featureCtx, m));
    panel?.update(model);
    link?.publish(model);
    handle?.show(t);
  };

  const renderTips = () => {
    const detection = state.detection;
    if (!detection) return;
    context.values.read(detection.fields);
    tips.sync(detection.fields, (field) => {
      const base: FieldTipModel = baseTipModel(field, [], state.t);
      const input = { field, value: context.values.current[field.id] ?? '' };
      return build(base, (feature, featureCtx, model) => feature.tip?.(featureCtx, input, model));
    });
  };
  /** Tips never move the page under a pressed mouse button (the release would miss its target). */
  const refreshTips = () => pointerGate(renderTips);

  const evaluate = () => {
    const scan = scanPage(pageRules, doc);
    // A page no rule matches may still be a form of the flow whose labels we know (engine/unknown-page.ts).
    const next =
      detectPage(pageRules, href(), doc, scan, (rule) => failures.record(`rule:${rule.id}`)) ??
      detectUnknownPage(pageRules, href(), doc, scan, (signals ??= flowSignals(pageRules)));
    state.detection = next;
    rows = fieldRows(next?.fields.map((field) => field.row) ?? []);
    // Diagnostics: the extension has looked at this page at least once (tests wait for it).
    doc.documentElement.dataset.mpgReady = '';
    if (!next?.partial) delete doc.documentElement.dataset.mpgUnknown;
    if (!next) {
      delete doc.documentElement.dataset.mpgPage;
      tips.clear();
      each((feature, featureCtx) => feature.leave?.(featureCtx));
      panel?.remove();
      panel = null;
      link?.publish(null);
      handle?.hide();
      return;
    }
    each((feature, featureCtx) => feature.page?.(featureCtx, next));
    refreshTips();
    if (inPage && !panel?.host.isConnected) {
      panel?.remove();
      panel = createGuidePanel(doc);
      doc.body.append(panel.host);
    }
    renderPanel();
    each((feature, featureCtx) => feature.shown?.(featureCtx, next, scan));
    // Set last: once the page id is there, so are its tips and the panel. An unknown page has no id:
    // data-mpg-unknown holds the number of fields it got tips for.
    if (next.partial) {
      delete doc.documentElement.dataset.mpgPage;
      doc.documentElement.dataset.mpgUnknown = String(next.fields.length);
    } else doc.documentElement.dataset.mpgPage = next.rule.id;
  };

  /** Takes new settings; true when the tips need new text (another language, or client data masked or shown). */
  const applySettings = (next: Settings) => {
    const relabel = next.locale !== state.settings.locale || next.presenter !== state.settings.presenter;
    state.settings = next;
    state.t = catalog.translator(next.locale);
    state.checkText = catalog.checkMessages[next.locale];
    if (relabel) {
      // Another language's texts are read on demand; English shows until they arrive.
      const wanted = next.locale;
      void loadOverlayCatalog(wanted).then((loaded) => {
        if (wanted !== state.settings.locale) return;
        catalog = loaded;
        state.t = catalog.translator(wanted);
        state.checkText = catalog.checkMessages[wanted];
        context.invalidate('both');
      });
    }
    return relabel;
  };

  /** One failure never stops the guide: it is counted (diagnostics) and the next change re-runs. */
  const safeEvaluate = () => guarded(failures, 'guide', evaluate, undefined);

  // Profiles come validated from the background (storage's only reader and writer); the page is not
  // kept waiting for them: the tips appear at once and the checks re-run when they arrive.
  let request = 0;
  const loadProfiles = async () => {
    const mine = ++request;
    const profiles = await source.read();
    if (mine !== request) return;
    state.profiles = profiles;
    context.invalidate('both');
  };
  void loadProfiles();
  applySettings(await readSettings());
  each((feature, featureCtx) => feature.start?.(featureCtx));
  settingsItem.watch((value) => {
    const relabel = applySettings(parseSettings(value));
    renderPanel();
    if (relabel) refreshTips();
    each((feature, featureCtx) => feature.settings?.(featureCtx));
  });
  ctx.onInvalidated(source.watch(() => void loadProfiles()));
  // The page texts explained by a tip too (a dialog's 确定, a step's 下一步 shown in place).
  const triggers = triggerMatcher([...changeTriggers(pageRules, consoleMessages), ...pageTextTriggers(pageTexts)]);
  watchPage(doc, safeEvaluate, ctx.signal, {
    relevant: (record) => isRelevantChange(record, triggers, rows),
  });
  ctx.onInvalidated(() => {
    tips.clear();
    panel?.remove();
    delete doc.documentElement.dataset.mpgPage;
  });
  safeEvaluate();
}
