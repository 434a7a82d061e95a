/**
 * One direction of an LSTM layer (Hochreiter & Schmidhuber 1997, with a forget gate) over a
 * sequence: forward keeps what backward needs (the gates after their non-linearity, the cells,
 * the outputs), and backward accumulates the parameter gradients and the input's gradient.
 * Gate order in the 4H rows of the weights: input, forget, cell candidate, output.
 */
import type { Arena } from './arena.js';
import type { Kernels } from './kernels.js';
import type { Param, Params } from './params.js';

export interface Lstm {
  input: number;
  hidden: number;
  /** 4H x input, 4H x hidden, 1 x 4H. */
  wx: Param;
  wh: Param;
  b: Param;
}

/** What one forward pass over T steps leaves in the arena (offsets). */
export interface LstmTrace {
  T: number;
  x: number;
  gates: number;
  cells: number;
  out: number;
}

export function addLstm(params: Params, name: string, input: number, hidden: number, random: () => number): Lstm {
  const b = params.add(`${name}.b`, 1, 4 * hidden, random, 0);
  // Forget-gate bias 1 (Jozefowicz et al. 2015): the cell remembers by default.
  params.arena.f32.fill(1, b.w + hidden, b.w + 2 * hidden);
  return {
    input, hidden, b,
    wx: params.add(`${name}.wx`, 4 * hidden, input, random),
    wh: params.add(`${name}.wh`, 4 * hidden, hidden, random),
  };
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** Runs the LSTM over the T x input matrix at x; the outputs are the trace's `out` (T x hidden). */
export function lstmForward(k: Kernels, arena: Arena, l: Lstm, x: number, T: number): LstmTrace {
  const H = l.hidden, G = 4 * H;
  const gates = arena.alloc(T * G), cells = arena.alloc(T * H), out = arena.alloc(T * H);
  k.gemmNT(x, l.wx.w, gates, T, G, l.input, false);
  const f = arena.f32;
  for (let t = 0; t < T; t++) {
    const z = gates + t * G;
    if (t > 0) k.gemmNT(out + (t - 1) * H, l.wh.w, z, 1, G, H, true);
    const c = cells + t * H, h = out + t * H, cPrev = cells + (t - 1) * H;
    for (let j = 0; j < H; j++) {
      const i = sigmoid(f[z + j] + f[l.b.w + j]);
      const fg = sigmoid(f[z + H + j] + f[l.b.w + H + j]);
      const g = Math.tanh(f[z + 2 * H + j] + f[l.b.w + 2 * H + j]);
      const o = sigmoid(f[z + 3 * H + j] + f[l.b.w + 3 * H + j]);
      f[z + j] = i;
      f[z + H + j] = fg;
      f[z + 2 * H + j] = g;
      f[z + 3 * H + j] = o;
      const cv = i * g + (t > 0 ? fg * f[cPrev + j] : 0);
      f[c + j] = cv;
      f[h + j] = o * Math.tanh(cv);
    }
  }
  return { T, x, gates, cells, out };
}

/**
 * Back through the trace: dOut (T x hidden) is the loss's gradient on the outputs (consumed);
 * adds to the parameters' gradients and to dx (T x input).
 */
export function lstmBackward(k: Kernels, arena: Arena, l: Lstm, tr: LstmTrace, dOut: number, dx: number): void {
  const H = l.hidden, G = 4 * H, T = tr.T;
  const dz = arena.alloc(T * G), dc = arena.alloc(H), dhRec = arena.alloc(H);
  const f = arena.f32;
  for (let t = T - 1; t >= 0; t--) {
    const z = tr.gates + t * G, c = tr.cells + t * H, cPrev = tr.cells + (t - 1) * H, d = dz + t * G, dh = dOut + t * H;
    for (let j = 0; j < H; j++) {
      const i = f[z + j], fg = f[z + H + j], g = f[z + 2 * H + j], o = f[z + 3 * H + j];
      const h = f[dh + j] + f[dhRec + j];
      const tc = Math.tanh(f[c + j]);
      const dcv = f[dc + j] + h * o * (1 - tc * tc);
      const cp = t > 0 ? f[cPrev + j] : 0;
      f[d + j] = dcv * g * i * (1 - i);
      f[d + H + j] = dcv * cp * fg * (1 - fg);
      f[d + 2 * H + j] = dcv * i * (1 - g * g);
      f[d + 3 * H + j] = h * tc * o * (1 - o);
      f[dc + j] = dcv * fg;
    }
    f.fill(0, dhRec, dhRec + H);
    if (t > 0) k.gemmNN(d, l.wh.w, dhRec, 1, G, H);
  }
  if (T > 1) k.gemmTN(dz + G, tr.out, l.wh.g, T - 1, G, H);
  k.gemmTN(dz, tr.x, l.wx.g, T, G, l.input);
  k.gemmNN(dz, l.wx.w, dx, T, G, l.input);
  for (let t = 0; t < T; t++) for (let j = 0; j < G; j++) f[l.b.g + j] += f[dz + t * G + j];
}
