import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Beam, parseBeam, pathActions } from './beam.js';
import { attachmentScores } from './evaluate.js';
import { SentenceCodes } from './features.js';
import { fixtureExamples } from './fixtures.js';
import { Parser, trainParser } from './index.js';
import { sharedParserDir } from './parser.js';
import { ParseState } from './state.js';
import { trainBeamParser } from './train-beam.js';

const examples = fixtureExamples();
const held = examples.slice(0, 40);
const train = examples.slice(40);
const greedy = trainParser(train, { epochs: 6, seed: 3, rowBits: 16, labelRowBits: 14 });

test('a beam of width 1 parses exactly as greedy decoding', () => {
  const beam = new Beam(1, greedy.labels.length);
  for (const e of held) {
    const st = parseBeam(beam, e.words.length, new SentenceCodes(e.words, e.upos, e.xpos, greedy.vocab), greedy.actions, greedy.labelWeights, greedy.rootLabel);
    const g = greedy.parse(e.words, e.upos, e.xpos);
    assert.deepEqual([...st.head.subarray(1)], [...g.head]);
  }
});

test('beam items stay in step: 2n transitions, best first, each path leading to its state', () => {
  const beam = new Beam(4, greedy.labels.length);
  const e = held[3];
  const sc = new SentenceCodes(e.words, e.upos, e.xpos, greedy.vocab);
  beam.start(e.words.length);
  let steps = 0;
  while (!beam.done()) {
    beam.advance(sc, greedy.actions, greedy.labelWeights, greedy.rootLabel);
    steps++;
    for (let j = 1; j < beam.size; j++) assert.ok(beam.score[j - 1] >= beam.score[j]);
  }
  assert.equal(steps, 2 * e.words.length);
  assert.ok(beam.size > 1);
  for (let j = 0; j < beam.size; j++) {
    // Replaying an item's path from the start reaches the same tree.
    const st = new ParseState(e.words.length);
    const labels: number[] = [];
    for (let s = beam.path[j]; s; s = s.prev) labels.unshift(s.label);
    pathActions(beam.path[j]).forEach((a, t) => st.apply(a, labels[t]));
    assert.deepEqual([...st.head], [...beam.states[j].head]);
    assert.deepEqual([...st.label], [...beam.states[j].label]);
  }
});

test('copyFrom makes an independent copy of a state', () => {
  const a = new ParseState(3);
  a.apply(0, -1);
  a.apply(0, -1);
  const b = new ParseState(3);
  b.copyFrom(a);
  b.apply(1, 0);
  assert.equal(a.sp, 3);
  assert.equal(b.sp, 2);
  assert.equal(a.head[2], -1);
  assert.equal(b.head[2], 3);
});

test('global training for the beam learns the fixture, and the saved beam parser loads with its width', () => {
  const beamParser = trainBeamParser(train, greedy, { width: 4, epochs: 10, seed: 3, rowBits: 16 });
  assert.equal(beamParser.beamWidth, 4);
  const pred = train.map((e) => beamParser.parse(e.words, e.upos, e.xpos));
  const sc = attachmentScores(train, pred, []);
  assert.ok(sc.uas > 93, `beam UAS on its training data ${sc.uas}`);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-beam-'));
  try {
    beamParser.save(dir);
    const back = Parser.load(dir);
    assert.equal(back.beamWidth, 4);
    for (let i = 0; i < 20; i++) assert.deepEqual([...back.parse(train[i].words, train[i].upos, train[i].xpos).head], [...pred[i].head]);
    // Saved beside its base, sharing the base's vocabulary and label model: only meta.json and actions.bin.
    greedy.save(join(dir, 'base'));
    beamParser.save(join(dir, 'beam'), '../base');
    assert.deepEqual(readdirSync(join(dir, 'beam')).sort(), ['actions.bin', 'meta.json']);
    assert.equal(sharedParserDir(join(dir, 'beam')), join(dir, 'base'));
    const shared = Parser.load(join(dir, 'beam'));
    assert.equal(shared.beamWidth, 4);
    for (let i = 0; i < 20; i++) assert.deepEqual(shared.parse(train[i].words, train[i].upos, train[i].xpos), back.parse(train[i].words, train[i].upos, train[i].xpos));
    // A base with other label weights is refused.
    trainParser(train, { epochs: 1, seed: 4, rowBits: 16, labelRowBits: 14 }).save(join(dir, 'other'));
    assert.throws(() => beamParser.save(join(dir, 'beam2'), '../other'), /differs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
