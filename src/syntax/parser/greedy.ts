/**
 * The greedy decoding loop shared by training and parsing: score the state's features, take the
 * best valid action, then (for an arc) the best label. Buffers are allocated once per parser and
 * reused for every sentence.
 */
import { fixedLabel } from './fixed-labels.js';
import { extractFeatures, extractLabelFeatures, MAX_FEATURES, type SentenceCodes } from './features.js';
import { validActions } from './oracle.js';
import { LEFT, N_ACTIONS, RIGHT, SHIFT, type ParseState } from './state.js';

export interface Scorer {
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void;
}

export class DecodeBuffers {
  readonly feats = new Uint32Array(MAX_FEATURES);
  readonly labelFeats = new Uint32Array(MAX_FEATURES);
  readonly scores = new Float32Array(N_ACTIONS);
  readonly valid = new Uint8Array(N_ACTIONS);
  readonly labelScores: Float32Array;
  constructor(nLabels: number) {
    this.labelScores = new Float32Array(nLabels);
  }
}

/** Index of the highest-scoring entry with mask[a] set (lowest index wins ties); -1 if none. */
export function bestAllowed(scores: Float32Array, mask: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let a = 0; a < scores.length; a++) {
    if (mask[a] && scores[a] > bestScore) {
      best = a;
      bestScore = scores[a];
    }
  }
  return best;
}

/** Best label other than `exclude` (the root label, which only the arc from ROOT takes). */
export function bestLabel(scores: Float32Array, exclude: number): number {
  let best = exclude === 0 ? 1 : 0;
  for (let l = best + 1; l < scores.length; l++) if (l !== exclude && scores[l] > scores[best]) best = l;
  return best;
}

/** Scores the current state's actions into buf.scores; returns the feature count (in buf.feats). */
export function scoreState(st: ParseState, sc: SentenceCodes, model: Scorer, buf: DecodeBuffers): number {
  const nf = extractFeatures(st, sc, buf.feats);
  buf.scores.fill(0);
  model.score(buf.feats, nf, buf.scores);
  return nf;
}

/** Scores the labels of arc h -> d into buf.labelScores; returns the feature count (in buf.labelFeats). */
export function scoreLabels(st: ParseState, sc: SentenceCodes, h: number, d: number, model: Scorer, buf: DecodeBuffers): number {
  const nf = extractLabelFeatures(st, sc, h, d, buf.labelFeats);
  buf.labelScores.fill(0);
  model.score(buf.labelFeats, nf, buf.labelScores);
  return nf;
}

/**
 * The label action `a` would give its arc: -1 for SHIFT, root for an arc from ROOT, the treebank's
 * label where it settles the arc (sc.fixedLabels), else the label model's best.
 */
export function chooseLabel(st: ParseState, sc: SentenceCodes, a: number, labels: Scorer, rootLabel: number, buf: DecodeBuffers): number {
  if (a === SHIFT) return -1;
  const h = st.headFor(a);
  if (h === 0) return rootLabel;
  if (sc.fixedLabels) {
    const l = fixedLabel(sc.fixedLabels, h, st.s0);
    if (l >= 0) return l;
  }
  scoreLabels(st, sc, h, st.s0, labels, buf);
  return bestLabel(buf.labelScores, rootLabel);
}

/**
 * Parses greedily. A state with one valid action (only ROOT on the stack: SHIFT; the buffer empty:
 * RIGHT) takes it without scoring, which gives the same tree: scores only rank the valid actions.
 */
export function parseGreedy(st: ParseState, sc: SentenceCodes, actions: Scorer, labels: Scorer, rootLabel: number, buf: DecodeBuffers): void {
  while (!st.isTerminal()) {
    validActions(st, buf.valid);
    const { valid } = buf;
    let a: number;
    if (valid[SHIFT] + valid[LEFT] + valid[RIGHT] === 1) {
      a = valid[SHIFT] ? SHIFT : valid[LEFT] ? LEFT : RIGHT;
    } else {
      scoreState(st, sc, actions, buf);
      a = bestAllowed(buf.scores, valid);
    }
    st.apply(a, chooseLabel(st, sc, a, labels, rootLabel, buf));
  }
}
