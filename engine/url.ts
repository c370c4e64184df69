import type { UrlMatcher } from '../rules/schema';

export function matchesUrl(url: URL, matcher: UrlMatcher): boolean {
  if (url.hostname !== matcher.host || url.pathname !== matcher.path) return false;
  return Object.entries(matcher.query).every(([key, value]) => url.searchParams.get(key) === value);
}

/** The console's session token must never be stored, exported or logged. */
export function stripToken(href: string): string {
  try {
    const url = new URL(href);
    url.searchParams.delete('token');
    return url.toString();
  } catch {
    return '';
  }
}

/** The console renders English (partially) when lang=en_US. */
export function isEnglishConsole(url: URL): boolean {
  return (url.searchParams.get('lang') ?? '').toLowerCase() === 'en_us';
}
