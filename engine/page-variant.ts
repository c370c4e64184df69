import type { PageRule, PointCondition, TextVariants } from '../rules/schema';
import { forEachTextNode, normalizeText } from './text';

// Which rendering of a recognised page is on screen, as far as the guide's points care: the needs and
// guidance that do not apply to it (rules' `when`: the no-fee payment page has no amount to check, the
// bank-transfer page's route is not "superseded", an emailed code is not a picture), and the number
// the page's own step bar gives the step ("5. 支付费用"), which the guide's title then shows. Pure:
// decided from the page's text and the fields found, never from a client's profile.

export interface PageVariant {
  /** Locale keys of the rule's needs and guidance that do not apply to this rendering. */
  omit: string[];
  /** The number the page's step bar shows for this step, when it shows one. */
  step?: number;
}

const normalised = new WeakMap<TextVariants, string[]>();

/** Whether the page's normalised text shows one of the alternatives. */
export function showsText(text: string, variants: TextVariants): boolean {
  let list = normalised.get(variants);
  if (!list) normalised.set(variants, (list = [...variants.zh, ...variants.en].map(normalizeText).filter(Boolean)));
  return list.some((v) => text.includes(v));
}

/** Whether a point's condition holds on a page with this text and these fields found. */
export function conditionHolds(condition: PointCondition, text: string, found: ReadonlySet<string>): boolean {
  return (
    condition.shows.every((v) => showsText(text, v)) &&
    !condition.lacks.some((v) => showsText(text, v)) &&
    condition.fields.every((id) => found.has(id)) &&
    !condition.noFields.some((id) => found.has(id))
  );
}

/** The rule's needs and guidance keys whose condition does not hold on this page. */
export function omittedPoints(rule: PageRule, text: string, found: ReadonlySet<string>): string[] {
  return Object.entries(rule.when)
    .filter(([, condition]) => !conditionHolds(condition, text, found))
    .map(([key]) => key);
}

/** A step bar item is short: a number, a separator and the step's name. */
const MAX_ITEM_LENGTH = 40;
/** How far up from the name's text node the item may be (<li><span>5</span><h4>支付费用</h4></li>). */
const MAX_CLIMB = 3;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The number the page's step bar gives the step named by `names`: an element whose whole text is a
 * number and one of the names ("5. 支付费用", "4 支付费用", "2、认证资料"), visible, the first one in
 * the document. Undefined when the page shows no such item (a page without a step bar).
 */
export function stepBarNumber(doc: Document, names: TextVariants, text?: string): number | undefined {
  const body = doc.body;
  if (!body) return undefined;
  // Most pages do not name the step at all: settled from the text already read, without a walk.
  if (text !== undefined && !showsText(text, names)) return undefined;
  const wanted = [...names.zh, ...names.en].map(normalizeText).filter(Boolean);
  if (wanted.length === 0) return undefined;
  const item = new RegExp(`^(\\d{1,2})\\s*[.、:)]?\\s*(?:${wanted.map(escape).join('|')})$`);
  let found: number | undefined;
  forEachTextNode(body, (node) => {
    const own = node.data;
    if (own.length > MAX_ITEM_LENGTH) return;
    const lower = normalizeText(own);
    if (!lower || !wanted.some((name) => lower.includes(name))) return;
    let element = node.parentElement;
    for (let depth = 0; element && depth < MAX_CLIMB; depth++, element = element.parentElement) {
      const whole = element.textContent ?? '';
      if (whole.length > MAX_ITEM_LENGTH * 2) break;
      const match = item.exec(normalizeText(whole));
      if (match) {
        found = Number(match[1]);
        return 'stop';
      }
    }
    return undefined;
  });
  return found;
}

/** The rendering of a recognised page: the points left out and the page's own step number. */
export function pageVariant(rule: PageRule, text: string, found: ReadonlySet<string>, doc: Document): PageVariant {
  const omit = omittedPoints(rule, text, found);
  const step = rule.stepBar ? stepBarNumber(doc, rule.stepBar.names, text) : undefined;
  return step === undefined ? { omit } : { omit, step };
}
