/**
 * The neural parser's network (Kiperwasser & Goldberg 2016; Dozat & Manning 2017): each word's
 * embeddings go through a stack of bidirectional LSTMs; four small ReLU layers read each position as
 * a dependent and as a head, for arcs and for labels; a biaffine product scores every head for every
 * word, and a linear layer over the dependent, its head and their product scores the labels.
 * Training minimises the cross-entropy of each word's gold head and gold label (train()).
 */
import type { Arena } from './arena.js';
import { SHAPES, type Encoded } from './inputs.js';
import type { Kernels } from './kernels.js';
import { addLinear, linearBackward, linearForward, type Linear } from './linear.js';
import { addLstm, lstmBackward, lstmForward, type Lstm, type LstmTrace } from './lstm.js';
import { Params, type Param } from './params.js';

export interface Dims {
  word: number;
  suffix: number;
  tag: number;
  shape: number;
  hidden: number;
  layers: number;
  arc: number;
  label: number;
  buckets: number;
}

export const DEFAULT_DIMS: Dims = { word: 64, suffix: 16, tag: 16, shape: 8, hidden: 128, layers: 2, arc: 128, label: 64, buckets: 4096 };

export interface Sizes {
  words: number;
  upos: number;
  xpos: number;
  labels: number;
}

export interface Dropout {
  /** Per-element dropout on the embeddings, and on each LSTM layer's output. */
  input: number;
  hidden: number;
  random: () => number;
}

/** The scores of one sentence: arcs[i * T + j] for dependent i (1..T-1) and head j; the label layer's inputs. */
export interface Scores {
  T: number;
  arcs: number;
  labelDep: number;
  labelHead: number;
}

interface Layer {
  fw: Lstm;
  bw: Lstm;
}

export class Network {
  readonly params: Params;
  readonly input: number;
  readonly emb: { word: Param; suffix: Param; upos: Param; xpos: Param; shape: Param };
  readonly layers: Layer[] = [];
  readonly arcDep: Linear;
  readonly arcHead: Linear;
  readonly labDep: Linear;
  readonly labHead: Linear;
  readonly biaffine: Param;
  readonly headBias: Param;
  readonly labelOut: Linear;

  constructor(readonly arena: Arena, readonly k: Kernels, readonly dims: Dims, readonly sizes: Sizes, random: () => number, trainable = true) {
    const p = (this.params = new Params(arena, trainable));
    const d = dims;
    this.emb = {
      word: p.add('emb.word', sizes.words + 2, d.word, random, 0.1, true),
      suffix: p.add('emb.suffix', d.buckets, d.suffix, random, 0.1, true),
      upos: p.add('emb.upos', sizes.upos + 2, d.tag, random, 0.1),
      xpos: p.add('emb.xpos', sizes.xpos + 2, d.tag, random, 0.1),
      shape: p.add('emb.shape', SHAPES, d.shape, random, 0.1),
    };
    this.input = d.word + d.suffix + 2 * d.tag + d.shape;
    let width = this.input;
    for (let l = 0; l < d.layers; l++) {
      this.layers.push({ fw: addLstm(p, `lstm${l}.fw`, width, d.hidden, random), bw: addLstm(p, `lstm${l}.bw`, width, d.hidden, random) });
      width = 2 * d.hidden;
    }
    this.arcDep = addLinear(p, 'arc.dep', width, d.arc, random);
    this.arcHead = addLinear(p, 'arc.head', width, d.arc, random);
    this.labDep = addLinear(p, 'lab.dep', width, d.label, random);
    this.labHead = addLinear(p, 'lab.head', width, d.label, random);
    this.biaffine = p.add('arc.u', d.arc, d.arc, random, 0);
    this.headBias = p.add('arc.bias', 1, d.arc, random, 0);
    this.labelOut = addLinear(p, 'lab.out', 3 * d.label, sizes.labels, random);
  }

