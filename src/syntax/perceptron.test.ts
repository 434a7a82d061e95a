import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerceptronTrainer } from './perceptron.js';
import { WeightTable } from './weights.js';
import { feat1, hashString } from './hash.js';

// A small separable problem: the class is decided by which of three words is present.
const words = ['alpha', 'beta', 'gamma'];
function example(i: number): { feats: number[]; cls: number } {
  const cls = i % 3;
  return { feats: [feat1(1, hashString(words[cls])), feat1(2, i % 7)], cls };
}

test('perceptron learns a separable problem and its frozen table scores the same', () => {
  const t = new PerceptronTrainer(3, 12);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 20; epoch++) {
    for (let i = 0; i < 60; i++) {
      const { feats, cls } = example(i);
      scores.fill(0);
      t.score(feats, feats.length, scores);
      let best = 0;
      for (let k = 1; k < 3; k++) if (scores[k] > scores[best]) best = k;
      t.step(cls, best, feats, feats.length);
      t.tick();
    }
  }
  const frozen = t.freeze();
  const back = WeightTable.fromBuffer(frozen.toBuffer());
  let right = 0;
  for (let i = 0; i < 60; i++) {
    const { feats, cls } = example(i);
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    frozen.score(feats, feats.length, a);
    back.score(feats, feats.length, b);
    if (a.indexOf(Math.max(...a)) === cls) right++;
    for (let k = 0; k < 3; k++) assert.ok(Math.abs(a[k] - b[k]) < 1e-3, `class ${k}: ${a[k]} vs ${b[k]}`);
  }
  // The averaged model may lose a tie or two on this noisy toy set, never more.
  assert.ok(right >= 57, `${right}/60 right`);
});

test('a loaded table gives back its sparse rows on demand, and saves to the same bytes', () => {
  const t = new PerceptronTrainer(3, 12);
  for (let i = 0; i < 60; i++) {
    const { feats, cls } = example(i);
    t.step(cls, (cls + 1) % 3, feats, feats.length);
    t.tick();
  }
  const frozen = t.freeze();
  const bytes = frozen.toBuffer();
  const back = WeightTable.fromBuffer(bytes);
  assert.equal(back.entryCount, frozen.entryCount);
  assert.ok(back.entryCount > 0);
  assert.deepEqual([...back.keys], [...frozen.keys]);
  assert.deepEqual([...back.offsets], [...frozen.offsets]);
  assert.deepEqual([...back.cls], [...frozen.cls]);
  for (let j = 0; j < frozen.val.length; j++) assert.ok(Math.abs(back.val[j] - frozen.val[j]) < 1e-3);
  assert.ok(back.toBuffer().equals(bytes));
});

test('a corrupt weights file is a clear E_MODEL error', () => {
  assert.throws(() => WeightTable.fromBuffer(Buffer.from('not gzip'), 'x.bin'), /x\.bin: weights are not a gzip stream/);
});

test('a trainer warm-started from a frozen table scores as the table does, and rejects another shape', () => {
  const t = new PerceptronTrainer(3, 12);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (let i = 0; i < 60; i++) {
      const { feats, cls } = example(i);
      t.step(cls, (cls + 1) % 3, feats, feats.length);
      t.tick();
    }
  }
  const frozen = t.freeze();
  const warm = new PerceptronTrainer(3, 12);
  warm.warmStart(frozen);
  for (let i = 0; i < 10; i++) {
    const { feats } = example(i);
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    frozen.score(feats, feats.length, a);
    warm.score(feats, feats.length, b);
    for (let k = 0; k < 3; k++) assert.ok(Math.abs(a[k] - b[k]) < 1e-3 * Math.max(1, Math.abs(a[k])), `class ${k}: ${a[k]} vs ${b[k]}`);
  }
  assert.throws(() => new PerceptronTrainer(4, 12).warmStart(frozen), /other classes or rows/);
});
