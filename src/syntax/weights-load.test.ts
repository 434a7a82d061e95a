import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeightTable } from './weights.js';

/** A table of `nRows` rows with pseudo-random weights, rows of 1 to 12 entries (sparse and dense). */
function table(nClasses: number, nRows: number, sign: number): WeightTable {
  const keys: number[] = [];
  const offsets = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < nRows; r++) {
    keys.push(r * 7 + 1);
    const len = 1 + (r % Math.min(12, nClasses));
    for (let c = 0; c < len; c++) {
      cls.push(c);
      val.push(sign * (((Math.imul(r + 3, 2654435761) ^ Math.imul(c + 1, 40503)) >>> 0) % 20001 - 9000) / 7919);
    }
    offsets.push(cls.length);
  }
  return new WeightTable(nClasses, 12, Uint32Array.from(keys), Uint32Array.from(offsets), Uint16Array.from(cls), Float32Array.from(val));
}

function scores(t: WeightTable, nRows: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < nRows; r++) {
    const s = new Float32Array(t.nClasses);
    t.score(Uint32Array.of(r * 7 + 1, ((r + 5) % nRows) * 7 + 1), 2, s);
    out.push(...s);
  }
  return out;
}

// A loaded table is quantised from the file's int16 values through a table of the 65536 values
// (weights.ts quantizeStored); it must score exactly as one built from the decoded float weights.
for (const [nClasses, sign] of [[3, 1], [20, 1], [20, -1]] as const) {
  test(`a loaded weight table scores as one built from its decoded weights (${nClasses} classes, sign ${sign})`, () => {
    const loaded = WeightTable.fromBuffer(table(nClasses, 300, sign).toBuffer());
    const rebuilt = new WeightTable(loaded.nClasses, loaded.rowBits, loaded.keys, loaded.offsets, loaded.cls, loaded.val);
    assert.equal(loaded.entryCount, rebuilt.entryCount);
    assert.deepEqual(scores(loaded, 300), scores(rebuilt, 300));
  });
}
