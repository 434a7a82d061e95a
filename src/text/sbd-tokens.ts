/**
 * Per-token codes for the boundary classifier: a coarse kind, and hashes of the lower-cased form,
 * the shape ("Xxxx", "dd/dd") and the last three letters. Computed straight from the text's code
 * units (no slicing), so the classifier costs a few integer operations per token.
 */
import { isEmoticon, isUrlLike } from './special-tokens.js';
import { isDigit, isLetter, isLower, isUpper } from './chars.js';

export const K_LOWER = 0;
export const K_CAP = 1;
export const K_ALLCAPS = 2;
export const K_INITIAL = 3;
export const K_NUMBER = 4;
export const K_PERIOD = 5;
export const K_BANG = 6;
export const K_ELLIPSIS = 7;
export const K_COMMA = 8;
export const K_COLON = 9;
export const K_SEMICOLON = 10;
export const K_DASH = 11;
export const K_OPEN = 12;
export const K_CLOSE = 13;
export const K_URL = 14;
export const K_EMOTICON = 15;
export const K_SYMBOL = 16;
export const K_ABBREV = 17;
export const K_MIXED = 18;
export const K_CLOCK = 19;
export const N_KINDS = 20;

/** Hashing stops after this many code units: long tokens (URLs, ids) are told apart by kind. */
const MAX_HASHED = 24;

/** FNV-1a of text[s, e) with ASCII letters folded to lower case. */
export function hashLower(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  const stop = Math.min(e, s + MAX_HASHED);
  for (let k = s; k < stop; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c |= 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function charClass(c: number): number {
  if (isDigit(c)) return 100;
  if (isUpper(c)) return 88;
  if (isLetter(c)) return 120;
  return c;
}

/** Shape with runs collapsed and at most five classes: "Xx", "X", "d/d/d", "x.x.". */
function shapeHash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  let last = -1;
  let n = 0;
  for (let k = s; k < e && n < 5; k++) {
    const c = charClass(text.charCodeAt(k));
    if (c === last) continue;
    last = c;
    n++;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function wordKind(text: string, s: number, e: number): number {
  const c0 = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  if (last === 46 && e - s > 1) return e - s === 2 && isUpper(c0) ? K_INITIAL : K_ABBREV;
  if (isDigit(c0)) {
    for (let k = s + 1; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c === 58 || c === 47) return K_CLOCK; // 12:05, 08/16/2000
      if (isLetter(c)) return K_MIXED;
    }
    return K_NUMBER;
  }
  if (isUpper(c0)) {
    if (e - s === 1) return K_INITIAL;
    let upper = true;
    for (let k = s + 1; k < e && upper; k++) if (isLower(text.charCodeAt(k))) upper = false;
    return upper ? K_ALLCAPS : K_CAP;
  }
  return K_LOWER;
}

function punctKind(text: string, s: number, e: number, c0: number): number {
  if (e - s > 1 && isEmoticon(text, s, e)) return K_EMOTICON;
  switch (c0) {
    case 46: return e - s > 1 ? K_ELLIPSIS : K_PERIOD;
    case 0x2026: return K_ELLIPSIS;
    case 33: case 63: return K_BANG;
    case 44: return K_COMMA;
    case 58: return K_COLON;
    case 59: return K_SEMICOLON;
    case 45: case 0x2013: case 0x2014: case 0x2015: return K_DASH;
    case 40: case 91: case 123: case 0x201c: case 0x2018: case 60: case 0xab: return K_OPEN;
    case 41: case 93: case 125: case 0x201d: case 0x2019: case 62: case 0xbb: return K_CLOSE;
    default: return K_SYMBOL;
  }
}

/**
 * URL, e-mail address or domain. The full test (a regular expression) runs only on tokens with
 * "@", "/" or ":" inside, or ending in a lower-case letter after a period ("example.com"), not
 * on every "U.S." or "3.5".
 */
function looksSpecial(text: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  let lastDot = -1;
  for (let k = s + 1; k < e - 1; k++) {
    const c = text.charCodeAt(k);
    if (c === 64 || c === 47 || c === 58) return isUrlLike(text, s, e);
    if (c === 46) lastDot = k;
  }
  return lastDot > 0 && isLower(text.charCodeAt(e - 1)) && isLower(text.charCodeAt(lastDot + 1)) && isUrlLike(text, s, e);
}

export function tokenKind(text: string, s: number, e: number): number {
  const c0 = text.charCodeAt(s);
  if (isLetter(c0) || isDigit(c0)) return looksSpecial(text, s, e) ? K_URL : wordKind(text, s, e);
  return punctKind(text, s, e, c0);
}

/** Positions of padding before the first token and after the last, so neighbours need no bounds checks. */
export const PAD = 3;

/**
 * Codes for every token of a text, in parallel arrays; token i is at index i + PAD, and the
 * padding has kind N_KINDS and hashes 0.
 */
export class TokenCodes {
  readonly kind: Uint8Array;
  readonly form: Uint32Array;
  readonly shape: Uint32Array;
  readonly suffix: Uint32Array;

  constructor(text: string, start: Int32Array, end: Int32Array) {
    const n = start.length;
    this.kind = new Uint8Array(n + 2 * PAD).fill(N_KINDS);
    this.form = new Uint32Array(n + 2 * PAD);
    this.shape = new Uint32Array(n + 2 * PAD);
    this.suffix = new Uint32Array(n + 2 * PAD);
    for (let i = 0; i < n; i++) {
      const s = start[i];
      const e = end[i];
      const j = i + PAD;
      this.kind[j] = tokenKind(text, s, e);
      this.form[j] = hashLower(text, s, e);
      this.shape[j] = shapeHash(text, s, e);
      this.suffix[j] = e - s > 3 ? hashLower(text, e - 3, e) : this.form[j];
    }
  }
}
