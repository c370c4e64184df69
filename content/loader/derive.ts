import { normalizeText } from '../../engine/text';
import { flowAreaPaths } from '../../rules/flow-area';
import type { PageRule } from '../../rules/schema';
import type { FlowSignals } from '../../engine/flow-signals';

// Build-time (wxt.config.ts) and test-time only: never bundled into the loader, which receives the
// result as a constant.

/** Ideographs, Latin letters and digits: characters the engine's normalisation leaves as they are. */
const PLAIN_RUN = /[\u3400-\u9fffa-z0-9]+/g;

/**
 * The substring a page must contain, raw and lower-cased, for the engine to find this marker in its
 * normalised text: the marker's longest run of ideographs, Latin letters and digits, without 帐
 * (which the page may write 账: engine/text.ts). Such runs come through the engine's normalisation
 * (NFKC, lower case, whitespace) unchanged, so a page where the engine finds the marker holds the
 * run. (Pages writing ideographs as compatibility characters, or letters and digits at full width,
 * are the exception: the console does neither in its headings.)
 */
export function markerAnchors(marker: string): string[] {
  const text = normalizeText(marker);
  // The longest run, a run of digits only last ("300" is on any page with a number).
  const weight = (run: string) => run.length + (/^[0-9]+$/.test(run) ? 0 : 1000);
  const longest = (runs: RegExpMatchArray | null) => (runs ?? []).reduce((a, b) => (weight(b) > weight(a) ? b : a), '');
  const piece = longest(
    text
      .match(PLAIN_RUN)
      ?.join(' ')
      .match(/[^帐\s]+/g) ?? null,
  );
  if (piece) return [piece];
  // A marker that is all 帐 (none is): both spellings.
  return text.includes('帐') ? [text, text.replace(/帐/g, '账')] : [text];
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
  return { urls: [...urls].sort(), anchors: kept.sort(), areas: [...flowAreaPaths] };
}
