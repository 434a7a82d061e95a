import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineTrees } from './ensemble.js';
import { decodeHeads, gridScores, rankRows, scoreLabelled, steps, weightSettings } from './ensemble-grid.js';
import { attachmentScores } from './evaluate.js';

const tree = (head: number[], deprel: string[]) => ({ head: Int32Array.from(head), deprel });

test('weight ranges step exactly and settings keep the first member fixed', () => {
  assert.deepEqual(steps(0.3, 1.2, 0.1), [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2]);
  assert.deepEqual(steps(0.5, 0.5, 0.1), [0.5]);
  assert.throws(() => steps(1, 0.5, 0.1));
  assert.throws(() => steps(0.3, 1.2, 0));
  assert.deepEqual(weightSettings(3, 1, [0.5, 0.7]), [[1, 0.5, 0.5], [1, 0.5, 0.7], [1, 0.7, 0.5], [1, 0.7, 0.7]]);
  assert.deepEqual(weightSettings(1, 1, [0.5, 0.7]), [[1]]);
});

// Two sentences, three members. Gold agrees with member c on the first sentence and with a on the second.
const gold = [tree([0, 1, 2], ['root', 'acl', 'obj']), tree([2, 0], ['nsubj', 'root'])];
const members = [
  [tree([2, 0, 2], ['nsubj', 'root', 'obj']), tree([2, 0, 2], ['nsubj', 'root', 'iobj']), tree([0, 1, 2], ['root', 'acl', 'obj'])],
  [tree([2, 0], ['nsubj', 'root']), tree([0, 1], ['root', 'dep']), tree([2, 0], ['obj', 'root'])],
];

test('a setting scores what the ensemble itself would parse with those weights', () => {
  // Steps of 0.4 from 0.3: no setting ties a vote (c = 1 + b, or b = 1 + c).
  const settings = weightSettings(3, 1, steps(0.3, 2.3, 0.4));
  const rows = gridScores(members, gold, settings, 'eisner');
  assert.equal(rows.length, 36);
  rows.forEach((r, i) => {
    assert.deepEqual(r.weights, settings[i]);
    const sc = attachmentScores(gold, members.map((t) => combineTrees(t, settings[i], 'eisner')), []);
    assert.equal(r.uas, sc.uas);
    assert.equal(r.las, sc.las);
    assert.equal(r.lasFull, sc.lasFull);
  });
  // Only a heavy third member gets the first sentence right; the second is right whenever a and c outvote b.
  const best = rankRows(rows)[0];
  assert.equal(best.uas, 100);
  assert.ok(best.weights[2] > best.weights[0] + best.weights[1]);
  assert.ok(rows.some((r) => r.uas < 100));
});

test('labels can be voted with other weights than the arcs', () => {
  const heads = decodeHeads(members, [1, 1, 1], 'cle');
  assert.deepEqual([...heads[0]], [2, 0, 2]);
  // Right: the first sentence's object (obj, 2 votes to 1) and the second sentence's subject and root
  // (nsubj of a against obj of c, a tie that goes to the earlier member).
  assert.equal(scoreLabelled(members, heads, [1, 1, 1], gold).las, 100 * 3 / 5);
  // Labels weighted towards c make the second sentence's subject 'obj', one label fewer right.
  assert.equal(scoreLabelled(members, heads, [1, 0.5, 2], gold).las, 100 * 2 / 5);
});
