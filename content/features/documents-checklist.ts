import { documentChecklist } from '../../engine/checks/upload';
import { formatFinding } from '../../engine/checks/format';
import { checklistEntityType, documentKindByField } from '../../engine/uploads';
import { readFieldValue } from '../../engine/values';
import { activeProfile } from '../../storage/active-profile';
import type { GuideFeature } from './types';

// On verify.documents, the panel lists what the chosen entity type must upload (the page's choice,
// else the client's) and, per document, whether the file chosen for it passed the upload checks.

const fieldByKind = new Map(Object.entries(documentKindByField).map(([field, kind]) => [kind, field]));

export const documentsChecklist: GuideFeature = {
  id: 'documents-checklist',
  panel(ctx, model) {
    const detection = ctx.detection;
    if (!detection || detection.rule.id !== 'verify.documents') return model;
    const typeField = detection.fields.find((f) => f.id === 'entity-type');
    const type = checklistEntityType(typeField ? readFieldValue(typeField) : undefined) ?? checklistEntityType(activeProfile(ctx.profiles)?.entityType);
    return {
      ...model,
      checklist: {
        title: ctx.t('panel.documents'),
        items: documentChecklist(type).map((item) => {
          const findings = ctx.uploads.get(fieldByKind.get(item.kind) ?? '');
          const state: 'ok' | 'problem' | 'todo' = !findings ? 'todo' : findings.some((f) => f.severity === 'error') ? 'problem' : 'ok';
          return { key: item.key, text: formatFinding({ code: item.key, severity: 'info' }, ctx.checkText), state };
        }),
      },
    };
  },
};
