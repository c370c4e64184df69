import type { FieldTipModel } from '../../components/field-tip';
import type { GuidePanelModel } from '../../components/guide-panel';
import type { Finding } from '../../engine/checks/types';
import type { Detection, PageScan } from '../../engine/detect';
import type { FailureCounter } from '../../engine/diagnostics';
import type { LocatedField } from '../../engine/locate';
import type { Messages, Translate } from '../../locales/overlay';
import type { ConsoleMessage } from '../../rules/messages';
import type { ProfilesState } from '../../storage/profiles';
import type { Settings } from '../../storage/settings-item';
import type { ProfilesSource } from '../profiles-source';
import type { FieldValues } from './values';

// The contract between the guide's loop (content/guide.ts) and its features (one behaviour per file
// in this folder). A feature only sees this context; the loop owns detection, rendering and the
// lifecycle, and runs every hook inside one guard (./guard.ts).

/** What the panel and the tips repaint. */
export type Invalidation = 'tips' | 'panel' | 'both';

export interface GuideContext {
  readonly doc: Document;
  /** The console URL the document stands for. */
  href(): string;
  /** Aborted when the guide stops: listeners added with it go away. */
  readonly signal: AbortSignal;
  /** The page as last recognised; null on a page the guide does not know. */
  readonly detection: Detection | null;
  /** Field values, which of them the user typed and left, the page's country/region. */
  readonly values: FieldValues;
  readonly settings: Settings;
  /** The UI language's texts (changes with the settings: read it on every use). */
  readonly t: Translate;
  /** The checks' messages in the UI language. */
  readonly checkText: Messages;
  readonly profiles: ProfilesState;
  readonly source: ProfilesSource;
  /** false: pages seen are not reported as the active client's progress (a practice session). */
  readonly reportsProgress: boolean;
  /** An untrusted key the extension itself sent (practice shell); on a console tab, never. */
  readonly ownKey: (event: KeyboardEvent) => boolean;
  /** The console's hints and errors in each recognised field's row. */
  readonly notes: Map<string, ConsoleMessage[]>;
  /** Findings for the file last chosen in each upload field. */
  readonly uploads: Map<string, Finding[]>;
  /** Our own caught errors, shown as data-mpg-errors and in the diagnostics. */
  readonly failures: FailureCounter;
  /** The guide panel's visible box (the presenter points at it), if it is on the page. */
  panel(): Element | null;
  /** Changes settings here at once and asks the background to store them. */
  updateSettings(patch: Partial<Settings>): void;
  /** Something a feature shows changed: repaint the tips, the panel or both. */
  invalidate(what?: Invalidation): void;
  /** Adds a listener that is removed when the guide stops and whose errors are counted for the feature. */
  on<K extends keyof DocumentEventMap>(
    target: EventTarget,
    type: K | string,
    listener: (event: DocumentEventMap[K]) => void,
    options?: { capture?: boolean },
  ): void;
}

/** One recognised field, as a tip is built for it. */
export interface TipInput {
  field: LocatedField;
  /** Its value now. */
  value: string;
}

/**
 * One behaviour of the guide. Every hook is optional; the loop runs them in the registry's order
 * (./index.ts), each inside the guard: a hook that throws is counted under `feature:<id>` and the
 * others go on (a tip or panel hook that throws leaves the model as it was).
 */
export interface GuideFeature {
  id: string;
  /** Once, when the guide starts. */
  start?(ctx: GuideContext): void;
  /** A page was recognised (again): before its tips and panel are drawn. */
  page?(ctx: GuideContext, detection: Detection): void;
  /** The page's tips and panel are up. `scan` is this evaluation's one read of the page (its text, its text nodes). */
  shown?(ctx: GuideContext, detection: Detection, scan: PageScan): void;
  /** The page is no longer one the guide knows. */
  leave?(ctx: GuideContext): void;
  /** The settings changed (language, presenter mode…). */
  settings?(ctx: GuideContext): void;
  /** Adds this feature's part to a field's tip. */
  tip?(ctx: GuideContext, input: TipInput, model: FieldTipModel): FieldTipModel;
  /** Adds this feature's part to the guide panel. */
  panel?(ctx: GuideContext, model: GuidePanelModel): GuidePanelModel;
}
