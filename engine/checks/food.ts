// Food wording in the Mini Program's name, description and category (F09): applications that
// describe food are refused for overseas entities without food qualifications, so wording that
// describes food gets a warning naming the qualification it needs. Word lists, look-alikes and the
// matching rules: rules/food-words.ts. On the category field, a 商家自营 food or health category is
// left to the category check, which names the licence more precisely.
import { foodLookalikes, foodTerms, type FoodClass, type FoodTerm } from '../../rules/food-words';
import { categoryQualification } from './category';
import { keywordPattern, normaliseKeywordText } from './keywords';
import type { Check, CheckInput, Finding } from './types';

/** Only this much of a text is read: the console's fields are far shorter (an intro is ≤ 120 characters). */
export const FOOD_SCAN_LIMIT = 10_000;
/** At most this many words are named in the message. */
const MAX_WORDS = 8;
/** Most specific first: the class of the words found that decides the message. */
const CLASS_PRIORITY: readonly FoodClass[] = ['infant', 'health', 'pet', 'food'];

interface Span {
  start: number;
  end: number;
}

interface TermMatch extends Span {
  term: FoodTerm;
}

const TERM_PATTERNS = foodTerms.map((term) => ({ term, pattern: keywordPattern(term.term, !term.prefix) }));
const LOOKALIKE_PATTERNS = foodLookalikes.map((phrase) => keywordPattern(phrase));

function spansOf(text: string, pattern: RegExp): Span[] {
  return Array.from(text.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** For each position i, the furthest end of the spans that start at or before i (-1 when none). */
function furthestEndFrom(spans: readonly Span[], length: number): Int32Array {
  const furthest = new Int32Array(length + 1).fill(-1);
  for (const span of spans) furthest[span.start] = Math.max(furthest[span.start] ?? -1, span.end);
  for (let i = 1; i <= length; i++) furthest[i] = Math.max(furthest[i] ?? -1, furthest[i - 1] ?? -1);
  return furthest;
}

/** Food terms in the text, minus those inside a look-alike phrase and those inside a longer term. */
export function findFoodTerms(value: string): FoodTerm[] {
  const text = normaliseKeywordText(value.slice(0, FOOD_SCAN_LIMIT));
  const matches: TermMatch[] = TERM_PATTERNS.flatMap(({ term, pattern }) => spansOf(text, pattern).map((span) => ({ ...span, term })));
  if (matches.length === 0) return [];

  const lookalikeEnds = furthestEndFrom(LOOKALIKE_PATTERNS.flatMap((pattern) => spansOf(text, pattern)), text.length);
  const kept = matches.filter((match) => (lookalikeEnds[match.start] ?? -1) < match.end);

  // A match is dropped when a longer one covers it: one starting earlier and reaching as far, or
  // one starting at the same place and reaching further.
  const keptEnds = furthestEndFrom(kept, text.length);
  const longestAt = new Map<number, number>();
  for (const match of kept) longestAt.set(match.start, Math.max(longestAt.get(match.start) ?? -1, match.end));
  const outermost = kept.filter((match) => {
    const earlier = match.start > 0 ? (keptEnds[match.start - 1] ?? -1) : -1;
    return earlier < match.end && (longestAt.get(match.start) ?? -1) <= match.end;
  });

  outermost.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return outermost.filter((match) => !seen.has(match.term.term) && seen.add(match.term.term)).map((match) => match.term);
}

export function checkFood(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  if (input.fieldId === 'category' && categoryQualification(value)) return [];
  const terms = findFoodTerms(value);
  if (terms.length === 0) return [];
  const variant = CLASS_PRIORITY.find((cls) => terms.some((term) => term.class === cls)) ?? 'food';
  const words = terms.slice(0, MAX_WORDS).map((term) => term.term).join(', ');
  return [{ code: 'food.wording', severity: 'warn', variant, params: { words }, facts: ['F09'] }];
}

export const foodCheck: Check = {
  id: 'food',
  fields: ['mp-name', 'mp-intro', 'category'],
  codes: CLASS_PRIORITY.map((cls) => `food.wording:${cls}`),
  run: checkFood,
};
