/**
 * The WebAssembly SIMD (f32x4) matrix products behind kernels.ts, assembled here byte by byte (no
 * toolchain needed). Two functions over an imported memory (env.mem, the arena's), all addresses
 * in bytes, k (the contiguous width) a multiple of 4, every address a multiple of 16:
 *
 * "nt" (a b c n m k acc): C[i,j] = (acc ? C[i,j] : 0) + A[i,:]·B[j,:], A n×k, B m×k, C n×m. Four
 * rows of B at a time (outer loop, so they stay in cache) against every row of A (inner loop):
 * each load of A serves four accumulators, 8 floats a turn; then a shuffle tree sums the four
 * accumulators' lanes into one vector of four results, stored at once. The last m%4 rows of B go
 * one at a time. With n = 1 this is the matrix-vector product of a recurrent step.
 *
 *   (func $nt (param $a $b $c $n $m $k $acc i32) (local $kb $mb $i $j $t $ap $cp $cq $b0 $b1 $b2 $b3 i32)
 *             (local $x $s0 $s1 $s2 $s3 v128)
 *     (local.set $kb (i32.shl (local.get $k) (i32.const 2)))  (local.set $mb (i32.shl (local.get $m) (i32.const 2)))
 *     (local.set $b0 (local.get $b))  (local.set $cq (local.get $c))                 ;; $cq: C[0,j]
 *     (block (loop $quads  (br_if 1 (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $m)))
 *       (local.set $b1 (i32.add (local.get $b0) (local.get $kb)))  ... $b2, $b3 likewise
 *       (local.set $i (i32.const 0))  (local.set $ap (local.get $a))  (local.set $cp (local.get $cq))
 *       (block (loop $rows  (br_if 1 (i32.ge_u (local.get $i) (local.get $n)))
 *         (local.set $s0 (v128.const 0)) ... $s1 $s2 $s3 likewise  (local.set $t (i32.const 0))
 *         (block (loop $dot8  (br_if 1 (i32.gt_u (i32.add (local.get $t) (i32.const 32)) (local.get $kb)))
 *           (local.set $x (v128.load (i32.add (local.get $ap) (local.get $t))))
 *           (local.set $s0 (f32x4.add (local.get $s0) (f32x4.mul (local.get $x) (v128.load (i32.add (local.get $b0) (local.get $t))))))
 *           ... $s1 with $b1, $s2 with $b2, $s3 with $b3; then the same four with offset=16 on every load
 *           (local.set $t (i32.add (local.get $t) (i32.const 32)))  (br $dot8)))
 *         (block (loop $dot4 ... the first half of $dot8's body; $t += 16 ...))
 *         (local.set $s0 (f32x4.add (i8x16.shuffle 0 4 1 5 $s0 $s1) (i8x16.shuffle 2 6 3 7 $s0 $s1)))   ;; in f32 lanes
 *         (local.set $s2 (f32x4.add (i8x16.shuffle 0 4 1 5 $s2 $s3) (i8x16.shuffle 2 6 3 7 $s2 $s3)))
 *         (local.set $x (f32x4.add (i8x16.shuffle 0 1 4 5 $s0 $s2) (i8x16.shuffle 2 3 6 7 $s0 $s2)))  ;; the four sums
 *         (if (local.get $acc) (then (local.set $x (f32x4.add (local.get $x) (v128.load (local.get $cp))))))
 *         (v128.store (local.get $cp) (local.get $x))
 *         (local.set $cp (i32.add (local.get $cp) (local.get $mb)))  (local.set $ap (i32.add (local.get $ap) (local.get $kb)))
 *         (local.set $i (i32.add (local.get $i) (i32.const 1)))  (br $rows)))
 *       (local.set $cq (i32.add (local.get $cq) (i32.const 16)))  (local.set $j (i32.add (local.get $j) (i32.const 4)))
 *       (local.set $b0 (i32.add (local.get $b3) (local.get $kb)))  (br $quads)))
 *     (block (loop $singles  (br_if 1 (i32.ge_u (local.get $j) (local.get $m)))
 *       ... the $rows loop with $s0 and $b0 only; the lanes of $s0 summed into an f32, plus
 *       (select (f32.load (local.get $cp)) (f32.const 0) (local.get $acc)), stored (f32.store)
 *       $cq += 4, $j += 1, $b0 += $kb
 *       (br $singles))))
 *
 * "axpy" (c a b rows count k ain aout): C[r,:] += sum_s A[r*aout + s*ain] * B[s,:] for r < rows,
 * s < count, C rows×k, B count×k (ain, aout in bytes). Two output rows at a time, 16 columns of
 * each held in eight registers while, for every s, the two scalars A[..] (splatted) times B's row
 * segment are added in: each load of B serves both rows. Then 4 columns at a time, then a last odd
 * row alone. This is both gemmNN (rows n, count m, ain 4, aout 4m) and gemmTN (rows m, count n,
 * ain 4m, aout 4).
 *
 *   (func $axpy (param $c $a $b $rows $count $k $ain $aout i32) (local $kb $r $t $s $p $q $cp $cp2 i32)
 *               (local $x $y $v $c0 $c1 $c2 $c3 $d0 $d1 $d2 $d3 v128)
 *     (local.set $kb (i32.shl (local.get $k) (i32.const 2)))
 *     (block (loop $pairs  (br_if 1 (i32.gt_u (i32.add (local.get $r) (i32.const 2)) (local.get $rows)))
 *       (local.set $t (i32.const 0))
 *       (block (loop $wide  (br_if 1 (i32.gt_u (i32.add (local.get $t) (i32.const 64)) (local.get $kb)))
 *         (local.set $cp (i32.add (local.get $c) (local.get $t)))  (local.set $cp2 (i32.add (local.get $cp) (local.get $kb)))
 *         (local.set $c0 (v128.load offset=0 (local.get $cp))) ... $c1 offset=16, $c2 offset=32, $c3 offset=48
 *         (local.set $d0 (v128.load offset=0 (local.get $cp2))) ... $d1 $d2 $d3 likewise
 *         (local.set $p (local.get $a))  (local.set $q (i32.add (local.get $b) (local.get $t)))  (local.set $s (local.get $count))
 *         (block (loop $sum  (br_if 1 (i32.eqz (local.get $s)))
 *           (local.set $x (f32x4.splat (f32.load (local.get $p))))
 *           (local.set $y (f32x4.splat (f32.load (i32.add (local.get $p) (local.get $aout)))))
 *           (local.set $v (v128.load offset=0 (local.get $q)))
 *           (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (local.get $x) (local.get $v))))
 *           (local.set $d0 (f32x4.add (local.get $d0) (f32x4.mul (local.get $y) (local.get $v))))
 *           ... $v from offset=16 into $c1 $d1, offset=32 into $c2 $d2, offset=48 into $c3 $d3
 *           (local.set $p (i32.add (local.get $p) (local.get $ain)))  (local.set $q (i32.add (local.get $q) (local.get $kb)))
 *           (local.set $s (i32.sub (local.get $s) (i32.const 1)))  (br $sum)))
 *         (v128.store offset=0 (local.get $cp) (local.get $c0)) ... $c1 $c2 $c3, and $d0..$d3 at $cp2
 *         (local.set $t (i32.add (local.get $t) (i32.const 64)))  (br $wide)))
 *       (block (loop $narrow  (br_if 1 (i32.ge_u (local.get $t) (local.get $kb)))
 *         ... the $wide body with $c0 and $d0 alone; $t += 16
 *         (br $narrow)))
 *       (local.set $c (i32.add (local.get $c) (local.get $kb))) twice, $a += $aout twice, $r += 2
 *       (br $pairs)))
 *     (block (loop $last ... $pairs with one row ($c0..$c3, no $y or $d); $c += $kb, $a += $aout, $r += 1 ...)))
 */
