/** A dense layer y = x·Wᵀ + b over the rows of a matrix, with its backward pass. */
import type { Arena } from './arena.js';
import type { Kernels } from './kernels.js';
import type { Param, Params } from './params.js';

export interface Linear {
  input: number;
  output: number;
  w: Param;
  b: Param;
}

export function addLinear(params: Params, name: string, input: number, output: number, random: () => number): Linear {
  return { input, output, w: params.add(`${name}.w`, output, input, random), b: params.add(`${name}.b`, 1, output, random, 0) };
}

/** y (T x output, allocated) = x (T x input)·Wᵀ + b; with relu, max(0, ·). */
export function linearForward(k: Kernels, arena: Arena, l: Linear, x: number, T: number, relu: boolean): number {
  const y = arena.alloc(T * l.output);
  k.gemmNT(x, l.w.w, y, T, l.output, l.input, false);
  const f = arena.f32;
  for (let t = 0; t < T; t++) {
    const r = y + t * l.output;
    for (let j = 0; j < l.output; j++) {
      const v = f[r + j] + f[l.b.w + j];
      f[r + j] = relu && v < 0 ? 0 : v;
    }
  }
  return y;
}

/**
 * Back through the layer: dy (T x output) is the gradient on its output (for a relu layer, y is
 * its output, and dy is masked in place where y was 0); adds to W's, b's and dx's gradients.
 */
export function linearBackward(k: Kernels, arena: Arena, l: Linear, x: number, y: number, dy: number, dx: number, T: number, relu: boolean): void {
  const f = arena.f32;
  for (let t = 0; t < T; t++) {
    const r = t * l.output;
    for (let j = 0; j < l.output; j++) {
      if (relu && f[y + r + j] <= 0) f[dy + r + j] = 0;
      f[l.b.g + j] += f[dy + r + j];
    }
  }
  k.gemmTN(dy, x, l.w.g, T, l.output, l.input);
  if (dx >= 0) k.gemmNN(dy, l.w.w, dx, T, l.output, l.input);
}
