import type { Detection } from './detect';
import { storableUrl } from './url';

// What a user can paste into a bug report when the console changed under us: the page id, the
// fields we could not find, the URL without its session token, which of our rules or checks
// failed. No personal data, no values.

export interface Diagnostics {
  extension: string;
  version: string;
  page: string;
  url: string;
  fieldsFound: string[];
  fieldsMissing: string[];
  translated: boolean;
  /** How many of our own errors were caught on this page (rules, checks, the guide itself). */
  errors: number;
  /** Which rules and checks failed, by id (e.g. "rule:register.account", "check:email"). */
  failed: string[];
  userAgent: string;
}

export function missingFields(detection: Detection): string[] {
  return detection.rule.fields.filter((f) => !f.optional && !detection.fields.some((x) => x.id === f.id)).map((f) => f.id);
}

/** The URL for a report: what storableUrl keeps (no token, no fragment, only the parameters that name the page). */
export function diagnosticUrl(href: string): string {
  return storableUrl(href);
}

export function buildDiagnostics(
  detection: Detection,
  context: { href: string; version: string; translated: boolean; errors: number; failed?: readonly string[]; userAgent: string },
): Diagnostics {
  return {
    extension: 'MP Console Guide',
    version: context.version,
    page: detection.rule.id,
    url: diagnosticUrl(context.href),
    fieldsFound: detection.fields.map((f) => f.id),
    fieldsMissing: missingFields(detection),
    translated: context.translated,
    errors: context.errors,
    failed: [...(context.failed ?? [])],
    userAgent: context.userAgent,
  };
}

/** Chrome's page translation marks <html> and wraps text in <font>; labels are then English machine translation. */
export function isMachineTranslated(doc: Document): boolean {
  const root = doc.documentElement;
  return root.classList.contains('translated-ltr') || root.classList.contains('translated-rtl') || doc.querySelector('font font') !== null;
}

export interface FailureCounter {
  /** Counts a failure once per source (a rule that throws on every evaluation is one failure). */
  record(source: string): void;
  readonly total: number;
  readonly sources: readonly string[];
}

/**
 * Counts our own caught errors on a page and shows the count as `<html data-mpg-errors>` (the
 * diagnostics contract). Sources are ids only, never messages: an error message can hold page text.
 */
export function createFailureCounter(doc: Document): FailureCounter {
  const sources: string[] = [];
  let total = 0;
  return {
    record(source) {
      if (sources.includes(source)) return;
      sources.push(source);
      total++;
      doc.documentElement.dataset.mpgErrors = String(total);
    },
    get total() {
      return total;
    },
    get sources() {
      return sources;
    },
  };
}
