/**
 * Per-sentence word codes: every string-derived value a feature needs is hashed here, once per word,
 * into flat integer arrays, so feature extraction only mixes integers. Arrays are padded by PAD slots
 * on each side (sentence-boundary symbols) and reused from sentence to sentence.
 */
import { hashString } from '../hash.js';
import type { ExternalLexicon } from './external.js';
import type { Lexicon } from './lexicon.js';

export const PAD = 2;
/** Codes WordCodes remembers per form (its memo), and the most forms it remembers. */
const WORD_CODES = 17;
const MEMO_MAX = 1 << 16;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Codes for the padding slots: any fixed values distinct from real hashes will do. */
const START = 0x5354a2b1;
const END = 0x454e44c3;

export const FLAG_DIGIT = 1;
export const FLAG_HYPHEN = 2;
export const FLAG_UPPER = 4;
export const FLAG_ALL_UPPER = 8;
export const FLAG_INIT_UPPER = 16;
export const FLAG_FIRST = 32;
export const FLAG_PERIOD = 64;
export const FLAG_NO_ALPHA = 128;
export const FLAG_CAPS_SENTENCE = 256;
export const FLAG_TITLE_SENTENCE = 512;
/** The flags that describe capitalisation. */
export const CASE_FLAGS = FLAG_INIT_UPPER | FLAG_ALL_UPPER | FLAG_NO_ALPHA;

export class WordCodes {
  /** Number of real words in the current sentence. */
  n = 0;
  form = new Uint32Array(0);
  lower = new Uint32Array(0);
  /** Prefix and suffix hashes of the lowercased word, lengths 1..4, index (k-1) * cap + slot. */
  prefix = new Uint32Array(0);
  suffix = new Uint32Array(0);
  shape = new Uint32Array(0);
  flags = new Uint32Array(0);
  ambForm = new Uint32Array(0);
  ambLower = new Uint32Array(0);
  /**
   * External-lexicon class (external.ts) of the form (else of its lowercase) and of the lowercase;
   * 0 if absent, or if the gate is 'rare' and the treebank lexicon knows the word.
   */
  extForm = new Uint32Array(0);
  extLower = new Uint32Array(0);
  /** Whether the loaded lexicon has an external lexicon (its features are then written). */
  hasExternal = false;
  /** Gate 'both': the external features are written for all words, and again for rare ones only. */
  externalBoth = false;
  /** Tag-dictionary class of each word, or -1. */
  fixed = new Int32Array(0);
  cap = 0;

  /**
   * Fills the arrays for one sentence. Slot of word i is i + PAD. `firstIndex` is the word that
   * starts the sentence (n - 1 when a right-to-left model reads the words reversed).
   */
  load(words: readonly string[], lex: Lexicon, firstIndex = 0): void {
    const n = words.length;
    this.ensure(n + 2 * PAD);
    this.n = n;
    const sentFlags = sentenceCase(words);
    this.hasExternal = lex.external !== null;
    this.externalBoth = lex.external?.gate === 'both';
    for (let p = 0; p < PAD; p++) {
      this.setPad(p, START + p);
      this.setPad(n + PAD + p, END + p);
    }
    for (let i = 0; i < n; i++) this.setWord(i + PAD, words[i], i === firstIndex, sentFlags, lex);
  }

  /**
   * Makes the word in `slot` look unseen (training only: word dropout): its form and lowercase
   * become `code`, a value with no trained weights, and it loses its ambiguity classes, so the
   * features that do not name the word learn to carry rare and unseen words.
   */
  forget(slot: number, code: number): void {
    this.form[slot] = code;
    this.lower[slot] = code;
    this.ambForm[slot] = 0;
    this.ambLower[slot] = 0;
  }

