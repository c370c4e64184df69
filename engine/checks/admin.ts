// Administrator information (管理员信息登记): name, ID / passport number, mobile (F38). Hints only;
// nothing is stored. One check serving three fields, dispatched on input.fieldId.
//
// admin-name   Keep the separator "·" (U+00B7) of transliterated names: the console's hint is
//              如果名字包含分隔号“·”，请勿省略. Look-alikes (. ． • ・ ･ ‧ ∙ ⋅ 。 and spaces) between two
//              Chinese characters are reported, as a warning when the profile's adminName has "·",
//              else as info. Names longer than 20 characters get a warning (姓名为1到20个中英文).
// admin-id     Overseas: any document (passport) is accepted (请输入正确的证件号码) → info. Mainland: an
//              18-character resident ID (17 digits + check digit or X; weights 7,9,10,5,8,4,2,1,6,3,
//              7,9,10,5,8,4,2, Σ mod 11 → 1,0,X,9,8,7,6,5,4,3,2) with a real birth date.
// admin-mobile Mainland: 11 digits starting with 1; the console adds +86 itself. Overseas: digits
//              only, the calling code is chosen in the dropdown next to the field
//              (otherValues['admin-mobile-country'], e.g. '+852'); spaces, dashes, letters and a
//              typed +code are reported.
import type { Check, CheckInput, Finding } from './types';
import { regionMode } from './region';
import { distinctChars, isFullWidth, isSpace, removeSpaces, toHalfWidth } from './text';
import { isHan } from './script';

export const NAME_SEPARATOR = '·';
/** Characters typed instead of the name separator "·". */
const SEPARATOR_LOOKALIKES = /^[.．•・･‧∙⋅。\u0387\u2027]$/u;
export const ADMIN_NAME_MAX_LENGTH = 20;

// ---------------------------------------------------------------------------------------------
// admin-name

function isSeparatorLike(char: string): boolean {
  return char === NAME_SEPARATOR || SEPARATOR_LOOKALIKES.test(char) || isSpace(char);
}

/** Replaces look-alike separators and spaces between two Chinese characters by "·". */
export function withNameSeparator(name: string): string {
  const chars = Array.from(name);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (isSeparatorLike(char)) {
      // the run of separators/spaces between two Chinese characters becomes one "·"
      let j = i;
      while (j < chars.length && isSeparatorLike(chars[j] ?? '')) j++;
      const before = out[out.length - 1];
      const after = chars[j];
      if (before !== undefined && after !== undefined && isHan(before) && isHan(after)) out.push(NAME_SEPARATOR);
      else out.push(...chars.slice(i, j));
      i = j - 1; // each run is scanned once (linear time on any input)
      continue;
    }
    out.push(char);
  }
  return out.join('');
}

