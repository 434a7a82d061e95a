/**
 * Features of the gaps between tokens for the boundary classifier. A gap is described by the two
 * tokens either side (kind, lower-cased form, shape, suffix), by what the rule-based splitter
 * decided there, and by where it sits: tokens since the rules' last boundary and to their next one,
 * tokens since the paragraph began. Every feature is an integer hash (no strings are built).
 *
 * Only some gaps are candidates (see isCandidate): the classifier never looks inside a line break
 * decision (EWT's rebuilt running text has no single line breaks to learn from), at a blank line
 * (always a boundary), at the dash closing a wire dateline (a segment of its own by design), at two tokens written together, or before a lower-case word that follows
 * a word or comma, unless the rules put a boundary there.
 */
import { feat1, feat2, feat3, feat4 } from '../syntax/hash.js';
import { GAP_BLANK_LINE, GAP_NEWLINE, endsDateline, gapKind } from './sentences.js';
import { endsTimestamp } from './timestamp.js';
import type { Spans } from './span-buffer.js';
import type { SbdLexicon } from './sbd-lexicon.js';
import { K_ABBREV, K_CLOCK, K_COMMA, K_LOWER, K_MIXED, K_NUMBER, K_URL, PAD, TokenCodes } from './sbd-tokens.js';

/** Bumped whenever features change, so an old model file is refused rather than misread. */
export const FEATURE_VERSION = 1;
export const MAX_FEATURES = 40;

export const GAP_SPACE = 0;
export const GAP_GLUED = 3;

/** Everything the features of one text need, computed once per text. */
export class GapContext {
  readonly n: number;
  readonly codes: TokenCodes;
  /** Per gap i (after token i): GAP_SPACE, GAP_GLUED, GAP_NEWLINE or GAP_BLANK_LINE. */
  readonly gap: Uint8Array;
  /** Per gap: 1 where the rules end a sentence. */
  readonly rule: Uint8Array;
  /** Per gap: 1 where the rules' boundary is not the classifier's to undo (a wire dateline's dash). */
  private readonly fixed: Uint8Array;
  /** Per token: first token of its rule sentence, first token of its paragraph, end of its rule sentence. */
  private readonly sentFrom: Int32Array;
  private readonly sentTo: Int32Array;
  private readonly paraFrom: Int32Array;

  private readonly lexicon: SbdLexicon;

