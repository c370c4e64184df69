import { consoleMessages, type ConsoleMessage } from '../rules/messages';

// Finds catalog messages (rules/messages.ts) inside arbitrary console text: a field row, a toast, a
// dialog body. Pure and defensive: it runs on every DOM change, so the patterns are compiled once (on
// first use), input is capped, and nothing it is given can make it throw.
//
// Matching happens on a normalised copy of both the text and the catalog:
//   - NFKC (full-width ，！：（）？ → , ! : ( ) ?; full-width letters/digits → ASCII),
//   - ASCII lower case, 账 → 帐 (the console writes both 帐号 and 账号), curly quotes → straight,
//     dash and middle-dot variants folded,
//   - whitespace dropped (kept as one space only between two ASCII letters/digits), so text split
//     across elements or indented in the DOM still matches.
// A position map leads back from the normalised copy to the caller's string.
//
// Placeholders ({0}, {1}, {n}, {数字}, %s, %d) match a short run: digits only when the message starts
// with the placeholder, otherwise 1–40 characters that are not sentence ends (。!?). A placeholder in the
// middle also excludes the first character of the literal that follows it, so every pattern runs in
// linear time (no catastrophic backtracking).

export interface ConsoleMessageMatch {
  readonly message: ConsoleMessage;
  /** Offset (UTF-16 code units) of the match in the text passed in. */
  readonly index: number;
  /** Length (UTF-16 code units) of the matched text in the text passed in. */
  readonly length: number;
}

/** Longer input is cut to this many characters before matching. */
export const MAX_MATCH_INPUT = 20_000;

const PLACEHOLDER = /\{\d+\}|\{n\}|\{数字\}|%s|%d/g;
const PLACEHOLDER_RUN = 40;
/** Guards against pathological inputs producing huge candidate lists (e.g. one message repeated 5,000 times). */
const MAX_CANDIDATES = 5_000;

const FOLD = new Map<string, string>([
  ['账', '帐'],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['‟', '"'],
  ['″', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['‚', "'"],
  ['‛', "'"],
  ['′', "'"],
  ['・', '·'],
  ['‧', '·'],
  ['•', '·'],
  ['∙', '·'],
  ['‐', '-'],
  ['‑', '-'],
  ['‒', '-'],
  ['–', '-'],
  ['—', '-'],
  ['―', '-'],
  ['−', '-'],
  ['〜', '~'],
  ['～', '~'],
]);

function isWhitespaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Zero-width and formatting characters that never carry meaning in console text. */
function isIgnorableCode(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xad ||
    code === 0xfeff
  );
}

