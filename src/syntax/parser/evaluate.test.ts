import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachmentScores } from './evaluate.js';

test('attachment scores count every word and compare universal labels, as CoNLL 2018 does', () => {
  const gold = [{ head: [2, 0, 2, 2], deprel: ['nsubj:pass', 'root', 'obl:tmod', 'punct'] }];
  const pred = [{ head: [2, 0, 2, 3], deprel: ['nsubj', 'root', 'obj', 'punct'] }];
  const s = attachmentScores(gold, pred, ['nsubj', 'obj', 'obl']);
  assert.equal(s.words, 4);
  assert.equal(s.uas, 75); // the punctuation head is wrong, and punctuation counts
  assert.equal(s.las, 50); // nsubj:pass vs nsubj is right on the universal part; obl vs obj is wrong
  assert.equal(s.lasFull, 25);
  assert.equal(s.labels.nsubj.f1, 1);
  assert.equal(s.labels.obj.precision, 0);
  assert.equal(s.labels.obl.recall, 0);
  assert.equal(s.labels.obl.gold, 1);
});

test('pruning drops only the weights below the fraction of the largest, and empty rows with them', async () => {
  const { WeightTable } = await import('../weights.js');
  const { pruneTable } = await import('./prune.js');
  // Row 5: weights 10 and 0.5; row 9: only 0.2.
  const t = new WeightTable(3, 8, Uint32Array.from([5, 9]), Uint32Array.from([0, 2, 3]), Uint16Array.from([0, 2, 1]), Float32Array.from([10, 0.5, 0.2]));
  const p = pruneTable(t, 0.04);
  assert.deepEqual([...p.keys], [5]);
  assert.deepEqual([...p.cls], [0, 2]);
  const out = new Float32Array(3);
  p.score([5, 9], 2, out);
  assert.ok(Math.abs(out[0] - 10) < 1e-3 && Math.abs(out[2] - 0.5) < 1e-3 && out[1] === 0);
  assert.equal(pruneTable(t, 0.06).entryCount, 1);
});
