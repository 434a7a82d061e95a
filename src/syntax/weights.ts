/**
 * Frozen sparse weights for inference: feature row -> (class, weight) pairs, looked up through an
 * open-addressing table. Serialised as a small binary file (gzip-compressed, quantised to int16
 * with one scale per table).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../util/errors.js';
import { DenseRows, HITS_CAPACITY } from './dense-rows.js';

const MAGIC = 0x57505944; // 'DYPW'
const VERSION = 1;
const DIRECT_MAX_CLASSES = 4;
const DIRECT_STRIDE = 4;
/**
 * Rows with at least this many entries are stored dense. With dense rows added eight weights at a
 * time (dense-rows.ts), a row of 8-25 entries adds faster dense than entry by entry: scoring the
 * tagger's and label model's vectors of EWT dev, 8 was 1.27x and 1.17x faster than the old
 * threshold (a quarter of the classes: 25 and 12), 10 1.17x / 1.10x, 6 about as fast as 8 with 60%
 * more dense memory (tagger 4.1 MB at 8, 6.8 MB at 6).
 */
const DENSE_MIN_ENTRIES = 8;

/** The sparse form of a table: ascending row keys, each row's entries at offsets[r]..offsets[r + 1]. */
export interface WeightRows {
  keys: Uint32Array;
  offsets: Uint32Array;
  cls: Uint16Array;
  val: Float32Array;
}

export class WeightTable {
  readonly nClasses: number;
  readonly rowBits: number;
  readonly entryCount: number;
  private readonly mask: number;
  /**
   * The sparse rows, which only saving and pruning read: a table loaded from a file drops them once
   * its lookup layout is built and decodes `file` again if asked (an accurate-mode parse holds seven
   * tables, and their sparse rows were 80 MB it never read).
   */
  private rows: WeightRows | null;
  private file: Buffer | null = null;
  /**
   * Lookup layout, built from the arrays above. rowStart[row] (rows indexed directly, 4 bytes *
   * 2^rowBits) is -1 for an empty row, the first packed entry of a sparse row, or -2 - the place of
   * a dense row (DenseRows.rowOffset). A sparse entry is one int32 (class << 17 | last-of-row << 16 | int16 weight), so a feature
   * touches two cache lines, not five; rows holding many classes (frequent features such as tag
   * pairs) are stored dense as int16 and added without per-entry branches (dense-rows.ts: eight at
   * a time with WebAssembly SIMD). Integer weights are summed in the dense rows' `acc` and scaled once.
   */
  private readonly rowStart: Int32Array;
  private readonly packed: Int32Array;
  private readonly dense: DenseRows | null;
  private readonly packedScale: number;
  private starts = new Int32Array(64);
  /**
   * Tables of at most DIRECT_MAX_CLASSES classes (the parser's actions) skip the two-level layout:
   * every row holds DIRECT_STRIDE int16 weights in place, so a feature costs one memory access.
   * Same weights and scale as the packed layout, so scores are identical.
   */
  private readonly direct: Int16Array | null;

  /**
   * `stored`, when given, holds the weights as a file stores them (val[j] = fround(q[j] * scale));
   * `val` is then not read, and need not be built: see quantizeStored.
   */
  constructor(nClasses: number, rowBits: number, keys: Uint32Array, offsets: Uint32Array, cls: Uint16Array, val: Float32Array, stored?: StoredWeights) {
    this.nClasses = nClasses;
    this.rowBits = rowBits;
    this.mask = (1 << rowBits) - 1;
    this.rows = { keys, offsets, cls, val };
    this.entryCount = stored ? stored.q.length : val.length;
    const { scale, ints } = stored ? quantizeStored(stored) : quantize(val);
    this.packedScale = scale;
    if (nClasses <= DIRECT_MAX_CLASSES) {
      this.direct = new Int16Array(DIRECT_STRIDE << rowBits);
      for (let i = 0; i < keys.length; i++) {
        const base = (keys[i] & this.mask) * DIRECT_STRIDE;
        for (let j = offsets[i]; j < offsets[i + 1]; j++) this.direct[base + cls[j]] = ints[j];
      }
      this.rowStart = new Int32Array(0);
      this.dense = null;
      this.packed = new Int32Array(0);
      return;
    }
    this.direct = null;
    this.rowStart = new Int32Array(1 << rowBits).fill(-1);
    let nDense = 0;
    let nSparse = 0;
    for (let i = 0; i < keys.length; i++) {
      const len = offsets[i + 1] - offsets[i];
      if (len >= DENSE_MIN_ENTRIES) nDense++;
      else nSparse += len;
    }
    const dense = (this.dense = new DenseRows(nClasses, nDense));
    // Only the sparse rows' entries, one after another: fewer cache lines to reach them.
    this.packed = new Int32Array(nSparse);
    let d = 0;
    let p = 0;
    for (let i = 0; i < keys.length; i++) {
      const start = offsets[i];
      const end = offsets[i + 1];
      if (start === end) continue;
      if (end - start >= DENSE_MIN_ENTRIES) {
        this.rowStart[keys[i] & this.mask] = -2 - dense.rowOffset(d);
        for (let j = start; j < end; j++) dense.rows[d * dense.stride + cls[j]] = ints[j];
        d++;
        continue;
      }
      this.rowStart[keys[i] & this.mask] = p;
      for (let j = start; j < end; j++) {
        const q = ints[j] & 0xffff;
        this.packed[p++] = (cls[j] << 17) | (j === end - 1 ? 0x10000 : 0) | q;
      }
    }
  }

