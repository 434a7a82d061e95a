/**
 * Tokenisation following UD English-EWT (PTB-style) conventions, with every token a [start, end)
 * span of UTF-16 code units in the original text. Text is cut at whitespace into chunks; each
 * chunk loses its leading and trailing punctuation (keeping an abbreviation's period), and its
 * core goes to splitCore. No regular expression runs over unbounded input.
 */
import { ABBREVIATIONS, BANG_NAMES, BEFORE_NUMBER, TITLES } from './abbreviations.js';
import { isCloser, isDash, isDigit, isLetter, isOpener, isSpace, isTrailingPunct, isUpper, isAlnum, isApostrophe } from './chars.js';
import { isEmoticon, isUrlLike } from './special-tokens.js';
import { SpanBuffer, type Spans } from './span-buffer.js';
import { splitCore } from './token-core.js';

export function tokenize(text: string, start = 0, end: number = text.length): Spans {
  const out = new SpanBuffer(text, Math.ceil((end - start) / 4));
  tokenizeInto(text, Math.max(0, start), Math.min(end, text.length), out);
  return out.spans();
}

export function tokenizeInto(text: string, start: number, end: number, out: SpanBuffer): void {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i + 1;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    tokenizeChunk(text, i, j, nextVisible(text, j, end), out);
    i = j;
  }
}

/** The first non-space code unit at or after i (only a short look: it decides "No. 5"). */
function nextVisible(text: string, i: number, end: number): number {
  const stop = Math.min(end, i + 8);
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i < end ? text.charCodeAt(i) : -1;
}

function tokenizeChunk(t: string, s: number, e: number, next: number, out: SpanBuffer): void {
  if (isEmoticon(t, s, e) || isSlashAbbreviation(t, s, e)) {
    out.push(s, e);
    return;
  }
  const a = peelLeading(t, s, e, out);
  const tail = new SpanBuffer(t, 4);
  const b = peelTrailing(t, a, e, next, tail);
  if (b > a) {
    if (isUrlLike(t, a, b) || isBangName(t, a, b)) out.push(a, b);
    else splitCore(t, a, b, out);
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail.startAt(k), tail.endAt(k));
}

const SLASH_ABBREVIATIONS: ReadonlySet<string> = new Set(['w/', 'w/o', 'b/c', 'W/', 'W/O', 'B/C']);

function isSlashAbbreviation(t: string, s: number, e: number): boolean {
  return e - s <= 3 && SLASH_ABBREVIATIONS.has(t.slice(s, e));
}

/** Runs of the same code unit count as one token: "<<", "``", "--", "...", "!!!". */
function runEnd(t: string, i: number, e: number): number {
  const c = t.charCodeAt(i);
  let j = i + 1;
  while (j < e && t.charCodeAt(j) === c) j++;
  return j;
}

function peelLeading(t: string, a: number, e: number, out: SpanBuffer): number {
  while (a < e) {
    const c = t.charCodeAt(a);
    const next = a + 1 < e ? t.charCodeAt(a + 1) : -1;
    if (isApostrophe(c) && (isDigit(next) || isClitic(t, a + 1, e))) break; // '90s, 's
    const peel = isOpener(c) || isDash(c) || c === 45 || c === 42 || c === 0xbf || c === 0xa1 ||
      (c === 46 && next === 46) || c === 0x2026;
    if (!peel || (c === 45 && isDigit(next) && a + 1 < e)) break;
    const j = runEnd(t, a, e);
    out.push(a, j);
    a = j;
  }
  return a;
}

function isClitic(t: string, i: number, e: number): boolean {
  let j = i;
  while (j < e && isLetter(t.charCodeAt(j))) j++;
  if (j < e && isAlnum(t.charCodeAt(j))) return false;
  const w = t.slice(i, j).toLowerCase();
  return w === 's' || w === 're' || w === 've' || w === 'll' || w === 'd' || w === 'm' || w === 'em' || w === 't';
}

/** Peels trailing punctuation into tail (last first); returns the end of what is left. */
function peelTrailing(t: string, a: number, b: number, next: number, tail: SpanBuffer): number {
  while (b > a) {
    const c = t.charCodeAt(b - 1);
    let k = b - 1;
    while (k > a && t.charCodeAt(k - 1) === c) k--;
    if (c === 46) {
      if (b - k === 1 && k > a && keepsPeriod(t, a, b, next)) break;
    } else if (c === 33 || c === 63) {
      while (k > a && (t.charCodeAt(k - 1) === 33 || t.charCodeAt(k - 1) === 63)) k--; // "?!"
      if (isBangName(t, a, k + 1)) { // "Yahoo!?"
        if (b > k + 1) tail.push(k + 1, b);
        return k + 1;
      }
    } else if (!(isTrailingPunct(c) || isCloser(c) || isDash(c) || c === 45 || c === 42)) {
      break;
    }
    tail.push(k, b);
    b = k;
  }
  return b;
}

/** A name whose "!" belongs to it: "Yahoo!". */
function isBangName(t: string, a: number, b: number): boolean {
  return b - a > 2 && b - a <= 10 && t.charCodeAt(b - 1) === 33 && BANG_NAMES.has(t.slice(a, b - 1));
}

/** Does the period ending [a, b) belong to the word (an abbreviation or initial)? */
export function keepsPeriod(t: string, a: number, b: number, next: number): boolean {
  const n = b - 1 - a;
  if (n > 12) return false;
  const w = t.slice(a, b - 1);
  if (TITLES.has(w) || ABBREVIATIONS.has(w)) return true;
  if (BEFORE_NUMBER.has(w)) return isDigit(next);
  if (n === 1) return isUpper(w.charCodeAt(0)); // initial: "J."
  return isDottedAbbreviation(w);
}

/** "U.S", "a.m", "Ph.D", "a.k.a": letter groups of one or two joined by periods, one group single. */
function isDottedAbbreviation(w: string): boolean {
  let group = 0;
  let groups = 0;
  let single = false;
  for (let i = 0; i <= w.length; i++) {
    const c = i < w.length ? w.charCodeAt(i) : 46;
    if (c === 46) {
      if (group === 0 || group > 2) return false;
      if (group === 1) single = true;
      groups++;
      group = 0;
    } else if (isLetter(c)) {
      group++;
    } else {
      return false;
    }
  }
  return groups >= 2 && single;
}