  constructor(text: string, tok: Spans, ruleEnds: readonly number[], lexicon: SbdLexicon) {
    const n = tok.start.length;
    this.lexicon = lexicon;
    this.n = n;
    this.codes = new TokenCodes(text, tok.start, tok.end);
    this.gap = new Uint8Array(n);
    this.rule = new Uint8Array(n);
    for (const e of ruleEnds) if (e > 0) this.rule[e - 1] = 1;
    for (let i = 0; i + 1 < n; i++) {
      const a = tok.end[i];
      const b = tok.start[i + 1];
      this.gap[i] = a === b ? GAP_GLUED : gapKind(text, a, b);
    }
    this.sentFrom = new Int32Array(n);
    this.sentTo = new Int32Array(n);
    this.paraFrom = new Int32Array(n);
    let s = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      this.sentFrom[i] = s;
      this.paraFrom[i] = p;
      if (this.rule[i]) s = i + 1;
      if (this.gap[i] === GAP_BLANK_LINE) p = i + 1;
    }
    this.fixed = new Uint8Array(n);
    for (let i = 0; i + 1 < n; i++) if (this.rule[i] && (endsDateline(text, tok, this.sentFrom[i], i) || endsTimestamp(text, tok, this.sentFrom[i], i))) this.fixed[i] = 1;
    let t = n;
    for (let i = n - 1; i >= 0; i--) {
      if (this.rule[i]) t = i + 1;
      this.sentTo[i] = t;
    }
  }

  /** Gaps the classifier decides; the others keep the rules' decision. */
  isCandidate(i: number): boolean {
    const g = this.gap[i];
    if (g === GAP_NEWLINE || g === GAP_BLANK_LINE || this.fixed[i]) return false;
    if (this.rule[i]) return true;
    if (g === GAP_GLUED) return false;
    // a lower-case word after a word or comma almost never starts a sentence the rules missed
    const kl = this.codes.kind[i + PAD];
    return !(this.codes.kind[i + PAD + 1] === K_LOWER && (isWordKind(kl) || kl === K_COMMA));
  }

  /** Writes the features of gap i (after token i) into out; returns how many. */
  features(i: number, out: Int32Array): number {
    const { kind, form, shape, suffix } = this.codes;
    const j = i + PAD; // token i in the padded code arrays
    const r = this.rule[i];
    const kl1 = kind[j];
    const kl2 = kind[j - 1];
    const kr1 = kind[j + 1];
    const kr2 = kind[j + 2];
    const fl1 = form[j];
    const fl2 = form[j - 1];
    const fr1 = form[j + 1];
    const fr2 = form[j + 2];
    const since = bucket(i + 1 - this.sentFrom[i]);
    const until = bucket(this.sentTo[i] - (i + 1));
    const para = bucket(i + 1 - this.paraFrom[i]);
    const glued = this.gap[i] === GAP_GLUED ? 1 : 0;
    let m = 0;
    out[m++] = feat1(1, r);
    out[m++] = feat2(2, r, fl1);
    out[m++] = feat2(3, r, fr1);
    out[m++] = feat1(4, fl2);
    out[m++] = feat1(5, fr2);
    out[m++] = feat2(6, r, shape[j]);
    out[m++] = feat2(7, r, shape[j + 1]);
    out[m++] = feat1(8, shape[j - 1]);
    out[m++] = feat1(9, shape[j + 2]);
    out[m++] = feat3(10, r, kl1, kr1);
    out[m++] = feat2(11, fl1, kr1);
    out[m++] = feat2(12, kl1, fr1);
    out[m++] = feat1(13, suffix[j]);
    out[m++] = feat1(14, suffix[j + 1]);
    out[m++] = feat4(15, r, kl2, kl1, kr1);
    out[m++] = feat3(16, r, kl1, kr1 * 32 + kr2);
    out[m++] = feat3(17, since, r, kr1);
    out[m++] = feat3(18, until, r, kl1);
    out[m++] = feat3(19, para, r, kr1);
    out[m++] = feat3(20, fl2, fl1, kr1);
    out[m++] = feat2(21, fl1, fr1);
    out[m++] = feat3(22, kl1, fr1, fr2);
    out[m++] = feat3(23, glued, kl1, kr1);
    out[m++] = feat3(24, since, until, r);
    out[m++] = feat3(25, para, kl1, kr1);
    out[m++] = feat2(26, fl2, kl1);
    out[m++] = feat3(27, r, fl2, fr1);
    // learned openers after the gap, closers before it (past a comma or period: "Regards, | Debra")
    const open = this.lexicon.opener(isWordKind(kr1) ? fr1 : fr2);
    const close = this.lexicon.closer(isWordKind(kl1) ? fl1 : fl2);
    out[m++] = feat3(28, r, open, kr1);
    out[m++] = feat3(29, r, close, kl1);
    out[m++] = feat3(30, open, close, r);
    out[m++] = feat1(31, fl1);
    out[m++] = feat1(32, fr1);
    // a closer two or three tokens back: "Thanks , Sharon | Thought you ..."
    const back = Math.max(this.lexicon.closer(fl2), this.lexicon.closer(form[j - 2]));
    out[m++] = feat4(40, r, back, kl1, kr1);
    out[m++] = feat4(41, para, kl2, kl1, kr1); // "Kim , | Here is" opening a paragraph
    return m;
  }
}

function isWordKind(k: number): boolean {
  return k <= K_NUMBER || k === K_ABBREV || k === K_MIXED || k === K_CLOCK || k === K_URL;
}

/** Token distances in ten buckets: 0-4 exactly, then 5-6, 7-10, 11-20, 21-40, more. */
function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  if (d <= 20) return 7;
  return d <= 40 ? 8 : 9;
}
