import { vi, type Mock } from 'vitest';
import type { FieldTipModel } from '../../components/field-tip';
import type { GuidePanelModel } from '../../components/guide-panel';
import { detectPage, type PageScan } from '../../engine/detect';
import { createFailureCounter } from '../../engine/diagnostics';
import { englishCatalog } from '../../locales/overlay';
import { pageRules } from '../../rules';
import type { Profile, ProfilesState } from '../../storage/profiles';
import { defaultSettings, type Settings } from '../../storage/settings-item';
import { baseTipModel } from '../../content/field-model';
import type { GuideContext, GuideFeature } from '../../content/features';
import { FieldValues } from '../../content/features/values';
import { replicaByName } from '../../replicas/replicas.mjs';
import { renderedReplica } from './dom';

// A fake guide context on a rendered replica, for the features' unit tests: the real detection,
// values and English texts, with spies where the real guide would repaint or talk to the background.

type Writable<T> = { -readonly [K in keyof T]: T[K] };
export type FakeContext = Writable<GuideContext> & {
  invalidate: Mock<GuideContext['invalidate']>;
  updateSettings: Mock<GuideContext['updateSettings']>;
  source: GuideContext['source'] & { recordTakenEmail: Mock<(address: string) => void> };
  /** Stops the guide: listeners added through `on` go away. */
  stop(): void;
};

const CREATED = '2026-01-05T09:00:00.000Z';

/** A client profile with only what the test says filled in. */
export function profile(fields: Partial<Profile> & Pick<Profile, 'id'>): Profile {
  return {
    label: fields.id,
    companyName: '',
    registrationNumber: '',
    countryRegion: '',
    entityType: 'company',
    hasVerifiedOfficialAccount: false,
    officialAccountEmail: '',
    emails: [],
    appId: '',
    originalId: '',
    notes: '',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

export function fakeContext(replicaName: string, options: { step?: string; profiles?: ProfilesState; settings?: Partial<Settings> } = {}): FakeContext {
  const replica = replicaByName(replicaName);
  const doc = renderedReplica(replica, options.step);
  const controller = new AbortController();
  const ctx: FakeContext = {
    doc,
    href: () => replica.url,
    signal: controller.signal,
    detection: detectPage(pageRules, replica.url, doc),
    values: new FieldValues(),
    settings: { ...defaultSettings, ...options.settings },
    t: englishCatalog.translator('en'),
    checkText: englishCatalog.checkMessages.en,
    profiles: options.profiles ?? { profiles: [], activeId: null },
    source: { read: async () => ctx.profiles, watch: () => () => undefined, recordTakenEmail: vi.fn<(address: string) => void>() },
    reportsProgress: true,
    ownKey: () => false,
    notes: new Map(),
    uploads: new Map(),
    failures: createFailureCounter(doc),
    panel: () => null,
    updateSettings: vi.fn<GuideContext['updateSettings']>((patch) => void (ctx.settings = { ...ctx.settings, ...patch })),
    invalidate: vi.fn<GuideContext['invalidate']>(),
    on: (target, type, listener, opts) => target.addEventListener(type, listener as EventListener, { capture: opts?.capture, signal: controller.signal }),
    stop: () => controller.abort(),
  };
  return ctx;
}

/** The field on the recognised page. */
export function fieldOf(ctx: GuideContext, id: string) {
  const field = ctx.detection?.fields.find((f) => f.id === id);
  if (!field) throw new Error(`no field ${id} on ${ctx.detection?.rule.id}`);
  return field;
}

/** The tip the given features build for a field, as the guide's loop builds it. */
export function tipOf(ctx: GuideContext, features: readonly GuideFeature[], id: string): FieldTipModel {
  const field = fieldOf(ctx, id);
  ctx.values.read(ctx.detection!.fields);
  let model = baseTipModel(field, [], ctx.t);
  for (const feature of features) model = feature.tip?.(ctx, { field, value: ctx.values.current[id] ?? '' }, model) ?? model;
  return model;
}

/** The panel model the given features build on the recognised page. */
export function panelOf(ctx: GuideContext, features: readonly GuideFeature[]): GuidePanelModel {
  let model: GuidePanelModel = {
    rule: ctx.detection!.rule,
    t: ctx.t,
    englishConsole: false,
    translated: false,
    copied: 'idle',
    onCopyDiagnostics: async () => false,
    notices: [],
    collapsed: false,
    fieldsFound: 0,
    fieldsTotal: 0,
    onToggle: () => undefined,
  };
  for (const feature of features) model = feature.panel?.(ctx, model) ?? model;
  return model;
}

/** Types into a control as a user does: a trusted-looking input event (happy-dom marks none trusted). */
function trusted<E extends Event>(e: E, extra: Record<string, unknown> = {}): E {
  for (const [key, value] of Object.entries({ isTrusted: true, ...extra })) Object.defineProperty(e, key, { value });
  return e;
}

/**
 * The user enters a value: a choice by a trusted change; text as an input method commits it over
 * the whole field (a trusted compositionend with the text, then its input event).
 */
export function type(control: HTMLInputElement, value: string, event: 'input' | 'change' = 'input'): void {
  control.value = value;
  const text = event === 'input' && !['radio', 'checkbox', 'file'].includes(control.type);
  if (text) control.dispatchEvent(trusted(new Event('compositionend', { bubbles: true }), { data: value }));
  control.dispatchEvent(trusted(new Event(event, { bubbles: true })));
}

/** A page script's `execCommand('insertText')`: a trusted input event, but no key, paste, drop or composition. */
export function insertByPage(control: HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(trusted(new Event('input', { bubbles: true })));
}

/** The user presses one key (a trusted keydown), with `before` running first: the page's own keydown handler. */
export function pressKey(control: HTMLInputElement, key: string, before?: () => void): void {
  before?.();
  control.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true })));
  control.value += key;
  control.dispatchEvent(trusted(new Event('input', { bubbles: true })));
  control.dispatchEvent(trusted(new KeyboardEvent('keyup', { key, bubbles: true })));
}

/** A page scan holding just this text (what a feature's `shown` receives), for features that read only the text. */
export function scanOf(text = ''): PageScan {
  return { text, labels: new Map(), nodes: [] };
}