import { leb, name, section, sleb } from '../wasm-bytes.js';

const SIMD = 0xfd;
const get = (l: number) => [0x20, l];
const set = (l: number) => [0x21, l];
const i32c = (n: number) => [0x41, ...sleb(n)];
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_SHL = 0x74, I32_EQZ = 0x45, I32_GE_U = 0x4f, I32_GT_U = 0x4b;
const F32_ADD = 0x92, F32_ZERO = [0x43, 0, 0, 0, 0], SELECT = 0x1b;
const f32Load = (offset = 0) => [0x2a, 2, ...leb(offset)];
const f32Store = (offset = 0) => [0x38, 2, ...leb(offset)];
const v128Load = (offset = 0) => [SIMD, 0x00, 4, ...leb(offset)];
const v128Store = (offset = 0) => [SIMD, 0x0b, 4, ...leb(offset)];
const V128_ZERO = [SIMD, 0x0c, ...new Array<number>(16).fill(0)];
const F32X4_ADD = [SIMD, 0xe4, 0x01], F32X4_MUL = [SIMD, 0xe6, 0x01], F32X4_SPLAT = [SIMD, 0x13];
const extractLane = (lane: number) => [SIMD, 0x1f, lane];
/** i8x16.shuffle picking four f32 lanes (0-3 from the first operand, 4-7 from the second). */
const shuffle = (...lanes: number[]) => [SIMD, 0x0d, ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3])];
const BLOCK = [0x02, 0x40], LOOP = [0x03, 0x40], END = 0x0b, IF = [0x04, 0x40];
const brIf = (depth: number) => [0x0d, depth];
const br = (depth: number) => [0x0c, depth];
/** `l += step` (step a constant or another local's bytes). */
const bump = (l: number, step: number[]) => [...get(l), ...step, I32_ADD, ...set(l)];
/** `s += x * v` on the stack's v: [..., v] -> [] with the product added to local s. */
const fma = (s: number, x: number, load: number[]) => [...get(s), ...get(x), ...load, ...F32X4_MUL, ...F32X4_ADD, ...set(s)];
/** `while (!(cond)) { body }` as block/loop: `exit` pushes the condition that ends the loop. */
const loop = (exit: number[], body: number[]) => [...BLOCK, ...LOOP, ...exit, ...brIf(1), ...body, ...br(0), END, END];

