import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chuLiuEdmonds, eisner, emptyScores, type ScoreMatrix } from './mst.js';
import { isProjective } from './oracle.js';
import { isSingleRootTree } from './fixtures.js';
import { seededRandom } from '../../util/random.js';

const total = (s: ScoreMatrix, head: ArrayLike<number>) => Array.from(head).reduce((a, h, i) => a + s[h][i + 1], 0);

/** The best single-root tree by trying every head assignment (small n only). */
function bruteForce(s: ScoreMatrix, n: number, projective: boolean): number {
  let best = -Infinity;
  const head = new Array<number>(n).fill(0);
  const visit = (d: number): void => {
    if (d === n) {
      if (isSingleRootTree(head) && (!projective || isProjective(Int32Array.from([0, ...head])))) best = Math.max(best, total(s, head));
      return;
    }
    for (let h = 0; h <= n; h++) {
      if (h === d + 1) continue;
      head[d] = h;
      visit(d + 1);
    }
  };
  visit(0);
  return best;
}

function matrix(n: number, arcs: [number, number, number][]): ScoreMatrix {
  const s = emptyScores(n);
  for (let h = 0; h <= n; h++) for (let d = 1; d <= n; d++) if (h !== d) s[h][d] = 0;
  for (const [h, d, v] of arcs) s[h][d] = v;
  return s;
}

test('a cycle is broken where it costs least (hand-checked)', () => {
  // 1 <-> 2 score 10 each; the root reaches 1 with 5, 2 with 1: best is 0->1->2 (5 + 10).
  const s = matrix(2, [[1, 2, 10], [2, 1, 10], [0, 1, 5], [0, 2, 1]]);
  assert.deepEqual([...chuLiuEdmonds(s, 2)], [0, 1]);
  assert.deepEqual([...eisner(s, 2)], [0, 1]);
});

test('one root word even when the root scores every word highest', () => {
  // Each word's best head is the root (9), yet one may attach there: 0->2, 2->1 (4), 2->3 (4).
  const s = matrix(3, [[0, 1, 9], [0, 2, 9.5], [0, 3, 9], [2, 1, 4], [2, 3, 4], [1, 3, 3]]);
  assert.deepEqual([...chuLiuEdmonds(s, 3)], [2, 0, 2]);
  assert.deepEqual([...eisner(s, 3)], [2, 0, 2]);
});

test('a non-projective tree: Chu-Liu-Edmonds takes it, Eisner the best projective one', () => {
  // 0->2, 2->4, 4->1 crosses 2->3? Arcs: root 2; 2->4; 4->1; 2->3. (4,1) spans 2..3 whose head 2 is outside.
  const s = matrix(4, [[0, 2, 10], [2, 4, 10], [4, 1, 10], [2, 3, 10], [2, 1, 2]]);
  const c = chuLiuEdmonds(s, 4);
  assert.deepEqual([...c], [4, 0, 2, 2]);
  assert.ok(!isProjective(Int32Array.from([0, ...c])));
  const e = eisner(s, 4);
  assert.ok(isProjective(Int32Array.from([0, ...e])));
  assert.equal(total(s, e), 32);
});

test('both decoders find the optimum of random graphs (brute force, up to 5 words)', () => {
  const rand = seededRandom(7);
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + (trial % 5);
    const s = emptyScores(n);
    for (let h = 0; h <= n; h++) for (let d = 1; d <= n; d++) if (h !== d) s[h][d] = Math.floor(rand() * 5);
    const c = chuLiuEdmonds(s, n);
    const e = eisner(s, n);
    assert.ok(isSingleRootTree(c) && isSingleRootTree(e), `trial ${trial}`);
    assert.ok(isProjective(Int32Array.from([0, ...e])));
    assert.equal(total(s, c), bruteForce(s, n, false), `trial ${trial}: Chu-Liu-Edmonds`);
    assert.equal(total(s, e), bruteForce(s, n, true), `trial ${trial}: Eisner`);
  }
});

test('no words, no heads', () => {
  assert.equal(chuLiuEdmonds(emptyScores(0), 0).length, 0);
  assert.equal(eisner(emptyScores(0), 0).length, 0);
});
