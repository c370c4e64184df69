import type { FieldRule, PageRule, TextVariants } from '../rules/schema';
import { chromeTextNodes } from './chrome';
import { labelIndexer, labelLookup, locateFields, type LabelIndex, type LocatedField } from './locate';
import { forEachTextNode, normalizeText } from './text';
import { matchesUrl } from './url';
import { pageVariant, type PageVariant } from './page-variant';

export interface Detection {
  rule: PageRule;
  score: number;
  fields: LocatedField[];
  /** A page no rule matches, with fields whose labels are known (engine/unknown-page.ts). */
  partial?: true;
  /** The rendering on screen: the guide's points that do not apply to it, the page's own step number. */
  variant?: PageVariant;
}

const normalisedVariants = new WeakMap<TextVariants, string[]>();

function variantsFound(text: string, variants: TextVariants): boolean {
  let normalised = normalisedVariants.get(variants);
  if (!normalised) normalisedVariants.set(variants, (normalised = [...variants.zh, ...variants.en].map(normalizeText)));
  return normalised.some((v) => text.includes(v));
}

/** How strongly a rule matches the page; null when it doesn't. */
export function evaluateRule(rule: PageRule, url: URL, text: string, doc: Document, labels: LabelIndex): Detection | null {
  const { detect } = rule;
  const onUrl = detect.urls.some((m) => matchesUrl(url, m));
  if (detect.urlRequired && !onUrl) return null;
  if (detect.excludeMarkers.some((m) => variantsFound(text, m))) return null;
  const markers = detect.markers.filter((m) => variantsFound(text, m)).length;
  if (markers < (onUrl ? detect.minMarkersOnUrl : detect.minMarkers)) return null;
  const found = rule.fields.length > 0 ? locateFields(rule, doc, labels) : [];
  if (found.length < detect.minFields) return null;
  return { rule, score: (onUrl ? 100 : 0) + markers * 10 + found.length, fields: found };
}

/** Told about each rule that threw (and was skipped), so the caller can count it for diagnostics. */
export type RuleErrorHandler = (rule: PageRule, error: unknown) => void;

interface Lookup {
  labels: ReturnType<typeof labelLookup>;
  /** Rules whose fields could not even be indexed, with the error, reported on every detection. */
  broken: Map<PageRule, unknown>;
}

const lookups = new WeakMap<readonly PageRule[], Lookup>();

/** Label lookup for all rules, built rule by rule so that one malformed rule leaves the others working. */
function buildLookup(rules: readonly PageRule[]): Lookup {
  const labels: Lookup['labels'] = new Map();
  const broken: Lookup['broken'] = new Map();
  for (const rule of rules) {
    try {
      for (const [key, fields] of labelLookup([rule])) {
        const list = labels.get(key) ?? [];
        for (const field of fields) if (!list.some((f) => f.id === field.id)) list.push(field);
        labels.set(key, list);
      }
    } catch (error) {
      broken.set(rule, error);
    }
  }
  return { labels, broken };
}

export interface PageScan {
  /** The page's own visible text, normalised, without navigation, notice or link lists (as `pageText`). */
  text: string;
  /** Its labels (as `indexLabels`). */
  labels: LabelIndex;
  /** The text nodes `text` was read from, in document order: for whatever else looks for the page's own texts. */
  nodes: readonly Text[];
}

/** Every rule's fields by normalised label (one entry per field id). */
export function fieldsByLabel(rules: readonly PageRule[]): ReadonlyMap<string, readonly FieldRule[]> {
  return lookupFor(rules).labels;
}

function lookupFor(rules: readonly PageRule[]): Lookup {
  let lookup = lookups.get(rules);
  if (!lookup) lookups.set(rules, (lookup = buildLookup(rules)));
  return lookup;
}

/**
 * One walk over the page serves every rule: its own text for the markers (menus, notice lists and
 * link lists name other pages: engine/chrome.ts), its labels for the fields.
 */
export function scanPage(rules: readonly PageRule[], doc: Document): PageScan {
  const parts: string[] = [doc.title];
  const body = doc.body;
  if (!body) return { text: normalizeText(doc.title), labels: new Map(), nodes: [] };
  const indexer = labelIndexer(lookupFor(rules).labels);
  const chrome = chromeTextNodes(body);
  const nodes: Text[] = [];
  forEachTextNode(body, (node) => {
    if (!chrome.has(node)) {
      parts.push(node.data);
      nodes.push(node);
    }
    indexer.visit(node);
  });
  return { text: normalizeText(parts.join(' ')), labels: indexer.finish(body), nodes };
}

/**
 * Decides which page of the console is open, from its URL and document. Pure: the same in the
 * content script, the practice console, unit tests and the benchmark. A caller that needs the page's
 * text as well passes its own scan, so the page is read once. A rule that throws is skipped and
 * reported to `onRuleError`; the others still decide.
 */
export function detectPage(rules: readonly PageRule[], href: string, doc: Document, scan?: PageScan, onRuleError?: RuleErrorHandler): Detection | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!doc.body) return null;
  const { text, labels } = scan ?? scanPage(rules, doc);
  const lookup = lookupFor(rules);
  let best: Detection | null = null;
  for (const rule of rules) {
    if (lookup.broken.has(rule)) {
      onRuleError?.(rule, lookup.broken.get(rule));
      continue;
    }
    let result: Detection | null;
    try {
      result = evaluateRule(rule, url, text, doc, labels);
    } catch (error) {
      onRuleError?.(rule, error);
      continue;
    }
    if (result && (!best || result.score > best.score)) best = result;
  }
  if (best) {
    const chosen = best;
    try {
      chosen.variant = pageVariant(chosen.rule, text, new Set(chosen.fields.map((field) => field.id)), doc);
    } catch (error) {
      // The page is still recognised; the guide shows every point, with our own step number.
      onRuleError?.(chosen.rule, error);
    }
  }
  return best;
}
