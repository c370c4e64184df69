import { hostAndPath, mayBeFlowPage, type FlowSignals } from './flow-signals';
import { flowAreaPaths, outsideFlowPaths } from '../rules/flow-area';
import type { FieldRule, PageRule } from '../rules/schema';
import { fieldsByLabel, type Detection, type PageScan } from './detect';
import { locateFields } from './locate';

// Help on a page that is not fully known (issue 20, item 3; docs/console-notes.md, "Unknown pages"):
// a console page of the registration or verification area that no rule matches, but whose form rows
// carry labels the rules know. Those fields get their tips; nothing else of a rule applies. Pure.

export const UNKNOWN_PAGE_ID = 'unknown' as PageRule['id'];
/** Fewer known rows than this is no form of the flow (a settings page with one email row). */
export const MIN_UNKNOWN_FIELDS = 2;

const EDITOR = '[contenteditable]:not([contenteditable="false" i])';

/** The page is in the flow's area: by its URL, or by the loader's flow signals; never an out-of-flow area, never an editor. */
export function inFlowArea(href: string, text: string, doc: Document, signals: FlowSignals): boolean {
  const path = hostAndPath(href);
  if (outsideFlowPaths.some((prefix) => path.startsWith(prefix))) return false;
  if (doc.querySelector(EDITOR)) return false;
  return flowAreaPaths.some((prefix) => path.startsWith(prefix)) || mayBeFlowPage(signals, href, text);
}

/** A rule holding only the given fields, none required, recognised by nothing. */
export function unknownRule(fields: readonly FieldRule[]): PageRule {
  return {
    id: UNKNOWN_PAGE_ID,
    title: 'panel.unknown.title',
    needs: [],
    guidance: [],
    when: {},
    stepBar: null,
    detect: { urls: [], urlRequired: true, markers: [], minMarkersOnUrl: 0, minMarkers: 0, minFields: 0, excludeMarkers: [], recordOn: [] },
    fields: fields.map((field) => ({ ...field, optional: true })),
  };
}

/**
 * The fields of an unknown page of the flow's area whose label names exactly one field (a label two
 * fields share is left out: which one it is depends on the page), each in a row with a control; null
 * when fewer than MIN_UNKNOWN_FIELDS. Call it only when detectPage found no page.
 */
export function detectUnknownPage(rules: readonly PageRule[], href: string, doc: Document, scan: PageScan, signals: FlowSignals): Detection | null {
  if (!doc.body || scan.labels.size < MIN_UNKNOWN_FIELDS) return null;
  if (!inFlowArea(href, scan.text, doc, signals)) return null;
  const known = fieldsByLabel(rules);
  const certain = new Map<string, FieldRule>();
  for (const key of scan.labels.keys()) {
    const candidates = known.get(key);
    if (candidates?.length !== 1) continue;
    // One field id may carry other labels on other pages: the rule's field answers to all of them.
    const field = candidates[0]!;
    const seen = certain.get(field.id);
    certain.set(field.id, seen ? { ...seen, labels: { zh: [...seen.labels.zh, ...field.labels.zh], en: [...seen.labels.en, ...field.labels.en] } } : field);
  }
  if (certain.size < MIN_UNKNOWN_FIELDS) return null;
  const rule = unknownRule([...certain.values()]);
  const fields = locateFields(rule, doc, scan.labels).filter((field) => field.control && field.control !== field.label);
  if (fields.length < MIN_UNKNOWN_FIELDS) return null;
  return { rule, score: 0, fields, partial: true };
}
