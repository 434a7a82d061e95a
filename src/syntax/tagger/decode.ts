/**
 * Greedy left-to-right decoding, shared by training and tagging. The second pass (if the model has
 * one) sees the first pass's tags for the next two words, so a tag can depend on right context.
 * During training the same loop updates the perceptron on each mistake.
 */
import { finish } from '../hash.js';
import type { PerceptronTrainer } from '../perceptron.js';
import type { Lexicon } from './lexicon.js';
import { dynamicFeatures, MAX_FEATURES, MAX_STATIC, N_EXTERNAL, N_EXTERNAL_BOTH, N_STATIC, PASS2_SALT, staticFeatures } from './features.js';
import { PAD, WordCodes } from './words.js';

export interface Scorer {
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void;
}

/** Reusable buffers for one tagger (not shared between threads of work). */
export class Decoder {
  readonly nClasses: number;
  readonly codes = new WordCodes();
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float32Array;
  /** Classes by slot for each pass; padding slots hold boundary symbols (nClasses + k). */
  first = new Int32Array(0);
  second = new Int32Array(0);
  /** Pass-1 score margin (best minus runner-up) per slot; fixed words get +Infinity. */
  margin = new Float32Array(0);
  /** Static features of each word, MAX_STATIC per slot, hashed once and used by both passes. */
  private stat = new Uint32Array(0);
  /** How many static features each word of the loaded sentence has. */
  private nStatic = 0;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
    this.scores = new Float32Array(nClasses);
  }

  /**
   * Scores of each scored word (nClasses per slot) from the last pass that scored it, kept while
   * `recording` (to combine them with another model's); words the tag dictionary fixes are skipped.
   */
  record = new Float32Array(0);
  recording = false;

  /**
   * Loads a sentence; `forget` (training only) may make some words look unseen (WordCodes.forget).
   * `firstIndex`: the word that starts the sentence (WordCodes.load).
   */
  load(words: readonly string[], lex: Lexicon, forget?: (codes: WordCodes) => void, firstIndex = 0): void {
    this.codes.load(words, lex, firstIndex);
    forget?.(this.codes);
    const size = words.length + 2 * PAD;
    if (this.first.length < size) {
      this.first = new Int32Array(Math.max(size, this.first.length * 2));
      this.second = new Int32Array(this.first.length);
      this.stat = new Uint32Array(this.first.length * MAX_STATIC);
      this.margin = new Float32Array(this.first.length);
    }
    if (this.recording && this.record.length < this.first.length * this.nClasses) {
      this.record = new Float32Array(this.first.length * this.nClasses);
    }
    const fixed = this.codes.fixed;
    this.nStatic = N_STATIC + (this.codes.hasExternal ? N_EXTERNAL : 0) + (this.codes.externalBoth ? N_EXTERNAL_BOTH : 0);
    for (let slot = PAD; slot < words.length + PAD; slot++) {
      if (fixed[slot] < 0) staticFeatures(this.codes, slot, this.stat, slot * MAX_STATIC);
    }
    const nc = this.nClasses;
    const end = words.length + PAD;
    for (let p = 0; p < PAD; p++) {
      this.first[p] = this.second[p] = nc + p;
      this.first[end + p] = this.second[end + p] = nc + PAD + p;
    }
  }

  /**
   * Runs one pass over the loaded sentence, writing classes into `first` (pass 1) or `second`
   * (pass 2). With a trainer and gold classes (indexed by word), updates on every mistake.
   */
  pass(scorer: Scorer, second: boolean, trainer?: PerceptronTrainer, gold?: Int32Array): void {
    this.passTrusting(scorer, second, Infinity, trainer, gold);
  }

  /**
   * As `pass`; in the second pass, a word whose first-pass margin is at least `trust` keeps its
   * first-pass tag unscored (tagging only: the second pass rarely overturns a confident first pass,
   * and skipping those words saves most of its time).
   */
  passTrusting(scorer: Scorer, second: boolean, trust: number, trainer?: PerceptronTrainer, gold?: Int32Array): void {
    const end = this.codes.n + PAD;
    const { first, margin } = this;
    if (second) {
      for (let slot = PAD; slot < end; slot++) {
        this.second[slot] = margin[slot] >= trust ? first[slot]
          : this.decide(scorer, slot, this.second[slot - 1], this.second[slot - 2], first[slot + 1], first[slot + 2], trainer, gold);
      }
    } else {
      for (let slot = PAD; slot < end; slot++) {
        first[slot] = this.decide(scorer, slot, first[slot - 1], first[slot - 2], -1, -1, trainer, gold);
        margin[slot] = this.lastMargin;
      }
    }
  }

  private lastMargin = 0;

  private decide(scorer: Scorer, slot: number, left1: number, left2: number, right1: number, right2: number,
    trainer?: PerceptronTrainer, gold?: Int32Array): number {
    const { codes, feats, scores, nClasses } = this;
    const fixed = codes.fixed[slot];
    if (fixed >= 0) {
      this.lastMargin = Infinity;
      return fixed;
    }
    const { stat, nStatic } = this;
    if (right1 >= 0) {
      for (let k = 0, j = slot * MAX_STATIC; k < nStatic; k++, j++) feats[k] = finish(stat[j] ^ PASS2_SALT);
    } else {
      for (let k = 0, j = slot * MAX_STATIC; k < nStatic; k++, j++) feats[k] = stat[j];
    }
    const n = dynamicFeatures(codes, slot, left1, left2, right1, right2, feats, nStatic);
    scores.fill(0);
    scorer.score(feats, n, scores);
    let best = 0;
    let runnerUp = -Infinity;
    for (let k = 1; k < nClasses; k++) {
      const v = scores[k];
      if (v > scores[best]) {
        runnerUp = scores[best];
        best = k;
      } else if (v > runnerUp) {
        runnerUp = v;
      }
    }
    this.lastMargin = scores[best] - runnerUp;
    if (this.recording) this.record.set(scores, slot * nClasses);
    if (trainer && gold) {
      trainer.step(gold[slot - PAD], best, feats, n);
      trainer.tick();
    }
    return best;
  }
}
