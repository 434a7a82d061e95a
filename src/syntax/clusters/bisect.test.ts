import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bisect, centreAndNormalise, type Matrix } from './bisect.js';

/** Points around the four directions (+-1, 0) and (0, +-1) in 2-d, with a little seeded jitter. */
function fourGroups(perGroup: number): { m: Matrix; group: number[] } {
  const centres = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  const data: number[] = [];
  const group: number[] = [];
  let s = 7;
  const jitter = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 0.2;
  for (let i = 0; i < perGroup; i++) {
    centres.forEach(([x, y], g) => {
      data.push(x + jitter(), y + jitter());
      group.push(g);
    });
  }
  return { m: { data: Float64Array.from(data), n: group.length, dim: 2 }, group };
}

test('centreAndNormalise leaves unit rows with the mean removed', () => {
  const m: Matrix = { data: Float64Array.from([3, 1, 5, 1, 4, 4]), n: 3, dim: 2 };
  centreAndNormalise(m);
  // Mean (4, 2): rows (-1, -1), (1, -1), (0, 2), scaled to unit length.
  const r = Math.SQRT1_2;
  assert.deepEqual([...m.data].map((x) => Number(x.toFixed(6))), [-r, -r, r, -r, 0, 1].map((x) => Number(x.toFixed(6))));
});

test('bisect puts each of four direction groups in its own 2-bit cluster', () => {
  const { m, group } = fourGroups(25);
  centreAndNormalise(m);
  const paths = bisect(m, { depth: 2, seed: 3 });
  assert.ok(paths.every((p) => p.length === 2));
  const byGroup = new Map<number, Set<string>>();
  group.forEach((g, i) => byGroup.set(g, (byGroup.get(g) ?? new Set()).add(paths[i])));
  const clusterOfGroup = [...byGroup.values()].map((s) => [...s]);
  assert.ok(clusterOfGroup.every((s) => s.length === 1), 'a group is split');
  assert.equal(new Set(clusterOfGroup.map((s) => s[0])).size, 4, 'two groups share a cluster');
  assert.equal(bisect(m, { depth: 2, seed: 3 }).join(), paths.join(), 'same seed, same paths');
});

test('bisect stops at the depth and at the minimum size', () => {
  const { m } = fourGroups(4);
  centreAndNormalise(m);
  assert.ok(bisect(m, { depth: 1 }).every((p) => p.length === 1));
  const deep = bisect(m, { depth: 10, minSize: 4 });
  const sizes = new Map<string, number>();
  for (const p of deep) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  // 16 distinct rows: every cluster of 4 or more is split again, so each leaf has 1-3 rows.
  assert.ok(deep.every((p) => p.length >= 2 && p.length <= 10));
  assert.ok([...sizes.values()].every((n) => n >= 1 && n < 4), `leaf sizes ${[...sizes.values()]}`);
  // A minimum size above the row count splits nothing.
  assert.ok(bisect(m, { depth: 10, minSize: m.n + 1 }).every((p) => p === ''));
});

test('identical rows are never split', () => {
  const m: Matrix = { data: Float64Array.from([1, 0, 1, 0, 1, 0]), n: 3, dim: 2 };
  assert.deepEqual(bisect(m, { depth: 4 }), ['', '', '']);
});