  /** Each embedding table with the ids it looks up and its width, in the order of the input columns. */
  private embeddingParts(e: Encoded): [Param, Int32Array, number][] {
    const d = this.dims;
    return [
      [this.emb.word, e.word, d.word], [this.emb.suffix, e.suffix, d.suffix], [this.emb.upos, e.upos, d.tag],
      [this.emb.xpos, e.xpos, d.tag], [this.emb.shape, e.shape, d.shape],
    ];
  }

  /** The embeddings of a sentence (T x input), with dropout masks when training. */
  private embed(e: Encoded, drop: Dropout | null): { x: number; mask: number } {
    const T = e.word.length, D = this.input;
    const x = this.arena.alloc(T * D);
    const mask = drop ? this.arena.alloc(T * D) : -1;
    const f = this.arena.f32;
    const parts = this.embeddingParts(e);
    for (let t = 0; t < T; t++) {
      let col = x + t * D;
      for (const [table, ids, width] of parts) {
        f.copyWithin(col, table.w + ids[t] * width, table.w + (ids[t] + 1) * width);
        col += width;
      }
    }
    if (drop) dropoutMask(f, mask, x, T * D, drop.input, drop.random);
    return { x, mask };
  }

  /**
   * Scores a sentence; with `drop`, trains on it instead: adds the gradients of its loss (the sum of
   * the words' head and label cross-entropies, times `scale`) and returns the loss, heads and labels
   * being the gold ones. Without, returns the scores (the arena holds them until the caller resets it).
   */
  run(e: Encoded, drop: Dropout | null, gold?: { head: Int32Array; label: Int32Array; scale: number }): { scores: Scores; loss: number } {
    const { arena, k } = this;
    const T = e.word.length, H = this.dims.hidden;
    arena.reserve(this.scratchFloats(T));
    const emb = this.embed(e, drop);
    const traces: { fw: LstmTrace; bw: LstmTrace; inX: number; out: number; mask: number }[] = [];
    let x = emb.x, width = this.input;
    for (const layer of this.layers) {
      const fw = lstmForward(k, arena, layer.fw, x, T);
      const xr = reverseRows(arena, x, T, width);
      const bw = lstmForward(k, arena, layer.bw, xr, T);
      const out = arena.alloc(T * 2 * H);
      const f = arena.f32;
      for (let t = 0; t < T; t++) {
        f.copyWithin(out + t * 2 * H, fw.out + t * H, fw.out + (t + 1) * H);
        f.copyWithin(out + t * 2 * H + H, bw.out + (T - 1 - t) * H, bw.out + (T - t) * H);
      }
      const mask = drop ? arena.alloc(T * 2 * H) : -1;
      if (drop) dropoutMask(f, mask, out, T * 2 * H, drop.hidden, drop.random);
      traces.push({ fw, bw, inX: x, out, mask });
      x = out;
      width = 2 * H;
    }
    const A = this.dims.arc;
    const ad = linearForward(k, arena, this.arcDep, x, T, true);
    const ah = linearForward(k, arena, this.arcHead, x, T, true);
    const ld = linearForward(k, arena, this.labDep, x, T, true);
    const lh = linearForward(k, arena, this.labHead, x, T, true);
    const tu = arena.alloc(T * A);
    k.gemmNN(ad, this.biaffine.w, tu, T, A, A);
    const arcs = arena.alloc(T * T);
    k.gemmNT(tu, ah, arcs, T, T, A, false);
    const hb = arena.alloc(T);
    k.gemmNT(ah, this.headBias.w, hb, T, 1, A, false);
    const f = arena.f32;
    for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) f[arcs + i * T + j] += f[hb + j];
    const scores: Scores = { T, arcs, labelDep: ld, labelHead: lh };
    if (!drop || !gold || !this.params.trainable) return { scores, loss: 0 };

