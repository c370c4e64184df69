// Keyword matching for checks whose rules are word lists (food wording, categories, upload labels).
// Chinese keywords match anywhere, since Chinese puts no spaces between words; English keywords
// match at the start of a word, so "tea" is never found in "steam".

/** NFKC (full-width letters become ASCII), lower case, hyphens/underscores/slashes as spaces, single spaces. */
export function normaliseKeywordText(text: string): string {
  return (typeof text === 'string' ? text : '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_/\u2010-\u2015]+/gu, ' ')
    .replace(/\s+/gu, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isLatin(keyword: string): boolean {
  return /[a-z]/.test(keyword);
}

/**
 * A global pattern for `keyword` in normalised text. English keywords start at a word start; with
 * `wholeWord` they also end at a word end, a plural s/es allowed ("tea", "teas", not "team").
 */
export function keywordPattern(keyword: string, wholeWord = false): RegExp {
  const escaped = escapeRegExp(keyword);
  if (!isLatin(keyword)) return new RegExp(escaped, 'gu');
  return new RegExp(`(?<![a-z])${escaped}${wholeWord ? '(?:s|es)?(?![a-z])' : ''}`, 'gu');
}

/** Whether normalised `text` contains `keyword` (English: at a word start, any ending). */
export function containsKeyword(text: string, keyword: string): boolean {
  const pattern = keywordPattern(keyword);
  return pattern.test(text);
}

export function containsAnyKeyword(text: string, keywords: { zh: readonly string[]; en: readonly string[] }): boolean {
  return keywords.zh.some((keyword) => text.includes(keyword)) || keywords.en.some((keyword) => containsKeyword(text, keyword));
}
