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
