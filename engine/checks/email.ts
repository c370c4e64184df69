// Login email of the new Mini Program account (F27: it must be new to the Official Accounts
// Platform and the Open Platform, and not bound to a personal WeChat).
//
// Format: a practical subset of RFC 5321/5322 that every mail provider accepts: one half-width @,
// a local part of letters, digits and . ! # $ % & ' * + / = ? ^ _ ` { | } ~ - (no leading,
// trailing or double dots), a domain of dot-separated labels (letters, digits, inner hyphens)
// ending in a top-level domain of at least two letters, no spaces, ASCII only. The first problem
// found is reported, as email.format with a variant naming it. The console's own answer is
// 请输入正确的邮箱地址.
import type { Check, CheckInput, Finding } from './types';
import { distinctChars, isFullWidth } from './text';

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^[A-Za-z]{2,63}$/;

/** Ideographic punctuation an IME produces in an address: 。 ， ＠ etc. */
function isWideOrIdeographicPunctuation(char: string): boolean {
  return isFullWidth(char) || /^[\u3001\u3002\uff61\uff64]$/u.test(char);
}

export interface EmailFormatProblem {
  variant: 'full-width' | 'space' | 'non-ascii' | 'at' | 'trailing-dot' | 'dots' | 'local-part' | 'domain' | 'too-long';
  params?: Record<string, string | number>;
}

/** The first format problem of an address, or null when it is well formed. */
export function emailFormatProblem(value: string): EmailFormatProblem | null {
  if (value.length > 320) return { variant: 'too-long' }; // far beyond any address; skip the scans
  const wide = distinctChars(value, isWideOrIdeographicPunctuation);
  if (wide.length > 0) return { variant: 'full-width', params: { chars: wide.join(' ') } };
  if (/[\s\u200b\ufeff]/u.test(value)) return { variant: 'space' };
  const nonAscii = distinctChars(value, (char) => (char.codePointAt(0) ?? 0) > 0x7e || (char.codePointAt(0) ?? 0) < 0x21);
  if (nonAscii.length > 0) return { variant: 'non-ascii', params: { chars: nonAscii.slice(0, 10).join(' ') } };
  const at = value.split('@');
  if (at.length !== 2) return { variant: 'at', params: { count: at.length - 1 } };
  const [local = '', domain = ''] = at;
  if (value.length > 254 || local.length > 64) return { variant: 'too-long' };
  if (domain.endsWith('.') || local.endsWith('.')) return { variant: 'trailing-dot' };
  if (value.includes('..') || local.startsWith('.') || domain.startsWith('.')) return { variant: 'dots' };
  if (!LOCAL_PART.test(local)) return { variant: 'local-part' };
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL.test(topLevel)) {
    return { variant: 'domain', params: { domain } };
  }
  return null;
}

function canonical(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value === '') return [];
  const problem = emailFormatProblem(value);
  if (problem) {
    const result: Finding = { code: 'email.format', severity: 'error', variant: problem.variant, facts: ['F27'] };
    if (problem.params) result.params = problem.params;
    return [result];
  }
  const findings: Finding[] = [];
  const email = canonical(value);
  const profile = input.profile;
  const official = profile?.officialAccountEmail;
  if (typeof official === 'string' && official.trim() !== '' && canonical(official) === email) {
    findings.push({ code: 'email.same-as-official-account', severity: 'error', params: { email: value.trim() }, facts: ['F27', 'F04'] });
  } else if (Array.isArray(profile?.usedEmails) && profile.usedEmails.some((used) => typeof used === 'string' && canonical(used) === email)) {
    // Which client used it, and which colleague (team sync): said in the extension's frame only.
    const owner = profile.emailOwners && Object.hasOwn(profile.emailOwners, email) ? profile.emailOwners[email] : undefined;
    const finding: Finding = { code: 'email.used-before', severity: 'error', params: { email: value.trim() }, facts: ['F27'] };
    if (owner?.by) Object.assign(finding, { variant: 'colleague', params: { email: value.trim(), client: owner.client, by: owner.by } });
    findings.push(finding);
  }
  findings.push({ code: 'email.not-bound-to-wechat', severity: 'info', facts: ['F27'] });
  return findings;
}

export const emailCheck: Check = {
  id: 'email',
  fields: ['email'],
  clientFields: ['email'],
  codes: [
    'email.format:full-width',
    'email.format:space',
    'email.format:non-ascii',
    'email.format:at',
    'email.format:trailing-dot',
    'email.format:dots',
    'email.format:local-part',
    'email.format:domain',
    'email.format:too-long',
    'email.used-before',
    'email.used-before:colleague',
    'email.same-as-official-account',
    'email.not-bound-to-wechat',
  ],
  run: checkEmail,
};
