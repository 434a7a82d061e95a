import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Arena } from './arena.js';
import { Lookup } from './inputs.js';
import { jsKernels, kernels } from './kernels.js';
import { Network, type Dims } from './network.js';
import { mulberry32 } from '../tagger/train.js';

const DIMS: Dims = { word: 4, suffix: 4, tag: 4, shape: 4, hidden: 4, layers: 2, arc: 4, label: 4, buckets: 16 };

function tiny(k: 'js' | 'best') {
  const lookup = new Lookup({ words: ['the', 'minister', 'said'], upos: ['DET', 'NOUN', 'VERB'], xpos: ['DT', 'NN', 'VBD'], labels: ['root', 'det', 'nsubj'] }, DIMS.buckets);
  const arena = new Arena(1 << 16);
  const net = new Network(arena, k === 'js' ? jsKernels(arena) : kernels(arena), DIMS, { words: 3, upos: 3, xpos: 3, labels: 3 }, mulberry32(7));
  // Non-zero biaffine weights so every path carries gradient.
  const f = arena.f32;
  // Non-zero biases keep the ReLU units away from their kink, where finite differences mislead.
  for (const p of net.params.list) if (p.name === 'arc.u' || p.name === 'arc.bias' || /^(arc|lab)\.\w+\.b$/.test(p.name)) for (let i = 0; i < p.rows * p.cols; i++) f[p.w + i] = Math.sin(i + 1) * 0.5;
  const e = lookup.encode(['The', 'minister', 'said', 'Tokyo'], ['DET', 'NOUN', 'VERB', 'PROPN'], ['DT', 'NN', 'VBD', 'NNP']);
  const gold = { head: Int32Array.from([2, 3, 0, 3]), label: Int32Array.from([1, 2, 0, 2]), scale: 1 };
  const noDrop = { input: 0, hidden: 0, random: mulberry32(1) };
  const loss = () => {
    const m = arena.mark();
    const r = net.run(e, noDrop, gold).loss;
    arena.reset(m);
    return r;
  };
  return { net, arena, loss };
}

for (const kind of ['js', 'best'] as const) {
  test(`network: analytic gradients match finite differences (${kind} kernels)`, () => {
    const { net, arena, loss } = tiny(kind);
    net.params.zeroGrad();
    loss(); // accumulates the analytic gradients once
    const f = arena.f32;
    const analytic = net.params.list.map((p) => Float64Array.from(f.subarray(p.g, p.g + p.rows * p.cols)));
    let checked = 0;
    const off: string[] = [];
    net.params.list.forEach((p, pi) => {
      const n = p.rows * p.cols;
      for (let s = 0; s < Math.min(n, 6); s++) {
        const i = (s * 7919) % n;
        const keep = f[p.w + i];
        const eps = 1e-3;
        f[p.w + i] = keep + eps;
        const up = loss();
        f[p.w + i] = keep - eps;
        const down = loss();
        f[p.w + i] = keep;
        const numeric = (up - down) / (2 * eps);
        const a = analytic[pi][i];
        // Embedding rows no word uses have zero gradient either way.
        if (Math.abs(numeric - a) > 3e-3 + 0.15 * Math.abs(numeric)) off.push(`${p.name}[${i}]: analytic ${a}, numeric ${numeric}`);
        if (Math.abs(a) > 1e-4) checked++;
      }
    });
    // A ReLU unit at its kink can differ; anything more is a wrong gradient.
    assert.ok(off.length <= 2, off.join('\n'));
    assert.ok(checked > 40, `only ${checked} non-zero gradients checked`);
  });
}


test('network: a pass that has to grow the arena midway computes what a roomy one does', () => {
  const roomy = tiny('best');
  roomy.net.params.zeroGrad();
  const expected = roomy.loss();
  const grads = roomy.net.params.list.map((p) => Array.from(roomy.arena.f32.subarray(p.g, p.g + p.rows * p.cols)));
  // Leave 0, 16, 32, ... floats free above the top, so the memory has to grow at each point of the pass in turn.
  for (let free = 0; free <= 6000; free += 16) {
    const t = tiny('best');
    t.net.params.zeroGrad();
    t.arena.alloc(t.arena.f32.length - t.arena.mark() - free);
    assert.equal(t.loss(), expected, `${free} floats free`);
    t.net.params.list.forEach((p, i) => assert.deepEqual(Array.from(t.arena.f32.subarray(p.g, p.g + p.rows * p.cols)), grads[i], `${p.name}, ${free} floats free`));
  }
});
