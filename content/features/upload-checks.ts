import { checkUpload, documentKindFromLabel, replacedUpload } from '../../engine/checks/upload';
import { documentKindByField, sizeLimitFromHint } from '../../engine/uploads';
import { statusOf, toTipFinding } from '../field-model';
import type { GuideFeature } from './types';

// Verification uploads: the chosen file's type, size and what the document must show, checked in
// the capture phase, before the page's own upload handler runs. Never blocks or changes the upload.
// A page that rebuilds the upload block after the file was chosen (填写小程序信息's name check,
// docs/console-notes.md §18.1) empties the upload while its file name may still show: the tip says so.

/** The file input each field's file was chosen in. */
const chosenIn = new WeakMap<object, Map<string, HTMLInputElement>>();
const inputsOf = (uploads: object) => {
  let map = chosenIn.get(uploads);
  if (!map) chosenIn.set(uploads, (map = new Map()));
  return map;
};

export const uploadChecks: GuideFeature = {
  id: 'upload-checks',
  start(ctx) {
    ctx.on(
      ctx.doc,
      'change',
      (event) => {
        const input = event.target;
        const detection = ctx.detection;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !detection) return;
        const field = detection.fields.find((f) => f.rule.kind === 'upload' && f.row.contains(input));
        if (!field) return;
        const file = input.files?.[0];
        if (!file) {
          ctx.uploads.delete(field.id);
          inputsOf(ctx.uploads).delete(field.id);
        } else {
          inputsOf(ctx.uploads).set(field.id, input);
          const kind = documentKindByField[field.id] ?? documentKindFromLabel(field.label.textContent ?? '');
          const maxBytes = sizeLimitFromHint(field.row.textContent ?? '');
          ctx.uploads.set(field.id, checkUpload({ name: file.name, type: file.type, size: file.size }, { maxBytes, documentKind: kind }));
        }
        ctx.invalidate('both');
      },
      { capture: true },
    );
  },
  tip(ctx, { field }, model) {
    const input = inputsOf(ctx.uploads).get(field.id);
    if (field.rule.kind === 'upload' && input && !input.isConnected) {
      // The block was replaced: what was chosen is gone from the form, whatever the page still shows.
      const replaced = replacedUpload();
      return { ...model, status: statusOf(replaced), findings: replaced.map((f) => toTipFinding(f, ctx.checkText)) };
    }
    const chosen = field.rule.kind === 'upload' ? ctx.uploads.get(field.id) : undefined;
    return chosen ? { ...model, status: statusOf(chosen), findings: chosen.map((f) => toTipFinding(f, ctx.checkText)) } : model;
  },
};
