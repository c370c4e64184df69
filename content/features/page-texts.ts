import { createTextTip, type TextTipHandle } from '../../components/field-tip';
import type { PageScan } from '../../engine/detect';
import { findPageTexts } from '../../engine/page-texts';
import { htmlLang } from '../../locales/overlay';
import { pageTextKey, pageTexts } from '../../rules/page-texts';
import type { GuideContext, GuideFeature } from './types';

// The console's buttons, labels and notices that are no field (the agreement checkbox, 注册, 下载模板,
// the fee line…) get a small tip right after them with their meaning in the UI language
// (rules/page-texts.ts). Inside a recognised field's row the field's tip explains the label, hints and
// choices already; only the row's own buttons (发送验证码, 换一张, 选择文件, 下载模板) get one there.

/** A control the user presses, as opposed to a label, an option or a hint. */
const ACTION = 'button, a, [role=button], input[type=button], input[type=submit]';

const shown = new WeakMap<Document, Map<Element, TextTipHandle>>();

/**
 * Where the tip goes: right after the text, unless the text sits in a flex or grid row (发送验证码
 * beside its input): a tip there would take the row's room and narrow the console's own input, so it
 * goes after the row instead.
 */
function anchorOf(element: Element, body: HTMLElement): Element {
  let anchor = element;
  const view = element.ownerDocument.defaultView;
  while (anchor.parentElement && anchor.parentElement !== body && view && /flex|grid/.test(view.getComputedStyle(anchor.parentElement).display)) {
    anchor = anchor.parentElement;
  }
  return anchor;
}

function isAction(element: Element): boolean {
  return element.matches(ACTION) || element.querySelector('input[type=file]') !== null;
}

function clear(ctx: GuideContext): void {
  const tips = shown.get(ctx.doc);
  if (!tips) return;
  for (const tip of tips.values()) tip.remove();
  tips.clear();
}

function sync(ctx: GuideContext, scan: PageScan): void {
  const detection = ctx.detection;
  const body = ctx.doc.body;
  if (!detection || detection.partial || !body) return clear(ctx);
  const rows = detection.fields.map((field) => field.row);
  const tips = shown.get(ctx.doc) ?? new Map<Element, TextTipHandle>();
  shown.set(ctx.doc, tips);
  const t = ctx.t;
  const wanted = new Set<Element>();
  for (const { element, text } of findPageTexts(scan.nodes, pageTexts, detection.rule.id)) {
    if (!isAction(element) && rows.some((row) => row.contains(element))) continue;
    wanted.add(element);
    const model = { id: text.id, lang: htmlLang[t.locale], badge: t('tip.badge'), meaning: t(pageTextKey(text.id)) };
    let tip = tips.get(element);
    if (tip) tip.update(model);
    else tips.set(element, (tip = createTextTip(ctx.doc, model)));
    const anchor = anchorOf(element, body);
    if (anchor.nextSibling !== tip.host) anchor.after(tip.host);
  }
  for (const [element, tip] of tips)
    if (!wanted.has(element)) {
      tip.remove();
      tips.delete(element);
    }
}

/** The tips shown, in the UI language now (its texts may arrive after the settings change). */
function relabel(ctx: GuideContext): void {
  const t = ctx.t;
  for (const tip of shown.get(ctx.doc)?.values() ?? []) {
    const id = tip.host.getAttribute('data-mpg-text') ?? '';
    tip.update({ id, lang: htmlLang[t.locale], badge: t('tip.badge'), meaning: t(pageTextKey(id)) });
  }
}

export const pageTextTips: GuideFeature = {
  id: 'page-texts',
  shown: (ctx, _detection, scan) => sync(ctx, scan),
  leave: (ctx) => clear(ctx),
  settings: (ctx) => relabel(ctx),
  // Repainted with the panel: a language's texts loaded later reach the page texts too.
  panel: (ctx, model) => (relabel(ctx), model),
};
