import type { Finding } from '../engine/checks/types';
import type { ProfilesState } from '../storage/profiles';

// While presenting, a room full of people sees the screen: client data the overlay would show
// (company names, registration numbers, emails, client labels) is replaced by a mask. Pure.

export const MASK = '••••';
/** Shorter pieces (a check digit, one character) reveal nothing and would mask ordinary words. */
const MIN_SECRET_LENGTH = 2;

/** A bilingual name's parts: the words with Chinese characters, and the words without (花園 GARDEN → 花園, GARDEN). */
function nameParts(name: string): string[] {
  const parts: string[][] = [];
  let previous: boolean | null = null;
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const han = /\p{Script=Han}/u.test(word);
    if (han !== previous) parts.push([]);
    parts[parts.length - 1]!.push(word);
    previous = han;
  }
  return parts.length > 1 ? parts.map((words) => words.join(' ')) : [];
}

/** Every piece of client data any profile holds, longest first, lower-cased. */
export function profileSecrets(state: ProfilesState): string[] {
  const secrets = new Set<string>();
  for (const profile of state.profiles) {
    const values = [
      profile.label,
      profile.companyName,
      ...nameParts(profile.companyName),
      profile.registrationNumber,
      profile.officialAccountEmail,
      ...profile.emails.map((email) => email.address),
    ];
    for (const value of values) {
      const secret = value.trim().toLowerCase();
      if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
    }
  }
  return [...secrets].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every occurrence of a secret masked (any letter case). */
export function maskText(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  const pattern = new RegExp(secrets.map(escapeRegExp).join('|'), 'gi');
  return text.replace(pattern, MASK);
}

/** Whether a value is, contains, or is a piece of client data (e.g. the Chinese half of the name). */
function revealsSecret(value: string, secrets: readonly string[]): boolean {
  const lower = value.trim().toLowerCase();
  if (lower.length < MIN_SECRET_LENGTH || /^[\d\s.,-]+$/.test(lower)) return false;
  return secrets.some((secret) => lower.includes(secret) || secret.includes(lower));
}

/** The finding with its client data masked, so its message never spells a name or an address. */
export function maskFinding(finding: Finding, secrets: readonly string[]): Finding {
  if (!finding.params) return finding;
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [
      name,
      typeof value === 'string' && revealsSecret(value, secrets) ? MASK : typeof value === 'string' ? maskText(value, secrets) : value,
    ]),
  );
  return { ...finding, params };
}
