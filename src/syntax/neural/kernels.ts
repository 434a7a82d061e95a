/**
 * Dense float32 matrix products for the neural parser, over an arena's memory (arena.ts): the
 * three a linear layer needs (forward X·Wᵀ, backward dY·W and dYᵀ·X). `kernels` runs them with
 * WebAssembly SIMD (kernels-wasm.ts) where the engine has it, else, like `jsKernels` always, in
 * JavaScript. Sums are in f32 either way, in different orders, so the two agree to within float
 * rounding, not bit for bit.
 *
 * Caller's constraints (the SIMD code relies on them; the JavaScript does not check them either):
 * every offset a multiple of 4 floats (as Arena.alloc returns), k a multiple of 4, and C not
 * overlapping A or B. n and m may be anything, 1 included.
 */
import type { Arena } from './arena.js';
import { compiledOnce } from '../wasm-bytes.js';
import { kernelModuleBytes } from './kernels-wasm.js';

export interface Kernels {
  /** C[i*m+j] = (accumulate ? C[i*m+j] : 0) + sum_t A[i*k+t] * B[j*k+t]   for i<n, j<m   (X·Wᵀ: forward of a linear layer, W is m×k row-major) */
  gemmNT(a: number, b: number, c: number, n: number, m: number, k: number, accumulate: boolean): void;
  /** C[i*k+t] += sum_j A[i*m+j] * B[j*k+t]   for i<n, t<k   (dX += dY·W) */
  gemmNN(a: number, b: number, c: number, n: number, m: number, k: number): void;
  /** C[j*k+t] += sum_i A[i*m+j] * B[i*k+t]   for j<m, t<k   (dW += dYᵀ·X) */
  gemmTN(a: number, b: number, c: number, n: number, m: number, k: number): void;
  readonly simd: boolean;
}

/** The compiled module, or null where the engine lacks WebAssembly SIMD (or DYAD_NO_SIMD is set). */
const simdModule = compiledOnce(kernelModuleBytes);

/** Kernels over an arena's memory: wasm SIMD where the engine has it, else the same sums in JavaScript. */
export function kernels(arena: Arena): Kernels {
  const mod = simdModule();
  if (!mod) return jsKernels(arena);
  const exports = new WebAssembly.Instance(mod, { env: { mem: arena.memory } }).exports;
  const nt = exports.nt as (a: number, b: number, c: number, n: number, m: number, k: number, acc: number) => void;
  const axpy = exports.axpy as (c: number, a: number, b: number, rows: number, count: number, k: number, ain: number, aout: number) => void;
  // Byte addresses: float offsets times 4 (an i32 argument wraps past 2 GB, which wasm reads unsigned).
  return {
    simd: true,
    gemmNT: (a, b, c, n, m, k, accumulate) => nt(a * 4, b * 4, c * 4, n, m, k, accumulate ? 1 : 0),
    gemmNN: (a, b, c, n, m, k) => axpy(c * 4, a * 4, b * 4, n, m, k, 4, m * 4),
    gemmTN: (a, b, c, n, m, k) => axpy(c * 4, a * 4, b * 4, m, n, k, m * 4, 4),
  };
}

/** The JavaScript versions, always (for tests and as the fallback). */
export function jsKernels(arena: Arena): Kernels {
  return {
    simd: false,
    gemmNT(a, b, c, n, m, k, accumulate) {
      const f = arena.f32;
      for (let i = 0; i < n; i++) {
        const ai = a + i * k, ci = c + i * m;
        for (let j = 0; j < m; j++) {
          const bj = b + j * k;
          let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
          for (let t = 0; t < k; t += 4) {
            s0 += f[ai + t] * f[bj + t];
            s1 += f[ai + t + 1] * f[bj + t + 1];
            s2 += f[ai + t + 2] * f[bj + t + 2];
            s3 += f[ai + t + 3] * f[bj + t + 3];
          }
          f[ci + j] = (accumulate ? f[ci + j] : 0) + (s0 + s1 + s2 + s3);
        }
      }
    },
    gemmNN(a, b, c, n, m, k) {
      axpyRows(arena.f32, c, a, b, n, m, k, 1, m);
    },
    gemmTN(a, b, c, n, m, k) {
      axpyRows(arena.f32, c, a, b, m, n, k, m, 1);
    },
  };
}

/** C[r*k+t] += sum_s A[r*aout + s*ain] * B[s*k+t] for r < rows, s < count, t < k (offsets in floats). */
function axpyRows(f: Float32Array, c: number, a: number, b: number, rows: number, count: number, k: number, ain: number, aout: number): void {
  for (let r = 0; r < rows; r++) {
    const cr = c + r * k;
    for (let s = 0; s < count; s++) {
      const x = f[a + r * aout + s * ain];
      const bs = b + s * k;
      for (let t = 0; t < k; t++) f[cr + t] += x * f[bs + t];
    }
  }
}
