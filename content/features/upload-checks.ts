import { checkUpload, documentKindFromLabel } from '../../engine/checks/upload';
import { documentKindByField, sizeLimitFromHint } from '../../engine/uploads';
import { statusOf, toTipFinding } from '../field-model';
import type { GuideFeature } from './types';

// Verification uploads: the chosen file's type, size and what the document must show, checked in
// the capture phase, before the page's own upload handler runs. Never blocks or changes the upload.

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
        if (!file) ctx.uploads.delete(field.id);
        else {
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
    const chosen = field.rule.kind === 'upload' ? ctx.uploads.get(field.id) : undefined;
    return chosen ? { ...model, status: statusOf(chosen), findings: chosen.map((f) => toTipFinding(f, ctx.checkText)) } : model;
  },
};
