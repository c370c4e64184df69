import type { PageRule, TextVariants } from '../rules/schema';
import { labelIndexer, labelLookup, locateFields, type LabelIndex, type LocatedField } from './locate';
import { forEachTextNode, normalizeText } from './text';
import { matchesUrl } from './url';

export interface Detection {
  rule: PageRule;
  score: number;
  fields: LocatedField[];
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

const lookups = new WeakMap<readonly PageRule[], ReturnType<typeof labelLookup>>();

export interface PageScan {
  /** The page's visible text, normalised (as `pageText`). */
  text: string;
  /** Its labels (as `indexLabels`). */
  labels: LabelIndex;
}

function lookupFor(rules: readonly PageRule[]) {
  let lookup = lookups.get(rules);
  if (!lookup) lookups.set(rules, (lookup = labelLookup(rules)));
  return lookup;
}

/** One walk over the page serves every rule: its text for the markers, its labels for the fields. */
export function scanPage(rules: readonly PageRule[], doc: Document): PageScan {
  const parts: string[] = [doc.title];
  const body = doc.body;
  if (!body) return { text: normalizeText(doc.title), labels: new Map() };
  const indexer = labelIndexer(lookupFor(rules));
  forEachTextNode(body, (node) => {
    parts.push(node.data);
    indexer.visit(node);
  });
  return { text: normalizeText(parts.join(' ')), labels: indexer.finish(body) };
}

/**
 * Decides which page of the console is open, from its URL and document. Pure: the same in the
 * content script, the practice console, unit tests and the benchmark. A caller that needs the page's
 * text as well passes its own scan, so the page is read once.
 */
export function detectPage(rules: readonly PageRule[], href: string, doc: Document, scan?: PageScan): Detection | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!doc.body) return null;
  const { text, labels } = scan ?? scanPage(rules, doc);
  let best: Detection | null = null;
  for (const rule of rules) {
    const result = evaluateRule(rule, url, text, doc, labels);
    if (result && (!best || result.score > best.score)) best = result;
  }
  return best;
}
