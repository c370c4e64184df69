// Food wording in the Mini Program's name, description and category (F09): applications that
// describe food or alcohol are refused for overseas entities without food qualifications, so such
// wording gets a warning naming the category and licence it needs (rules/food-qualifications.ts). Word lists, look-alikes, the cosmetics rule and the matching rules:
// rules/food-words.ts. On the category field, a 商家自营 food or health category is
// left to the category check, which names the licence more precisely.
import { cosmeticWords, foodLookalikes, foodTerms, type FoodClass, type FoodTerm } from '../../rules/food-words';
import { categoryQualification } from './category';
import { keywordPattern, normaliseKeywordText } from './keywords';
import type { Check, CheckInput, Finding } from './types';

/** Only this much of a text is read: the console's fields are far shorter (an intro is ≤ 120 characters). */
export const FOOD_SCAN_LIMIT = 10_000;
/** At most this many words are named in the message. */
const MAX_WORDS = 8;
/** Most specific first: the class of the words found that decides the message. */
const CLASS_PRIORITY: readonly FoodClass[] = ['infant', 'health', 'pet', 'alcohol', 'food'];

interface Span {
  start: number;
  end: number;
}

interface TermMatch extends Span {
  term: FoodTerm;
}

const TERM_PATTERNS = foodTerms.map((term) => ({ term, pattern: keywordPattern(term.term, !term.prefix) }));
const LOOKALIKE_PATTERNS = foodLookalikes.map((phrase) => keywordPattern(phrase));
const COSMETIC_PATTERNS = [...cosmeticWords.zh, ...cosmeticWords.en].map((word) => keywordPattern(word));
/** Where one clause ends and the next begins: punctuation, and the words that join two products. */
const CLAUSE_BREAK = /[,，、;；.。!！?？:：()（）[\]【】|\n]|和|与|與|及|(?<![a-z])(?:and|plus)(?![a-z])|&/gu;

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

/**
 * The clauses of the text that name a cosmetic or body-care product: their food words are
 * ingredients. A cosmetic word overlapping a food word does not count (进口红酒 holds 口红, lipstick).
 */
function cosmeticClauses(text: string, food: readonly Span[]): Span[] {
  const cosmetic = COSMETIC_PATTERNS.flatMap((pattern) => spansOf(text, pattern)).filter(
    (word) => !food.some((term) => term.start < word.end && word.start < term.end),
  );
  if (cosmetic.length === 0) return [];
  const clauses: Span[] = [];
  let start = 0;
  for (const match of [...text.matchAll(CLAUSE_BREAK), null]) {
    const end = match ? match.index : text.length;
    if (cosmetic.some((word) => word.start >= start && word.end <= end)) clauses.push({ start, end });
    if (match) start = match.index + match[0].length;
  }
  return clauses;
}

/**
 * Food terms in the text, minus those inside a look-alike phrase, those inside a longer term and
 * those in a clause about a cosmetic product.
 */
export function findFoodTerms(value: string): FoodTerm[] {
  const text = normaliseKeywordText(value.slice(0, FOOD_SCAN_LIMIT));
  const matches: TermMatch[] = TERM_PATTERNS.flatMap(({ term, pattern }) => spansOf(text, pattern).map((span) => ({ ...span, term })));
  if (matches.length === 0) return [];

  const lookalikeEnds = furthestEndFrom(
    LOOKALIKE_PATTERNS.flatMap((pattern) => spansOf(text, pattern)),
    text.length,
  );
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

  const cosmetic = cosmeticClauses(text, matches);
  const food =
    cosmetic.length === 0 ? outermost : outermost.filter((match) => !cosmetic.some((clause) => match.start >= clause.start && match.end <= clause.end));

  food.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return food.filter((match) => !seen.has(match.term.term) && seen.add(match.term.term)).map((match) => match.term);
}

export function checkFood(input: CheckInput): Finding[] {
  const value = typeof input.value === 'string' ? input.value : '';
  if (value.trim() === '') return [];
  if (input.fieldId === 'category' && categoryQualification(value)) return [];
  const terms = findFoodTerms(value);
  if (terms.length === 0) return [];
  const variant = CLASS_PRIORITY.find((cls) => terms.some((term) => term.class === cls)) ?? 'food';
  const words = terms
    .slice(0, MAX_WORDS)
    .map((term) => term.term)
    .join(', ');
  return [{ code: 'food.wording', severity: 'warn', variant, params: { words }, facts: ['F09'] }];
}

export const foodCheck: Check = {
  id: 'food',
  fields: ['mp-name', 'mp-intro', 'category'],
  codes: CLASS_PRIORITY.map((cls) => `food.wording:${cls}`),
  run: checkFood,
};
