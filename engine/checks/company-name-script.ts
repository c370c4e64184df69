// Script of a Chinese company name from the country/region alone (F18), when no registered name is
// known. The certificate is authoritative: with a profile name this check is silent, and the
// company-name check compares with the certificate's exact characters (naming only those that differ).
//
// Without a profile, the region's own standard decides (rules/character-standards.ts):
// - Hong Kong and Macao: traditional characters in the Hong Kong standard, and the other standard
//   traditional forms Hong Kong registers accept (OpenCC's Kangxi-based forms 羣 峯 爲, and 群 峰 床 …);
// - Taiwan: traditional characters in the Taiwan standard (群 峰 床 為 …);
// - mainland (CN): simplified characters.
// Characters valid in the region's standard are never flagged. Only characters that exist solely in
// the other script are errors, each listed with the region's form of it. Characters valid in both
// scripts that the region may write differently (万/萬, 后/後) only get a warning to compare with
// the certificate (in Hong Kong and Macao only beside simplified-only characters: their registered
// names use 恒 余 干 里 …, rules/character-standards.ts).
import type { Check, CheckInput, Finding } from './types';
import { SIMPLIFIED_ALSO_TRADITIONAL, TRADITIONAL_ALSO_SIMPLIFIED } from './both-scripts';
import { effectiveCountry } from './region';
import { isHan, regionalForms, simplifiedOf, traditionalOf } from './script';
import { distinctChars } from './text';
import { characterStandards } from '../../rules/character-standards';

/** Countries/regions whose company registers use traditional characters. */
export const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['HK', 'MO', 'TW']);
const isTraditionalRegion = (country: string): country is 'HK' | 'MO' | 'TW' => TRADITIONAL_REGIONS.has(country);
/** Mainland China: simplified characters. */
export const SIMPLIFIED_REGIONS: ReadonlySet<string> = new Set(['CN']);

/** Simplified-only: a simplified-dictionary key that is neither valid traditional nor itself traditional. */
export function isSimplifiedOnly(char: string): boolean {
  return traditionalOf(char) !== undefined && !SIMPLIFIED_ALSO_TRADITIONAL.has(char) && simplifiedOf(char) === undefined;
}

/** Traditional-only: a traditional character (regional forms included) that is not also a valid simplified character. */
export function isTraditionalOnly(char: string): boolean {
  return simplifiedOf(char) !== undefined && !TRADITIONAL_ALSO_SIMPLIFIED.has(char);
}

/** Per region: its standard forms beyond OpenCC's standard traditional ones (群 峰 為 温 台 …), never flagged. */
const validForms = new Map<string, ReadonlySet<string>>();

function validInRegion(char: string, country: 'HK' | 'MO' | 'TW'): boolean {
  let valid = validForms.get(country);
  if (!valid) {
    const standard = characterStandards[country];
    valid = new Set([...standard.tables.flatMap((table) => [...regionalForms(table)]), ...standard.also]);
    validForms.set(country, valid);
  }
  return valid.has(char);
}

function forms(chars: string[], counterpart: (char: string) => string | undefined): string {
  return chars.map((char) => counterpart(char) ?? char).join(' ');
}

function traditionalFindings(typed: string, country: 'HK' | 'MO' | 'TW'): Finding[] {
  const valid = (char: string) => validInRegion(char, country);
  const inRegion = (char: string) => traditionalOf(char, characterStandards[country].suggest);
  const findings: Finding[] = [];
  const wrong = distinctChars(typed, (char) => isSimplifiedOnly(char) && !valid(char));
  if (wrong.length > 0) {
    findings.push({
      code: 'company-name.simplified-for-traditional',
      severity: 'error',
      params: { region: country, found: wrong.join(' '), expected: forms(wrong, inRegion) },
      facts: ['F18', 'F17'],
    });
  }
  const ambiguous = distinctChars(typed, (char) => SIMPLIFIED_ALSO_TRADITIONAL.has(char) && !valid(char) && traditionalOf(char) !== undefined);
  // Hong Kong names use 恒 余 干 里 …: only simplified-only characters beside them are a reason to doubt them.
  if (ambiguous.length > 0 && (characterStandards[country].warnBothScripts || wrong.length > 0)) {
    findings.push({
      code: 'company-name.script-ambiguous',
      severity: 'warn',
      params: { region: country, chars: ambiguous.join(' '), alternatives: forms(ambiguous, inRegion) },
      facts: ['F18'],
      variant: 'traditional',
    });
  }
  return findings;
}

function simplifiedFindings(typed: string, country: string): Finding[] {
  const findings: Finding[] = [];
  const wrong = distinctChars(typed, (char) => isHan(char) && isTraditionalOnly(char));
  if (wrong.length > 0) {
    findings.push({
      code: 'company-name.traditional-for-simplified',
      severity: 'error',
      params: { region: country, found: wrong.join(' '), expected: forms(wrong, simplifiedOf) },
      facts: ['F17'],
    });
  }
  const ambiguous = distinctChars(typed, (char) => TRADITIONAL_ALSO_SIMPLIFIED.has(char) && simplifiedOf(char) !== undefined);
  if (ambiguous.length > 0) {
    findings.push({
      code: 'company-name.script-ambiguous',
      severity: 'warn',
      params: { region: country, chars: ambiguous.join(' '), alternatives: forms(ambiguous, simplifiedOf) },
      facts: ['F17'],
      variant: 'simplified',
    });
  }
  return findings;
}

export function checkCompanyNameScript(input: CheckInput): Finding[] {
  const typed = typeof input.value === 'string' ? input.value : '';
  if (typed.trim() === '') return [];
  const stored = input.profile?.companyName;
  if (typeof stored === 'string' && stored.trim() !== '') return []; // the certificate decides
  const country = effectiveCountry(input);
  if (!country) return [];
  if (isTraditionalRegion(country)) return traditionalFindings(typed, country);
  if (SIMPLIFIED_REGIONS.has(country)) return simplifiedFindings(typed, country);
  return [];
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