  private setExternal(slot: number, form: string, lower: string, lex: Lexicon): void {
    const ext = lex.external;
    if (ext === null || (ext.gate === 'rare' && this.ambLower[slot] !== 0)) {
      this.extForm[slot] = 0;
      this.extLower[slot] = 0;
      return;
    }
    const l = ext.classOf(lower);
    this.extForm[slot] = form === lower ? l : ext.classOf(form) || l;
    this.extLower[slot] = l;
  }

  private setPad(slot: number, code: number): void {
    this.form[slot] = code;
    this.lower[slot] = code;
    this.shape[slot] = code;
    this.flags[slot] = 0;
    this.ambForm[slot] = code;
    this.ambLower[slot] = code;
    this.fixed[slot] = -1;
    this.extForm[slot] = code;
    this.extLower[slot] = code;
    for (let k = 0; k < 4; k++) {
      this.prefix[k * this.cap + slot] = code;
      this.suffix[k * this.cap + slot] = code;
    }
  }

  private setWord(slot: number, word: string, first: boolean, sentFlags: number, lex: Lexicon): void {
    // In all-caps text the capitals carry no information; read such words as lowercase.
    const form = (sentFlags & FLAG_CAPS_SENTENCE) !== 0 ? word.toLowerCase() : word;
    if (lex !== this.memoLex || lex.external !== this.memoExternal) {
      this.memo.clear();
      this.memoLex = lex;
      this.memoExternal = lex.external;
    }
    const at = this.memo.get(form);
    if (at === undefined) {
      this.computeWord(slot, form, lex);
      if (this.memo.size >= MEMO_MAX) this.memo.clear();
      this.memo.set(form, this.saveWord(slot, this.memo.size * WORD_CODES));
    } else this.loadWord(slot, at);
    this.flags[slot] |= (first ? FLAG_FIRST : 0) | sentFlags;
  }

  /**
   * The codes of each form met (they depend on the form and lexicon alone: the flags of its
   * position are added apart), so a word seen before costs one lookup, not a lowercase copy, two
   * string hashes, five lexicon lookups and the prefix, suffix and shape loops. Dropped when it
   * reaches MEMO_MAX forms or the lexicon (or its external lexicon, a field a caller may set) changes.
   */
  private readonly memo = new Map<string, number>();
  private memoLex: Lexicon | null = null;
  private memoExternal: ExternalLexicon | null = null;
  /** The remembered codes, WORD_CODES from the offset the memo gives. */
  private pool = new Uint32Array(0);

  /** Copies the codes at `slot` into the pool at `at`; returns `at`. */
  private saveWord(slot: number, at: number): number {
    if (this.pool.length < at + WORD_CODES) {
      const grown = new Uint32Array(Math.max(1024 * WORD_CODES, this.pool.length * 2));
      grown.set(this.pool);
      this.pool = grown;
    }
    const c = this.pool;
    c[at] = this.form[slot];
    c[at + 1] = this.lower[slot];
    c[at + 2] = this.ambForm[slot];
    c[at + 3] = this.ambLower[slot];
    c[at + 4] = this.fixed[slot];
    c[at + 5] = this.extForm[slot];
    c[at + 6] = this.extLower[slot];
    c[at + 7] = this.shape[slot];
    c[at + 8] = this.flags[slot];
    for (let k = 0; k < 4; k++) {
      c[at + 9 + k] = this.prefix[k * this.cap + slot];
      c[at + 13 + k] = this.suffix[k * this.cap + slot];
    }
    return at;
  }

  private loadWord(slot: number, at: number): void {
    const c = this.pool;
    this.form[slot] = c[at];
    this.lower[slot] = c[at + 1];
    this.ambForm[slot] = c[at + 2];
    this.ambLower[slot] = c[at + 3];
    this.fixed[slot] = c[at + 4];
    this.extForm[slot] = c[at + 5];
    this.extLower[slot] = c[at + 6];
    this.shape[slot] = c[at + 7];
    this.flags[slot] = c[at + 8];
    for (let k = 0; k < 4; k++) {
      this.prefix[k * this.cap + slot] = c[at + 9 + k];
      this.suffix[k * this.cap + slot] = c[at + 13 + k];
    }
  }

