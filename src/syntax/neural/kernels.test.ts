import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Arena } from './arena.js';
import { jsKernels, kernels, type Kernels } from './kernels.js';

/** A deterministic generator of floats in [-1, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

type Kind = 'NT' | 'NN' | 'TN';

/** The naive triple loop, in doubles: the expected C given the starting C. */
function naive(kind: Kind, A: Float32Array, B: Float32Array, C0: Float32Array, n: number, m: number, k: number, accumulate: boolean): Float64Array {
  const C = Float64Array.from(C0);
  if (kind === 'NT') {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        let s = accumulate ? C[i * m + j] : 0;
        for (let t = 0; t < k; t++) s += A[i * k + t] * B[j * k + t];
        C[i * m + j] = s;
      }
  } else if (kind === 'NN') {
    for (let i = 0; i < n; i++) for (let t = 0; t < k; t++) for (let j = 0; j < m; j++) C[i * k + t] += A[i * m + j] * B[j * k + t];
  } else {
    for (let j = 0; j < m; j++) for (let t = 0; t < k; t++) for (let i = 0; i < n; i++) C[j * k + t] += A[i * m + j] * B[i * k + t];
  }
  return C;
}

/** Runs one product on fresh arena blocks (with a guard block after C) and checks it against the naive loop. */
function check(arena: Arena, ks: Kernels, kind: Kind, n: number, m: number, k: number, accumulate: boolean, rand: () => number): void {
  const [aLen, bLen, cLen] = kind === 'NT' ? [n * k, m * k, n * m] : kind === 'NN' ? [n * m, m * k, n * k] : [n * m, n * k, m * k];
  const a = arena.alloc(aLen), b = arena.alloc(bLen), c = arena.alloc(cLen), guard = arena.alloc(8);
  let f = arena.f32;
  for (let x = 0; x < aLen; x++) f[a + x] = rand();
  for (let x = 0; x < bLen; x++) f[b + x] = rand();
  for (let x = 0; x < cLen; x++) f[c + x] = rand();
  f.fill(7, c + cLen, guard + 8); // padding after C and the guard block must stay untouched
  const want = naive(kind, f.subarray(a, a + aLen), f.subarray(b, b + bLen), f.subarray(c, c + cLen), n, m, k, accumulate);
  if (kind === 'NT') ks.gemmNT(a, b, c, n, m, k, accumulate);
  else if (kind === 'NN') ks.gemmNN(a, b, c, n, m, k);
  else ks.gemmTN(a, b, c, n, m, k);
  f = arena.f32;
  const what = `${ks.simd ? 'SIMD' : 'JS'} ${kind} n=${n} m=${m} k=${k} accumulate=${accumulate}`;
  for (let x = 0; x < cLen; x++) {
    const tol = 1e-5 * (k + n + m) + 1e-5 * Math.abs(want[x]);
    assert.ok(Math.abs(f[c + x] - want[x]) <= tol, `${what}: C[${x}] = ${f[c + x]}, want ${want[x]}`);
  }
  for (let x = c + cLen; x < guard + 8; x++) assert.equal(f[x], 7, `${what}: wrote past C`);
}

function randomShapes(kinds: Kind[], arena: Arena, ks: Kernels, seed: number, count: number): void {
  const rand = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(((rand() + 1) / 2) * (hi - lo + 1));
  for (let r = 0; r < count; r++) {
    const mark = arena.mark();
    const kind = kinds[r % kinds.length];
    check(arena, ks, kind, int(1, 33), int(1, 70), 4 * int(1, 65), r % 2 === 0, rand);
    arena.reset(mark);
  }
}

const KINDS: Kind[] = ['NT', 'NN', 'TN'];

for (const [label, make] of [['WebAssembly SIMD where available', kernels], ['JavaScript', jsKernels]] as const) {
  test(`matrix products agree with the naive loop on random shapes (${label})`, () => {
    const arena = new Arena(1 << 16);
    const ks = make(arena);
    randomShapes(KINDS, arena, ks, 1, 120);
    // Edge shapes: matrix-vector (n = 1), single rows and columns, the narrowest k.
    const rand = lcg(2);
    for (const [n, m, k] of [[1, 512, 256], [1, 1, 4], [1, 3, 4], [33, 1, 4], [2, 5, 12], [1, 70, 68], [5, 4, 64], [3, 9, 260]]) {
      for (const kind of KINDS) for (const accumulate of [false, true]) {
        const mark = arena.mark();
        check(arena, ks, kind, n, m, k, accumulate, rand);
        arena.reset(mark);
      }
    }
  });

  test(`matrix products keep working after the arena's memory grows (${label})`, () => {
    const arena = new Arena(1024);
    const ks = make(arena);
    const before = arena.memory.buffer.byteLength;
    const kept = arena.alloc(4);
    arena.f32[kept] = 3.5;
    arena.alloc(1 << 20); // grows the memory, detaching the old buffer
    assert.ok(arena.memory.buffer.byteLength > before);
    assert.equal(arena.f32[kept], 3.5);
    randomShapes(KINDS, arena, ks, 3, 30);
  });
}

test('the arena hands out zeroed, 4-aligned blocks and reuses them after reset', () => {
  const arena = new Arena(16);
  const m = arena.mark();
  const x = arena.alloc(5);
  const y = arena.alloc(3);
  assert.equal(x % 4, 0);
  assert.equal(y % 4, 0);
  assert.ok(y >= x + 5);
  arena.f32.fill(9, x, y + 3);
  arena.reset(m);
  const z = arena.alloc(7);
  assert.equal(z, x);
  assert.deepEqual([...arena.f32.subarray(z, z + 7)], [0, 0, 0, 0, 0, 0, 0]);
});

test('the engine here has WebAssembly SIMD, so kernels() uses it', { skip: !!process.env.DYAD_NO_SIMD }, () => {
  assert.equal(kernels(new Arena(16)).simd, true);
});
