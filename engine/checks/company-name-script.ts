// Script of a Chinese company name from the country/region alone (F18): names registered in
// Hong Kong, Macao or Taiwan are written in traditional characters, mainland (CN) names in
// simplified ones.
//
// - Characters that exist only in the other script → error, listing each with its counterpart.
// - Characters valid in both scripts (see both-scripts.ts) → a warning to compare with the
//   certificate, only when no profile name is known.
// - When the profile has a company name and the typed value differs from it, this check stays
//   silent: the company-name check compares with the certificate's exact form and says more.
//   When the typed value equals the profile name, the script errors still run (they then reveal a
//   profile stored in the wrong script); the ambiguity warning does not (the profile is the
//   certificate's own spelling).
import type { Check, CheckInput, Finding } from './types';
import { SIMPLIFIED_ALSO_TRADITIONAL, TRADITIONAL_ALSO_SIMPLIFIED } from './both-scripts';
import { effectiveCountry } from './region';
import { isHan, simplifiedOf, traditionalOf } from './script';
import { distinctChars } from './text';

/** Countries/regions whose company registers use traditional characters. */
export const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['HK', 'MO', 'TW']);
/** Mainland China: simplified characters. */
export const SIMPLIFIED_REGIONS: ReadonlySet<string> = new Set(['CN']);

/** Simplified-only: a simplified-dictionary key that is neither valid traditional nor itself traditional. */
export function isSimplifiedOnly(char: string): boolean {
  return traditionalOf(char) !== undefined && !SIMPLIFIED_ALSO_TRADITIONAL.has(char) && simplifiedOf(char) === undefined;
}

/** Traditional-only: a traditional-dictionary key that is not also a valid simplified character. */
export function isTraditionalOnly(char: string): boolean {
  return simplifiedOf(char) !== undefined && !TRADITIONAL_ALSO_SIMPLIFIED.has(char);
}

function forms(chars: string[], counterpart: (char: string) => string | undefined): string {
  return chars.map((char) => counterpart(char) ?? char).join(' ');
}

export function checkCompanyNameScript(input: CheckInput): Finding[] {
  const typed = typeof input.value === 'string' ? input.value : '';
  if (typed.trim() === '') return [];
  const country = effectiveCountry(input);
  if (!country) return [];
  const stored = input.profile?.companyName;
  const hasProfileName = typeof stored === 'string' && stored.trim() !== '';
  if (hasProfileName && typed !== stored.trim() && typed !== stored) return [];

  const findings: Finding[] = [];
  if (TRADITIONAL_REGIONS.has(country)) {
    const wrong = distinctChars(typed, isSimplifiedOnly);
    if (wrong.length > 0) {
      findings.push({
        code: 'company-name.simplified-for-traditional',
        severity: 'error',
        params: { region: country, found: wrong.join(' '), expected: forms(wrong, traditionalOf) },
        facts: ['F18', 'F17'],
      });
    }
    const ambiguous = hasProfileName ? [] : distinctChars(typed, (char) => SIMPLIFIED_ALSO_TRADITIONAL.has(char) && traditionalOf(char) !== undefined);
    if (ambiguous.length > 0) {
      findings.push({
        code: 'company-name.script-ambiguous',
        severity: 'warn',
        params: { region: country, chars: ambiguous.join(' '), alternatives: forms(ambiguous, traditionalOf) },
        facts: ['F18'],
        variant: 'traditional',
      });
    }
  } else if (SIMPLIFIED_REGIONS.has(country)) {
    const wrong = distinctChars(typed, (char) => isHan(char) && isTraditionalOnly(char));
    if (wrong.length > 0) {
      findings.push({
        code: 'company-name.traditional-for-simplified',
        severity: 'error',
        params: { region: country, found: wrong.join(' '), expected: forms(wrong, simplifiedOf) },
        facts: ['F17'],
      });
    }
    const ambiguous = hasProfileName ? [] : distinctChars(typed, (char) => TRADITIONAL_ALSO_SIMPLIFIED.has(char) && simplifiedOf(char) !== undefined);
    if (ambiguous.length > 0) {
      findings.push({
        code: 'company-name.script-ambiguous',
        severity: 'warn',
        params: { region: country, chars: ambiguous.join(' '), alternatives: forms(ambiguous, simplifiedOf) },
        facts: ['F17'],
        variant: 'simplified',
      });
    }
  }
  return findings;
}

export const companyNameScriptCheck: Check = {
  id: 'company-name-script',
  fields: ['company-name'],
  codes: [
    'company-name.simplified-for-traditional',
    'company-name.traditional-for-simplified',
    'company-name.script-ambiguous:traditional',
    'company-name.script-ambiguous:simplified',
  ],
  run: checkCompanyNameScript,
};
