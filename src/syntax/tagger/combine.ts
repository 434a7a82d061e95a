/**
 * Combining a left-to-right and a right-to-left tagger: each word takes the class with the best
 * weighted sum of the two models' final scores. The two read the sentence from opposite ends, so
 * their mistakes differ; on EWT dev the pair is 0.16-0.24 UPOS above the left-to-right model alone
 * (models/syntax/README.md). Words the tag dictionary fixes keep their class.
 */

/** One model's view of a sentence, in sentence order. */
export interface WordScores {
  /** nClasses scores per word (zero where not scored). */
  scores: Float32Array;
  /** The model's own class for each word. */
  classes: Int32Array;
  /** 1 where the word was scored, 0 where the tag dictionary fixed it. */
  scored: Uint8Array;
}

/** Weight of the right-to-left model's scores (the left-to-right one gets 1 - this); chosen on dev. */
export const BACKWARD_WEIGHT = 0.6;

export function combineScores(fwd: WordScores, bwd: WordScores, nClasses: number, weight = BACKWARD_WEIGHT): Int32Array {
  const n = fwd.classes.length;
  const out = new Int32Array(n);
  const wf = 1 - weight;
  for (let i = 0; i < n; i++) {
    if (!fwd.scored[i] || !bwd.scored[i]) {
      out[i] = fwd.scored[i] ? bwd.classes[i] : fwd.classes[i];
      continue;
    }
    const base = i * nClasses;
    let best = 0;
    let bestV = -Infinity;
    for (let k = 0; k < nClasses; k++) {
      const v = wf * fwd.scores[base + k] + weight * bwd.scores[base + k];
      if (v > bestV) {
        bestV = v;
        best = k;
      }
    }
    out[i] = best;
  }
  return out;
}