    // Heads: softmax over j != i for each dependent i >= 1.
    let loss = 0;
    const dArcs = arena.alloc(T * T);
    for (let i = 1; i < T; i++) loss += softmaxGrad(f, arcs + i * T, dArcs + i * T, T, i, gold.head[i - 1], gold.scale);
    // Labels: at the gold head.
    const L = this.dims.label, nl = this.sizes.labels;
    const feats = arena.alloc((T - 1) * 3 * L);
    for (let i = 1; i < T; i++) labelFeatures(f, feats + (i - 1) * 3 * L, ld + i * L, lh + gold.head[i - 1] * L, L);
    const lab = linearForward(k, arena, this.labelOut, feats, T - 1, false);
    const dLab = arena.alloc((T - 1) * nl);
    for (let i = 0; i < T - 1; i++) loss += softmaxGrad(f, lab + i * nl, dLab + i * nl, nl, -1, gold.label[i], gold.scale);
    const dFeats = arena.alloc((T - 1) * 3 * L);
    linearBackward(k, arena, this.labelOut, feats, lab, dLab, dFeats, T - 1, false);
    const dld = arena.alloc(T * L), dlh = arena.alloc(T * L);
    for (let i = 1; i < T; i++) labelFeaturesBackward(f, dFeats + (i - 1) * 3 * L, ld + i * L, lh + gold.head[i - 1] * L, dld + i * L, dlh + gold.head[i - 1] * L, L);

    // Biaffine arcs: arcs = (ad·U)·ahᵀ + 1·(ah·u)ᵀ.
    const dad = arena.alloc(T * A), dah = arena.alloc(T * A), dtu = arena.alloc(T * A), dhb = arena.alloc(T);
    for (let i = 1; i < T; i++) for (let j = 0; j < T; j++) f[dhb + j] += f[dArcs + i * T + j];
    k.gemmTN(dhb, ah, this.headBias.g, T, 1, A);
    k.gemmNN(dhb, this.headBias.w, dah, T, 1, A);
    k.gemmNN(dArcs, ah, dtu, T, T, A);
    k.gemmTN(dArcs, tu, dah, T, T, A);
    k.gemmTN(ad, dtu, this.biaffine.g, T, A, A);
    k.gemmNT(dtu, this.biaffine.w, dad, T, A, A, true);

    const dx = arena.alloc(T * 2 * H);
    linearBackward(k, arena, this.arcDep, x, ad, dad, dx, T, true);
    linearBackward(k, arena, this.arcHead, x, ah, dah, dx, T, true);
    linearBackward(k, arena, this.labDep, x, ld, dld, dx, T, true);
    linearBackward(k, arena, this.labHead, x, lh, dlh, dx, T, true);

    let dOut = dx;
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const tr = traces[l], layer = this.layers[l];
      const inWidth = l === 0 ? this.input : 2 * H;
      const g = arena.f32;
      for (let i = 0; i < T * 2 * H; i++) g[dOut + i] *= g[tr.mask + i];
      const dFw = arena.alloc(T * H), dBw = arena.alloc(T * H);
      for (let t = 0; t < T; t++) {
        g.copyWithin(dFw + t * H, dOut + t * 2 * H, dOut + t * 2 * H + H);
        g.copyWithin(dBw + (T - 1 - t) * H, dOut + t * 2 * H + H, dOut + (t + 1) * 2 * H);
      }
      const dIn = arena.alloc(T * inWidth), dInR = arena.alloc(T * inWidth);
      lstmBackward(k, arena, layer.fw, tr.fw, dFw, dIn);
      lstmBackward(k, arena, layer.bw, tr.bw, dBw, dInR);
      const h = arena.f32;
      for (let t = 0; t < T; t++) {
        const to = dIn + t * inWidth, from = dInR + (T - 1 - t) * inWidth;
        for (let j = 0; j < inWidth; j++) h[to + j] += h[from + j];
      }
      dOut = dIn;
    }
    this.embedBackward(e, emb.mask, dOut);
    return { scores, loss };
  }

  /**
   * An upper bound on the floats one run() over T positions allocates, training included (with room
   * for labelScores and the 16-byte rounding of each allocation): reserved up front, it keeps the
   * arena from growing mid-pass, so the views of arena.f32 taken along the way stay valid.
   */
  private scratchFloats(T: number): number {
    const { hidden: H, arc: A, label: L } = this.dims;
    const W = Math.max(this.input, 2 * H);
    return T * (4 * this.input + this.layers.length * (28 * H + 4 * W) + 4 * H + 8 * A + 12 * L + 2 * this.sizes.labels + 4) + 2 * T * T + 2048;
  }

  private embedBackward(e: Encoded, mask: number, dx: number): void {
    const f = this.arena.f32, D = this.input, T = e.word.length;
    const parts = this.embeddingParts(e);
    for (let t = 0; t < T; t++) {
      let col = dx + t * D, m = mask + t * D;
      for (const [table, ids, width] of parts) {
        const g = table.g + ids[t] * width;
        for (let j = 0; j < width; j++) f[g + j] += f[col + j] * f[m + j];
        if (table.touched) table.touched[ids[t]] = 1;
        col += width;
        m += width;
      }
    }
  }

  /** The label scores (nLabels) of dependent i (1-based) under head h, into out. */
  labelScores(s: Scores, i: number, h: number, out: Float64Array): void {
    const { arena, k } = this;
    const L = this.dims.label, mark = arena.mark();
    const feats = arena.alloc(3 * L);
    const f = arena.f32;
    labelFeatures(f, feats, s.labelDep + i * L, s.labelHead + h * L, L);
    const y = linearForward(k, arena, this.labelOut, feats, 1, false);
    const g = arena.f32;
    for (let j = 0; j < out.length; j++) out[j] = g[y + j];
    arena.reset(mark);
  }
}


