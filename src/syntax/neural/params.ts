/**
 * The trainable tensors of a network, each a row-major matrix in one arena (arena.ts) with its
 * gradient beside it, and the Adam optimiser (Kingma & Ba 2015) over them. The kernels (kernels.ts)
 * read and write the weights and gradients in place through their arena offsets.
 */
import type { Arena } from './arena.js';

export interface Param {
  name: string;
  rows: number;
  cols: number;
  /** Float offsets of the weights and their gradient in the arena. */
  w: number;
  g: number;
  /** Adam's moments (plain arrays: only JavaScript reads them). */
  m: Float32Array;
  v: Float32Array;
  /** Rows touched since the last step (embeddings: Adam skips the untouched rows), or null: all rows. */
  touched: Uint8Array | null;
}

export interface AdamOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** Gradients are scaled so their global L2 norm is at most this. */
  clip: number;
}

export const ADAM_DEFAULTS: AdamOptions = { lr: 2e-3, beta1: 0.9, beta2: 0.9, eps: 1e-8, clip: 5 };

export class Params {
  readonly list: Param[] = [];
  private step = 0;

  /** trainable false: weights only (a loaded model), no gradients or moments. */
  constructor(readonly arena: Arena, readonly trainable = true) {}

  /**
   * Adds a rows x cols tensor, uniform in +-scale (Glorot's scale for a weight matrix when scale
   * is omitted; 0 for a bias). sparse: an embedding table whose untouched rows Adam skips.
   */
  add(name: string, rows: number, cols: number, random: () => number, scale?: number, sparse = false): Param {
    const n = rows * cols;
    const t = this.trainable;
    const p: Param = {
      name, rows, cols, w: this.arena.alloc(n), g: t ? this.arena.alloc(n) : -1,
      m: new Float32Array(t ? n : 0), v: new Float32Array(t ? n : 0), touched: sparse && t ? new Uint8Array(rows) : null,
    };
    const s = scale ?? Math.sqrt(6 / (rows + cols));
    const f = this.arena.f32;
    if (s > 0) for (let i = 0; i < n; i++) f[p.w + i] = (random() * 2 - 1) * s;
    this.list.push(p);
    return p;
  }

  get(name: string): Param {
    const p = this.list.find((x) => x.name === name);
    if (!p) throw new Error(`no parameter ${name}`);
    return p;
  }

  zeroGrad(): void {
    if (!this.trainable) throw new Error('a loaded network has no gradients');
    const f = this.arena.f32;
    for (const p of this.list) f.fill(0, p.g, p.g + p.rows * p.cols);
  }

  /** One Adam step on the accumulated gradients (clipped to opts.clip in global norm), then zeroes them. */
  adam(opts: AdamOptions = ADAM_DEFAULTS): number {
    const f = this.arena.f32;
    let sq = 0;
    for (const p of this.list) for (let i = p.g, e = p.g + p.rows * p.cols; i < e; i++) sq += f[i] * f[i];
    const norm = Math.sqrt(sq);
    const scale = norm > opts.clip ? opts.clip / norm : 1;
    this.step++;
    const c1 = 1 - Math.pow(opts.beta1, this.step);
    const c2 = 1 - Math.pow(opts.beta2, this.step);
    const lr = opts.lr * Math.sqrt(c2) / c1;
    for (const p of this.list) {
      const rowsToDo = p.touched;
      for (let r = 0; r < p.rows; r++) {
        if (rowsToDo && !rowsToDo[r]) continue;
        for (let i = r * p.cols, e = i + p.cols; i < e; i++) {
          const g = f[p.g + i] * scale;
          const m = (p.m[i] = opts.beta1 * p.m[i] + (1 - opts.beta1) * g);
          const v = (p.v[i] = opts.beta2 * p.v[i] + (1 - opts.beta2) * g * g);
          f[p.w + i] -= (lr * m) / (Math.sqrt(v) + opts.eps);
        }
      }
      if (rowsToDo) rowsToDo.fill(0);
    }
    this.zeroGrad();
    return norm;
  }
}
