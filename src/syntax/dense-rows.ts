/**
 * The dense rows of a weight table (weights.ts), summed with WebAssembly SIMD. A tagger word hits
 * about 25 dense rows of 102 int16 weights, a label choice about 13 of 51: plain JavaScript adds
 * them one weight at a time, 128-bit lanes add eight. The rows live in a WebAssembly memory, each
 * padded to a multiple of eight weights; the caller writes the byte offsets of the rows a feature
 * set hits into `hits` and calls `add`, which sums them into `acc` (int32, as the JavaScript loop
 * did: integer sums, so the result is bit-identical in any order). Where the engine has no SIMD,
 * `add` runs the same sums in JavaScript over the same arrays.
 *
 * The module is one function, assembled here byte by byte (no toolchain needed). Its text form:
 *
 *   (func (export "add") (param $acc i32) (param $hits i32) (param $end i32) (param $nvec i32)
 *     (local $v i32) (local $h i32) (local $off i32) (local $a i32) (local $lo v128) (local $hi v128) (local $x v128)
 *     (block $done (loop $vec                              ;; for each run of 8 weights ($v < $nvec)
 *       (br_if $done (i32.ge_u (local.get $v) (local.get $nvec)))
 *       (local.set $off (i32.shl (local.get $v) (i32.const 4)))                  ;; its byte offset in a row
 *       (local.set $a (i32.add (local.get $acc) (i32.shl (local.get $v) (i32.const 5))))
 *       (local.set $lo (v128.load (local.get $a)))
 *       (local.set $hi (v128.load offset=16 (local.get $a)))
 *       (local.set $h (local.get $hits))
 *       (block $rows (loop $row                            ;; for each row hit
 *         (br_if $rows (i32.ge_u (local.get $h) (local.get $end)))
 *         (local.set $x (v128.load (i32.add (i32.load (local.get $h)) (local.get $off))))
 *         (local.set $lo (i32x4.add (local.get $lo) (i32x4.extend_low_i16x8_s (local.get $x))))
 *         (local.set $hi (i32x4.add (local.get $hi) (i32x4.extend_high_i16x8_s (local.get $x))))
 *         (local.set $h (i32.add (local.get $h) (i32.const 4)))
 *         (br $row)))
 *       (v128.store (local.get $a) (local.get $lo))
 *       (v128.store offset=16 (local.get $a) (local.get $hi))
 *       (local.set $v (i32.add (local.get $v) (i32.const 1)))
 *       (br $vec))))
 *
 * The memory is imported (env.mem), so one compiled module serves every table.
 */

import { compiledOnce, leb, name, section } from './wasm-bytes.js';

/** How many row offsets `hits` holds; a caller with more flushes (calls `add`) and goes on. */
export const HITS_CAPACITY = 256;
const PAGE = 65536;

const LANES = 8;

const SIMD = 0xfd;
// Locals: params 0-3 ($acc $hits $end $nvec), then $v 4, $h 5, $off 6, $a 7, $lo 8, $hi 9, $x 10.
const [ACC, HITS, END, NVEC, V, H, OFF, A, LO, HI, X] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const get = (l: number) => [0x20, l];
const set = (l: number) => [0x21, l];
const i32c = (n: number) => [0x41, n]; // small non-negative constants only (< 64)
const I32_ADD = 0x6a, I32_SHL = 0x74, I32_GE_U = 0x4f;
const v128Load = (offset: number) => [SIMD, 0x00, 4, ...leb(offset)];
const v128Store = (offset: number) => [SIMD, 0x0b, 4, ...leb(offset)];
const I32X4_ADD = [SIMD, 0xae, 0x01];
const EXTEND_LOW = [SIMD, 0xa7, 0x01];
const EXTEND_HIGH = [SIMD, 0xa8, 0x01];

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const body = [
    2, 4, 0x7f, 3, 0x7b, // locals: 4 x i32, 3 x v128
    0x02, 0x40, 0x03, 0x40, // block $done, loop $vec
    ...get(V), ...get(NVEC), I32_GE_U, 0x0d, 1,
    ...get(V), ...i32c(4), I32_SHL, ...set(OFF),
    ...get(ACC), ...get(V), ...i32c(5), I32_SHL, I32_ADD, ...set(A),
    ...get(A), ...v128Load(0), ...set(LO),
    ...get(A), ...v128Load(16), ...set(HI),
    ...get(HITS), ...set(H),
    0x02, 0x40, 0x03, 0x40, // block $rows, loop $row
    ...get(H), ...get(END), I32_GE_U, 0x0d, 1,
    ...get(H), 0x28, 2, 0, ...get(OFF), I32_ADD, ...v128Load(0), ...set(X),
    ...get(LO), ...get(X), ...EXTEND_LOW, ...I32X4_ADD, ...set(LO),
    ...get(HI), ...get(X), ...EXTEND_HIGH, ...I32X4_ADD, ...set(HI),
    ...get(H), ...i32c(4), I32_ADD, ...set(H),
    0x0c, 0, 0x0b, 0x0b, // br $row, end loop, end block
    ...get(A), ...get(LO), ...v128Store(0),
    ...get(A), ...get(HI), ...v128Store(16),
    ...get(V), ...i32c(1), I32_ADD, ...set(V),
    0x0c, 0, 0x0b, 0x0b, // br $vec, end loop, end block
    0x0b,
  ];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // type 0: (i32 i32 i32 i32) -> ()
    ...section(2, [1, ...name('env'), ...name('mem'), 0x02, 0x00, 1]), // import env.mem, at least 1 page
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(7, [1, ...name('add'), 0x00, 0]), // export "add"
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

