import { normalizeText } from '../../engine/text';
import type { PageRule } from '../../rules/schema';
import type { FlowSignals } from './signals';

// Build-time (wxt.config.ts) and test-time only: never bundled into the loader, which receives the
// result as a constant.

/** Ideographs as the engine compares them (账 is read as 帐: engine/text.ts). */
const IDEOGRAPH_RUN = /[\u3400-\u9fff]+/g;
const LATIN_RUN = /[a-z0-9]+/g;

/**
 * The substrings a page must contain, raw and lower-cased, for the engine to find this marker in
 * its normalised text: the marker's longest run of ideographs (without 帐, which the page may write 账), else
 * its longest run of Latin letters and digits. Runs of these characters come through the engine's
 * normalisation (NFKC, lower case, whitespace) unchanged, so a page where the engine finds the
 * marker holds the run. (Pages writing ideographs as compatibility characters or Latin letters at
 * full width are the exception: the console does neither in its headings.)
 */
export function markerAnchors(marker: string): string[] {
  const text = normalizeText(marker);
  const longest = (runs: RegExpMatchArray | null) => (runs ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  const ideographs = longest(text.match(IDEOGRAPH_RUN));
  // 帐 may be written 账 on the page: the longest piece without it, or both spellings of a marker that is all 帐.
  const piece = longest(ideographs.match(/[^帐]+/g));
  if (piece) return [piece];
  if (ideographs) return [ideographs, ideographs.replace(/帐/g, '账')];
  const latin = longest(text.match(LATIN_RUN));
  return latin ? [latin] : [text];
}

export function flowSignals(rules: readonly PageRule[]): FlowSignals {
  const urls = new Set<string>();
  const anchors = new Set<string>();
  for (const rule of rules) {
    for (const url of rule.detect.urls) urls.add(url.host + url.path);
    // A rule that needs its URL is reached through the URL alone.
    if (rule.detect.urlRequired) continue;
    for (const marker of rule.detect.markers) for (const text of [...marker.zh, ...marker.en]) markerAnchors(text).forEach((a) => anchors.add(a));
  }
  // A shorter anchor inside a longer one finds every page the longer one does.
  const sorted = [...anchors].sort((a, b) => a.length - b.length);
  const kept = sorted.filter((anchor, i) => !sorted.slice(0, i).some((shorter) => anchor.includes(shorter)));
  return { urls: [...urls].sort(), anchors: kept.sort() };
}
