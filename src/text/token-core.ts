/**
 * Splitting the core of a whitespace chunk (what is left once leading and trailing punctuation
 * are peeled off) into EWT tokens: clitics ("ca" "n't", "John" "'s"), hyphens between words
 * ("long" "-" "term" but "non-commercial"), symbols before numbers ("$" "200", "#" "1"), units
 * after them ("5" "km", "100" "%"), slashes between words ("and" "/" "or") and stray punctuation.
 * One left-to-right pass; every position is looked at a bounded number of times.
 */
import { BARE_CONTRACTIONS, UNITS } from './abbreviations.js';
import { isAlnum, isApostrophe, isDigit, isLetter, isLower, isUpper } from './chars.js';
import type { SpanBuffer } from './span-buffer.js';

/** Bound prefixes EWT keeps joined to the following word ("non-commercial", "e-mail", "pre-war"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e', 'non', 'pre', 'anti', 'mid', 're', 'post', 'co', 'pro', 'multi', 'ex', 'sub', 'semi', 'neo', 'psycho',
  'socio', 'intra', 'micro', 'un', 'mega', 'ultra', 'bi', 'tri', 'de', 'mis', 'hyper', 'pseudo', 'quasi',
  'infra', 'macro', 'mini', 'meta', 'proto', 'tele', 'uni', 'poly', 'mono', 'cross', 'over', 'counter', 'x',
]);

const CURRENCY_OR_SIGN = new Set([36, 0x20ac, 0xa3, 0xa5, 35, 64, 0x20b9, 0x20bd, 126]); // $ € £ ¥ # @ ₹ ₽ ~

export function splitCore(t: string, a: number, b: number, out: SpanBuffer): void {
  if (b - a <= 8) {
    const bare = BARE_CONTRACTIONS.get(t.slice(a, b).toLowerCase());
    if (bare !== undefined && !(b - a <= 2 && isUpper(t.charCodeAt(a + 1)))) {
      out.push(a, a + bare);
      out.push(a + bare, b);
      return;
    }
  }
  const cl = cliticStart(t, a, b);
  splitInner(t, a, cl, out);
  if (cl < b) out.push(cl, b);
}

/** Where a final clitic (n't 's 'm 'd 're 've 'll) starts, or b if there is none. */
function cliticStart(t: string, a: number, b: number): number {
  const n = b - a;
  const low = (i: number) => t.charCodeAt(i) | 32;
  if (n >= 4 && low(b - 1) === 116 /* t */ && isApostrophe(t.charCodeAt(b - 2)) && low(b - 3) === 110 /* n */ &&
    isLetter(t.charCodeAt(b - 4))) return b - 3;
  if (n >= 3 && isApostrophe(t.charCodeAt(b - 2)) && isAlnum(t.charCodeAt(b - 3))) {
    const c = low(b - 1);
    if (c === 115 || c === 109 || c === 100) return b - 2; // s m d
  }
  if (n >= 4 && isApostrophe(t.charCodeAt(b - 3)) && isAlnum(t.charCodeAt(b - 4))) {
    const pair = t.slice(b - 2, b).toLowerCase();
    if (pair === 're' || pair === 've' || pair === 'll') return b - 3;
  }
  return b;
}

function splitInner(t: string, a: number, b: number, out: SpanBuffer): void {
  let p = a; // start of the current piece
  let i = a;
  while (i < b) {
    const c = t.charCodeAt(i);
    if (isAlnum(c)) {
      if (isDigit(c) && i + 1 < b && isLetter(t.charCodeAt(i + 1))) {
        const u = unitEnd(t, p, i + 1, b);
        if (u > 0) {
          out.push(p, i + 1);
          out.push(i + 1, u);
          p = i = u;
          continue;
        }
      }
      i++;
      continue;
    }
    const keep = keepInside(t, p, i, b, c);
    if (keep > 0) {
      i += keep;
      continue;
    }
    // c separates: the piece so far, then a run of the same separator as one token
    let j = i + 1;
    while (j < b && t.charCodeAt(j) === c && !isAlnum(c)) j++;
    out.push(p, i);
    out.push(i, j);
    p = i = j;
  }
  out.push(p, b);
}

/**
 * How many code units at i (a non-alphanumeric c) stay inside the current piece [p, i),
 * or 0 if c is split off.
 */
