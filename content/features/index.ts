// Registry of the guide's features, one behaviour per file (the shape of engine/checks/index.ts).
// The order matters where hooks build on each other: a tip is built by console-notes, then the field
// checks, the password checklist and the upload checks in turn; the email is recorded as taken
// after console-notes has read the page's messages.
import { consoleNotes } from './console-notes';
import { diagnostics } from './diagnostics';
import { entityTypeOptions } from './entity-type-options';
import { documentsChecklist } from './documents-checklist';
import { fieldChecks } from './field-checks';
import { filingNotice } from './filing-notice';
import { pageShapeReport } from './page-shape';
import { pageTextTips } from './page-texts';
import { passwordChecklist } from './password-checklist';
import { presenter } from './presenter';
import { progressReports } from './progress-reports';
import { takenEmail } from './taken-email';
import type { GuideFeature } from './types';
import { uploadChecks } from './upload-checks';

export type { GuideContext, GuideFeature, Invalidation, TipInput } from './types';

export const features: readonly GuideFeature[] = [
  consoleNotes,
  entityTypeOptions,
  fieldChecks,
  passwordChecklist,
  uploadChecks,
  takenEmail,
  pageTextTips,
  filingNotice,
  documentsChecklist,
  diagnostics,
  pageShapeReport,
  presenter,
  progressReports,
];