  /** The codes of `form` at `slot`, with no flags of its position (setWord adds those). */
  private computeWord(slot: number, form: string, lex: Lexicon): void {
    const lower = form.toLowerCase();
    this.form[slot] = hashString(form);
    this.lower[slot] = hashString(lower);
    this.ambForm[slot] = lex.ambOfForm(form);
    this.ambLower[slot] = lex.ambOfLower(lower);
    this.fixed[slot] = lex.fixedOf(form);
    this.setExternal(slot, form, lower, lex);
    const len = lower.length;
    let h = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      if (k < len) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME) >>> 0;
      this.prefix[k * this.cap + slot] = h;
    }
    h = FNV_OFFSET ^ 0x7f;
    for (let k = 0; k < 4; k++) {
      if (k < len) h = Math.imul(h ^ lower.charCodeAt(len - 1 - k), FNV_PRIME) >>> 0;
      this.suffix[k * this.cap + slot] = h;
    }
    this.setShape(slot, form);
  }

  /** Collapsed shape ("Xx-dd" for "Jean-99") and flags. */
  private setShape(slot: number, word: string): void {
    let h = FNV_OFFSET;
    let last = -1;
    let flags = 0;
    let upper = 0;
    let alpha = 0;
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      let cls: number;
      if (ch >= 48 && ch <= 57) {
        cls = 100;
        flags |= FLAG_DIGIT;
      } else if ((ch >= 65 && ch <= 90) || (ch > 127 && word[k] !== word[k].toLowerCase())) {
        cls = 88;
        upper++;
        alpha++;
        if (k === 0) flags |= FLAG_INIT_UPPER;
      } else if ((ch >= 97 && ch <= 122) || (ch > 127 && word[k] !== word[k].toUpperCase())) {
        cls = 120;
        alpha++;
      } else {
        cls = ch;
        if (ch === 45) flags |= FLAG_HYPHEN;
        else if (ch === 46) flags |= FLAG_PERIOD;
      }
      if (cls !== last) h = Math.imul(h ^ cls, FNV_PRIME) >>> 0;
      last = cls;
    }
    if (upper > 0) flags |= FLAG_UPPER;
    if (alpha > 0 && upper === alpha) flags |= FLAG_ALL_UPPER;
    if (alpha === 0) flags |= FLAG_NO_ALPHA;
    this.shape[slot] = h;
    this.flags[slot] = flags;
  }

  private ensure(size: number): void {
    if (size <= this.cap) return;
    const cap = Math.max(size, this.cap * 2, 64);
    this.cap = cap;
    this.form = new Uint32Array(cap);
    this.lower = new Uint32Array(cap);
    this.prefix = new Uint32Array(cap * 4);
    this.suffix = new Uint32Array(cap * 4);
    this.shape = new Uint32Array(cap);
    this.flags = new Uint32Array(cap);
    this.ambForm = new Uint32Array(cap);
    this.ambLower = new Uint32Array(cap);
    this.extForm = new Uint32Array(cap);
    this.extLower = new Uint32Array(cap);
    this.fixed = new Int32Array(cap);
  }
}

/**
 * Sentence-wide case: mostly capitals (a shouted e-mail: 80% of at least 3 words with letters are
 * all-caps) or title case (a headline: 60% start with a capital), where capitals say less.
 */
function sentenceCase(words: readonly string[]): number {
  let alpha = 0;
  let caps = 0;
  let init = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!/[A-Za-z]/.test(w)) continue;
    alpha++;
    if (w === w.toUpperCase() && w.length > 1) caps++;
    if (c >= 65 && c <= 90) init++;
  }
  if (alpha < 3) return 0;
  if (caps >= 0.8 * alpha) return FLAG_CAPS_SENTENCE;
  return init >= 0.6 * alpha ? FLAG_TITLE_SENTENCE : 0;
}
