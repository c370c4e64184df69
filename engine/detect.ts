import type { PageRule, TextVariants } from '../rules/schema';
import { labelIndexer, labelLookup, locateFields, type LabelIndex, type LocatedField } from './locate';
import { forEachTextNode, normalizeText } from './text';
import { matchesUrl } from './url';

export interface Detection {
  rule: PageRule;
  score: number;
  fields: LocatedField[];
}

function variantsFound(text: string, variants: TextVariants): boolean {
  return [...variants.zh, ...variants.en].some((v) => text.includes(normalizeText(v)));
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

/** The page's visible text (as `pageText`) and its label index (as `indexLabels`), from one walk. */
export function scanPage(doc: Document, known: ReadonlyMap<string, unknown>): { text: string; labels: LabelIndex } {
  const parts: string[] = [doc.title];
  const indexer = labelIndexer(known);
  const body = doc.body;
  if (!body) return { text: normalizeText(doc.title), labels: new Map() };
  forEachTextNode(body, (node) => {
    parts.push(node.data);
    indexer.visit(node);
  });
  return { text: normalizeText(parts.join(' ')), labels: indexer.finish(body) };
}

/**
 * Decides which page of the console is open, from its URL and document. Pure: the same in the
 * content script, the practice console, unit tests and the benchmark. One walk over the page
 * serves every rule: its text for the markers, its labels for the fields.
 */
export function detectPage(rules: readonly PageRule[], href: string, doc: Document): Detection | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!doc.body) return null;
  let lookup = lookups.get(rules);
  if (!lookup) lookups.set(rules, (lookup = labelLookup(rules)));
  const { text, labels } = scanPage(doc, lookup);
  let best: Detection | null = null;
  for (const rule of rules) {
    const result = evaluateRule(rule, url, text, doc, labels);
    if (result && (!best || result.score > best.score)) best = result;
  }
  return best;
}
