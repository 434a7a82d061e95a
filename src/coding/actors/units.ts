/**
 * Matching units of a sentence. The tokenizer splits hyphenated words the EWT way ("Jae" "-" "in",
 * "Sino" "-" "US"), but dictionaries and names treat them as one word, so words written with no
 * space around a hyphen are glued back into one unit here. Units index words; words index the text.
 */
import { normalizeToken } from '../../dict/phrase-index.js';
import type { ParsedSentence } from '../../syntax/types.js';

export interface Unit {
  /** First and last word (inclusive). */
  first: number;
  last: number;
  /** Normalised form (upper case) of the glued words, e.g. "JAE-IN". */
  norm: string;
  /** Surface form as written. */
  surface: string;
}

export interface SentenceView {
  index: number;
  s: ParsedSentence;
  units: Unit[];
  /** Normalised unit forms, parallel to units (the PhraseIndex input). */
  norms: string[];
  /** Unit index of each word. */
  unitOf: Int32Array;
  /** Children of each word (0-based), in word order. */
  children: number[][];
}

function glued(s: ParsedSentence, i: number): boolean {
  const a = s.words[i];
  const b = s.words[i + 1];
  if (b === undefined) return false;
  const touching = s.end[i] >= 0 && s.end[i] === s.start[i + 1];
  return touching && (a === '-' || b === '-') && a !== b;
}

export function viewSentence(s: ParsedSentence, index: number): SentenceView {
  const n = s.words.length;
  const units: Unit[] = [];
  const unitOf = new Int32Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && glued(s, j)) j++;
    // A trailing or leading hyphen alone ("Sino-" before a space) stays with its word.
    const surface = s.words.slice(i, j + 1).join('');
    units.push({ first: i, last: j, norm: normalizeToken(surface), surface });
    for (let k = i; k <= j; k++) unitOf[k] = units.length - 1;
    i = j + 1;
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let w = 0; w < n; w++) {
    const h = s.head[w] - 1;
    if (h >= 0 && h < n) children[h].push(w);
  }
  return { index, s, units, norms: units.map((u) => u.norm), unitOf, children };
}

/** Lower-cased word of the `case` child of word w (the preposition of an obl/nmod), or null. */
export function caseOf(v: SentenceView, w: number): string | null {
  for (const c of v.children[w]) if (v.s.deprel[c] === 'case' && v.s.upos[c] !== 'PART') return v.s.words[c].toLowerCase();
  return null;
}

/**
 * The word heading words first..last: the one whose head lies outside the range. With a bad parse
 * several may; the rightmost wins, as English noun phrases end in their head.
 */
export function headOf(v: SentenceView, first: number, last: number): number {
  for (let w = last; w >= first; w--) {
    const h = v.s.head[w] - 1;
    if (h < first || h > last) return w;
  }
  return last;
}

/** Text of words first..last as it appears in the document. */
export function spanText(v: SentenceView, text: string, first: number, last: number): string {
  const a = v.s.start[first];
  const b = v.s.end[last];
  if (a >= 0 && b >= a) return text.slice(a, b);
  return v.s.words.slice(first, last + 1).join(' ');
}

export function isCapitalised(word: string): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(word);
}
