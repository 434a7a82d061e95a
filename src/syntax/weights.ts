/**
 * Frozen sparse weights for inference: feature row -> (class, weight) pairs, looked up through an
 * open-addressing table. Serialised as a small binary file (gzip-compressed, quantised to int16
 * with one scale per table).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../util/errors.js';

const MAGIC = 0x57505944; // 'DYPW'
const VERSION = 1;
const DIRECT_MAX_CLASSES = 4;
const DIRECT_STRIDE = 4;

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
   * 2^rowBits) is -1 for an empty row, the first packed entry of a sparse row, or -2 - k for dense
   * row k. A sparse entry is one int32 (class << 17 | last-of-row << 16 | int16 weight), so a feature
   * touches two cache lines, not five; rows holding many classes (frequent features such as tag
   * pairs) are stored dense as int16 and added without per-entry branches. Integer weights are
   * summed in `acc` and scaled once.
   */
  private readonly rowStart: Int32Array;
  private readonly packed: Int32Array;
  private readonly dense: Int16Array;
  private readonly packedScale: number;
  private readonly acc: Int32Array;
  /** Where the dense rows a score() call hits begin, gathered so they are summed four at a time. */
  private denseHits = new Int32Array(64);
  /**
   * Tables of at most DIRECT_MAX_CLASSES classes (the parser's actions) skip the two-level layout:
   * every row holds DIRECT_STRIDE int16 weights in place, so a feature costs one memory access.
   * Same weights and scale as the packed layout, so scores are identical.
   */
  private readonly direct: Int16Array | null;

  constructor(nClasses: number, rowBits: number, keys: Uint32Array, offsets: Uint32Array, cls: Uint16Array, val: Float32Array) {
    this.nClasses = nClasses;
    this.rowBits = rowBits;
    this.mask = (1 << rowBits) - 1;
    this.rows = { keys, offsets, cls, val };
    this.entryCount = val.length;
    this.acc = new Int32Array(nClasses);
    let maxAbs = 0;
    for (let i = 0; i < val.length; i++) maxAbs = Math.max(maxAbs, Math.abs(val[i]));
    this.packedScale = maxAbs > 0 ? maxAbs / 32767 : 1;
    if (nClasses <= DIRECT_MAX_CLASSES) {
      this.direct = new Int16Array(DIRECT_STRIDE << rowBits);
      for (let i = 0; i < keys.length; i++) {
        const base = (keys[i] & this.mask) * DIRECT_STRIDE;
        for (let j = offsets[i]; j < offsets[i + 1]; j++) this.direct[base + cls[j]] = Math.round(val[j] / this.packedScale);
      }
      this.rowStart = new Int32Array(0);
      this.dense = new Int16Array(0);
      this.packed = new Int32Array(0);
      return;
    }
    this.direct = null;
    this.rowStart = new Int32Array(1 << rowBits).fill(-1);
    const denseMin = Math.max(8, nClasses >> 2);
    let nDense = 0;
    for (let i = 0; i < keys.length; i++) if (offsets[i + 1] - offsets[i] >= denseMin) nDense++;
    this.dense = new Int16Array(nDense * nClasses);
    this.packed = new Int32Array(val.length);
    let d = 0;
    for (let i = 0; i < keys.length; i++) {
      const start = offsets[i];
      const end = offsets[i + 1];
      if (start === end) continue;
      if (end - start >= denseMin) {
        this.rowStart[keys[i] & this.mask] = -2 - d;
        for (let j = start; j < end; j++) this.dense[d * nClasses + cls[j]] = Math.round(val[j] / this.packedScale);
        d++;
        continue;
      }
      this.rowStart[keys[i] & this.mask] = start;
      for (let j = start; j < end; j++) {
        const q = Math.round(val[j] / this.packedScale) & 0xffff;
        this.packed[j] = (cls[j] << 17) | (j === end - 1 ? 0x10000 : 0) | q;
      }
    }
  }

  /** Adds the weights of each feature into `out` (not cleared here). */
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void {
    if (this.direct) {
      this.scoreDirect(this.direct, feats, n, out);
      return;
    }
    const { rowStart, packed, dense, mask, packedScale, acc, nClasses } = this;
    if (this.denseHits.length < n) this.denseHits = new Int32Array(n);
    const hits = this.denseHits;
    let nHits = 0;
    for (let f = 0; f < n; f++) {
      let j = rowStart[feats[f] & mask];
      if (j === -1) continue;
      if (j < -1) {
        hits[nHits++] = (-2 - j) * nClasses;
        continue;
      }
      for (;;) {
        const e = packed[j++];
        acc[e >>> 17] += (e << 16) >> 16;
        if (e & 0x10000) break;
      }
    }
    // Dense rows are most of the work: on EWT dev half the tagger's feature hits are dense rows of
    // 102 weights, against sparse rows of ten entries. Adding four rows per pass over acc reads and
    // writes acc a quarter as often; the sums are integers, so the order changes nothing.
    let h = 0;
    for (; h + 4 <= nHits; h += 4) {
      const b0 = hits[h], b1 = hits[h + 1], b2 = hits[h + 2], b3 = hits[h + 3];
      for (let c = 0; c < nClasses; c++) acc[c] += dense[b0 + c] + dense[b1 + c] + dense[b2 + c] + dense[b3 + c];
    }
    for (; h < nHits; h++) {
      const b0 = hits[h];
      for (let c = 0; c < nClasses; c++) acc[c] += dense[b0 + c];
    }
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
    const { nClasses, rowBits, rows } = decode(buf, file);
    const t = new WeightTable(nClasses, rowBits, rows.keys, rows.offsets, rows.cls, rows.val);
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
function decode(buf: Buffer, file: string): { nClasses: number; rowBits: number; rows: WeightRows } {
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
  const copy = (off: number, bytes: number) => raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + bytes);
  let off = 32;
  const deltas = new Uint32Array(copy(off, nRows * 4)); off += nRows * 4;
  const lens = new Uint16Array(copy(off, nRows * 2)); off += nRows * 2;
  const cls = new Uint16Array(copy(off, nEntries * 2)); off += nEntries * 2;
  const q = new Int16Array(copy(off, nEntries * 2));
  const keys = new Uint32Array(nRows);
  const offsets = new Uint32Array(nRows + 1);
  for (let i = 0, k = 0; i < nRows; i++) {
    k += deltas[i];
    keys[i] = k;
    offsets[i + 1] = offsets[i] + lens[i];
  }
  const val = new Float32Array(nEntries);
  for (let i = 0; i < nEntries; i++) val[i] = q[i] * scale;
  return { nClasses, rowBits, rows: { keys, offsets, cls, val } };
}