function checkAdminName(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  if (value.length > 200) {
    // pasted junk: only the length matters
    return [{ code: 'admin-name.length', severity: 'warn', params: { max: ADMIN_NAME_MAX_LENGTH, length: Array.from(value.trim()).length }, facts: ['F38'] }];
  }
  const findings: Finding[] = [];
  const stored = input.profile?.adminName;
  const expected = typeof stored === 'string' ? stored.trim() : '';
  const suggestion = withNameSeparator(value.trim());

  if (expected.includes(NAME_SEPARATOR) && value !== expected) {
    if (suggestion === expected) {
      findings.push({
        code: 'admin-name.separator',
        severity: 'warn',
        variant: 'profile',
        params: { expected },
        facts: ['F38', 'F28'],
        fix: { value: expected },
      });
    } else if (removeSpaces(value) === expected.split(NAME_SEPARATOR).join('')) {
      findings.push({
        code: 'admin-name.separator',
        severity: 'warn',
        variant: 'omitted',
        params: { expected },
        facts: ['F38', 'F28'],
        fix: { value: expected },
      });
    }
  } else if (suggestion !== value.trim()) {
    findings.push({ code: 'admin-name.separator', severity: 'info', params: { expected: suggestion }, facts: ['F38'], fix: { value: suggestion } });
  }
  const length = Array.from(value.trim()).length;
  if (length > ADMIN_NAME_MAX_LENGTH) {
    findings.push({ code: 'admin-name.length', severity: 'warn', params: { max: ADMIN_NAME_MAX_LENGTH, length }, facts: ['F38'] });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// admin-id

const ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Check character of a mainland resident ID from its first 17 digits, or null. */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK.charAt(sum % 11);
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isValidResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && isRealDate(id.slice(6, 14)) && residentIdCheckCharacter(id.slice(0, 17)) === id.charAt(17);
}

function idFormat(variant: string, extra: Partial<Finding> = {}): Finding {
  return { code: 'admin-id.format', severity: 'error', variant, facts: ['F38'], ...extra };
}

function mainlandId(value: string): Finding[] {
  const wide = distinctChars(value, isFullWidth);
  if (wide.length > 0) return [idFormat('full-width', { params: { chars: wide.join(' ') }, fix: { value: removeSpaces(toHalfWidth(value)).toUpperCase() } })];
  if (removeSpaces(value) !== value) return [idFormat('spaces', { fix: { value: removeSpaces(value) } })];
  if (/^\d{15}$/.test(value)) return [idFormat('old-15')];
  if (!/^\d{17}[\dXx]$/.test(value)) {
    return [/^[\dXx]*$/.test(value) ? idFormat('length', { params: { length: Array.from(value).length } }) : idFormat('chars')];
  }
  if (!isRealDate(value.slice(6, 14))) return [idFormat('birth-date', { params: { date: value.slice(6, 14) } })];
  const upper = value.toUpperCase();
  if (residentIdCheckCharacter(upper.slice(0, 17)) !== upper.charAt(17)) return [idFormat('checksum')];
  if (value.endsWith('x')) return [{ code: 'admin-id.format', severity: 'warn', variant: 'lowercase-x', facts: ['F38'], fix: { value: upper } }];
  return [];
}

function checkAdminId(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  const mode = regionMode(input);
  if (mode === 'overseas') {
    const findings: Finding[] = [{ code: 'admin-id.passport-ok', severity: 'info', facts: ['F38', 'F21'] }];
    if (value.trim() === '') return findings;
    const wide = distinctChars(value, isFullWidth);
    if (wide.length > 0) {
      findings.push(idFormat('full-width', { params: { chars: wide.join(' ') }, fix: { value: removeSpaces(toHalfWidth(value)) } }));
    } else if (!/^[A-Za-z0-9]+$/.test(value)) {
      const cleaned = value.replace(/[^A-Za-z0-9]+/g, '');
      findings.push({ code: 'admin-id.format', severity: 'warn', variant: 'overseas-chars', facts: ['F38'], ...(cleaned ? { fix: { value: cleaned } } : {}) });
    }
    return findings;
  }
  if (value.trim() === '') return [];
  if (mode === 'mainland') return mainlandId(value);
  // region unknown: only what is unmistakably meant as a mainland resident ID
  return /^\d{17}[\dXx]$/.test(value.trim()) ? mainlandId(value.trim()) : [];
}

// ---------------------------------------------------------------------------------------------
// admin-mobile

function mobileFormat(variant: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { code: 'admin-mobile.format', severity, variant, facts: ['F38', 'F52'], ...extra };
}

function countryCodeHint(variant: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { code: 'admin-mobile.country-code', severity, variant, facts: ['F38'], ...extra };
}

function checkAdminMobile(input: CheckInput): Finding[] {
  const raw = typeof input.value === 'string' ? input.value : '';
  if (raw.trim() === '') return [];
  if (raw.length > 64) return [mobileFormat('length', 'error', { params: { length: raw.replace(/\D+/g, '').length } })];
  const wide = distinctChars(raw, isFullWidth);
  if (wide.length > 0) return [mobileFormat('full-width', 'error', { params: { chars: wide.join(' ') }, fix: { value: removeSpaces(toHalfWidth(raw)) } })];
  if (/\p{L}/u.test(raw)) return [mobileFormat('letters', 'error')];
  if (!/^[\d\s+\-().]*$/u.test(raw)) return [mobileFormat('chars', 'error')];

  const value = raw.trim();
  const hasPlus = value.startsWith('+') || value.startsWith('00');
  const digits = value.replace(/\D+/g, '');
  const selected = (input.otherValues?.['admin-mobile-country'] ?? '').replace(/\D+/g, '');
  // The calling code chosen beside the number says whose number it is (a verification contact's
  // +852 number on a form that names no region); without one, the entity's region decides.
  const mode = selected ? (selected === '86' ? 'mainland' : 'overseas') : regionMode(input);

  if (mode === 'mainland') {
    const national = digits.replace(/^(?:0086|86)(?=1\d{10}$)/, '');
    if (!/^1[3-9]\d{9}$/.test(national)) return [mobileFormat('mainland', 'error', { params: { length: digits.length } })];
    if (national !== digits || value.startsWith('+')) return [countryCodeHint('mainland-prefix', 'warn', { fix: { value: national } })];
    if (digits !== value) return [mobileFormat('separators', 'error', { fix: { value: national } })];
    return [];
  }

  const findings: Finding[] = [];
  const international = digits.replace(/^00/, '');
  const hasSeparators = /[\s\-().]/u.test(value);

  if (mode === 'overseas') {
    if (hasPlus && selected) {
      // the code typed in the field and chosen in the dropdown: offer the number without it
      const fix = international.startsWith(selected) ? { fix: { value: international.slice(selected.length) } } : {};
      findings.push(countryCodeHint('typed-twice', 'warn', { params: { code: `+${selected}` }, ...fix }));
    } else if (hasPlus) {
      findings.push(countryCodeHint('use-dropdown', 'info'));
    } else if (selected && digits.startsWith(selected) && digits.length - selected.length >= 6) {
      findings.push(countryCodeHint('typed-twice', 'warn', { params: { code: `+${selected}` }, fix: { value: digits.slice(selected.length) } }));
    } else if (!selected) {
      findings.push(countryCodeHint('choose', 'info'));
    }
  }
  if (hasSeparators && !hasPlus) findings.push(mobileFormat('separators', 'error', { fix: { value: digits } }));
  if (digits.length < 5 || digits.length > 15) findings.push(mobileFormat('length', 'error', { params: { length: digits.length } }));
  return findings;
}

// ---------------------------------------------------------------------------------------------

export function checkAdmin(input: CheckInput): Finding[] {
  switch (input.fieldId) {
    case 'admin-name':
      return checkAdminName(input);
    case 'admin-id':
      return checkAdminId(input);
    case 'admin-mobile':
      return checkAdminMobile(input);
    default:
      return [];
  }
}

export const adminCheck: Check = {
  id: 'admin',
  fields: ['admin-name', 'admin-id', 'admin-mobile'],
  clientFields: ['admin-name'],
  codes: [
    'admin-name.separator',
    'admin-name.separator:profile',
    'admin-name.separator:omitted',
    'admin-name.length',
    'admin-id.passport-ok',
    'admin-id.format:full-width',
    'admin-id.format:spaces',
    'admin-id.format:old-15',
    'admin-id.format:length',
    'admin-id.format:chars',
    'admin-id.format:birth-date',
    'admin-id.format:checksum',
    'admin-id.format:lowercase-x',
    'admin-id.format:overseas-chars',
    'admin-mobile.format:full-width',
    'admin-mobile.format:letters',
    'admin-mobile.format:chars',
    'admin-mobile.format:mainland',
    'admin-mobile.format:separators',
    'admin-mobile.format:length',
    'admin-mobile.country-code:mainland-prefix',
    'admin-mobile.country-code:typed-twice',
    'admin-mobile.country-code:use-dropdown',
    'admin-mobile.country-code:choose',
  ],
  run: checkAdmin,
};