function ntBody(): number[] {
  // params a0 b1 c2 n3 m4 k5 acc6; i32 locals kb7 mb8 i9 j10 t11 ap12 cp13 cq14 b0 15..b3 18; v128 x19 s0 20..s3 23
  const [A, B, C, N, M, K, ACC, KB, MB, I, J, T, AP, CP, CQ, B0, B1, B2, B3, X, S0, S1, S2, S3] = [...Array(24).keys()];
  const step = (pairs: [number, number][], offset: number) => [
    ...get(AP), ...get(T), I32_ADD, ...v128Load(offset), ...set(X),
    ...pairs.flatMap(([s, b]) => fma(s, X, [...get(b), ...get(T), I32_ADD, ...v128Load(offset)])),
  ];
  // The s += A[i,t..]·B[j,t..] for the rows j named by pairs, 8 floats a turn, then the last 4.
  const dot = (pairs: [number, number][]) => [
    ...pairs.flatMap(([s]) => [...V128_ZERO, ...set(s)]),
    ...i32c(0), ...set(T),
    ...loop([...get(T), ...i32c(32), I32_ADD, ...get(KB), I32_GT_U], [...step(pairs, 0), ...step(pairs, 16), ...bump(T, i32c(32))]),
    ...loop([...get(T), ...get(KB), I32_GE_U], [...step(pairs, 0), ...bump(T, i32c(16))]),
  ];
  // For every row i of A, with the rows of B in the columns' pointers (so they stay in cache).
  const rows = (body: number[]) => [
    ...i32c(0), ...set(I), ...get(A), ...set(AP), ...get(CQ), ...set(CP),
    ...loop([...get(I), ...get(N), I32_GE_U], [...body, ...bump(CP, get(MB)), ...bump(AP, get(KB)), ...bump(I, i32c(1))]),
  ];
  const quad = [
    ...dot([[S0, B0], [S1, B1], [S2, B2], [S3, B3]]),
    ...get(S0), ...get(S1), ...shuffle(0, 4, 1, 5), ...get(S0), ...get(S1), ...shuffle(2, 6, 3, 7), ...F32X4_ADD, ...set(S0),
    ...get(S2), ...get(S3), ...shuffle(0, 4, 1, 5), ...get(S2), ...get(S3), ...shuffle(2, 6, 3, 7), ...F32X4_ADD, ...set(S2),
    ...get(S0), ...get(S2), ...shuffle(0, 1, 4, 5), ...get(S0), ...get(S2), ...shuffle(2, 3, 6, 7), ...F32X4_ADD, ...set(X),
    ...get(ACC), ...IF, ...get(X), ...get(CP), ...v128Load(), ...F32X4_ADD, ...set(X), END,
    ...get(CP), ...get(X), ...v128Store(),
  ];
  const single = [
    ...dot([[S0, B0]]),
    ...get(CP),
    ...get(S0), ...extractLane(0), ...get(S0), ...extractLane(1), F32_ADD,
    ...get(S0), ...extractLane(2), F32_ADD, ...get(S0), ...extractLane(3), F32_ADD,
    ...get(CP), ...f32Load(), ...F32_ZERO, ...get(ACC), SELECT, F32_ADD, // + (acc ? C[i,j] : 0)
    ...f32Store(),
  ];
  return [
    2, 12, 0x7f, 5, 0x7b, // locals: 12 x i32, 5 x v128
    ...get(K), ...i32c(2), I32_SHL, ...set(KB),
    ...get(M), ...i32c(2), I32_SHL, ...set(MB),
    ...get(B), ...set(B0), ...get(C), ...set(CQ),
    ...loop([...get(J), ...i32c(4), I32_ADD, ...get(M), I32_GT_U], [
      ...get(B0), ...get(KB), I32_ADD, ...set(B1),
      ...get(B1), ...get(KB), I32_ADD, ...set(B2),
      ...get(B2), ...get(KB), I32_ADD, ...set(B3),
      ...rows(quad),
      ...bump(CQ, i32c(16)), ...bump(J, i32c(4)),
      ...get(B3), ...get(KB), I32_ADD, ...set(B0),
    ]),
    ...loop([...get(J), ...get(M), I32_GE_U], [...rows(single), ...bump(CQ, i32c(4)), ...bump(J, i32c(1)), ...bump(B0, get(KB))]),
    END,
  ];
}

