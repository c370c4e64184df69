import type { UrlMatcher } from '../rules/schema';

export function matchesUrl(url: URL, matcher: UrlMatcher): boolean {
  if (url.hostname !== matcher.host || url.pathname !== matcher.path) return false;
  return Object.entries(matcher.query).every(([key, value]) => url.searchParams.get(key) === value);
}

/** `token` in any case, percent-encoded or behind HTML-escaped ampersands (`&amp;token=`). */
function isTokenName(rawName: string): boolean {
  let name = rawName;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' '));
  } catch {
    // a malformed escape: judge the name as written
  }
  return /^(amp;)*token$/i.test(name.trim());
}

/** A query string (no leading ? or #) without its token parameters; other parameters as written. */
function withoutTokenParams(query: string): string {
  return query
    .split('&')
    .filter((part) => !isTokenName(part.split('=')[0] ?? ''))
    .join('&');
}

/** A fragment without token parameters: `#token=…` and single-page routes such as `#/home?token=…`. */
function withoutTokenInFragment(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  const at = fragment.indexOf('?');
  if (at >= 0) {
    const params = withoutTokenParams(fragment.slice(at + 1));
    return fragment.slice(0, at) + (params ? `?${params}` : '');
  }
  return fragment.includes('=') ? withoutTokenParams(fragment) : fragment;
}

/**
 * The console's session token must never be stored, exported or logged: every parameter named
 * token, in any case, in the query and in the fragment, is removed.
 */
export function stripToken(href: string): string {
  try {
    const url = new URL(href);
    url.search = withoutTokenParams(url.search.replace(/^\?/, ''));
    url.hash = withoutTokenInFragment(url.hash);
    return url.toString();
  } catch {
    return '';
  }
}

/** The console renders English (partially) when lang=en_US. */
export function isEnglishConsole(url: URL): boolean {
  return (url.searchParams.get('lang') ?? '').toLowerCase() === 'en_us';
}
