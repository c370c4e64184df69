// Account IDs. An AppID (Mini Program or Official Account) is "wx" + 16 lower-case hex digits and is
// what payments and filings are bound to; the original ID (原始ID) is "gh_" + 12 hex digits and is
// what the verification letter and transfer notes carry (F07, F24, F29). Where an AppID is asked
// for, an original ID, the Official Account's AppID or another Mini Program's AppID are mistakes
// that bind payments to the wrong account.
import type { Check, CheckInput, Finding } from './types';

export type IdKind = 'appid' | 'original-id' | 'other';

const APPID = /^wx[0-9a-f]{16}$/;
const ORIGINAL_ID = /^gh_[0-9a-f]{12}$/;
/** Every id in a text; not part of a longer run of letters, digits or underscores. */
const IDS_IN_TEXT = /(?<![A-Za-z0-9_])(?:wx[0-9a-f]{16}|gh_[0-9a-f]{12})(?![A-Za-z0-9_])/g;

const MAX_TYPED_LENGTH = 64;

/** Fields whose value is an AppID. */
export const APPID_FIELDS: readonly string[] = ['appid'];

/** What kind of id `value` is, exactly as typed (no trimming, lower-case hex only). */
export function classifyId(value: string): IdKind {
  if (typeof value !== 'string') return 'other';
  if (APPID.test(value)) return 'appid';
  if (ORIGINAL_ID.test(value)) return 'original-id';
  return 'other';
}

export interface FoundId {
  id: string;
  kind: Exclude<IdKind, 'other'>;
}

/** Every AppID and original ID in a text, once each, in order (e.g. to record the AppID a page shows). */
export function findIds(text: string): FoundId[] {
  if (typeof text !== 'string') return [];
  const seen = new Set<string>();
  const found: FoundId[] = [];
  for (const [id] of text.matchAll(IDS_IN_TEXT)) {
    if (seen.has(id)) continue;
    seen.add(id);
    found.push({ id, kind: id.startsWith('wx') ? 'appid' : 'original-id' });
  }
  return found;
}

function same(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.trim().toLowerCase() === b;
}

/** The value without spaces, full-width forms or upper case: what the typist meant. */
function canonical(value: string): string {
  return value
    .replace(/[\s\u200b\ufeff]+/gu, '')
    .normalize('NFKC')
    .toLowerCase();
}

export function checkAppId(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  // far longer than any id, even with spaces: no need to read it all
  if (value.length > MAX_TYPED_LENGTH) return [{ code: 'appid.format', severity: 'error', facts: ['F07'] }];
  const appId = canonical(value);
  const kind = classifyId(appId);
  if (kind === 'original-id') return [{ code: 'appid.is-original-id', severity: 'error', facts: ['F07'] }];
  if (kind !== 'appid') return [{ code: 'appid.format', severity: 'error', facts: ['F07'] }];

  const findings: Finding[] = [];
  if (appId !== value)
    findings.push({ code: 'appid.format', severity: 'error', variant: 'repairable', params: { expected: appId }, facts: ['F07'], fix: { value: appId } });
  const profile = input.profile;
  if (same(profile?.officialAccountAppId, appId)) {
    findings.push({ code: 'appid.is-official-account', severity: 'error', facts: ['F07'] });
  } else if (
    typeof profile?.miniProgramAppId === 'string' &&
    classifyId(profile.miniProgramAppId.trim().toLowerCase()) === 'appid' &&
    !same(profile.miniProgramAppId, appId)
  ) {
    const expected = profile.miniProgramAppId.trim().toLowerCase();
    findings.push({ code: 'appid.not-this-mini-program', severity: 'warn', params: { expected }, facts: ['F07'], fix: { value: expected } });
  }
  return findings;
}

export const appIdCheck: Check = {
  id: 'appid',
  fields: [...APPID_FIELDS],
  clientFields: [...APPID_FIELDS],
  codes: ['appid.is-original-id', 'appid.format', 'appid.format:repairable', 'appid.is-official-account', 'appid.not-this-mini-program'],
  run: checkAppId,
};
