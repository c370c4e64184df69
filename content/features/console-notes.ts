import { consoleMessageKeys } from '../../rules/messages';
import { consoleMessagesInRow } from '../field-model';
import type { GuideFeature } from './types';

// The console's own hints and errors shown in a field's row, in the field's tip: the Chinese as the
// console says it, the English, and what to do next (rules/messages.ts).

export const consoleNotes: GuideFeature = {
  id: 'console-notes',
  page(ctx, detection) {
    ctx.notes.clear();
    for (const field of detection.fields) ctx.notes.set(field.id, consoleMessagesInRow(field));
  },
  tip(ctx, { field }, model) {
    const notes = ctx.notes.get(field.id) ?? [];
    return {
      ...model,
      consoleNotes: notes.map((m) => {
        const keys = consoleMessageKeys(m.id);
        return { zh: m.zh, en: ctx.t(keys.en), action: m.kind === 'hint' ? undefined : ctx.t(keys.action) };
      }),
    };
  },
};
