/**
 * Character classes over UTF-16 code units, as small predicates. The tokenizer and sentence
 * splitter scan text code unit by code unit (no backtracking regular expressions), so these are
 * the only places that decide what a letter, digit or space is.
 */

const LETTER_RE = /\p{L}|\p{M}/u;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A letter in any script (surrogate halves count, so astral letters stay inside words). */
export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c < 0xc0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Whitespace that separates tokens: ASCII space/controls, NBSP, Unicode spaces, line/para separators, BOM. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c === 0;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Apostrophes that may start a clitic: ' ’ ` ‘ (EWT has all four). */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 96 || c === 0x2018;
}

/** Quotes and brackets that open a span: ( [ { " “ ‘ « ‹ < ` ' */
export function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 34 || c === 0x201c || c === 0x2018 ||
    c === 0xab || c === 0x2039 || c === 60 || c === 96 || c === 39 || c === 0x201e || c === 0x201a;
}

/** Quotes and brackets that close a span: ) ] } " ” ’ » › > ' */
export function isCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 34 || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a || c === 62 || c === 39 || c === 96;
}

/** Punctuation that ends a clause or sentence and is always its own token when it trails a word. */
export function isTrailingPunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 ||
    c === 0xff01 || c === 0xff1f;
}

/** Dashes: en, em, horizontal bar, minus sign. Always split off (the ASCII hyphen has its own rules). */
export function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212;
}

export function isSentenceFinal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
