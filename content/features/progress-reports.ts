import { reportProgress } from '../progress';
import type { GuideFeature } from './types';

// Tells the background which progress signals the recognised page shows (content/progress.ts).
// A task of its own, after the overlay is up, so neither makes the other a long task. Off in a
// practice session.

export const progressReports: GuideFeature = {
  id: 'progress-reports',
  shown(ctx, detection, text) {
    // A page not fully known is no step of the flow (progress comes only from pages a rule names).
    if (!ctx.reportsProgress || detection.partial) return;
    const url = ctx.href();
    // The located fields are signals too (an emailed-code field means no activation link comes).
    const fieldIds = detection.fields.map((field) => field.id);
    setTimeout(() => reportProgress(detection.rule.id, ctx.doc, url, text, fieldIds), 0);
  },
};
