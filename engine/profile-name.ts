import { regions } from '../rules/regions';
import { checkCompanyNameScript } from './checks/company-name-script';

// The registered name a profile stores, checked against the profile's own country/region as it is
// typed in the options page. Later checks compare the console's field with this name, so a name typed
// in the wrong script would make them compare with a wrong "registered" name. The certificate is
// authoritative and may be unusual, so these are notes (warn, info), never errors, and each asks
// the user to copy the name exactly from the certificate. Pure: the same script rules as the
// console's company-name check when no profile is known (engine/checks/company-name-script.ts, F17, F18).

export interface NameNote {
  /** simplified characters for a traditional region, traditional for the mainland, characters written both ways, an all-lower-case Latin name. */
  kind: 'wrong-script' | 'ambiguous' | 'lower-case';
  severity: 'warn' | 'info';
  /** The characters concerned, and the region's usual forms of them. */
  found?: string;
  expected?: string;
  /** The region's name in English (the form shows it in the page's language from the code). */
  region: string;
}

/** Latin letters with none in upper case: "harbour lights limited". Certificates write names in capitals or title case. */
function allLowerCase(name: string): boolean {
  const letters = name.replace(/[^\p{Script=Latin}]/gu, '');
  return letters.length >= 3 && letters === letters.toLowerCase() && letters !== letters.toUpperCase();
}

export function profileNameNotes(name: string, countryRegion: string): NameNote[] {
  const value = name.trim();
  const code = countryRegion.trim().toUpperCase();
  if (!value) return [];
  const notes: NameNote[] = [];
  for (const finding of checkCompanyNameScript({ value, countryRegion: code || null })) {
    const wrong = finding.code === 'company-name.simplified-for-traditional' || finding.code === 'company-name.traditional-for-simplified';
    notes.push({
      kind: wrong ? 'wrong-script' : 'ambiguous',
      severity: wrong ? 'warn' : 'info',
      found: String(finding.params?.found ?? finding.params?.chars ?? ''),
      expected: String(finding.params?.expected ?? finding.params?.alternatives ?? ''),
      region: code,
    });
  }
  if (allLowerCase(value)) notes.push({ kind: 'lower-case', severity: 'info', region: code });
  return notes;
}

/** The region's name for a message, in English or Chinese (the code itself for an unlisted one). */
export function regionName(code: string, locale: string): string {
  const region = regions.find((r) => r.code === code);
  if (!region) return code;
  return locale === 'zh_CN' ? (region.zh[0] ?? region.en) : region.en;
}
