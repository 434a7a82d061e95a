/**
 * Averaged multiclass perceptron over hashed features.
 *
 * Training keeps dense rows of `nClasses` weights in a table of 2^rowBits rows; a feature's row is
 * its hash masked to rowBits (the hashing trick: rare collisions are tolerated). Averaging uses the
 * running-sum trick (Daumé 2006): avg = w - u / c, so no per-weight timestamps are needed.
 * `freeze()` averages, prunes near-zero weights and returns a compact sparse WeightTable for inference.
 */
import { WeightTable } from './weights.js';

export class PerceptronTrainer {
  readonly nClasses: number;
  readonly rowBits: number;
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly u: Float32Array;
  /** Instances seen so far (the averaging clock). */
  private c = 1;

  constructor(nClasses: number, rowBits = 20) {
    this.nClasses = nClasses;
    this.rowBits = rowBits;
    this.mask = (1 << rowBits) - 1;
    this.w = new Float32Array((1 << rowBits) * nClasses);
    this.u = new Float32Array((1 << rowBits) * nClasses);
  }

  /** Starts from a frozen model's weights (same classes and rows), e.g. to refine it with another objective. */
  warmStart(t: WeightTable): void {
    if (t.nClasses !== this.nClasses || t.rowBits !== this.rowBits) throw new Error('warmStart: the table has other classes or rows');
    for (let i = 0; i < t.keys.length; i++) {
      const base = (t.keys[i] & this.mask) * this.nClasses;
      for (let j = t.offsets[i]; j < t.offsets[i + 1]; j++) this.w[base + t.cls[j]] = t.val[j];
    }
  }

  /** Adds the current weights of every feature into `out` (length nClasses; not cleared here). */
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void {
    const { w, nClasses, mask } = this;
    for (let i = 0; i < n; i++) {
      const base = (feats[i] & mask) * nClasses;
      for (let k = 0; k < nClasses; k++) out[k] += w[base + k];
    }
  }

  /** Adds `delta` to class `cls` for each feature. */
  update(cls: number, feats: ArrayLike<number>, n: number, delta: number): void {
    const { w, u, nClasses, mask, c } = this;
    const cd = c * delta;
    for (let i = 0; i < n; i++) {
      const j = (feats[i] & mask) * nClasses + cls;
      w[j] += delta;
      u[j] += cd;
    }
  }

  /** The usual perceptron step: reward the truth, penalise the guess. */
  step(truth: number, guess: number, feats: ArrayLike<number>, n: number): void {
    if (truth === guess) return;
    this.update(truth, feats, n, 1);
    this.update(guess, feats, n, -1);
  }

  /** Advances the averaging clock; call once per training instance. */
  tick(): void {
    this.c++;
  }

  /** Averaged, pruned, sparse weights. Weights with |w| < minWeight are dropped. */
  freeze(minWeight = 1e-3): WeightTable {
    const { w, u, nClasses, c } = this;
    const rows = 1 << this.rowBits;
    const keys: number[] = [];
    const offsets: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let r = 0; r < rows; r++) {
      const base = r * nClasses;
      let any = false;
      for (let k = 0; k < nClasses; k++) {
        const avg = w[base + k] - u[base + k] / c;
        if (Math.abs(avg) >= minWeight) {
          cls.push(k);
          val.push(avg);
          any = true;
        }
      }
      if (any) {
        keys.push(r);
        offsets.push(cls.length);
      }
    }
    return new WeightTable(nClasses, this.rowBits, Uint32Array.from(keys), Uint32Array.from(offsets),
      Uint16Array.from(cls), Float32Array.from(val));
  }
}
