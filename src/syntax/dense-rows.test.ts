import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DenseRows, HITS_CAPACITY } from './dense-rows.js';
import { WeightTable } from './weights.js';

/** A deterministic pseudo-random int16 weight for row r, class c. */
function weight(r: number, c: number): number {
  return ((Math.imul(r + 1, 2654435761) ^ Math.imul(c + 7, 40503)) >>> 0) % 65535 - 32767;
}

for (const simd of [true, false]) {
  test(`dense rows sum exactly the rows named, repeats included (${simd ? 'WebAssembly SIMD' : 'JavaScript'})`, () => {
    for (const nClasses of [5, 13, 102]) {
      const d = new DenseRows(nClasses, 40, simd);
      assert.equal(d.stride % 8, 0);
      for (let r = 0; r < 40; r++) for (let c = 0; c < nClasses; c++) d.rows[r * d.stride + c] = weight(r, c);
      const named = [3, 39, 0, 3, 17, 17, 17, 8, 21];
      named.forEach((r, i) => (d.hits[i] = d.rowOffset(r)));
      d.acc[0] = 5; // sums go on from what acc holds
      d.add(named.length);
      for (let c = 0; c < nClasses; c++) {
        const want = named.reduce((sum, r) => sum + weight(r, c), c === 0 ? 5 : 0);
        assert.equal(d.acc[c], want, `${nClasses} classes, class ${c}`);
      }
    }
  });
}

test('a weight table scores more dense rows than the gather buffer holds, and its sparse rows too', () => {
  // 300 dense rows (8+ classes each) and 300 sparse rows (2 classes each), all hit by one feature set.
  const nClasses = 20;
  const keys: number[] = [];
  const offsets = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < 600; r++) {
    keys.push(r);
    const classes = r < 300 ? [...Array(nClasses).keys()] : [r % nClasses, (r + 1) % nClasses];
    for (const c of classes) {
      cls.push(c);
      val.push(weight(r, c) / 1000);
    }
    offsets.push(cls.length);
  }
  const t = new WeightTable(nClasses, 12, Uint32Array.from(keys), Uint32Array.from(offsets), Uint16Array.from(cls), Float32Array.from(val));
  const feats = Uint32Array.from(keys);
  assert.ok(feats.length > HITS_CAPACITY);
  const out = new Float32Array(nClasses);
  t.score(feats, feats.length, out);
  for (let c = 0; c < nClasses; c++) {
    let want = 0;
    for (let r = 0; r < 600; r++) for (let j = offsets[r]; j < offsets[r + 1]; j++) if (cls[j] === c) want += val[j];
    assert.ok(Math.abs(out[c] - want) < 0.05, `class ${c}: ${out[c]} vs ${want}`);
  }
});