function isAsciiAlnum(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

interface Normalised {
  readonly text: string;
  /** starts[i]: offset in the source of the character that produced normalised char i. */
  readonly starts: Int32Array;
  /** ends[i]: offset just after that source character. */
  readonly ends: Int32Array;
}

/** Folds one already-NFKC'd character. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return FOLD.get(ch) ?? ch;
}

function normaliseWithMap(source: string): Normalised {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = '';
  let pendingStart = -1;
  let pendingEnd = -1;

  const emit = (ch: string, start: number, end: number): void => {
    if (pendingStart >= 0) {
      if (last !== '' && isAsciiAlnum(last) && isAsciiAlnum(ch)) {
        out.push(' ');
        starts.push(pendingStart);
        ends.push(pendingEnd);
      }
      pendingStart = -1;
    }
    out.push(ch);
    starts.push(start);
    ends.push(end);
    last = ch;
  };
  const space = (start: number, end: number): void => {
    if (pendingStart < 0) pendingStart = start;
    pendingEnd = end;
  };

  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    const start = i;
    const end = i + width;
    i = end;

    if (width === 1) {
      if (isWhitespaceCode(code)) {
        space(start, end);
        continue;
      }
      if (isIgnorableCode(code)) continue;
      // Fast paths: ASCII and CJK unified ideographs are NFKC-stable.
      if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
        emit(foldChar(source.charAt(start)), start, end);
        continue;
      }
    }

    let normalised: string;
    try {
      normalised = source.slice(start, end).normalize('NFKC');
    } catch {
      normalised = source.slice(start, end);
    }
    for (let j = 0; j < normalised.length; j++) {
      const c = normalised.charCodeAt(j);
      if (isWhitespaceCode(c)) space(start, end);
      else if (!isIgnorableCode(c)) emit(foldChar(normalised.charAt(j)), start, end);
    }
  }

  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * The matcher's normal form of a text: NFKC, lower-case ASCII, 账 → 帐, quotes/dashes folded,
 * whitespace removed except between ASCII letters/digits. Exposed for callers that want to compare
 * texts the same way.
 */
export function normaliseConsoleText(text: string): string {
  try {
    return normaliseWithMap(String(text)).text;
  } catch {
    return '';
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClassChar(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

interface CompiledMessage {
  readonly message: ConsoleMessage;
  readonly order: number;
  readonly pattern: RegExp;
  /** The longest literal part; the regex only runs when the text contains it. */
  readonly probe: string;
}

function compileMessage(message: ConsoleMessage, order: number): CompiledMessage | undefined {
  const literals = message.zh.split(PLACEHOLDER).map((part) => normaliseConsoleText(part));
  const lastIndex = literals.length - 1;
  // A final "。" is often missing in the live text: accept it but do not require it.
  let optionalStop = false;
  const final = literals[lastIndex] ?? '';
  if (final.endsWith('。') && final.length > 1) {
    literals[lastIndex] = final.slice(0, -1);
    optionalStop = true;
  }

  let source = '';
  literals.forEach((literal, index) => {
    if (index > 0) {
      const isLeading = index === 1 && (literals[0] ?? '') === '';
      const next = literal;
      const isTrailing = index === lastIndex && next === '';
      if (isLeading) {
        source += '[0-9]{1,8}';
      } else if (isTrailing) {
        source += `[^。!?]{1,${PLACEHOLDER_RUN}}`;
      } else {
        const stop = next === '' ? '' : escapeClassChar(next.charAt(0));
        source += `[^。!?${stop}]{1,${PLACEHOLDER_RUN}}`;
      }
    }
    source += escapeRegExp(literal);
  });
  if (optionalStop) source += '。?';

  const probe = literals.reduce((best, literal) => (literal.length > best.length ? literal : best), '');
  if (probe === '') return undefined;
  try {
    return { message, order, pattern: new RegExp(source, 'g'), probe };
  } catch {
    return undefined;
  }
}

// Compiled on first use: a page that never asks (nothing recognised) never pays for it.
let compiledCache: readonly CompiledMessage[] | undefined;
function compiled(): readonly CompiledMessage[] {
  compiledCache ??= consoleMessages.map((message, order) => compileMessage(message, order)).filter((entry): entry is CompiledMessage => entry !== undefined);
  return compiledCache;
}

interface Candidate {
  readonly entry: CompiledMessage;
  readonly start: number;
  readonly end: number;
}

function findAll(text: string): ConsoleMessageMatch[] {
  const source = text.length > MAX_MATCH_INPUT ? text.slice(0, MAX_MATCH_INPUT) : text;
  if (source === '') return [];
  const normalised = normaliseWithMap(source);
  const haystack = normalised.text;
  if (haystack === '') return [];

  const candidates: Candidate[] = [];
  for (const entry of compiled()) {
    if (!haystack.includes(entry.probe)) continue;
    const pattern = entry.pattern;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(haystack); found !== null; found = pattern.exec(haystack)) {
      const start = found.index;
      const end = start + found[0].length;
      if (end === start) pattern.lastIndex = start + 1;
      else candidates.push({ entry, start, end });
      if (candidates.length >= MAX_CANDIDATES) break;
    }
    pattern.lastIndex = 0;
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  if (candidates.length === 0) return [];

  // Longest wins; ties go to the earlier position, then to catalog order.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entry.order - b.entry.order);
  const taken = new Uint8Array(haystack.length);
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  accepted.sort((a, b) => a.start - b.start);

  return accepted.map(({ entry, start, end }) => {
    const index = normalised.starts[start] ?? 0;
    const stop = normalised.ends[end - 1] ?? index;
    return { message: entry.message, index, length: Math.max(0, stop - index) };
  });
}

/**
 * Every catalog message found in `text`, sorted by position, without overlaps (the longest match
 * wins). Only the first MAX_MATCH_INPUT characters are searched. Never throws.
 */
export function matchConsoleMessages(text: string): ConsoleMessageMatch[] {
  if (typeof text !== 'string') return [];
  try {
    return findAll(text);
  } catch {
    return [];
  }
}