/** Fills mask with 0 or 1/(1-p) and multiplies x by it. */
function dropoutMask(f: Float32Array, mask: number, x: number, n: number, p: number, random: () => number): void {
  const keep = 1 / (1 - p);
  for (let i = 0; i < n; i++) {
    const m = random() < p ? 0 : keep;
    f[mask + i] = m;
    f[x + i] *= m;
  }
}

function reverseRows(arena: Arena, x: number, T: number, width: number): number {
  const r = arena.alloc(T * width);
  const f = arena.f32;
  for (let t = 0; t < T; t++) f.copyWithin(r + (T - 1 - t) * width, x + t * width, x + (t + 1) * width);
  return r;
}

/** log Σ exp(row[j]) over j in [0, n) except `skip` (-1: none), computed from the row's maximum. */
export function logSumExp(f: Float32Array, row: number, n: number, skip: number): number {
  let max = -Infinity;
  for (let j = 0; j < n; j++) if (j !== skip && f[row + j] > max) max = f[row + j];
  let sum = 0;
  for (let j = 0; j < n; j++) if (j !== skip) sum += Math.exp(f[row + j] - max);
  return max + Math.log(sum);
}

/** Softmax cross-entropy over row[0..n) except index `skip`: writes (p - gold)·scale to d; returns -log p[gold]. */
function softmaxGrad(f: Float32Array, row: number, d: number, n: number, skip: number, gold: number, scale: number): number {
  const lse = logSumExp(f, row, n, skip);
  for (let j = 0; j < n; j++) f[d + j] = j === skip ? 0 : Math.exp(f[row + j] - lse) * scale;
  f[d + gold] -= scale;
  return lse - f[row + gold];
}

/** [dep; head; dep ⊙ head]. */
function labelFeatures(f: Float32Array, out: number, dep: number, head: number, L: number): void {
  for (let j = 0; j < L; j++) {
    f[out + j] = f[dep + j];
    f[out + L + j] = f[head + j];
    f[out + 2 * L + j] = f[dep + j] * f[head + j];
  }
}

function labelFeaturesBackward(f: Float32Array, d: number, dep: number, head: number, dDep: number, dHead: number, L: number): void {
  for (let j = 0; j < L; j++) {
    f[dDep + j] += f[d + j] + f[d + 2 * L + j] * f[head + j];
    f[dHead + j] += f[d + L + j] + f[d + 2 * L + j] * f[dep + j];
  }
}