function keepInside(t: string, p: number, i: number, b: number, c: number): number {
  const prev = i > p ? t.charCodeAt(i - 1) : -1;
  const next = i + 1 < b ? t.charCodeAt(i + 1) : -1;
  switch (c) {
    case 44: // , in 10,000
    case 58: // : in 5:00
      return isDigit(prev) && isDigit(next) ? 1 : 0;
    case 47: // / in 11/28/2000
      return isDigit(prev) && isDigit(next) ? 1 : 0;
    case 46: // . in U.S., 3.5, file.DOC; split "end.The"
      if (next < 0) return prev >= 0 ? 1 : 0; // the period the abbreviation check left on
      if (prev < 0) return isDigit(next) ? 1 : 0;
      if (next === 46) return 0; // "way...actually": the dots are a token of their own
      return missingSpace(t, p, i, b) ? 0 : 1;
    case 38: // & in AT&T
    case 95: // _
      return isAlnum(prev) && isAlnum(next) ? 1 : 0;
    case 45: // -
      return hyphenKeep(t, p, i, b);
    default:
      if (isApostrophe(c)) return prev >= 0 && next >= 0 && isAlnum(next) ? 1 : (prev < 0 && isAlnum(next) ? 1 : 0);
      if ((c === 35 || c === 64) && prev < 0 && isLetter(next)) return 1; // #hashtag, @user
      if (CURRENCY_OR_SIGN.has(c) && prev < 0) return 0; // "$" "200", "#" "1", "@" "2.975"
      if (c === 35 || c === 64 || c === 43) return isAlnum(prev) && isAlnum(next) ? 1 : 0; // ld2d-#69366, C++
      return 0;
  }
}

/** "end.The": a lower-case word, a period, then a capitalised word: a sentence without its space. */
function missingSpace(t: string, p: number, i: number, b: number): boolean {
  if (i - p < 2 || i + 2 >= b) return false;
  for (let k = p; k < i; k++) if (!isLower(t.charCodeAt(k))) return false;
  if (!isUpper(t.charCodeAt(i + 1)) || !isLower(t.charCodeAt(i + 2))) return false;
  for (let k = i + 1; k < b; k++) if (!isLetter(t.charCodeAt(k))) return false;
  return true;
}

/**
 * A hyphen stays inside after a bound prefix ("non-"), and in digit groups that form phone
 * numbers, ISO dates or codes (713-853-3989, 2026-02-05, 345-9945); ranges ("5-10") and
 * compounds ("long-term", "al-Qaeda") are split, as in EWT.
 */
function hyphenKeep(t: string, p: number, i: number, b: number): number {
  const prev = i > p ? t.charCodeAt(i - 1) : -1;
  const next = i + 1 < b ? t.charCodeAt(i + 1) : -1;
  if (!isAlnum(prev) || !isAlnum(next)) return 0;
  if (isDigit(prev) && isDigit(next)) return digitGroupsKeep(t, p, i, b);
  let k = i - 1;
  while (k > p && isLetter(t.charCodeAt(k - 1))) k--;
  if (k === p && i - p <= 7 && HYPHEN_PREFIXES.has(t.slice(p, i).toLowerCase())) return 1;
  // a second hyphen inside an already-kept word ("ex-co-worker"), or an odd id ("-ECT-KEDNE")
  return 0;
}

function digitGroupsKeep(t: string, p: number, i: number, b: number): number {
  let k = i;
  while (k > p && isDigit(t.charCodeAt(k - 1))) k--;
  if (k > p && t.charCodeAt(k - 1) === 45) return 1; // continuing a kept group sequence
  const groups = [i - k];
  let j = i;
  while (j < b && t.charCodeAt(j) === 45 && j + 1 < b && isDigit(t.charCodeAt(j + 1))) {
    let e = j + 1;
    while (e < b && isDigit(t.charCodeAt(e))) e++;
    groups.push(e - j - 1);
    j = e;
  }
  const keep = groups.length >= 3 || (groups.length === 2 && groups[0] >= 3 && groups[1] >= 3 && groups[0] + groups[1] >= 7);
  return keep ? 1 : 0;
}

/** After digits ending at d (letters start at d): the end of a unit suffix to split off, or 0. */
function unitEnd(t: string, p: number, d: number, b: number): number {
  for (let k = p; k < d; k++) {
    const c = t.charCodeAt(k);
    if (!isDigit(c) && c !== 46 && c !== 44 && c !== 58) return 0; // only pure numbers take units
  }
  let e = d;
  while (e < b && isLetter(t.charCodeAt(e))) e++;
  if (e < b && isAlnum(t.charCodeAt(e))) return 0;
  if (e - d > 4) return 0;
  return UNITS.has(t.slice(d, e).toLowerCase()) ? e : 0;
}
