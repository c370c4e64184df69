import { forEachTextNode } from '../../engine/text';
import { ENTITY_TYPE_OPTIONS } from '../../rules/entity-types';
import type { GuideFeature } from './types';

// The entity-type tip names the types the page offers, in its order: 个体工商户 where the verification
// form shows it, 团队 where registration does, and never 个人 on a form that has no 个人.

const MAX_ROW_TEXT = 2_000;

/** The options' Chinese labels as the row shows them (each a whole text of its own). */
function shownOptions(row: Element): string[] {
  const texts: string[] = [];
  forEachTextNode(row, (node) => void texts.push(node.data.trim()), MAX_ROW_TEXT);
  const known = new Set<string>(ENTITY_TYPE_OPTIONS.map((o) => o.zh));
  return [...new Set(texts.filter((text) => known.has(text)))];
}

export const entityTypeOptions: GuideFeature = {
  id: 'entity-type-options',
  tip(ctx, { field }, model) {
    if (field.id !== 'entity-type') return model;
    const shown = shownOptions(field.row);
    if (shown.length === 0) return model;
    const options = shown
      .map((zh) => {
        const meaning = ctx.t(ENTITY_TYPE_OPTIONS.find((o) => o.zh === zh)!.key);
        return meaning === zh ? zh : `${zh} ${meaning}`; // the Chinese UI names each once
      })
      .join(' · ');
    return { ...model, about: ctx.t('field.entity-type.about-shown', { options }) };
  },
};