  /** Adds the weights of each feature into `out` (not cleared here). */
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void {
    if (this.direct) {
      this.scoreDirect(this.direct, feats, n, out);
      return;
    }
    const { rowStart, packed, mask, packedScale, nClasses } = this;
    const dense = this.dense!;
    const { acc, hits } = dense;
    if (this.starts.length < n) this.starts = new Int32Array(n);
    const starts = this.starts;
    // Every row's start first, in a loop without branches: each is a read at a random place in a
    // table of megabytes, and the processor keeps several of them in flight only where no branch
    // on an earlier one stands between them (1.15-1.2x faster than one loop doing both).
    for (let f = 0; f < n; f++) starts[f] = rowStart[feats[f] & mask];
    let nHits = 0;
    for (let f = 0; f < n; f++) {
      let j = starts[f];
      if (j === -1) continue;
      if (j < -1) {
        // A dense row, gathered: most of the weights added are in dense rows (a tagger word hits
        // about 25 rows of 102 weights), and dense-rows.ts adds them together, eight at a time.
        hits[nHits++] = -2 - j;
        if (nHits === HITS_CAPACITY) {
          dense.add(nHits);
          nHits = 0;
        }
        continue;
      }
      for (;;) {
        const e = packed[j++];
        acc[e >>> 17] += (e << 16) >> 16;
        if (e & 0x10000) break;
      }
    }
    dense.add(nHits);
    for (let c = 0; c < nClasses; c++) {
      out[c] += acc[c] * packedScale;
      acc[c] = 0;
    }
  }

  private scoreDirect(direct: Int16Array, feats: ArrayLike<number>, n: number, out: Float32Array): void {
    const { mask, packedScale, nClasses } = this;
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (let f = 0; f < n; f++) {
      const j = (feats[f] & mask) * DIRECT_STRIDE;
      a0 += direct[j];
      a1 += direct[j + 1];
      a2 += direct[j + 2];
      a3 += direct[j + 3];
    }
    out[0] += a0 * packedScale;
    if (nClasses > 1) out[1] += a1 * packedScale;
    if (nClasses > 2) out[2] += a2 * packedScale;
    if (nClasses > 3) out[3] += a3 * packedScale;
  }

  /** The sparse rows (decoded again from the file for a loaded table). */
  get keys(): Uint32Array {
    return this.sparse().keys;
  }

  get offsets(): Uint32Array {
    return this.sparse().offsets;
  }

  get cls(): Uint16Array {
    return this.sparse().cls;
  }

  get val(): Float32Array {
    return this.sparse().val;
  }

  private sparse(): WeightRows {
    this.rows ??= decode(this.file!, '<weights>').rows;
    return this.rows;
  }

