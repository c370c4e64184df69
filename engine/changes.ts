import type { ConsoleMessage } from '../rules/messages';
import type { PageRule } from '../rules/schema';
import { normalizeText } from './text';

// Which DOM changes can alter what the extension shows. A console page that updates itself (a live
// list, a ticker, a spinner's style) must not make the guide re-read the whole page each time: only
// changes that add, remove, show or hide text some rule or the message catalog knows (markers,
// labels, console messages), or that touch a recognised field's row, call for a new evaluation.
// The test errs on the side of re-evaluating: large changes always count.

/** Text longer than this is not inspected: the change counts. */
const MAX_INSPECTED = 20_000;
const PLACEHOLDER = /\{\d+\}|\{n\}|\{数字\}|%s|%d/;

/** Lower-case NFKC text without whitespace, so split, indented or full-width text still matches. */
export function squash(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** Every text whose appearance or disappearance can change the evaluation, squashed. */
export function changeTriggers(rules: readonly PageRule[], messages: readonly ConsoleMessage[]): string[] {
  const texts = new Set<string>();
  const addVariants = (v: { zh: readonly string[]; en: readonly string[] }) => [...v.zh, ...v.en].forEach((t) => texts.add(squash(t)));
  for (const rule of rules) {
    rule.detect.markers.forEach(addVariants);
    rule.detect.excludeMarkers.forEach(addVariants);
    rule.fields.forEach((field) => addVariants(field.labels));
    // Texts that decide which of the guide's points apply, and the step bar's names for the step.
    for (const condition of Object.values(rule.when)) [...condition.shows, ...condition.lacks].forEach(addVariants);
    if (rule.stepBar) addVariants(rule.stepBar.names);
  }
  // A console message's longest literal part (between placeholders) stands for it.
  for (const message of messages) {
    const parts = message.zh
      .split(PLACEHOLDER)
      .map(squash)
      .sort((a, b) => b.length - a.length);
    if (parts[0]) texts.add(parts[0]);
  }
  texts.delete('');
  return [...texts];
}

/** The page texts a tip explains (rules/page-texts.ts), squashed: their appearance calls for their tips. */
export function pageTextTriggers(texts: readonly { texts: { zh: readonly string[]; en: readonly string[] } }[]): string[] {
  return [...new Set(texts.flatMap((t) => [...t.texts.zh, ...t.texts.en].map(squash)).filter(Boolean))];
}

/** A test for "contains one of these texts", indexed by first character (short texts, many triggers). */
export function triggerMatcher(triggers: readonly string[]): (text: string) => boolean {
  const byFirst = new Map<string, string[]>();
  for (const trigger of triggers) {
    const list = byFirst.get(trigger[0]!) ?? [];
    list.push(trigger);
    byFirst.set(trigger[0]!, list);
  }
  return (text) => {
    if (text.length > MAX_INSPECTED) return true;
    const squashed = squash(text);
    for (let i = 0; i < squashed.length; i++) {
      const candidates = byFirst.get(squashed[i]!);
      if (candidates?.some((t) => squashed.startsWith(t, i))) return true;
    }
    return false;
  };
}

function textOf(node: Node): string {
  return node.nodeType === 3 ? (node as Text).data : (node.textContent ?? '');
}

/** Recognised fields' rows, and one ancestor of them all: most changes fall outside it, one test each. */
export interface FieldRows {
  region: Node | null;
  rows: readonly Element[];
}

export function fieldRows(rows: readonly Element[]): FieldRows {
  let region: Node | null = rows[0] ?? null;
  while (region && !rows.every((row) => region!.contains(row))) region = region.parentNode;
  return { region, rows };
}

function inRows(node: Node, { region, rows }: FieldRows): boolean {
  return region !== null && region.contains(node) && rows.some((row) => row.contains(node));
}

function anyMatches(nodes: NodeList, matches: (text: string) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) if (matches(textOf(nodes[i]!))) return true;
  return false;
}

/**
 * Whether a mutation can change what the extension shows: it adds or removes text with a trigger,
 * shows or hides such text, or happens in (or removes) a recognised field's row, where the console
 * shows its own hints and errors. `oldValue` must be recorded for character data.
 */
export function isRelevantChange(record: MutationRecord, matches: (text: string) => boolean, fields: FieldRows): boolean {
  switch (record.type) {
    case 'characterData':
      return matches((record.target as Text).data) || matches(record.oldValue ?? '') || inRows(record.target, fields);
    case 'attributes':
      // Shown or hidden: what matters is the text that appears or goes.
      return record.attributeName === 'checked' || matches(textOf(record.target)) || inRows(record.target, fields);
    default: {
      if (anyMatches(record.addedNodes, matches) || anyMatches(record.removedNodes, matches) || inRows(record.target, fields)) return true;
      // A removed subtree that held a recognised row (the step was swapped out).
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) if (fields.rows.some((row) => removed[i]!.contains(row))) return true;
      return false;
    }
  }
}
