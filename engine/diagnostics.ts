import type { Detection } from './detect';
import { stripToken } from './url';

// What a user can paste into a bug report when the console changed under us: the page id, the
// fields we could not find, the URL without its session token. No personal data, no values.

export interface Diagnostics {
  extension: string;
  version: string;
  page: string;
  url: string;
  fieldsFound: string[];
  fieldsMissing: string[];
  translated: boolean;
  errors: number;
  userAgent: string;
}

export function missingFields(detection: Detection): string[] {
  return detection.rule.fields.filter((f) => !f.optional && !detection.fields.some((x) => x.id === f.id)).map((f) => f.id);
}

export function buildDiagnostics(detection: Detection, context: { href: string; version: string; translated: boolean; errors: number; userAgent: string }): Diagnostics {
  return {
    extension: 'MP Console Guide',
    version: context.version,
    page: detection.rule.id,
    url: stripToken(context.href),
    fieldsFound: detection.fields.map((f) => f.id),
    fieldsMissing: missingFields(detection),
    translated: context.translated,
    errors: context.errors,
    userAgent: context.userAgent,
  };
}

/** Chrome's page translation marks <html> and wraps text in <font>; labels are then English machine translation. */
export function isMachineTranslated(doc: Document): boolean {
  const root = doc.documentElement;
  return root.classList.contains('translated-ltr') || root.classList.contains('translated-rtl') || doc.querySelector('font font') !== null;
}
