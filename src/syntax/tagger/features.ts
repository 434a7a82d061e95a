/**
 * Feature templates of the tagger. Each feature is a template id mixed with integer codes (word
 * hashes from WordCodes, predicted tags), never a concatenated string.
 *
 * Features split in two: static ones depend only on the words, so they are hashed once per word and
 * shared by both passes (the second pass XORs them with a salt, which moves them to rows of their
 * own); dynamic ones depend on the tags predicted so far: `left1`/`left2` for the two previous words
 * and, in the second pass, `right1`/`right2`, the first pass's tags for the two next words.
 */
import { feat1, feat2, feat3 } from '../hash.js';
import { CASE_FLAGS, FLAG_CAPS_SENTENCE, FLAG_FIRST, FLAG_TITLE_SENTENCE, WordCodes } from './words.js';

const CONTEXT_CASE = CASE_FLAGS | FLAG_FIRST | FLAG_CAPS_SENTENCE | FLAG_TITLE_SENTENCE;

/** Static features per word without an external lexicon (exactly this many). */
export const N_STATIC = 33;
/** Further static features per word when the lexicon has an external lexicon (external.ts). */
export const N_EXTERNAL = 5;
/** With gate 'both', the rare-only copies. */
export const N_EXTERNAL_BOTH = 2;
/** Upper bound on static features per word. */
export const MAX_STATIC = N_STATIC + N_EXTERNAL + N_EXTERNAL_BOTH;
/** Upper bound on features per word, for buffer sizing. */
export const MAX_FEATURES = 64;
/** Moves the second pass's features to rows of their own. */
export const PASS2_SALT = 0x5bd1e995;
const PASS2 = 1000;

/**
 * Writes the static features of the word in `slot` at out[at...] (N_STATIC, plus N_EXTERNAL with an
 * external lexicon); returns how many it wrote.
 */
export function staticFeatures(c: WordCodes, slot: number, out: Uint32Array, at: number): number {
  const { form, lower, prefix, suffix, shape, flags, ambForm, ambLower, cap } = c;
  const w0 = lower[slot];
  const a0 = ambForm[slot];
  const al0 = ambLower[slot];
  const f0 = flags[slot] & CONTEXT_CASE;
  let n = at;
  out[n++] = feat1(1, 0);
  out[n++] = feat1(2, form[slot]);
  out[n++] = feat1(3, w0);
  for (let k = 0; k < 4; k++) {
    out[n++] = feat2(4, k, suffix[k * cap + slot]);
    out[n++] = feat2(5, k, prefix[k * cap + slot]);
  }
  out[n++] = feat1(6, shape[slot]);
  out[n++] = feat1(7, flags[slot]);
  out[n++] = feat1(8, lower[slot - 1]);
  out[n++] = feat1(9, lower[slot - 2]);
  out[n++] = feat1(10, lower[slot + 1]);
  out[n++] = feat1(11, lower[slot + 2]);
  out[n++] = feat1(17, suffix[2 * cap + slot - 1]);
  out[n++] = feat1(18, suffix[2 * cap + slot + 1]);
  out[n++] = feat1(19, suffix[cap + slot + 1]);
  out[n++] = feat1(37, suffix[3 * cap + slot + 1]);
  out[n++] = feat1(20, a0);
  out[n++] = feat1(21, al0);
  out[n++] = feat1(22, ambLower[slot + 1]);
  out[n++] = feat1(23, ambLower[slot + 2]);
  out[n++] = feat2(25, al0, ambLower[slot + 1]);
  out[n++] = feat2(26, w0, lower[slot + 1]);
  out[n++] = feat2(27, lower[slot - 1], w0);
  out[n++] = feat2(36, w0, ambLower[slot + 1]);
  out[n++] = feat2(28, shape[slot], flags[slot] & FLAG_FIRST);
  // Capitalisation read against what the lexicon knows: a capitalised word whose lowercase form is
  // a known noun is less likely a name than one never seen at all.
  out[n++] = feat2(32, f0, (a0 !== 0 ? 2 : 0) | (al0 !== 0 ? 1 : 0));
  out[n++] = feat2(35, al0, f0);
  out[n++] = feat3(33, flags[slot - 1] & CASE_FLAGS, f0, flags[slot + 1] & CASE_FLAGS);
  if (c.hasExternal) {
    // What the external lexicon says of the word (0 if nothing, or if gated off) and its neighbours;
    // the lowercase's tags crossed with the case, for capitalised words that are common words.
    const { extForm, extLower } = c;
    out[n++] = feat1(40, extForm[slot]);
    out[n++] = feat2(41, f0, extLower[slot]);
    out[n++] = feat1(42, extForm[slot + 1]);
    out[n++] = feat1(43, extForm[slot - 1]);
    out[n++] = feat2(44, extForm[slot], suffix[2 * cap + slot]);
    if (c.externalBoth) {
      const rare = al0 === 0;
      out[n++] = feat1(45, rare ? extForm[slot] : 0);
      out[n++] = feat2(46, f0, rare ? extLower[slot] : 0);
    }
  }
  return n - at;
}

/** Writes the tag-dependent features at out[at...]; returns the new end. */
export function dynamicFeatures(c: WordCodes, slot: number, left1: number, left2: number, right1: number, right2: number,
  out: Uint32Array, at: number): number {
  const { lower, suffix, shape, ambLower, cap } = c;
  const t = right1 >= 0 ? PASS2 : 0;
  const w0 = lower[slot];
  const s3 = suffix[2 * cap + slot];
  const al0 = ambLower[slot];
  let n = at;
  out[n++] = feat1(t + 12, left1);
  out[n++] = feat1(t + 13, left2);
  out[n++] = feat2(t + 14, left1, left2);
  out[n++] = feat2(t + 15, left1, w0);
  out[n++] = feat2(t + 16, left1, s3);
  out[n++] = feat2(t + 24, left1, al0);
  out[n++] = feat2(t + 29, left1, lower[slot + 1]);
  out[n++] = feat3(t + 30, left1, left2, w0);
  out[n++] = feat2(t + 31, left2, w0);
  out[n++] = feat2(t + 34, left1, shape[slot]);
  if (right1 >= 0) {
    out[n++] = feat1(t + 101, right1);
    out[n++] = feat1(t + 102, right2);
    out[n++] = feat2(t + 103, right1, right2);
    out[n++] = feat2(t + 104, right1, w0);
    out[n++] = feat2(t + 105, left1, right1);
    out[n++] = feat2(t + 106, right1, s3);
    out[n++] = feat2(t + 107, right1, al0);
  }
  if (c.hasExternal) out[n++] = feat2(t + 38, left1, c.extForm[slot]);
  return n;
}
