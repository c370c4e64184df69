import type { DetectRule, UrlMatcher } from '../rules/schema';

export function matchesUrl(url: URL, matcher: UrlMatcher): boolean {
  if (url.hostname !== matcher.host || withoutPathParameters(url.pathname) !== matcher.path) return false;
  return Object.entries(matcher.query).every(([key, value]) => url.searchParams.get(key) === value);
}

/**
 * Whether progress, an AppID or a deadline may be recorded from this page: only on a console URL its
 * rule names (`urls`, `recordOn`). A page recognised by its texts elsewhere (an article under `/s/`
 * quoting 小程序发布流程 and 去备案, a help page) is guided, never recorded from.
 */
export function isRecordingUrl(href: string, detect: Pick<DetectRule, 'urls' | 'recordOn'>): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  return [...detect.urls, ...detect.recordOn].some((m) => matchesUrl(url, m));
}

/**
 * Query parameters that name a console page (the rules' URLs: `action`, `t`, `step`; the console's
 * `lang` and `type`; `replica`, which names a page of the replica console). Every other parameter is
 * left out of what is stored, exported or put in diagnostics: the session token hides under other
 * names too (`;token=` inside another value, a redirect URL in another parameter).
 */
export const PAGE_PARAMETERS: readonly string[] = ['action', 't', 'step', 'lang', 'type', 'replica'];

/** A page-naming value: letters, digits and / . _ - only, short. Anything else (an encoded URL, `;token=`) is not one. */
const PAGE_VALUE = /^[\w./-]{0,64}$/;

/** Path parameters (`/home;token=…`) removed from every segment. */
export function withoutPathParameters(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => segment.split(';')[0])
    .join('/');
}

/**
 * What may be kept of a console URL: its origin, its path without path parameters, and the
 * parameters that name the page (PAGE_PARAMETERS) with page-naming values. No fragment, no other
 * parameter: the console's session `token` must never be stored, exported or logged, in whatever
 * shape it comes (`?token=`, `;token=`, `#token=`, `&amp;token=`, inside another parameter's URL).
 * '' when `href` is not a URL.
 */
export function storableUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  const kept: string[] = [];
  for (const name of PAGE_PARAMETERS) {
    const value = url.searchParams.get(name);
    // The value's characters need no escaping in a query.
    if (value !== null && PAGE_VALUE.test(value)) kept.push(`${name}=${value}`);
  }
  const query = kept.join('&');
  return `${url.origin}${withoutPathParameters(url.pathname)}${query ? `?${query}` : ''}`;
}

/** The console renders English (partially) when lang=en_US. */
export function isEnglishConsole(url: URL): boolean {
  return (url.searchParams.get('lang') ?? '').toLowerCase() === 'en_us';
}