function axpyBody(): number[] {
  // params c0 a1 b2 rows3 count4 k5 ain6 aout7; i32 locals kb8 r9 t10 s11 p12 q13 cp14 cp2 15;
  // v128 x16 y17 v18 c0 19..c3 22, d0 23..d3 26
  const [C, A, B, ROWS, COUNT, K, AIN, AOUT, KB, R, T, S, P, Q, CP, CP2, X, Y, V, C0, C1, C2, C3, D0, D1, D2, D3] = [...Array(27).keys()];
  // Columns t.. of one output row (acc[0], C at $cp) or two (acc[1] too, C at $cp2), one register a vector.
  const columns = (acc: number[][], width: number) => {
    const ptr = [CP, CP2];
    const scale = [X, Y];
    return [
      ...get(C), ...get(T), I32_ADD, ...set(CP),
      ...(acc.length > 1 ? [...get(CP), ...get(KB), I32_ADD, ...set(CP2)] : []),
      ...acc.flatMap((row, o) => row.flatMap((c, v) => [...get(ptr[o]), ...v128Load(16 * v), ...set(c)])),
      ...get(A), ...set(P), ...get(B), ...get(T), I32_ADD, ...set(Q), ...get(COUNT), ...set(S),
      ...loop([...get(S), I32_EQZ], [
        ...get(P), ...f32Load(), ...F32X4_SPLAT, ...set(X),
        ...(acc.length > 1 ? [...get(P), ...get(AOUT), I32_ADD, ...f32Load(), ...F32X4_SPLAT, ...set(Y)] : []),
        ...[...Array(width).keys()].flatMap((v) => [
          ...get(Q), ...v128Load(16 * v), ...set(V),
          ...acc.flatMap((row, o) => fma(row[v], scale[o], get(V))),
        ]),
        ...bump(P, get(AIN)), ...bump(Q, get(KB)),
        ...get(S), ...i32c(1), I32_SUB, ...set(S),
      ]),
      ...acc.flatMap((row, o) => row.flatMap((c, v) => [...get(ptr[o]), ...get(c), ...v128Store(16 * v)])),
      ...bump(T, i32c(16 * width)),
    ];
  };
  // All k columns of one or two output rows: 16 at a time, then 4.
  const row = (acc4: number[][]) => [
    ...i32c(0), ...set(T),
    ...loop([...get(T), ...i32c(64), I32_ADD, ...get(KB), I32_GT_U], columns(acc4, 4)),
    ...loop([...get(T), ...get(KB), I32_GE_U], columns(acc4.map((r) => r.slice(0, 1)), 1)),
  ];
  const next = (n: number) => [
    ...Array<number[]>(n).fill(get(KB)).flatMap((kb) => bump(C, kb)),
    ...Array<number[]>(n).fill(get(AOUT)).flatMap((aout) => bump(A, aout)),
    ...bump(R, i32c(n)),
  ];
  return [
    2, 8, 0x7f, 11, 0x7b, // locals: 8 x i32, 11 x v128
    ...get(K), ...i32c(2), I32_SHL, ...set(KB),
    ...loop([...get(R), ...i32c(2), I32_ADD, ...get(ROWS), I32_GT_U], [...row([[C0, C1, C2, C3], [D0, D1, D2, D3]]), ...next(2)]),
    ...loop([...get(R), ...get(ROWS), I32_GE_U], [...row([[C0, C1, C2, C3]]), ...next(1)]),
    END,
  ];
}

/** The module's bytes: functions "nt" and "axpy" over the imported memory env.mem. */
export function kernelModuleBytes(): Uint8Array<ArrayBuffer> {
  const nt = ntBody(), axpy = axpyBody();
  const i32s = (n: number) => [n, ...new Array<number>(n).fill(0x7f)];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [2, 0x60, ...i32s(7), 0, 0x60, ...i32s(8), 0]), // types: (7 x i32) -> (), (8 x i32) -> ()
    ...section(2, [1, ...name('env'), ...name('mem'), 0x02, 0x00, 1]), // import env.mem, at least 1 page
    ...section(3, [2, 0, 1]), // function 0 has type 0, function 1 type 1
    ...section(7, [2, ...name('nt'), 0x00, 0, ...name('axpy'), 0x00, 1]),
    ...section(10, [2, ...leb(nt.length), ...nt, ...leb(axpy.length), ...axpy]),
  ]);
}
