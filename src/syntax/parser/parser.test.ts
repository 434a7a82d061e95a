import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureExamples } from './fixtures.js';
import { attachmentScores } from './evaluate.js';
import { Parser, trainParser } from './index.js';
import { costArray, goldTree, isProjective, projectivise, validActions, type Costs } from './oracle.js';
import { LEFT, N_ACTIONS, ParseState, RIGHT, SHIFT } from './state.js';
import { collectLabels, seededRandom } from './train.js';

const examples = fixtureExamples();
const labels = new Map(collectLabels(examples).map((l, i) => [l, i]));

function gold(ex: (typeof examples)[number], proj = false) {
  const n = ex.words.length;
  const head = new Int32Array(n + 1);
  const label = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    head[i + 1] = ex.head[i];
    label[i + 1] = labels.get(ex.deprel[i]) ?? -1;
  }
  return goldTree(proj ? projectivise(head) : head, label);
}

/** Runs the oracle from a state: `policy` picks among the valid actions; returns the summed cost. */
function run(st: ParseState, g: ReturnType<typeof gold>, policy: (cost: Float64Array, valid: Uint8Array) => number): number {
  const cost = new Float64Array(N_ACTIONS);
  const valid = new Uint8Array(N_ACTIONS);
  const tmp: Costs = { shift: 0, left: 0, right: 0 };
  let total = 0;
  let steps = 0;
  while (!st.isTerminal()) {
    costArray(st, g, tmp, cost);
    validActions(st, valid);
    const a = policy(cost, valid);
    assert.equal(valid[a], 1);
    total += cost[a];
    const d = st.s0;
    st.apply(a, a === SHIFT ? -1 : g.head[d] === st.headFor(a) ? g.label[d] : 0);
    assert.ok(++steps <= 2 * st.n, 'arc-hybrid takes exactly 2n actions');
  }
  return total;
}

const zeroCost = (cost: Float64Array, valid: Uint8Array) => {
  for (const a of [LEFT, RIGHT, SHIFT]) if (valid[a] && cost[a] === 0) return a;
  throw new Error('no zero-cost action on the oracle path');
};

test('the dynamic oracle reproduces every projective gold tree of the fixture, labels included', () => {
  let projective = 0;
  for (const ex of examples) {
    const g = gold(ex);
    if (!isProjective(g.head)) continue;
    projective++;
    const st = new ParseState(ex.words.length);
    assert.equal(run(st, g, zeroCost), 0);
    assert.deepEqual([...st.head.subarray(1)], [...g.head.subarray(1)]);
    assert.deepEqual([...st.label.subarray(1)], [...g.label.subarray(1)]);
  }
  assert.ok(projective > 100, `${projective} projective trees`);
});

test('projectivising makes the non-projective fixture trees derivable', () => {
  let nonProjective = 0;
  for (const ex of examples) {
    if (isProjective(gold(ex).head)) continue;
    nonProjective++;
    const g = gold(ex, true);
    assert.ok(isProjective(g.head));
    const st = new ParseState(ex.words.length);
    assert.equal(run(st, g, zeroCost), 0);
    assert.deepEqual([...st.head.subarray(1)], [...g.head.subarray(1)]);
  }
  assert.ok(nonProjective > 0, 'the fixture has non-projective trees');
});

test('the oracle cost is exact: actions off the gold path cost exactly the arcs they lose', () => {
  const rand = seededRandom(7);
  for (const ex of examples) {
    const g = gold(ex, true);
    for (let trial = 0; trial < 3; trial++) {
      const st = new ParseState(ex.words.length);
      // Random valid actions half the time, zero-cost ones otherwise.
      const spent = run(st, g, (cost, valid) => {
        if (rand() < 0.5) {
          const ok = [SHIFT, LEFT, RIGHT].filter((a) => valid[a]);
          return ok[Math.floor(rand() * ok.length)];
        }
        let best = -1;
        for (const a of [SHIFT, LEFT, RIGHT]) if (valid[a] && (best < 0 || cost[a] < cost[best])) best = a;
        return best;
      });
      let lost = 0;
      for (let d = 1; d <= ex.words.length; d++) if (st.head[d] !== g.head[d]) lost++;
      assert.equal(spent, lost, `sentence "${ex.words.join(' ').slice(0, 40)}"`);
    }
  }
});

function smallParser(epochs: number): Parser {
  return trainParser(examples, { epochs, seed: 3, rowBits: 16, labelRowBits: 14 });
}

test('training on the fixture learns it, and a saved model parses the same after loading', () => {
  const parser = smallParser(10);
  const pred = examples.map((e) => parser.parse(e.words, e.upos, e.xpos));
  const sc = attachmentScores(examples, pred, []);
  assert.ok(sc.uas > 95, `UAS on training data ${sc.uas}`);
  assert.ok(sc.las > 93, `LAS on training data ${sc.las}`);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-parser-'));
  try {
    parser.save(dir);
    const back = Parser.load(dir);
    for (let i = 0; i < examples.length; i++) {
      const e = examples[i];
      const r = back.parse(e.words, e.upos, e.xpos);
      assert.deepEqual([...r.head], [...pred[i].head]);
      assert.deepEqual(r.deprel, pred[i].deprel);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parses give one root and a head for every word; empty input gives an empty parse', () => {
  const parser = smallParser(2);
  assert.deepEqual(parser.parse([], [], []), { head: new Int32Array(0), deprel: [] });
  for (const e of examples.slice(0, 30)) {
    const r = parser.parse(e.words, e.upos, e.xpos);
    assert.equal(r.deprel.filter((l) => l === 'root').length, 1);
    assert.equal([...r.head].filter((h) => h === 0).length, 1);
    for (const h of r.head) assert.ok(h >= 0 && h <= e.words.length);
  }
});

test('a 10,000-word sentence parses in linear time to a well-formed tree', () => {
  const parser = smallParser(1);
  const words: string[] = [], upos: string[] = [], xpos: string[] = [];
  for (let i = 0; words.length < 10000; i = (i + 1) % examples.length) {
    words.push(...examples[i].words);
    upos.push(...examples[i].upos);
    xpos.push(...examples[i].xpos);
  }
  words.length = upos.length = xpos.length = 10000;
  const t0 = performance.now();
  const r = parser.parse(words, upos, xpos);
  // Generous bound: 2n decisions take well under a second; a quadratic step would not.
  assert.ok(performance.now() - t0 < 5000);
  assert.equal([...r.head].filter((h) => h === 0).length, 1);
  for (let i = 0; i < r.head.length; i++) {
    // No cycles: following heads from any word reaches the root within n steps.
    let x = i + 1;
    let steps = 0;
    while (x !== 0 && steps++ <= words.length) x = r.head[x - 1];
    assert.equal(x, 0);
  }
});
