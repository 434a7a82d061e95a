import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentScores } from './evaluate.js';
import { fixtureExamples } from './fixtures.js';
import { Parser, trainParser } from './index.js';
import { reverseExample, reverseHeads } from './reverse.js';
import { trainBeamParser } from './train-beam.js';

const examples = fixtureExamples();
const held = examples.slice(0, 40);
const train = examples.slice(40);
const rtl = trainParser(train, { epochs: 6, seed: 3, rowBits: 16, labelRowBits: 14, reverse: true });

test('reversing heads: "She saw him ." read backwards, and back again', () => {
  // She(1) <- saw(2) -> him(3), saw -> .(4); reversed: .(1) him(2) saw(3) She(4).
  assert.deepEqual([...reverseHeads([2, 0, 2, 2])], [3, 3, 0, 3]);
  for (const e of examples) assert.deepEqual([...reverseHeads(reverseHeads(e.head))], Array.from(e.head));
  const r = reverseExample(examples[0]);
  assert.deepEqual(r.words, [...examples[0].words].reverse());
  assert.deepEqual(reverseExample(r), { ...examples[0], head: Int32Array.from(Array.from(examples[0].head)) });
});

test('a right-to-left parser parses the reversed sentence and answers in reading order', () => {
  assert.equal(rtl.reverse, true);
  // The same weights read as a left-to-right model, given the reversed sentence by hand.
  const plain = new Parser(rtl.labels, rtl.vocab, rtl.actions, rtl.labelWeights, 1, false);
  for (const e of held) {
    const r = reverseExample(e);
    const byHand = plain.parse(r.words, r.upos, r.xpos);
    const got = rtl.parse(e.words, e.upos, e.xpos);
    assert.deepEqual([...got.head], [...reverseHeads(byHand.head)]);
    assert.deepEqual(got.deprel, [...byHand.deprel].reverse());
  }
  const sc = attachmentScores(held, held.map((e) => rtl.parse(e.words, e.upos, e.xpos)), []);
  assert.ok(sc.uas > 60, `held-out UAS ${sc.uas}`);
});

test('the direction survives saving, loading and beam training', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-rtl-'));
  try {
    rtl.save(dir);
    const loaded = Parser.load(dir);
    assert.equal(loaded.reverse, true);
    for (const e of held.slice(0, 10)) assert.deepEqual(loaded.parse(e.words, e.upos, e.xpos), rtl.parse(e.words, e.upos, e.xpos));
    const beam = trainBeamParser(train, rtl, { width: 4, epochs: 2, seed: 3, rowBits: 16 });
    assert.equal(beam.reverse, true);
    beam.save(dir);
    assert.equal(Parser.load(dir).reverse, true);
    const sc = attachmentScores(held, held.map((e) => beam.parse(e.words, e.upos, e.xpos)), []);
    assert.ok(sc.uas > 60, `held-out UAS ${sc.uas}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
