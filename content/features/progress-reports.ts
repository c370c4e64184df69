import { isRecordingUrl } from '../../engine/url';
import { pageRules } from '../../rules';
import { reportProgress } from '../progress';
import type { GuideFeature } from './types';

// Tells the background which progress signals the recognised page shows (content/progress.ts).
// A task of its own, after the overlay is up, so neither makes the other a long task. Off in a
// practice session.
//
// Only from a console URL the page's rule names (issue 19): a plain article under /s/ quoting the
// console home's texts and an AppID is guided like any page, but records nothing. The URL the
// document was loaded from must be a console page too, so a script on a content page cannot
// history.pushState() its way onto a console URL (the navigation entry is read in the content
// script's own world, where a page script cannot replace it).

/** The URL the document was loaded from: a page script can change location by pushState, not this. */
function loadedUrl(doc: Document, fallback: string): string {
  const entry = doc.defaultView?.performance.getEntriesByType?.('navigation')[0];
  return entry?.name || fallback;
}

export function recordsFrom(ruleDetect: Parameters<typeof isRecordingUrl>[1], href: string, loaded: string): boolean {
  return isRecordingUrl(href, ruleDetect) && pageRules.some((rule) => isRecordingUrl(loaded, rule.detect));
}

export const progressReports: GuideFeature = {
  id: 'progress-reports',
  shown(ctx, detection, { text }) {
    // A page not fully known is no step of the flow (progress comes only from pages a rule names).
    if (!ctx.reportsProgress || detection.partial) return;
    const url = ctx.href();
    if (!recordsFrom(detection.rule.detect, url, loadedUrl(ctx.doc, url))) return;
    // The located fields are signals too (an emailed-code field means no activation link comes).
    const fieldIds = detection.fields.map((field) => field.id);
    setTimeout(() => reportProgress(detection.rule.id, ctx.doc, url, text, fieldIds), 0);
  },
};