  toBuffer(): Buffer {
    const { keys, offsets, cls, val } = this.sparse();
    let maxAbs = 0;
    for (let i = 0; i < val.length; i++) maxAbs = Math.max(maxAbs, Math.abs(val[i]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(val.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(val[i] / scale);
    const header = new ArrayBuffer(32);
    const hv = new DataView(header);
    hv.setUint32(0, MAGIC, true);
    hv.setUint32(4, VERSION, true);
    hv.setUint32(8, this.nClasses, true);
    hv.setUint32(12, this.rowBits, true);
    hv.setUint32(16, keys.length, true);
    hv.setUint32(20, val.length, true);
    hv.setFloat64(24, scale, true);
    // Keys are ascending: store them delta-coded, which compresses far better.
    const deltas = new Uint32Array(keys.length);
    for (let i = 0; i < deltas.length; i++) deltas[i] = keys[i] - (i > 0 ? keys[i - 1] : 0);
    const lens = new Uint16Array(keys.length);
    for (let i = 0; i < lens.length; i++) lens[i] = offsets[i + 1] - offsets[i];
    const raw = Buffer.concat([
      Buffer.from(header),
      Buffer.from(deltas.buffer),
      Buffer.from(lens.buffer),
      Buffer.from(cls.buffer, cls.byteOffset, cls.byteLength),
      Buffer.from(q.buffer),
    ]);
    return gzipSync(raw, { level: 9 });
  }

  /** A table from its file's bytes, keeping only the lookup layout (and the bytes, for `keys` and the rest). */
  static fromBuffer(buf: Buffer, file = '<weights>'): WeightTable {
    const { nClasses, rowBits, rows, stored } = decode(buf, file, false);
    const t = new WeightTable(nClasses, rowBits, rows.keys, rows.offsets, rows.cls, rows.val, stored);
    t.rows = null;
    t.file = buf;
    return t;
  }
}

/**
 * The output buffer size for gunzipSync: the stream's own record of its uncompressed size (the
 * gzip trailer's last four bytes), so the bytes come out in one piece instead of 16 KB chunks
 * joined at the end (a third less time for the parser's two tables). Only a hint: a wrong value
 * changes the chunking, not the bytes.
 */
function sizeHint(buf: Buffer): number {
  const isize = buf.length >= 18 ? buf.readUInt32LE(buf.length - 4) : 0;
  return Math.min(Math.max(isize, 64 * 1024), 1 << 30);
}

/** Reads a weights file's bytes into the sparse rows; errors name `file`. */
function decode(buf: Buffer, file: string, withValues = true): { nClasses: number; rowBits: number; rows: WeightRows; stored: StoredWeights } {
  let raw: Buffer;
  try {
    raw = gunzipSync(buf, { chunkSize: sizeHint(buf) });
  } catch (e) {
    throw new DyadError('E_MODEL', 'weights are not a gzip stream', { file, cause: e });
  }
  if (raw.length < 32) throw new DyadError('E_MODEL', 'weights file is truncated', { file });
  const hv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (hv.getUint32(0, true) !== MAGIC) throw new DyadError('E_MODEL', 'not a dyad weights file', { file });
  if (hv.getUint32(4, true) !== VERSION) throw new DyadError('E_MODEL', 'unsupported weights version', { file });
  const nClasses = hv.getUint32(8, true);
  const rowBits = hv.getUint32(12, true);
  const nRows = hv.getUint32(16, true);
  const nEntries = hv.getUint32(20, true);
  const scale = hv.getFloat64(24, true);
  const need = 32 + nRows * 4 + nRows * 2 + nEntries * 2 + nEntries * 2;
  if (raw.length !== need) throw new DyadError('E_MODEL', `weights file has ${raw.length} bytes, expected ${need}`, { file });
  // Views on the decompressed bytes where they are aligned for the type (no copy), copies where not.
  const bytes = (off: number, n: number, align: number) =>
    (raw.byteOffset + off) % align === 0 ? [raw.buffer, raw.byteOffset + off] as const : [raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + n), 0] as const;
  let off = 32;
  const deltas = new Uint32Array(...bytes(off, nRows * 4, 4), nRows); off += nRows * 4;
  const lens = new Uint16Array(...bytes(off, nRows * 2, 2), nRows); off += nRows * 2;
  const cls = new Uint16Array(...bytes(off, nEntries * 2, 2), nEntries); off += nEntries * 2;
  const q = new Int16Array(...bytes(off, nEntries * 2, 2), nEntries);
  const keys = new Uint32Array(nRows);
  const offsets = new Uint32Array(nRows + 1);
  for (let i = 0, k = 0; i < nRows; i++) {
    k += deltas[i];
    keys[i] = k;
    offsets[i + 1] = offsets[i] + lens[i];
  }
  // Loading for lookup reads `stored` only: the float weights are built when the rows are asked for.
  const val = new Float32Array(withValues ? nEntries : 0);
  if (withValues) for (let i = 0; i < nEntries; i++) val[i] = q[i] * scale;
  return { nClasses, rowBits, rows: { keys, offsets, cls, val }, stored: { q, scale } };
}

/** Weights as a file stores them: int16 values and one scale. */
interface StoredWeights {
  q: Int16Array;
  scale: number;
}

/** The lookup layout's integer weights: each weight over maxAbs / 32767, rounded. */
function quantize(val: Float32Array): { scale: number; ints: Int32Array } {
  let maxAbs = 0;
  for (let i = 0; i < val.length; i++) maxAbs = Math.max(maxAbs, Math.abs(val[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const ints = new Int32Array(val.length);
  for (let i = 0; i < val.length; i++) ints[i] = Math.round(val[i] / scale);
  return { scale, ints };
}

/**
 * quantize() of the float weights a file's int16 values decode to, without building them: a
 * weight is fround(q * scale), so the largest magnitude is at the smallest or largest q (fround is
 * monotonic), and the integer for each of the 65536 values of q is computed once, in a table, with
 * the same arithmetic as quantize(). Loading the models' tables no longer divides per weight.
 */
function quantizeStored({ q, scale: fileScale }: StoredWeights): { scale: number; ints: Int32Array } {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < q.length; i++) {
    if (q[i] < lo) lo = q[i];
    else if (q[i] > hi) hi = q[i];
  }
  const asFloat = (v: number) => Math.fround(v * fileScale);
  const maxAbs = q.length === 0 ? 0 : Math.max(0, Math.abs(asFloat(lo)), Math.abs(asFloat(hi)));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const table = new Int32Array(65536);
  for (let v = lo; v <= hi; v++) table[v + 32768] = Math.round(asFloat(v) / scale);
  const ints = new Int32Array(q.length);
  for (let i = 0; i < q.length; i++) ints[i] = table[q[i] + 32768];
  return { scale, ints };
}
