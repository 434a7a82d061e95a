/**
 * Frozen sparse weights for inference: feature row -> (class, weight) pairs, looked up through an
 * open-addressing table. Serialised as a small binary file (gzip-compressed, quantised to int16
 * with one scale per table).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../util/errors.js';

const MAGIC = 0x57505944; // 'DYPW'
const VERSION = 1;

export class WeightTable {
  readonly nClasses: number;
  readonly rowBits: number;
  private readonly mask: number;
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  readonly cls: Uint16Array;
  readonly val: Float32Array;
  private readonly slots: Int32Array;
  private readonly slotMask: number;

  constructor(nClasses: number, rowBits: number, keys: Uint32Array, offsets: Uint32Array, cls: Uint16Array, val: Float32Array) {
    this.nClasses = nClasses;
    this.rowBits = rowBits;
    this.mask = (1 << rowBits) - 1;
    this.keys = keys;
    this.offsets = offsets;
    this.cls = cls;
    this.val = val;
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.slots = new Int32Array(cap).fill(-1);
    this.slotMask = cap - 1;
    for (let i = 0; i < keys.length; i++) {
      let s = WeightTable.spread(keys[i]) & this.slotMask;
      while (this.slots[s] !== -1) s = (s + 1) & this.slotMask;
      this.slots[s] = i;
    }
  }

  private static spread(x: number): number {
    return Math.imul(x, 0x9e3779b1) >>> 7;
  }

  /** Index of the row for a feature hash, or -1. */
  private find(feature: number): number {
    const key = feature & this.mask;
    let s = WeightTable.spread(key) & this.slotMask;
    for (;;) {
      const i = this.slots[s];
      if (i === -1) return -1;
      if (this.keys[i] === key) return i;
      s = (s + 1) & this.slotMask;
    }
  }

  /** Adds the weights of each feature into `out` (not cleared here). */
  score(feats: ArrayLike<number>, n: number, out: Float32Array): void {
    const { offsets, cls, val } = this;
    for (let f = 0; f < n; f++) {
      const i = this.find(feats[f]);
      if (i < 0) continue;
      for (let j = offsets[i], e = offsets[i + 1]; j < e; j++) out[cls[j]] += val[j];
    }
  }

  get entryCount(): number {
    return this.val.length;
  }

  toBuffer(): Buffer {
    let maxAbs = 0;
    for (let i = 0; i < this.val.length; i++) maxAbs = Math.max(maxAbs, Math.abs(this.val[i]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(this.val.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.val[i] / scale);
    const header = new ArrayBuffer(32);
    const hv = new DataView(header);
    hv.setUint32(0, MAGIC, true);
    hv.setUint32(4, VERSION, true);
    hv.setUint32(8, this.nClasses, true);
    hv.setUint32(12, this.rowBits, true);
    hv.setUint32(16, this.keys.length, true);
    hv.setUint32(20, this.val.length, true);
    hv.setFloat64(24, scale, true);
    // Keys are ascending: store them delta-coded, which compresses far better.
    const deltas = new Uint32Array(this.keys.length);
    for (let i = 0; i < deltas.length; i++) deltas[i] = this.keys[i] - (i > 0 ? this.keys[i - 1] : 0);
    const lens = new Uint16Array(this.keys.length);
    for (let i = 0; i < lens.length; i++) lens[i] = this.offsets[i + 1] - this.offsets[i];
    const raw = Buffer.concat([
      Buffer.from(header),
      Buffer.from(deltas.buffer),
      Buffer.from(lens.buffer),
      Buffer.from(this.cls.buffer, this.cls.byteOffset, this.cls.byteLength),
      Buffer.from(q.buffer),
    ]);
    return gzipSync(raw, { level: 9 });
  }

  static fromBuffer(buf: Buffer, file = '<weights>'): WeightTable {
    let raw: Buffer;
    try {
      raw = gunzipSync(buf);
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
    return new WeightTable(nClasses, rowBits, keys, offsets, cls, val);
  }
}