/** The compiled module, or null where the engine lacks WebAssembly SIMD (or DYAD_NO_SIMD is set). */
const simdModule = compiledOnce(moduleBytes);

export class DenseRows {
  /** Weights per row as stored (nClasses rounded up to a multiple of 8). */
  readonly stride: number;
  /** Row k's weights at rows[k * stride ...]. */
  readonly rows: Int16Array;
  /** Sums per class (stride of them), added to by `add` and by the caller's sparse entries. */
  readonly acc: Int32Array;
  /** Byte offsets (rowOffset) of the rows to add, HITS_CAPACITY of them. */
  readonly hits: Int32Array;
  private readonly wasmAdd: ((acc: number, hits: number, end: number, nvec: number) => void) | null;
  private readonly accAt: number;
  private readonly hitsAt: number;
  private readonly rowsAt: number;

  /** `simd`: false sums in JavaScript even where the engine has SIMD (tests compare the two). */
  constructor(nClasses: number, nRows: number, simd = true) {
    this.stride = Math.ceil(nClasses / LANES) * LANES;
    this.accAt = 0;
    this.hitsAt = this.stride * 4;
    this.rowsAt = this.hitsAt + HITS_CAPACITY * 4;
    const bytes = this.rowsAt + nRows * this.stride * 2;
    const mod = simd ? simdModule() : null;
    let buffer: ArrayBuffer;
    if (mod) {
      const mem = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
      const inst = new WebAssembly.Instance(mod, { env: { mem } });
      this.wasmAdd = inst.exports.add as (acc: number, hits: number, end: number, nvec: number) => void;
      buffer = mem.buffer;
    } else {
      this.wasmAdd = null;
      buffer = new ArrayBuffer(bytes);
    }
    this.acc = new Int32Array(buffer, this.accAt, this.stride);
    this.hits = new Int32Array(buffer, this.hitsAt, HITS_CAPACITY);
    this.rows = new Int16Array(buffer, this.rowsAt, nRows * this.stride);
  }

  /** What to write into `hits` for row k. */
  rowOffset(k: number): number {
    return this.rowsAt + k * this.stride * 2;
  }

  /** Adds the first n rows named in `hits` into `acc`. */
  add(n: number): void {
    if (n === 0) return;
    if (this.wasmAdd) {
      this.wasmAdd(this.accAt, this.hitsAt, this.hitsAt + n * 4, this.stride / LANES);
      return;
    }
    const { acc, hits, rows, stride } = this;
    const base = this.rowsAt >> 1;
    let h = 0;
    for (; h + 4 <= n; h += 4) {
      const b0 = (hits[h] >> 1) - base, b1 = (hits[h + 1] >> 1) - base, b2 = (hits[h + 2] >> 1) - base, b3 = (hits[h + 3] >> 1) - base;
      for (let c = 0; c < stride; c++) acc[c] += rows[b0 + c] + rows[b1 + c] + rows[b2 + c] + rows[b3 + c];
    }
    for (; h < n; h++) {
      const b0 = (hits[h] >> 1) - base;
      for (let c = 0; c < stride; c++) acc[c] += rows[b0 + c];
    }
  }
}
